package dev.krait.bench;

import java.io.StringWriter;
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
 * reused). Public and not final because JMH's generated code extends it.
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

  /** {@code ScriptEngine.eval(String)} of a text evaluated before. */
  @Benchmark
  public Object evalSameText() throws ScriptException {
    engine.put("x", ++x & 31);
    engine.put("y", "b");
    return engine.eval(EmbedBenchmark.RULE_EXPRESSION);
  }
}
