package dev.krait.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Deep recursion, Java failures inside the VM and {@code Thread.interrupt()} end a script with
 * a Python exception, never a Java one, on an ordinary thread (1 MB of stack, as a host
 * application's threads have), and the next script on that thread runs normally.
 */
final class RobustnessTest {

  /** The stack of an ordinary Java thread on 64-bit Linux. */
  private static final long ORDINARY_STACK = 1L << 20;

  /** One script's exit status and streams. */
  private record Run(int status, String out, String err) {}

  /** Runs {@code body} on a new thread with {@code stackSize} bytes of stack and waits. */
  private static <T> T onThread(long stackSize, java.util.function.Supplier<T> body) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(body.get());
      } catch (Throwable x) {
        failure.set(x);
      }
    }, "robustness", stackSize);
    t.start();
    join(t, 120);
    if (failure.get() != null) {
      throw new AssertionError("a Java throwable escaped", failure.get());
    }
    return result.get();
  }

  private static void join(Thread t, int seconds) {
    try {
      t.join(TimeUnit.SECONDS.toMillis(seconds));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertFalse(t.isAlive(), "the script did not end");
  }

  /** Runs {@code text} on the calling thread. */
  private static Run run(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ScriptRunner.run(text, "robust.py",
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static final String RECURSIONS = String.join("\n",
      "import sys",
      "def t(name, fn):",
      "    try:",
      "        fn()",
      "        print(name, 'no error')",
      "    except RecursionError as e:",
      "        print(name, e)",
      "def f(): return f()",
      "t('call', f)",
      "class R:",
      "    def __repr__(self): return repr(self)",
      "t('repr', lambda: repr(R()))",
      "class S:",
      "    def __str__(self): return str(self)",
      "t('str', lambda: str(S()))",
      "class E:",
      "    def __eq__(self, o): return self == o",
      "t('eq', lambda: E() == E())",
      "class H:",
      "    def __hash__(self): return hash(self)",
      "t('hash', lambda: hash(H()))",
      "class G:",
      "    def __getattr__(self, n): return self.x",
      "t('getattr', lambda: G().y)",
      "class N:",
      "    def __len__(self): return len(self)",
      "t('len', lambda: len(N()))",
      "class A:",
      "    def __add__(self, o): return self + o",
      "t('add', lambda: A() + 1)",
      "l = []",
      "for i in range(100000): l = [l]",
      "t('nested list repr', lambda: repr(l))",
      "t('nested list eq', lambda: l == l[0])",
      "d = {}",
      "for i in range(100000): d = {1: d}",
      "t('nested dict repr', lambda: repr(d))",
      "me = []",
      "me.append(me)",
      "print(me)",
      "def deep(n): return deep(n + 1) if n < 200 else n",
      "print(deep(0))",
      "");

  private static void checkRecursions(Run r) {
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().split("\n");
    String plain = "maximum recursion depth exceeded";
    for (String name : new String[] {"call", "str", "eq", "hash", "getattr", "len", "add"}) {
      assertTrue(r.out().contains(name + " " + plain + "\n"), name + " in\n" + r.out());
    }
    // CPython adds "while getting the repr of an object" when the limit trips inside repr(),
    // which depends on the parity of C and Python levels; either message is a RecursionError.
    assertTrue(lines[1].startsWith("repr " + plain), r.out());
    assertTrue(r.out().contains(
        "nested list repr " + plain + " while getting the repr of an object\n"), r.out());
    assertTrue(r.out().contains("nested list eq " + plain + " in comparison\n"), r.out());
    assertTrue(r.out().contains(
        "nested dict repr " + plain + " while getting the repr of an object\n"), r.out());
    assertTrue(r.out().endsWith("[[...]]\n200\n"), r.out());
  }

  @Test
  void recursionRaisesRecursionErrorOnAnOrdinaryThread() {
    checkRecursions(onThread(ORDINARY_STACK, () -> run(RECURSIONS)));
  }

  @Test
  void aHighRecursionLimitStillGivesRecursionErrorNotStackOverflow() {
    Run r = onThread(ORDINARY_STACK, () -> run("import sys\nsys.setrecursionlimit(100000)\n"
        + RECURSIONS));
    assertEquals(0, r.status(), r.err());
    for (String name : new String[] {"call", "repr", "str", "eq", "hash", "getattr", "len"}) {
      assertTrue(r.out().contains(name + " maximum recursion depth exceeded"),
          name + " in\n" + r.out());
    }
  }

  @Test
  void uncaughtDeepRecursionEndsTheScriptWithATraceback() {
    Run r = onThread(ORDINARY_STACK, () -> run(
        "import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n + 1)\nf(0)\n"));
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
    assertTrue(r.err().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err());
  }

  @Test
  void theNextScriptOnTheThreadRunsNormallyAfterARecursionError() {
    Run[] runs = onThread(ORDINARY_STACK, () -> new Run[] {
      run("import sys\nsys.setrecursionlimit(100000)\ndef f(): f()\nf()\n"),
      // 100 deep, well inside 1 MB even while the JIT has not compiled the loop yet (its
      // interpreted frames are large): the point is that the thread's state was reset.
      run("import sys\nprint(sys.getrecursionlimit())\n"
          + "def g(n): return n if n == 0 else g(n - 1)\nprint(g(100))\n"),
    });
    assertEquals(1, runs[0].status());
    assertEquals(new Run(0, "1000\n0\n", ""), runs[1]);
  }

  @Test
  void aJavaExceptionInTheVmBecomesSystemErrorAndTheNextScriptRuns() {
    CodeObject code = ScriptRunner.compile("x = 1\ny = x + 1\n", "broken.py");
    int[] words = code.code();
    int at = -1;
    for (int i = 0; i < words.length; i++) {
      if (dev.krait.core.bytecode.Opcode.op(words[i])
          == dev.krait.core.bytecode.Opcode.BINARY_OP) {
        at = i;
      }
    }
    assertTrue(at >= 0);
    words[at] = 0xfe; // no such opcode: the loop's default case throws a Java exception
    PyDict globals = new PyDict();
    PyException e = null;
    try {
      Interpreter.execute(Frame.forModule(code, globals, ScriptRunner.builtins(System.out)),
          ThreadState.current());
    } catch (PyException x) {
      e = x;
    } finally {
      ThreadState.current().reset();
    }
    assertTrue(e != null && e.matches(PyErrors.SYSTEM_ERROR));
    String message = dev.krait.core.runtime.Abstract.str(e.value()).value();
    assertTrue(message.startsWith("internal error in <254> at instruction " + at
        + " of <module> (broken.py, line 2): java.lang.IllegalStateException"), message);
    assertEquals(new Run(0, "2\n", ""), run("x = 1\nprint(x + 1)\n"));
  }

  /** Starts {@code text} on a new thread, interrupts it once it printed, returns its run. */
  private static Run interrupted(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int[] status = {-1};
    Thread t = new Thread(null, () -> status[0] = ScriptRunner.run(text, "loop.py", o, e),
        "interrupted", ORDINARY_STACK);
    t.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (out.size() == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    t.interrupt();
    join(t, 30);
    return new Run(status[0], out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void interruptRaisesKeyboardInterruptInALoop() {
    Run r = interrupted("print('started')\nwhile True:\n    pass\n");
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
    assertTrue(r.err().endsWith("KeyboardInterrupt\n"), r.err());
  }

  @Test
  void interruptIsSeenInCallsWithoutBackwardJumps() {
    // map() calls f from Java: no backward jump runs in Python code, only calls.
    Run r = interrupted("def f(x):\n    return x\nprint('started')\n"
        + "sum(map(f, range(10 ** 12)))\n");
    assertEquals(1, r.status());
    assertTrue(r.err().endsWith("KeyboardInterrupt\n"), r.err());
  }

  @Test
  void keyboardInterruptCanBeCaught() {
    Run r = interrupted("try:\n    print('started')\n    while True:\n        pass\n"
        + "except KeyboardInterrupt:\n    print('caught')\n");
    assertEquals(new Run(0, "started\ncaught\n", ""), r);
  }
}
