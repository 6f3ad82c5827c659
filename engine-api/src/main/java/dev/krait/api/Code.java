package dev.krait.api;

/**
 * A compiled Python program: immutable and thread-safe. Compile once with {@link
 * PythonEngine#compile(Source)}, then run it in any number of contexts on any threads.
 *
 * <pre>{@code
 * Code rule = engine.compile(Source.of("rule.py", "x > 10 and y in ('a', 'b')"));
 * try (PythonContext cx = engine.newContext()) {
 *   cx.set("x", 11);
 *   cx.set("y", "b");
 *   Object ok = cx.run(rule);  // Boolean.TRUE: the value of the last expression statement
 * }
 * }</pre>
 */
public interface Code {

  /** Returns the source this code was compiled from. */
  Source source();

  /**
   * Returns the engine that compiled it. The code also runs in the contexts of other engines of
   * the same implementation (compiled code holds no engine state).
   */
  PythonEngine engine();
}
