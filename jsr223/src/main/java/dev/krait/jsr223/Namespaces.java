package dev.krait.jsr223;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.krait.api.PyValue;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonEngine;
import java.util.Map;
import javax.script.Bindings;
import javax.script.ScriptContext;

/**
 * Lends each evaluation a {@link Namespace} for its engine-scope {@code Bindings}, so that a
 * script sees the {@code Bindings} as its globals.
 *
 * <p>A {@code Bindings} that a script never wrote to (a rule evaluated over fresh {@code
 * Bindings}: the common, fast case) borrows the calling thread's idle namespace and gives it back
 * emptied. Once a script binds a name in it (a function, a variable) or returns a Python object
 * that may refer to its globals, the namespace becomes that {@code Bindings}' home for good: the
 * functions the script defined keep their globals, and later scripts and {@code
 * invokeFunction} over the same {@code Bindings} run in it. Homes are held weakly by their
 * {@code Bindings}. Every run holds the {@code Bindings}' lock: runs over the same {@code
 * Bindings} take turns, runs over different ones proceed in parallel.
 */
final class Namespaces {

  /**
   * What a run does in the namespace, once the Bindings are in place, over two arguments: a
   * lambda that captures nothing, so that a hot entry point allocates no closure.
   */
  @FunctionalInterface
  interface Action<A, B, T> {
    /** Returns the result for {@code a} and {@code b}, run in {@code cx}. */
    T run(PythonContext cx, A a, B b) throws Exception;
  }

  private final PythonEngine python;
  private final ThreadLocal<Namespace> idle = new ThreadLocal<>();
  // The idle namespace of the thread that ran last: most runs come from the same thread, and
  // comparing the thread is cheaper than the thread-local read. Racy on purpose: a thread only
  // uses a pair that names it, and only it writes such pairs.
  private IdlePair lastIdle;

  /** A thread and its idle namespace (immutable, so safely read without a lock). */
  private record IdlePair(Thread thread, Namespace namespace) {}
  // Homes of Bindings that are not KraitBindings (those keep their own); identity, weak keys.
  private final Cache<Bindings, Namespace> homes = CacheBuilder.newBuilder().weakKeys().build();

  Namespaces(PythonEngine python) {
    this.python = python;
  }

  /** Returns the Python engine. */
  PythonEngine python() {
    return python;
  }

  /**
   * Returns what {@code action} returns, run in the namespace of the engine scope of {@code sc}
   * with its streams, {@code fileName} and {@code sys.argv}; the Bindings are written back
   * afterwards, also when it fails.
   */
  <A, B, T> T run(ScriptContext sc, String fileName, Action<A, B, T> action, A a, B b)
      throws Exception {
    Bindings engine = sc.getBindings(ScriptContext.ENGINE_SCOPE);
    Bindings global = sc.getBindings(ScriptContext.GLOBAL_SCOPE);
    synchronized (engine) {
      Namespace home = homeOf(engine);
      if (home != null) {
        return runIn(home, sc, engine, global, fileName, action, a, b);
      }
      // The thread's idle namespace, unless a run on this thread (that called Java, which
      // evaluates again) uses it now.
      Namespace idleOne = idleNamespace();
      boolean borrowed = idleOne != null && !idleOne.busy;
      Namespace ns = borrowed ? idleOne : new Namespace(python.newContext());
      T result = null;
      ns.busy = true;
      try {
        result = runIn(ns, sc, engine, global, fileName, action, a, b);
        return result;
      } finally {
        ns.busy = false;
        if (ns.wrote() || mayReferToGlobals(result)) {
          if (borrowed) {
            setIdle(null);
          }
          setHome(engine, ns);
        } else if (idleOne == null) {
          // Its globals still hold this run's values: the next run unbinds what its own
          // Bindings lack before anything runs.
          setIdle(ns);
        }
      }
    }
  }

  // The calling thread's idle namespace, or null.
  private Namespace idleNamespace() {
    Thread me = Thread.currentThread();
    IdlePair last = lastIdle;
    if (last != null && last.thread() == me) {
      return last.namespace();
    }
    Namespace ns = idle.get();
    if (ns != null) {
      lastIdle = new IdlePair(me, ns);
    }
    return ns;
  }

  private void setIdle(Namespace ns) {
    idle.set(ns);
    lastIdle = ns == null ? null : new IdlePair(Thread.currentThread(), ns);
  }

  private static <A, B, T> T runIn(Namespace ns, ScriptContext sc, Bindings engine,
      Bindings global, String fileName, Action<A, B, T> action, A a, B b) throws Exception {
    ns.useStreams(sc, engine, global, fileName);
    ns.syncIn(engine, global);
    try {
      return action.run(ns.context(), a, b);
    } finally {
      ns.syncOut(engine);
    }
  }

  // A Python object (a lambda, an instance, a list of them) handed to the host may use the
  // globals after the run: the namespace must not be emptied and lent to other Bindings.
  private static boolean mayReferToGlobals(Object result) {
    if (result == null || result instanceof Boolean || result instanceof String
        || result instanceof Integer) {
      // A rule's usual results: exact class checks of final classes, where the interface
      // checks below scan the result class's interfaces each time.
      return false;
    }
    return result instanceof PyValue || result instanceof java.util.List<?>
        || result instanceof Map<?, ?>;
  }

  private Namespace homeOf(Bindings b) {
    return b instanceof KraitBindings k ? k.home() : homes.getIfPresent(b);
  }

  private void setHome(Bindings b, Namespace ns) {
    if (b instanceof KraitBindings k) {
      k.setHome(ns);
    } else {
      homes.put(b, ns);
    }
  }
}
