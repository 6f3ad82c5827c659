package dev.krait.bench;

import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a rules application pays through {@code javax.script}: one evaluation of a precompiled
 * rule with fresh {@code Bindings} each time, the same with the {@code Bindings} reused, {@code
 * invokeFunction} of a rule function, and {@code eval} of a text seen before (its compiled code
 * reused); {@link #main} measures the same in CPU time. Public and not final because JMH's
 * generated code extends it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Jsr223Benchmark {

  private ScriptEngine engine;
  private CompiledScript rule;
  private Invocable invocable;
  private Bindings reused;
  private int x;

  /** Finds the engine, compiles the rule and defines the rule function. */
  @Setup(Level.Trial)
  public void setUp() throws ScriptException {
    engine = new ScriptEngineManager().getEngineByName("python");
    engine.getContext().setWriter(new StringWriter());
    rule = ((Compilable) engine).compile(EmbedBenchmark.RULE_EXPRESSION);
    engine.eval(EmbedBenchmark.RULE_FUNCTION);
    invocable = (Invocable) engine;
    reused = engine.createBindings();
  }

  /** {@code CompiledScript.eval} of the rule with fresh Bindings {@code x} and {@code y}. */
  @Benchmark
  public Object compiledEvalFreshBindings() throws ScriptException {
    Bindings b = engine.createBindings();
    b.put("x", ++x & 31);
    b.put("y", "b");
    return rule.eval(b);
  }

  /** {@code CompiledScript.eval} of the rule with the same Bindings, {@code x} changed. */
  @Benchmark
  public Object compiledEvalSameBindings() throws ScriptException {
    reused.put("x", ++x & 31);
    reused.put("y", "b");
    return rule.eval(reused);
  }

  /** {@code invokeFunction("rule", x, y)} of {@code def rule(x, y)} the engine defined. */
  @Benchmark
  public Object invokeFunction() throws ScriptException, NoSuchMethodException {
    return invocable.invokeFunction("rule", ++x & 31, "a");
  }

  /** One measured operation of {@link #main}. */
  @FunctionalInterface
  private interface Operation {
    Object run() throws Exception;
  }

  /**
   * Prints, for each benchmark and for the native API's call of the same rule function, the
   * best per-operation thread CPU time (not wall time, which other processes on a busy machine
   * inflate) of 25 rounds; {@code args[0]} is the operations per round (300,000 by default),
   * {@code args[1]}, when given, a part of the names of the operations to measure (for a
   * profiler run of one of them).
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    Jsr223Benchmark b = new Jsr223Benchmark();
    b.setUp();
    EmbedBenchmark embed = new EmbedBenchmark();
    embed.setUp();
    Map<String, Operation> operations = new LinkedHashMap<>();
    operations.put("compiledEvalFreshBindings", b::compiledEvalFreshBindings);
    operations.put("compiledEvalSameBindings", b::compiledEvalSameBindings);
    operations.put("invokeFunction", b::invokeFunction);
    operations.put("evalSameText", b::evalSameText);
    operations.put("EmbedBenchmark.callRule", embed::callRule);
    operations.put("EmbedBenchmark.runRuleInSameContext", embed::runRuleInSameContext);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String only = args.length > 1 ? args[1] : "";
    for (Map.Entry<String, Operation> e : operations.entrySet()) {
      if (!e.getKey().contains(only)) {
        continue;
      }
      Operation op = e.getValue();
      double best = Double.MAX_VALUE;
      for (int round = 0; round < 25; round++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          op.run();
        }
        best = Math.min(best, (mx.getCurrentThreadCpuTime() - t0) / (double) n);
      }
      System.out.printf("%-38s %7.1f ns (CPU time, best of 25 rounds)%n", e.getKey(), best);
    }
  }

  /** {@code ScriptEngine.eval(String)} of a text evaluated before. */
  @Benchmark
  public Object evalSameText() throws ScriptException {
    engine.put("x", ++x & 31);
    engine.put("y", "b");
    return engine.eval(EmbedBenchmark.RULE_EXPRESSION);
  }
}
