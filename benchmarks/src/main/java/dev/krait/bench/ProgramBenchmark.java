package dev.krait.bench;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.syntax.SyntaxError;
import dev.krait.core.vm.ScriptRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time of one {@code run(n)} of a program of {@code shared/bench}, in steady state: the
 * file is loaded once as a module (not {@code __main__}) in {@link #setUp}, then each
 * invocation calls {@code run(DEFAULT_N)}. Single-shot, because one call takes seconds.
 *
 * <p>System properties: {@code krait.bench.dir} the programs' folder; {@code krait.bench.out} a
 * folder where each program's last checksum (or its error) is written for {@code
 * bench-vs-cpython.sh} to check. Public and not final because JMH's generated code extends it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
public class ProgramBenchmark {

  /** The program's file name without {@code .py}. */
  @Param({
    "nbody", "fannkuch", "spectral_norm", "richards", "nqueens", "fib", "float_points",
    "dict_str", "generators", "bigint", "sort_lambda", "rule_eval"
  })
  public String program;

  private PyObject run;
  private PyObject n;
  private String checksum;

  /** Loads the program and reads its {@code run} and {@code DEFAULT_N}. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path file = Path.of(System.getProperty("krait.bench.dir", "../shared/bench"),
        program + ".py");
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      PyDict globals = ScriptRunner.loadModule(
          text, file.toAbsolutePath().toString(), program, out, out);
      run = globals.getStr("run");
      n = globals.getStr("DEFAULT_N");
      if (run == null || !(n instanceof PyInt)) {
        throw new IllegalStateException(program + " defines no run(n) or no int DEFAULT_N");
      }
    } catch (PyException | SyntaxError | IllegalStateException e) {
      report("err", describe(e));
      throw e;
    }
  }

  /** One {@code run(DEFAULT_N)}. */
  @Benchmark
  public PyObject runOnce() {
    try {
      PyObject r = Abstract.call(run, new PyObject[] {n}, null);
      checksum = program + " n=" + n + " " + Abstract.str(r).value();
      return r;
    } catch (PyException | StackOverflowError e) {
      report("err", describe(e));
      throw e;
    }
  }

  /** Writes the checksum the script compares with {@code expected.txt}. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (checksum != null) {
      report("out", checksum);
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof PyException p) {
      return p.value().type().name() + ": " + Abstract.str(p.value()).value();
    }
    if (e instanceof SyntaxError s) {
      return "SyntaxError: " + s.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private void report(String ext, String text) {
    String dir = System.getProperty("krait.bench.out");
    if (dir == null) {
      return;
    }
    try {
      Files.createDirectories(Path.of(dir));
      Files.writeString(Path.of(dir, program + "." + ext), text + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the benchmark report to " + dir, e);
    }
  }
}
