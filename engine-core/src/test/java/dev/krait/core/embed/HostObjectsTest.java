package dev.krait.core.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.api.HostAccess;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonEngine;
import dev.krait.api.PythonException;
import dev.krait.api.Source;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Java objects inside scripts: members, overloads, properties, collections and exceptions. */
class HostObjectsTest {

  /** A host object as an application passes one in. */
  public static final class Order {
    public String id = "o-1";
    public final int version = 3;
    private double total;
    private boolean active = true;
    private final List<String> lines = new ArrayList<>();

    public double getTotal() {
      return total;
    }

    public void setTotal(double total) {
      this.total = total;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }

    public List<String> getLines() {
      return lines;
    }

    public String describe(int n) {
      return "int " + n;
    }

    public String describe(String s) {
      return "str " + s;
    }

    public String describe(double d) {
      return "double " + d;
    }

    public String describe(Order o) {
      return "order " + o.id;
    }

    public int sum(int first, int... rest) {
      int s = first;
      for (int r : rest) {
        s += r;
      }
      return s;
    }

    public String apply(Function<Integer, Integer> f) {
      return "applied " + f.apply(20);
    }

    public void fail(String why) {
      throw new IllegalStateException(why);
    }

    public void check() throws java.io.IOException {
      throw new java.io.FileNotFoundException("missing.txt");
    }
  }

  private final StringWriter out = new StringWriter();
  private final PythonEngine engine = PythonEngine.builder().out(out).build();
  private final PythonContext cx = engine.newContext();
  private final Order order = new Order();

  @AfterEach
  void close() {
    cx.close();
    engine.close();
  }

  @Test
  void propertiesFieldsAndMethods() {
    cx.set("order", order);
    cx.exec("order.total = 150\nbig = order.total > 100 and order.active\norder.active = False\n"
        + "order.id = 'o-2'\norder.lines.add('x')\nn = len(order.lines)");
    assertEquals(150.0, order.getTotal());
    assertEquals(Boolean.TRUE, cx.get("big"));
    assertEquals(false, order.isActive());
    assertEquals("o-2", order.id);
    assertEquals(List.of("x"), order.getLines());
    assertEquals(1, cx.get("n"));
    assertEquals(3, cx.eval("order.version"));
    assertSame(order, cx.get("order"));
    assertEquals(150.0, cx.eval("order.getTotal()"));
    PythonException e = assertThrows(PythonException.class, () -> cx.exec("order.version = 4"));
    assertEquals("AttributeError", e.pythonType());
    PythonException missing = assertThrows(PythonException.class, () -> cx.eval("order.nothing"));
    assertEquals("'JavaObject' object has no attribute 'nothing'", missing.pythonMessage());
  }

  @Test
  void overloadsAreChosenByArgumentTypesAndVarargsArePacked() {
    cx.set("order", order);
    cx.set("other", new Order());
    assertEquals("int 1", cx.eval("order.describe(1)"));
    assertEquals("str a", cx.eval("order.describe('a')"));
    assertEquals("double 1.5", cx.eval("order.describe(1.5)"));
    assertEquals("order o-1", cx.eval("order.describe(other)"));
    assertEquals(1, cx.eval("order.sum(1)"));
    assertEquals(6, cx.eval("order.sum(1, 2, 3)"));
    assertEquals("applied 21", cx.eval("order.apply(lambda x: x + 1)"));
    PythonException e = assertThrows(PythonException.class, () -> cx.eval("order.describe([])"));
    assertEquals("TypeError", e.pythonType());
    assertTrue(e.pythonMessage().startsWith("no overload of describe() takes (list)"),
        e.pythonMessage());
  }

  @Test
  void javaExceptionsCanBeCaughtByScripts() {
    cx.set("order", order);
    assertEquals("java.lang.IllegalStateException: boom",
        cx.eval("try:\n    order.fail('boom')\nexcept Exception as e:\n    r = type(e).__module__ + '.' + type(e).__name__ + ': ' + str(e)\nr"));
    assertEquals(Boolean.TRUE, cx.eval(
        "try:\n    order.fail('boom')\nexcept RuntimeError:\n    r = 'no'\nexcept Exception as e:\n"
        + "    r = e.java_exception.getMessage() == 'boom'\nr"));
  }

  @Test
  void uncaughtJavaExceptionsReachTheHostWithTheirCause() {
    cx.set("order", order);
    PythonException e = assertThrows(PythonException.class,
        () -> cx.exec(Source.of("rules.py", "def go():\n    order.fail('bad state')\ngo()\n")));
    assertEquals("java.lang.IllegalStateException", e.pythonType());
    assertEquals("bad state", e.pythonMessage());
    assertTrue(e.getCause() instanceof IllegalStateException);
    assertEquals("bad state", e.getCause().getMessage());
    assertEquals(2, e.innermost().line());
    assertTrue(e.formatTraceback().endsWith(
        "java.lang.IllegalStateException: bad state\n"), e.formatTraceback());
    assertTrue(e.isInstance("RuntimeException"));
    PythonException io = assertThrows(PythonException.class, () -> cx.exec("order.check()"));
    assertEquals("java.io.FileNotFoundException", io.pythonType());
    assertTrue(io.isInstance("IOException"));
  }

  @Test
  void javaExceptionsFromProtocolsBecomePythonExceptions() {
    cx.set("frozen", List.of(1, 2));
    assertEquals("java.lang.UnsupportedOperationException", cx.eval(
        "try:\n    frozen[0] = 5\nexcept Exception as e:\n"
        + "    r = type(e).__module__ + '.' + type(e).__name__\nr"));
    Object broken = new Object() {
      @Override
      public String toString() {
        throw new IllegalArgumentException("no text");
      }
    };
    cx.set("broken", broken);
    PythonException e = assertThrows(PythonException.class, () -> cx.eval("repr(broken)"));
    assertEquals("java.lang.IllegalArgumentException", e.pythonType());
    assertTrue(e.getCause() instanceof IllegalArgumentException);
  }

  @Test
  void hostCallbacksMayCallBackIntoTheContext() {
    cx.exec("def inc(x): return x + 1");
    Function<Integer, Object> viaHost = x -> cx.call("inc", x);
    cx.set("host", viaHost);
    assertEquals(11, cx.eval("host(10)"));
    Function<Object, Object> failing = x -> cx.eval("1 / 0");
    cx.set("failing", failing);
    assertEquals("division by zero", cx.eval(
        "try:\n    failing(1)\nexcept ZeroDivisionError as e:\n    r = str(e)\nr"));
  }

  @Test
  void dangerousMembersAreInvisible() {
    cx.set("order", order);
    PythonException e = assertThrows(PythonException.class, () -> cx.eval("order.getClass()"));
    assertEquals("AttributeError", e.pythonType());
    cx.set("t", Thread.currentThread());
    PythonException t = assertThrows(PythonException.class, () -> cx.eval("t.getName()"));
    assertEquals("AttributeError", t.pythonType());
    cx.set("s", "text");
    assertEquals("str", cx.eval("type(s).__name__"));
  }

  @Test
  void scriptsLookUpOnlyAllowedClasses() {
    HostAccess access = HostAccess.builder()
        .allowClassLookup(java.math.BigDecimal.class)
        .allowClassLookup("java.lang.System", "java.util.ArrayList")
        .build();
    try (PythonEngine e = PythonEngine.builder().hostAccess(access).out(new StringWriter())
        .build();
        PythonContext c = e.newContext()) {
      c.exec("import java\nBD = java.type('java.math.BigDecimal')\n"
          + "total = BD('1.25').add(BD('2'))\nAL = java.type('java.util.ArrayList')\n"
          + "xs = AL()\nxs.add('a')\nten = BD.TEN\nv = BD.valueOf(7)");
      assertEquals(new java.math.BigDecimal("3.25"), c.get("total"));
      assertEquals(List.of("a"), c.get("xs"));
      assertEquals(java.math.BigDecimal.TEN, c.get("ten"));
      assertEquals(java.math.BigDecimal.valueOf(7), c.get("v"));
      PythonException denied = assertThrows(PythonException.class,
          () -> c.exec("java.type('java.lang.System')"));
      assertEquals("PermissionError", denied.pythonType());
      assertEquals("access to Java class 'java.lang.System' is not allowed",
          denied.pythonMessage());
      PythonException unlisted = assertThrows(PythonException.class,
          () -> c.exec("java.type('java.io.File')"));
      assertEquals("PermissionError", unlisted.pythonType());
    }
    PythonException none = assertThrows(PythonException.class, () -> cx.exec("import java"));
    assertEquals("ModuleNotFoundError", none.pythonType());
  }

  @Test
  void hostAccessNoneMakesObjectsOpaque() {
    try (PythonEngine closed = PythonEngine.builder().hostAccess(HostAccess.NONE)
        .out(new StringWriter()).build();
        PythonContext c = closed.newContext()) {
      c.set("order", order);
      assertThrows(PythonException.class, () -> c.eval("order.total"));
      assertSame(order, c.eval("order"));
    }
  }
}
