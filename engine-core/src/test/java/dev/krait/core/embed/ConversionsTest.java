package dev.krait.core.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.api.PyValue;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonEngine;
import dev.krait.api.PythonException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one conversion table, both ways, through the public API. */
class ConversionsTest {

  private final PythonEngine engine = PythonEngine.builder().out(new StringWriter()).build();
  private final PythonContext cx = engine.newContext();

  @AfterEach
  void close() {
    cx.close();
    engine.close();
  }

  private String typeOf(Object javaValue) {
    cx.set("v", javaValue);
    return (String) cx.eval("type(v).__name__");
  }

  @Test
  void javaValuesBecomePythonValues() {
    assertEquals("NoneType", typeOf(null));
    assertEquals("bool", typeOf(true));
    assertEquals("int", typeOf(7));
    assertEquals("int", typeOf(7L));
    assertEquals("int", typeOf(new BigInteger("123456789012345678901234567890")));
    assertEquals("float", typeOf(1.5));
    assertEquals("str", typeOf("s"));
    assertEquals("bytes", typeOf(new byte[] {1, 2}));
    cx.set("v", new BigInteger("123456789012345678901234567890"));
    assertEquals("123456789012345678901234567891", cx.eval("str(v + 1)"));
    cx.set("v", new byte[] {104, 105});
    assertEquals("b'hi'", cx.eval("repr(v)"));
  }

  @Test
  void pythonIntsComeBackAsTheSmallestFittingJavaType() {
    assertEquals(Integer.valueOf(5), cx.eval("5"));
    assertEquals(Integer.valueOf(Integer.MIN_VALUE), cx.eval("-2**31"));
    assertEquals(Long.valueOf(1L << 31), cx.eval("2**31"));
    assertEquals(Long.valueOf(Long.MAX_VALUE), cx.eval("2**63 - 1"));
    assertEquals(new BigInteger("9223372036854775808"), cx.eval("2**63"));
    assertEquals(Boolean.TRUE, cx.eval("1 < 2"));
    assertEquals(2.5, cx.eval("5 / 2"));
    assertNull(cx.eval("None"));
    assertArrayEquals(new byte[] {97, 98}, (byte[]) cx.eval("b'ab'"));
    assertEquals(List.of(1, "a"), cx.eval("(1, 'a')"));
    assertEquals(Set.of(1, 2), cx.eval("{1, 2}"));
  }

  @Test
  void listsAndDictsComeBackAsLiveViews() {
    cx.exec("xs = [1, 2, 3]\nd = {'a': 1}");
    @SuppressWarnings("unchecked")
    List<Object> xs = (List<Object>) cx.get("xs");
    assertEquals(List.of(1, 2, 3), xs);
    xs.add(4);
    xs.set(0, "one");
    xs.remove(1);
    assertEquals("['one', 3, 4]", cx.eval("repr(xs)"));
    cx.exec("xs.append(5)");
    assertEquals(4, xs.size());
    assertEquals(5, xs.get(3));
    @SuppressWarnings("unchecked")
    Map<Object, Object> d = (Map<Object, Object>) cx.get("d");
    d.put("b", List.of(1));
    assertEquals("{'a': 1, 'b': [1]}", cx.eval("repr({k: list(v) if k == 'b' else v for k, v in d.items()})"));
    cx.exec("d['c'] = 3");
    assertEquals(3, d.get("c"));
    assertEquals(Map.of("a", 1, "c", 3), Map.of("a", d.get("a"), "c", d.get("c")));
    d.remove("a");
    assertEquals("['b', 'c']", cx.eval("repr(list(d))"));
    cx.set("again", xs);
    assertEquals(Boolean.TRUE, cx.eval("again is xs"));
  }

  @Test
  void javaCollectionsStayThemselves() {
    List<Object> list = new ArrayList<>(List.of(1, 2));
    cx.set("jl", list);
    cx.exec("jl.add(3)\njl[0] = 10\ntotal = 0\nfor x in jl:\n    total += x\n");
    assertEquals(List.of(10, 2, 3), list);
    assertEquals(15, cx.get("total"));
    assertSame(list, cx.get("jl"));
    assertEquals(Boolean.TRUE, cx.eval("2 in jl and len(jl) == 3 and jl[-1] == 3"));
    cx.set("m", Map.of("k", "v"));
    assertEquals("v", cx.eval("m['k']"));
    assertEquals(Boolean.TRUE, cx.eval("'k' in m and len(m) == 1"));
    PythonException e = assertThrows(PythonException.class, () -> cx.eval("m['x']"));
    assertEquals("KeyError", e.pythonType());
    cx.set("arr", new int[] {4, 5, 6});
    assertEquals(15, cx.eval("sum = 0\nfor a in arr:\n    sum += a\nsum"));
    assertEquals(6, cx.eval("arr[2]"));
  }

  @Test
  void callablesBecomeFunctionalInterfaces() {
    cx.exec("def double(x): return x * 2\ncalls = []\ndef log(): calls.append(1)");
    @SuppressWarnings("unchecked")
    Function<Object, Object> f = cx.getValue("double").as(Function.class);
    assertEquals(42, f.apply(21));
    cx.exec("starts = lambda s: s.startswith('a')\nmake = lambda: 'made'");
    @SuppressWarnings("unchecked")
    Predicate<String> starts = cx.getValue("starts").as(Predicate.class);
    assertTrue(starts.test("abc"));
    @SuppressWarnings("unchecked")
    Supplier<String> make = cx.getValue("make").as(Supplier.class);
    assertEquals("made", make.get());
    Runnable r = cx.getValue("log").as(Runnable.class);
    r.run();
    r.run();
    assertEquals(2, cx.eval("len(calls)"));
    cx.exec("by_len = lambda a, b: len(a) - len(b)");
    @SuppressWarnings("unchecked")
    Comparator<Object> byLen = cx.getValue("by_len").as(Comparator.class);
    List<Object> words = new ArrayList<>(List.of("ccc", "a", "bb"));
    words.sort(byLen);
    assertEquals(List.of("a", "bb", "ccc"), words);
  }

  /** An interface a Python class implements. */
  public interface Shape {
    double area();

    default String describe() {
      return "shape of area " + area();
    }
  }

  @Test
  void pythonObjectsImplementJavaInterfaces() {
    cx.exec("class Sq:\n    def __init__(self, s): self.s = s\n    def area(self): return self.s ** 2\n"
        + "sq = Sq(3)");
    Shape s = cx.getValue("sq").as(Shape.class);
    assertEquals(9.0, s.area());
    assertEquals("shape of area 9.0", s.describe());
    cx.exec("def area(): return 2.5");
    assertEquals(2.5, cx.asInterface(Shape.class).area());
    assertNull(cx.asInterface(Runnable.class));
  }

  @Test
  void valuesAreHandles() {
    cx.exec("class P:\n    def __init__(self): self.x = 1\n    def norm(self): return self.x * 2\np = P()");
    PyValue p = cx.getValue("p");
    assertInstanceOf(PyValue.class, cx.get("p"));
    assertEquals("P", p.typeName());
    assertEquals(1, p.getAttribute("x").as(Integer.class));
    p.setAttribute("x", 5);
    assertEquals(10, p.invokeMember("norm").asJava());
    assertEquals(10L, p.invokeMember("norm").as(long.class));
    assertTrue(p.hasAttribute("norm"));
    assertTrue(cx.getValue("P").isCallable());
    PythonException e = assertThrows(PythonException.class, () -> p.getAttribute("nope"));
    assertEquals("'P' object has no attribute 'nope'", e.pythonMessage());
    PyValue list = cx.toPython(List.of(1, 2));
    assertEquals(2, list.length());
    assertEquals("[1, 2]", list.toString());
    assertEquals("1", cx.toPython("1").toString());
    assertEquals("'1'", cx.toPython("1").repr());
    PythonException bad = assertThrows(PythonException.class,
        () -> cx.toPython("x").as(Integer.class));
    assertEquals("TypeError", bad.pythonType());
  }
}
