package dev.krait.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine as an application uses it, through {@code javax.script} only: discovery, the
 * factory's answers, both scopes both ways, streams, results, errors, FILENAME and ARGV.
 */
class ScriptEngineTest {

  private ScriptEngineManager manager;
  private ScriptEngine py;

  @BeforeEach
  void setUp() {
    manager = new ScriptEngineManager();
    py = manager.getEngineByName("python");
    assertNotNull(py, "no engine named python");
  }

  /** An order as host applications have them: getters, a list, a map. */
  public static final class Order {
    private final double total;
    private final List<String> items;
    private final Map<String, Integer> quantities;

    Order(double total, List<String> items, Map<String, Integer> quantities) {
      this.total = total;
      this.items = items;
      this.quantities = quantities;
    }

    public double getTotal() {
      return total;
    }

    public List<String> getItems() {
      return items;
    }

    public Map<String, Integer> getQuantities() {
      return quantities;
    }
  }

  @Test
  void foundByEveryNameExtensionAndMimeType() throws ScriptException {
    for (String name : List.of("python", "krait", "py", "python3")) {
      ScriptEngine e = manager.getEngineByName(name);
      assertNotNull(e, name);
      assertEquals(2, e.eval("1 + 1"), name);
    }
    assertEquals("Krait", manager.getEngineByExtension("py").getFactory().getEngineName());
    for (String mime : List.of("text/x-python", "application/x-python", "text/python")) {
      ScriptEngine e = manager.getEngineByMimeType(mime);
      assertNotNull(e, mime);
      assertEquals("Krait", e.getFactory().getEngineName());
    }
  }

  @Test
  void factoryDescribesTheEngine() {
    ScriptEngineFactory f = py.getFactory();
    assertEquals(List.of("python", "krait", "py", "python3"), f.getNames());
    assertEquals(List.of("py"), f.getExtensions());
    assertEquals(List.of("text/x-python", "application/x-python", "text/python"),
        f.getMimeTypes());
    assertEquals("python", f.getLanguageName());
    assertEquals("3.11", f.getLanguageVersion());
    assertEquals("Krait", f.getParameter(ScriptEngine.ENGINE));
    assertEquals("python", f.getParameter(ScriptEngine.NAME));
    assertEquals("python", f.getParameter(ScriptEngine.LANGUAGE));
    assertEquals("3.11", f.getParameter(ScriptEngine.LANGUAGE_VERSION));
    assertEquals(f.getEngineVersion(), f.getParameter(ScriptEngine.ENGINE_VERSION));
    assertTrue(f.getEngineVersion().matches("\\d+\\.\\d+.*"), f.getEngineVersion());
    assertEquals("MULTITHREADED", f.getParameter("THREADING"));
    assertNull(f.getParameter("no such key"));
  }

  @Test
  void factoryWritesPrograms() throws ScriptException {
    ScriptEngineFactory f = py.getFactory();
    assertEquals("obj.m(a, b)", f.getMethodCallSyntax("obj", "m", "a", "b"));
    String display = "it's a \\ \"test\"\n\tdone\u0001";
    String program = f.getProgram("x = 1", f.getOutputStatement(display),
        f.getMethodCallSyntax("s", "upper"));
    StringWriter out = new StringWriter();
    py.getContext().setWriter(out);
    py.put("s", "abc");
    assertEquals("ABC", py.eval(program));
    assertEquals(display + "\n", out.toString());
  }

  @Test
  void evalReturnsTheLastExpressionStatementElseNull() throws ScriptException {
    assertEquals(2, py.eval("1+1"));
    assertEquals("ab", py.eval("a = 'a'\na + 'b'"));
    assertNull(py.eval("x = 1"));
    assertNull(py.eval("def f():\n    return 1\n"));
    assertNull(py.eval("None"));
    assertEquals(List.of(1, 2), py.eval("[1, 2]"));
    assertEquals(3.5, py.eval("7 / 2"));
    assertEquals(true, py.eval("3 in (1, 2, 3)"));
  }

  @Test
  void readsEngineScopeThenGlobalScope() throws ScriptException {
    manager.getBindings().put("g", 7);
    assertEquals(8, py.eval("g + 1"));
    py.put("g", 100);
    assertEquals(101, py.eval("g + 1"), "the engine scope hides the global scope");
    py.getBindings(ScriptContext.ENGINE_SCOPE).remove("g");
    assertEquals(8, py.eval("g + 1"));
    assertEquals(3, py.eval("len('abc')"), "builtins come last");
  }

  @Test
  void assignmentsGoToTheEngineScope() throws ScriptException {
    manager.getBindings().put("g", 7);
    py.eval("y = 3\ng = g + 1\nz = [1, 2]\nt = (1, 2)");
    Bindings engine = py.getBindings(ScriptContext.ENGINE_SCOPE);
    assertEquals(3, engine.get("y"));
    assertEquals(8, engine.get("g"));
    assertEquals(7, manager.getBindings().get("g"), "the global scope is not written");
    assertFalse(manager.getBindings().containsKey("y"));
    assertEquals(List.of(1, 2), engine.get("z"));
    // The list is live: the host's change shows in the next script, and the tuple stays one.
    @SuppressWarnings("unchecked")
    List<Object> z = (List<Object>) engine.get("z");
    z.add(3);
    assertEquals("[1, 2, 3] (1, 2, 3)", py.eval("f'{z} {t + (3,)}'"));
    py.eval("del y");
    assertFalse(engine.containsKey("y"));
  }

  @Test
  void hostChangesReachTheNextScript() throws ScriptException {
    py.eval("def total(): return x + 1");
    py.put("x", 1);
    assertEquals(2, py.eval("total()"));
    py.put("x", 41);
    assertEquals(42, py.eval("total()"));
    py.getBindings(ScriptContext.ENGINE_SCOPE).remove("x");
    ScriptException e = assertThrows(ScriptException.class, () -> py.eval("x"));
    assertTrue(e.getMessage().contains("NameError: name 'x' is not defined"), e.getMessage());
  }

  @Test
  void javaObjectsKeepIdentityAndExposeTheirProperties() throws ScriptException {
    Order order = new Order(120.5, new ArrayList<>(List.of("pen", "ink")), Map.of("pen", 2));
    py.put("order", order);
    assertSame(order, py.eval("order"));
    assertEquals(true, py.eval("order.total > 100 and 'ink' in order.items"));
    assertEquals(2, py.eval("order.quantities['pen']"));
    py.eval("order.items.add('nib')\nsame = order");
    assertEquals(List.of("pen", "ink", "nib"), order.getItems());
    assertSame(order, py.get("same"));
  }

  @Test
  void evalWithBindingsUsesThemAsTheEngineScope() throws ScriptException {
    py.put("x", 1);
    Bindings b = py.createBindings();
    b.put("x", 10);
    assertEquals(20, py.eval("x * 2", b));
    py.eval("w = x + 5", b);
    assertEquals(15, b.get("w"));
    assertNull(py.get("w"));
    SimpleBindings foreign = new SimpleBindings();
    foreign.put("x", 3);
    assertEquals(6, py.eval("x * 2", foreign));
    py.eval("def twice(): return x * 2", foreign);
    foreign.put("x", 4);
    assertEquals(8, py.eval("twice()", foreign));
    assertEquals(2, py.eval("x * 2"));
  }

  @Test
  void namesOfEarlierBindingsDoNotLeakIntoLaterOnes() throws Exception {
    Bindings first = new SimpleBindings();
    first.put("extra", 1);
    first.put("k", 1);
    assertEquals(2, py.eval("extra + k", first));
    Bindings second = new SimpleBindings();
    second.put("k", 5);
    ScriptException e = assertThrows(ScriptException.class, () -> py.eval("extra + k", second));
    assertTrue(e.getMessage().contains("NameError: name 'extra' is not defined"), e.getMessage());
    // A function handed out keeps the globals of the Bindings it was made over.
    Object f = py.eval("lambda: k", first);
    assertEquals(5, py.eval("k", second));
    assertEquals(1, ((Invocable) py).invokeMethod(f, "__call__"));
    first.put("k", 7);
    assertEquals(7, py.eval("k", first));
    assertEquals(7, ((Invocable) py).invokeMethod(f, "__call__"),
        "an evaluation over first updated the lambda's globals");
  }

  @Test
  void everyWayOfChangingBindingsReachesTheNextScript() throws Exception {
    Bindings b = py.createBindings();
    b.put("x", 1);
    b.put("y", 2);
    assertEquals(3, py.eval("x + y", b));
    assertEquals(3, py.eval("x + y", b), "unchanged Bindings, same result");
    b.put("x", 10);
    assertEquals(12, py.eval("x + y", b));
    b.entrySet().iterator().next().setValue(20);   // through a view
    b.keySet().remove("y");
    Object x = b.get("x");
    ScriptException e = assertThrows(ScriptException.class, () -> py.eval("x + y", b));
    assertTrue(e.getMessage().contains("NameError: name 'y' is not defined"), e.getMessage());
    assertEquals(x, py.eval("x", b));
    b.putAll(Map.of("y", 5));
    assertEquals(((Integer) x) + 5, py.eval("x + y", b));
    b.clear();
    e = assertThrows(ScriptException.class, () -> py.eval("x", b));
    assertTrue(e.getMessage().contains("NameError: name 'x' is not defined"), e.getMessage());
  }

  @Test
  void globalsAFunctionRebindsBetweenRunsReachTheBindings() throws Exception {
    Bindings b = py.createBindings();
    Object bump = py.eval("n = 0\ndef bump():\n    global n\n    n += 1\nbump", b);
    assertEquals(0, b.get("n"));
    assertEquals(0, py.eval("n", b));
    // Called through its handle, outside any evaluation over b.
    ((Invocable) py).invokeMethod(bump, "__call__");
    ((Invocable) py).invokeMethod(bump, "__call__");
    assertEquals(2, py.eval("n", b));
    assertEquals(2, b.get("n"), "the next evaluation wrote the function's change back");
    ((Invocable) py).invokeMethod(bump, "__call__");
    b.put("other", 1);   // a host change too: both reach the next script
    assertEquals(4, py.eval("n + other", b));
    assertEquals(3, b.get("n"));
  }

  @Test
  void outputAndInputUseTheContextsStreams() throws ScriptException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ScriptContext cx = new SimpleScriptContext();
    cx.setWriter(out);
    cx.setErrorWriter(err);
    py.eval("import sys\nprint('hi', 'Ann')\nsys.stdout.write('o\\n')\n"
        + "sys.stderr.write('e\\n')\nprint('Bob', file=sys.stderr)", cx);
    assertEquals("hi Ann\no\n", out.toString());
    assertEquals("e\nBob\n", err.toString());
    StringWriter other = new StringWriter();
    py.getContext().setWriter(other);
    py.eval("print('default context')");
    assertEquals("default context\n", other.toString());
    assertEquals("hi Ann\no\n", out.toString());
  }

  @Test
  void inputReadsTheReaderOfTheCallingContext() throws ScriptException {
    StringWriter out = new StringWriter();
    ScriptContext cx = new SimpleScriptContext();
    cx.setWriter(out);
    cx.setReader(new StringReader("Ann\nBob\nrest 1\nrest 2"));
    assertEquals("Ann", py.eval("input('name? ')", cx));
    assertEquals("name? ", out.toString(), "the prompt goes to the context's writer");
    // The next evaluation over the same context goes on where the first stopped.
    assertEquals(List.of("Bob", "rest 1\n", "rest 2"),
        py.eval("import sys\n[input(), sys.stdin.readline(), *sys.stdin]", cx));
    ScriptException end = assertThrows(ScriptException.class, () -> py.eval("input()", cx));
    assertTrue(end.getMessage().contains("EOFError: EOF when reading a line"), end.getMessage());

    // Another context, another reader; the engine's default context is not disturbed.
    ScriptContext other = new SimpleScriptContext();
    other.setWriter(new StringWriter());
    other.setReader(new StringReader("x\n"));
    assertEquals("x", py.eval("input()", other));
    py.getContext().setReader(new StringReader("default\n"));
    assertEquals("default", py.eval("input()"));
  }

  @Test
  void syntaxErrorsCarryFileLineAndColumn() {
    py.put(ScriptEngine.FILENAME, "rule.py");
    ScriptException e = assertThrows(ScriptException.class, () -> py.eval("x = (1,\n"));
    assertEquals("rule.py", e.getFileName());
    assertEquals(1, e.getLineNumber());
    assertEquals(5, e.getColumnNumber());
    assertTrue(e.getMessage().contains("SyntaxError: '(' was never closed"), e.getMessage());
    e = assertThrows(ScriptException.class, () -> py.eval("ok = 1\nx = 1 +\n"));
    assertEquals(2, e.getLineNumber());
    assertEquals(8, e.getColumnNumber());
  }

  @Test
  void runtimeErrorsCarryTheInnermostFileLineColumnAndTraceback() {
    py.put(ScriptEngine.FILENAME, "job.py");
    ScriptException e = assertThrows(ScriptException.class,
        () -> py.eval("def f(a):\n    return a / 0\n\nx = 1\nf(x)\n"));
    assertEquals("job.py", e.getFileName());
    assertEquals(2, e.getLineNumber());
    assertEquals(12, e.getColumnNumber());
    String expected = "Traceback (most recent call last):\n"
        + "  File \"job.py\", line 5, in <module>\n";
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    assertTrue(e.getMessage().contains("  File \"job.py\", line 2, in f\n"), e.getMessage());
    assertTrue(e.getMessage().contains("ZeroDivisionError: division by zero in job.py at line"
        + " number 2 at column number 12"), e.getMessage());
    assertEquals(1, py.get("x"), "what ran before the error is kept");
    assertEquals(2, assertDoesNotFail("x + 1"), "the engine stays usable");
  }

  private Object assertDoesNotFail(String script) {
    try {
      return py.eval(script);
    } catch (ScriptException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void argvIsTheFileNameAndArgv() throws ScriptException {
    assertEquals(List.of(""), py.eval("import sys\nsys.argv"));
    py.put(ScriptEngine.FILENAME, "job.py");
    py.put(ScriptEngine.ARGV, new String[] {"-v", "42"});
    assertEquals(List.of("job.py", "-v", "42"), py.eval("import sys\nsys.argv"));
    assertEquals("job.py", py.eval("import sys\nsys.argv[0]"));
  }

  @Test
  void argvComesFromEitherScopeAndPutAll() throws ScriptException {
    Bindings fresh = py.createBindings();
    fresh.putAll(Map.of(ScriptEngine.ARGV, List.of("a")));
    assertEquals(List.of("", "a"), py.eval("import sys\nsys.argv", fresh));
    Bindings other = py.createBindings();
    assertEquals(List.of(""), py.eval("import sys\nsys.argv", other));
    manager.getBindings().put(ScriptEngine.ARGV, new String[] {"g"});
    assertEquals(List.of("", "g"), py.eval("import sys\nsys.argv", py.createBindings()));
    other.put(ScriptEngine.ARGV, new String[] {"e"});
    assertEquals(List.of("", "e"), py.eval("import sys\nsys.argv", other));
  }

  @Test
  void readerScriptsRunToo() throws ScriptException {
    assertEquals(6, py.eval(new StringReader("a = 2\na * 3\n")));
    assertEquals(2, py.get("a"));
  }
}
