package dev.krait.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Exchanger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One engine and one {@code CompiledScript} under 8 threads at once; and the proof of the
 * declared {@code THREADING} value, {@code MULTITHREADED}: concurrent use is safe, scripts over
 * different {@code Bindings} run in parallel, and what a script does on one thread is seen by
 * scripts on the others.
 */
class ThreadingTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 300;

  private ScriptEngine py;
  private ExecutorService pool;

  @BeforeEach
  void setUp() {
    py = new ScriptEngineManager().getEngineByName("python");
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  /** Runs {@code task(i)} on {@link #THREADS} threads released at once; returns the results. */
  private <T> List<T> onAllThreads(IndexedTask<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int n = i;
      Callable<T> c = () -> {
        start.await();
        return task.run(n);
      };
      futures.add(pool.submit(c));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  @FunctionalInterface
  private interface IndexedTask<T> {
    T run(int thread) throws Exception;
  }

  @Test
  void oneCompiledScriptOnEightThreadsWithTheirOwnBindings() throws Exception {
    // A rule that binds nothing, and a script that binds names: both paths of the engine.
    CompiledScript rule = ((Compilable) py).compile("f'{name}:{x * 2}:{extra}'");
    CompiledScript probe = ((Compilable) py).compile("extra");
    CompiledScript writer = ((Compilable) py).compile("r = x * 2\nname + ':' + str(r)");
    ScriptEngine other = new ScriptEngineManager().getEngineByName("krait");
    List<Integer> done = onAllThreads(t -> {
      for (int k = 0; k < ROUNDS; k++) {
        int x = t * 100_000 + k;
        Bindings b = k % 2 == 0 ? py.createBindings() : new SimpleBindings();
        b.put("x", x);
        b.put("name", "t" + t);
        b.put("extra", k);
        assertEquals("t" + t + ":" + 2 * x + ":" + k, rule.eval(b));
        assertNull(b.get("r"));
        // No name of an earlier evaluation is left behind for the next Bindings.
        ScriptException stale = assertThrows(ScriptException.class,
            () -> probe.eval(new SimpleBindings()));
        assertTrue(stale.getMessage().contains("NameError: name 'extra' is not defined"));
        Bindings w = other.createBindings();
        w.put("x", x);
        w.put("name", "t" + t);
        ScriptContext cx = new SimpleScriptContext();
        cx.setBindings(w, ScriptContext.ENGINE_SCOPE);
        assertEquals("t" + t + ":" + 2 * x, writer.eval(cx), "evaluated in another engine");
        assertEquals(2 * x, w.get("r"));
      }
      return t;
    });
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), done);
  }

  @Test
  void threadingIsMultithreadedSharedStateIsSafeAndVisible() throws Exception {
    assertEquals("MULTITHREADED", py.getFactory().getParameter("THREADING"));
    py.eval("counter = 0\ndef bump(n):\n    global counter\n    counter += n\n    return counter");
    Invocable inv = (Invocable) py;
    onAllThreads(t -> {
      for (int k = 0; k < ROUNDS; k++) {
        py.eval("counter = counter + 1");
        inv.invokeFunction("bump", 2);
      }
      py.eval("seen_" + t + " = " + t);
      return t;
    });
    // No update is lost: the engine is safe to use from many threads at once ...
    assertEquals(THREADS * ROUNDS * 3, py.get("counter"));
    // ... and what each thread's scripts did is seen by scripts on another thread.
    Object seen = pool.submit(() -> py.eval("[seen_0, seen_1, seen_2, seen_3, seen_4, seen_5, "
        + "seen_6, seen_7]")).get();
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), seen);
  }

  @Test
  void scriptsOverDifferentBindingsRunInParallel() throws Exception {
    // Each of two scripts waits inside Python for the other: they finish only if both run at
    // once (taking turns, the first would time out).
    CompiledScript meet = ((Compilable) py).compile("exchanger.exchange(mine, 10, unit)");
    Exchanger<Object> exchanger = new Exchanger<>();
    List<Future<Object>> both = new ArrayList<>();
    for (String mine : List.of("left", "right")) {
      both.add(pool.submit(() -> {
        Bindings b = py.createBindings();
        b.put("exchanger", exchanger);
        b.put("mine", mine);
        b.put("unit", TimeUnit.SECONDS);
        return meet.eval(b);
      }));
    }
    assertEquals("right", both.get(0).get(30, TimeUnit.SECONDS));
    assertEquals("left", both.get(1).get(30, TimeUnit.SECONDS));
  }
}
