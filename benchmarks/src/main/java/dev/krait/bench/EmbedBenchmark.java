package dev.krait.bench;

import dev.krait.api.Code;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonEngine;
import dev.krait.api.Source;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an embedding application pays through the public API: making a context, calling a
 * Python rule function ({@code invokeFunction}-like), and running a precompiled rule with fresh
 * globals in a fresh context ({@code CompiledScript.eval} with fresh Bindings). {@link #main}
 * measures the heap an idle context retains. Public and not final because JMH's generated code
 * extends it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmbedBenchmark {

  static final String RULE_FUNCTION = "def rule(x, y): return x > 10 and y in ('a', 'b')\n";
  static final String RULE_EXPRESSION = "x > 10 and y in ('a', 'b')";

  private PythonEngine engine;
  private PythonContext context;
  private Code rule;
  private int x;

  /** Makes the engine, a context holding {@code rule} and the compiled rule expression. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = PythonEngine.builder().out(new StringWriter()).build();
    context = engine.newContext();
    context.exec(RULE_FUNCTION);
    rule = engine.compile(Source.of("rule.py", RULE_EXPRESSION));
  }

  /** Closes the engine. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** Makes and closes a context. */
  @Benchmark
  public PythonContext newContext() {
    PythonContext cx = engine.newContext();
    cx.close();
    return cx;
  }

  /** {@code context.call("rule", x, y)} on a context that defined it. */
  @Benchmark
  public Object callRule() {
    return context.call("rule", ++x & 31, "a");
  }

  /** The precompiled rule in a fresh context with fresh globals x and y. */
  @Benchmark
  public Object runRuleInFreshContext() {
    try (PythonContext cx = engine.newContext()) {
      cx.set("x", ++x & 31);
      cx.set("y", "b");
      return cx.run(rule);
    }
  }

  /** The precompiled rule in a long-lived context, its globals reset each time. */
  @Benchmark
  public Object runRuleInSameContext() {
    context.set("x", ++x & 31);
    context.set("y", "b");
    return context.run(rule);
  }

  /** Prints the heap retained per idle context and the contexts made per second. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    try (PythonEngine engine = PythonEngine.builder().out(new StringWriter()).build()) {
      List<PythonContext> keep = new ArrayList<>(n);
      long before = usedAfterGc();
      for (int i = 0; i < n; i++) {
        keep.add(engine.newContext());
      }
      long after = usedAfterGc();
      System.out.printf("retained per idle context: %d bytes (%d contexts)%n",
          (after - before) / n, keep.size());
      for (PythonContext cx : keep) {
        cx.exec("import sys\nx = 1");
      }
      long used = usedAfterGc();
      System.out.printf("retained per context after 'import sys; x = 1': %d bytes%n",
          (used - before) / n);
      keep.clear();
      for (int round = 0; round < 5; round++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n * 10; i++) {
          engine.newContext().close();
        }
        long ns = System.nanoTime() - t0;
        System.out.printf("contexts per second (one thread): %,.0f%n", n * 10 * 1e9 / ns);
      }
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
