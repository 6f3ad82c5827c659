package dev.krait.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Invocable} as an application uses it: functions, methods, interfaces. */
class InvocableTest {

  /** What a rules engine asks of a script. */
  public interface Rule {
    boolean test(int x, String y);

    default String describe() {
      return "rule";
    }
  }

  /** A second method the scripts below do not define. */
  public interface ScoredRule extends Rule {
    int score(int x);
  }

  private ScriptEngine py;
  private Invocable inv;

  @BeforeEach
  void setUp() throws ScriptException {
    py = new ScriptEngineManager().getEngineByName("python");
    inv = (Invocable) py;
    py.eval("limit = 10\n"
        + "def test(x, y): return x > limit and y in ('a', 'b')\n"
        + "class Greeter:\n"
        + "    def __init__(self, name): self.name = name\n"
        + "    def greet(self, other): return f'{self.name} greets {other}'\n"
        + "    def test(self, x, y): return x == len(y)\n"
        + "g = Greeter('Ann')\n");
  }

  @Test
  void invokesFunctionsWithConvertedArguments() throws Exception {
    assertEquals(true, inv.invokeFunction("test", 11, "a"));
    assertEquals(false, inv.invokeFunction("test", 11, "c"));
    py.put("limit", 20);
    assertEquals(false, inv.invokeFunction("test", 11, "a"), "the function reads the Bindings");
    assertEquals(3, inv.invokeFunction("len", List.of(1, 2, 3)), "builtins are functions too");
  }

  @Test
  void invokeFunctionTakesTheFileNameFromEitherScope() throws Exception {
    py.eval("import sys\ndef argv0(): return sys.argv[0]");
    assertEquals("", inv.invokeFunction("argv0"), "no file name: <string>");
    Bindings global = py.getBindings(ScriptContext.GLOBAL_SCOPE);
    global.put(ScriptEngine.FILENAME, "global.py");
    assertEquals("global.py", inv.invokeFunction("argv0"));
    py.put(ScriptEngine.FILENAME, "engine.py");
    assertEquals("engine.py", inv.invokeFunction("argv0"), "the engine scope hides the global");
    py.getBindings(ScriptContext.ENGINE_SCOPE).remove(ScriptEngine.FILENAME);
    assertEquals("global.py", inv.invokeFunction("argv0"));
    global.remove(ScriptEngine.FILENAME);
    assertEquals("", inv.invokeFunction("argv0"));
  }

  @Test
  void invokesMethodsOfPythonAndJavaObjects() throws Exception {
    Object g = py.get("g");
    assertEquals("Ann greets Bob", inv.invokeMethod(g, "greet", "Bob"));
    Object made = py.eval("Greeter('Cy')");
    assertEquals("Cy greets Di", inv.invokeMethod(made, "greet", "Di"));
    List<Object> list = new ArrayList<>();
    assertEquals(true, inv.invokeMethod(list, "add", "x"), "Java objects' methods, as scripts see them");
    assertEquals(List.of("x"), list);
  }

  @Test
  void missingNamesThrowNoSuchMethodException() {
    assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nope"));
    assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("limit"),
        "an int is not a function");
    assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(py.get("g"), "nope"));
    assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(py.get("g"), "name"));
    assertThrows(IllegalArgumentException.class, () -> inv.invokeMethod(null, "greet"));
  }

  @Test
  void pythonErrorsInCallsAreScriptExceptions() throws ScriptException {
    py.eval("def boom(n):\n    return 10 // n\n");
    ScriptException e = assertThrows(ScriptException.class, () -> inv.invokeFunction("boom", 0));
    assertEquals(2, e.getLineNumber());
    assertTrue(e.getMessage().contains("ZeroDivisionError: integer division or modulo by zero"),
        e.getMessage());
  }

  @Test
  void getInterfaceImplementsWhatTheScriptDefines() {
    Rule rule = inv.getInterface(Rule.class);
    assertNotNull(rule);
    assertTrue(rule.test(11, "b"));
    assertEquals("rule", rule.describe(), "default methods stay Java's");
    assertNull(inv.getInterface(ScoredRule.class), "score is not defined");
    Rule method = inv.getInterface(py.get("g"), Rule.class);
    assertNotNull(method);
    assertTrue(method.test(3, "abc"));
    assertNull(inv.getInterface(py.get("g"), ScoredRule.class));
    assertThrows(IllegalArgumentException.class, () -> inv.getInterface(String.class));
    assertThrows(IllegalArgumentException.class, () -> inv.getInterface(null, Rule.class));
    assertThrows(IllegalArgumentException.class, () -> inv.getInterface("text", Rule.class),
        "a Java String is not a Python object");
  }

  @Test
  void functionalInterfacesFromFunctions() throws ScriptException {
    py.eval("def apply(x): return x * 2");
    @SuppressWarnings("unchecked")
    Function<Object, Object> f = inv.getInterface(Function.class);
    assertNotNull(f);
    assertEquals(42, f.apply(21));
    assertEquals("abab", f.apply("ab"));
  }
}
