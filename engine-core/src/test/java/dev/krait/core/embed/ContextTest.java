package dev.krait.core.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.api.Code;
import dev.krait.api.Limits;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonEngine;
import dev.krait.api.PythonException;
import dev.krait.api.PythonSyntaxError;
import dev.krait.api.Source;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contexts through the public API: running code, globals, streams, errors, isolation. */
class ContextTest {

  private final StringWriter out = new StringWriter();
  private final PythonEngine engine = PythonEngine.builder().out(out).err(out).build();

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void theEngineIsFoundThroughTheServiceLoader() {
    assertEquals("KraitEngine", engine.getClass().getSimpleName());
  }

  @Test
  void evalReturnsTheLastExpressionStatement() {
    try (PythonContext cx = engine.newContext()) {
      assertEquals(42, cx.eval("6 * 7"));
      assertEquals("ab", cx.eval("x = 'a'\nx + 'b'"));
      assertNull(cx.eval("y = 1"));
      assertNull(cx.eval("def f(): return 1"));
      assertEquals(3, cx.eval("if True:\n    z = 3\nz"));
    }
  }

  @Test
  void execPrintsToTheContextWriter() {
    try (PythonContext cx = engine.newContext()) {
      cx.exec("print('hi', 1 + 1)\nimport sys\nsys.stdout.write('w\\n')\n");
    }
    assertEquals("hi 2\nw\n", out.toString());
  }

  @Test
  void theWriterCanChangeBetweenCalls() {
    try (PythonContext cx = engine.newContext()) {
      StringWriter a = new StringWriter();
      StringWriter b = new StringWriter();
      cx.setOut(a);
      cx.exec("print('one')");
      cx.setOut(b);
      cx.exec("print('two')");
      assertEquals("one\n", a.toString());
      assertEquals("two\n", b.toString());
    }
  }

  @Test
  void inputAndStdinReadTheContextsReader() {
    StringWriter out = new StringWriter();
    try (PythonContext cx = engine.contextBuilder().out(out)
        .in(new StringReader("first\nsecond\nthird\n")).build()) {
      assertEquals("first", cx.eval("input('> ')"));
      assertEquals("> ", out.toString());
      assertEquals("second\n", cx.eval("import sys\nsys.stdin.readline()"));
      cx.setIn(new StringReader("other\n"));
      assertEquals(List.of("other\n"), cx.eval("sys.stdin.readlines()"));
      PythonException e = assertThrows(PythonException.class, () -> cx.eval("input()"));
      assertEquals("EOFError", e.pythonType());
      assertEquals("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'> False",
          cx.eval("f'{sys.stdin!r} {sys.stdin.isatty()}'"));
      assertEquals("UnsupportedOperation: fileno", cx.eval(
          "try:\n sys.stdin.fileno()\nexcept OSError as e:\n r = f'{type(e).__name__}: {e}'\nr"));
    }
  }

  @Test
  void globalsChangedTellsWhetherAnyNameWasBoundReboundOrUnbound() {
    try (PythonContext cx = engine.newContext()) {
      assertTrue(cx.globalsChanged(), "no mark yet");
      cx.exec("a = 1\nb = [2]\ndef f():\n    global a\n    a = 5");
      cx.markGlobals();
      assertFalse(cx.globalsChanged());
      cx.exec("b.append(3)\nc = a");   // a list changed in place, a new name
      assertTrue(cx.globalsChanged());
      cx.markGlobals();
      cx.exec("b.append(4)");
      assertFalse(cx.globalsChanged(), "mutating a value does not rebind its name");
      cx.call("f");
      assertTrue(cx.globalsChanged());
      cx.markGlobals();
      cx.exec("del c\nd = 1");   // same size, another name
      assertTrue(cx.globalsChanged());
      cx.markGlobals();
      cx.set("a", 6);
      assertTrue(cx.globalsChanged(), "a rebinding by the host");
      cx.markGlobals();
      cx.remove("d");
      assertTrue(cx.globalsChanged());
    }
  }

  @Test
  void contextBuilderSetsStreamsAndArgv() {
    StringWriter mine = new StringWriter();
    try (PythonContext cx = engine.contextBuilder().out(mine).argv(List.of("job.py", "-v"))
        .build()) {
      cx.exec("import sys\nprint(sys.argv)");
      cx.setArgv(List.of("other"));
      cx.exec("print(sys.argv)");
    }
    assertEquals("['job.py', '-v']\n['other']\n", mine.toString());
    assertEquals("", out.toString());
  }

  @Test
  void callsOfOneAndTwoArgumentsBindAsPython() {
    try (PythonContext cx = engine.newContext()) {
      cx.exec("def f(a, b=2): return a * 10 + b\n"
          + "def g(a, *r): return [a, len(r)]\n"
          + "def h(x):\n  yield x\n"
          + "k = 7\n"
          + "def c(a, b): return (lambda: a + b + k)()\n"
          + "def z(): return 0\n");
      assertEquals(12, cx.call("f", 1));
      assertEquals(13, cx.call("f", 1, 3));
      assertEquals(List.of(1, 1), cx.call("g", 1, 2));
      assertEquals(List.of(1, 0), cx.call("g", 1));
      assertEquals(List.of(5), cx.eval("list(h(5))"));
      assertEquals("generator", cx.getValue("h").call(5).typeName());
      assertEquals(10, cx.call("c", 1, 2));
      assertEquals(Boolean.TRUE, cx.call("isinstance", 1, cx.eval("int")));
      assertEquals("-5", cx.call("str", -5));
      PythonException e = assertThrows(PythonException.class, () -> cx.call("z", 1));
      assertEquals("z() takes 0 positional arguments but 1 was given", e.pythonMessage());
      e = assertThrows(PythonException.class, () -> cx.call("f", 1, 2, 3));
      assertEquals("f() takes from 1 to 2 positional arguments but 3 were given", e.pythonMessage());
    }
  }

  @Test
  void globalsAndCall() {
    try (PythonContext cx = engine.newContext()) {
      cx.set("n", 5);
      cx.exec("def rule(x, y): return x > 10 and y in ('a', 'b')\nm = n * 2");
      assertEquals(10, cx.get("m"));
      assertTrue(cx.contains("rule"));
      assertEquals(Boolean.TRUE, cx.call("rule", 11, "a"));
      assertEquals(Boolean.FALSE, cx.call("rule", 11, "c"));
      assertEquals(3, cx.call("len", List.of(1, 2, 3)));
      cx.remove("m");
      assertFalse(cx.contains("m"));
      Map<String, Object> g = cx.globals();
      g.put("k", "v");
      assertEquals("v", cx.eval("k"));
      assertEquals("__main__", g.get("__name__"));
      PythonException e = assertThrows(PythonException.class, () -> cx.call("nope"));
      assertEquals("NameError", e.pythonType());
      assertEquals("name 'nope' is not defined", e.pythonMessage());
    }
  }

  @Test
  void runtimeErrorsCarryFramesAndTheTraceback() {
    try (PythonContext cx = engine.newContext()) {
      PythonException e = assertThrows(PythonException.class,
          () -> cx.exec(Source.of("job.py", "def f(d):\n    return 1 / d\n\nf(0)\n")));
      assertEquals("ZeroDivisionError", e.pythonType());
      assertEquals("division by zero", e.pythonMessage());
      assertEquals(2, e.frames().size());
      assertEquals(new PythonException.Frame("job.py", 4, 1, "<module>"), e.frames().get(0));
      assertEquals(new PythonException.Frame("job.py", 2, 12, "f"), e.frames().get(1));
      assertEquals("Traceback (most recent call last):\n"
          + "  File \"job.py\", line 4, in <module>\n"
          + "    f(0)\n"
          + "  File \"job.py\", line 2, in f\n"
          + "    return 1 / d\n"
          + "           ~~^~~\n"
          + "ZeroDivisionError: division by zero\n", e.formatTraceback());
      assertTrue(e.isInstance("ArithmeticError"));
      assertEquals("ZeroDivisionError: division by zero", e.getMessage());
      assertEquals("ZeroDivisionError", e.pythonValue().typeName());
    }
  }

  @Test
  void syntaxErrorsCarryTheirPosition() {
    PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
        () -> engine.compile(Source.of("rule.py", "x = 1\ny = (1,\n")));
    assertEquals("SyntaxError", e.pythonType());
    assertEquals("rule.py", e.file());
    assertEquals(2, e.line());
    assertEquals(5, e.column());
    assertEquals("'(' was never closed", e.pythonMessage());
    assertEquals("  File \"rule.py\", line 2\n    y = (1,\n        ^\n"
        + "SyntaxError: '(' was never closed\n", e.formatTraceback());
    PythonSyntaxError indent = assertThrows(PythonSyntaxError.class,
        () -> engine.compile(Source.of("if x:\npass\n")));
    assertTrue(indent.isInstance("SyntaxError"));
    assertEquals("IndentationError", indent.pythonType());
  }

  @Test
  void theEngineStaysUsableAfterFailures() {
    try (PythonContext cx = engine.newContext()) {
      assertThrows(PythonException.class, () -> cx.exec("raise ValueError('x')"));
      assertThrows(PythonSyntaxError.class, () -> cx.exec("def"));
      PythonException deep = assertThrows(PythonException.class,
          () -> cx.exec("def f(n): return f(n + 1)\nf(0)"));
      assertEquals("RecursionError", deep.pythonType());
      assertEquals("maximum recursion depth exceeded", deep.pythonMessage());
      assertEquals(2, cx.eval("1 + 1"));
    }
    try (PythonContext cx = engine.newContext()) {
      assertEquals(4, cx.eval("2 * 2"));
    }
  }

  @Test
  void exceptionsCaughtByScriptsDoNotLeak() {
    try (PythonContext cx = engine.newContext()) {
      assertEquals("caught", cx.eval("try:\n    1/0\nexcept ZeroDivisionError:\n    r = 'caught'\nr"));
    }
  }

  @Test
  void systemExitReachesTheHost() {
    try (PythonContext cx = engine.newContext()) {
      PythonException e = assertThrows(PythonException.class, () -> cx.exec("raise SystemExit(3)"));
      assertEquals("SystemExit", e.pythonType());
      assertEquals("3", e.pythonMessage());
    }
  }

  @Test
  void contextsAreIsolated() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    try (PythonContext one = engine.contextBuilder().out(a).build();
        PythonContext two = engine.contextBuilder().out(b).build()) {
      one.exec("import sys, math\nsys.x = 1\nv = 'one'\nsys.setrecursionlimit(50)\nprint(v)");
      two.exec("import sys\nprint(hasattr(sys, 'x'), sys.getrecursionlimit())");
      assertFalse(two.contains("v"));
      assertEquals(Boolean.FALSE, two.eval("'math' in sys.modules"));
      assertEquals(Boolean.TRUE, one.eval("'math' in sys.modules"));
      assertEquals(50, one.eval("sys.getrecursionlimit()"));
    }
    assertEquals("one\n", a.toString());
    assertEquals("False 1000\n", b.toString());
  }

  @Test
  void sameCodeRunsInEightThreads() throws Exception {
    Code code = engine.compile(Source.of("rule.py",
        "def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(k) + base"));
    assertSame(code, engine.compile(Source.of("rule.py",
        "def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(k) + base")));
    int threads = 8;
    Thread[] ts = new Thread[threads];
    Object[] results = new Object[threads];
    for (int i = 0; i < threads; i++) {
      int id = i;
      ts[i] = new Thread(() -> {
        for (int round = 0; round < 50; round++) {
          try (PythonContext cx = engine.newContext()) {
            cx.set("k", 15);
            cx.set("base", id);
            Object r = cx.run(code);
            if (!Integer.valueOf(610 + id).equals(r)) {
              results[id] = "round " + round + ": " + r;
              return;
            }
          }
        }
        results[id] = "ok";
      });
      ts[i].start();
    }
    for (Thread t : ts) {
      t.join();
    }
    for (Object r : results) {
      assertEquals("ok", r);
    }
  }

  @Test
  void theRecursionLimitComesFromLimits() {
    try (PythonEngine limited = PythonEngine.builder().out(new StringWriter())
        .limits(Limits.builder().maxRecursionDepth(30).build()).build();
        PythonContext cx = limited.newContext()) {
      assertEquals(30, cx.eval("import sys\nsys.getrecursionlimit()"));
      assertEquals(20, cx.eval("def f(n): return n if n == 20 else f(n + 1)\nf(0)"));
      PythonException e = assertThrows(PythonException.class, () -> cx.eval("f(-20)"));
      assertEquals("RecursionError", e.pythonType());
    }
  }

  @Test
  void limitsNotEnforcedYetAreRefused() {
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> PythonEngine.builder()
            .limits(Limits.builder().maxInstructions(1000).deadline(Duration.ofSeconds(1)).build())
            .build());
    assertEquals("limits not enforced yet (the sandbox issue): [maxInstructions, deadline]",
        e.getMessage());
  }

  @Test
  void engineCancelStopsItsContexts() throws Exception {
    try (PythonContext cx = engine.newContext()) {
      Thread canceller = new Thread(() -> {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
        engine.cancel();
      });
      canceller.start();
      PythonException e = assertThrows(PythonException.class,
          () -> cx.exec("n = 0\nwhile True:\n    n += 1\n"));
      canceller.join();
      assertEquals("KeyboardInterrupt", e.pythonType());
      assertTrue(((Number) cx.get("n")).longValue() > 0);
    }
  }

  @Test
  void codeRunsInContextsOfOtherEngines() {
    Code code = engine.compile(Source.of("shared.py", "def g(): return v * 2\ng()"));
    StringWriter other = new StringWriter();
    try (PythonEngine second = PythonEngine.builder().out(other).build();
        PythonContext cx = second.newContext()) {
      cx.set("v", 21);
      assertEquals(42, cx.run(code));
      cx.set("v", "x");
      cx.exec("print(g())");
    }
    assertEquals("xx\n", other.toString());
  }

  @Test
  void closedContextsAndEnginesRefuseWork() {
    PythonContext cx = engine.newContext();
    cx.close();
    assertThrows(IllegalStateException.class, () -> cx.eval("1"));
    engine.close();
    assertThrows(IllegalStateException.class, engine::newContext);
  }

  @Test
  void enginesAndContextsAreCollectedWithoutClose() throws Exception {
    List<java.lang.ref.WeakReference<Object>> refs = unclosed();
    for (int i = 0; i < 50 && refs.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(refs.get(0).get(), "the engine");
    assertNull(refs.get(1).get(), "the context");
    assertNull(refs.get(2).get(), "a host object a script kept");
  }

  private static List<java.lang.ref.WeakReference<Object>> unclosed() {
    PythonEngine e = PythonEngine.builder().out(new StringWriter()).build();
    PythonContext cx = e.newContext();
    Object host = new Object();
    cx.set("host", host);
    cx.exec("import sys\ndef f(): return sys\nf()\nsys.kept = host\n"
        + "try:\n    1 / 0\nexcept ZeroDivisionError as err:\n    caught = err\n");
    return List.of(new java.lang.ref.WeakReference<>(e), new java.lang.ref.WeakReference<>(cx),
        new java.lang.ref.WeakReference<>(host));
  }

  @Test
  void cancelStopsALoopFromAnotherThread() throws Exception {
    try (PythonContext cx = engine.newContext()) {
      Thread canceller = new Thread(() -> {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
        cx.cancel();
      });
      canceller.start();
      PythonException e = assertThrows(PythonException.class,
          () -> cx.exec("while True:\n    pass\n"));
      canceller.join();
      assertEquals("KeyboardInterrupt", e.pythonType());
      assertFalse(Thread.currentThread().isInterrupted());
      assertEquals(1, cx.eval("1"));
    }
  }

  @Test
  void modulesComeFromTheModulePathAndItsCache(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("rules.py"), "LIMIT = 10\ndef over(x):\n    return x > LIMIT\n");
    try (PythonEngine e = PythonEngine.builder().modulePath(dir).build();
        PythonContext cx = e.newContext()) {
      assertEquals(true, cx.eval("import rules\nrules.over(11)"));
    }
    assertTrue(Files.exists(dir.resolve("__pycache__")), "the module's code is cached");
    try (PythonEngine e = PythonEngine.builder().modulePath(dir)
            .cacheMode(PythonEngine.CacheMode.OFF).build();
        PythonContext cx = e.newContext()) {
      assertEquals(false, cx.eval("from rules import over\nover(3)"));
    }
  }

  @Test
  void aRebuiltinStaysInItsContext(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("m.py"), "X = 1\n");
    try (PythonEngine e = PythonEngine.builder().modulePath(dir).build()) {
      try (PythonContext a = e.newContext()) {
        a.exec("import m\nm.__builtins__['len'] = lambda x: -1\n");
        assertEquals(-1, a.eval("len('abc')"));
      }
      try (PythonContext b = e.newContext()) {
        assertEquals(3, b.eval("len('abc')"));
      }
    }
  }
}
