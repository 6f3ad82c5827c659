package dev.krait.bench;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.vm.ScriptRunner;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state time of the VM's hot paths, each a small Python function {@code run(n)} doing
 * {@link #N} rounds of one kind of work: an int loop, Python-to-Python calls, attribute reads
 * and writes with method calls, list operations, dict operations, float arithmetic and a
 * generator pipeline. The snippet is loaded once; each invocation is one {@code run(N)}. Public
 * and not final because JMH's generated code extends it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
public class HotPathBenchmark {

  /** Rounds per invocation. */
  static final int N = 10_000;

  private static final Map<String, String> SNIPPETS = Map.of(
      "intLoop", """
          def run(n):
              t = 0
              i = 0
              while i < n:
                  t = (t + i * 3) % 1000003
                  i += 1
              return t
          """,
      "calls", """
          def add(a, b):
              return a + b

          def twice(f, x, y=1):
              return f(x, y) + f(y, x)

          def run(n):
              t = 0
              for i in range(n):
                  t = add(t, twice(add, i))
              return t
          """,
      "attributes", """
          class Base:
              def __init__(self, x):
                  self.x = x
                  self.hits = 0

              def bump(self, d):
                  self.hits += d
                  return self.x

          class Point(Base):
              def norm1(self):
                  return abs(self.x) + self.hits

          def run(n):
              p = Point(3)
              t = 0
              for i in range(n):
                  p.x = i
                  t += p.bump(1) + p.norm1()
              return t
          """,
      "lists", """
          def run(n):
              xs = []
              for i in range(n):
                  xs.append(i ^ 5)
              t = 0
              for i in range(len(xs)):
                  xs[i] = xs[i] + xs[-1 - i]
              for v in xs:
                  t += v
              xs.sort()
              return t + xs[0] + len(xs[10:20])
          """,
      "dicts", """
          def run(n):
              d = {}
              words = ["alpha", "beta", "gamma", "delta", "eps"]
              for i in range(n):
                  w = words[i % 5]
                  d[w] = d.get(w, 0) + 1
                  d[i] = w
              t = 0
              for k in d:
                  if k in d and type(k) is int:
                      t += k
              return t + d["alpha"]
          """,
      "floats", """
          def run(n):
              x = 0.5
              y = 1.25
              s = 0.0
              for i in range(n):
                  x = x * 1.000001 + 0.1
                  y = y - x / 7.0
                  if x > y:
                      s += x - y
              return s
          """,
      "generators", """
          def numbers(n):
              for i in range(n):
                  yield i

          def evens(it):
              for v in it:
                  if v % 2 == 0:
                      yield v

          def run(n):
              return sum(evens(numbers(n))) + sum(x * x for x in range(n // 10))
          """);

  /** The snippet to run. */
  @Param({"intLoop", "calls", "attributes", "lists", "dicts", "floats", "generators"})
  public String path;

  private PyObject run;
  private PyObject n;

  /** Loads the snippet once. */
  @Setup(Level.Trial)
  public void setUp() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PyDict globals = ScriptRunner.loadModule(
        SNIPPETS.get(path), "<" + path + ">", "hotpath", out, out);
    run = globals.getStr("run");
    n = PyInt.of(N);
  }

  /** One {@code run(N)}. */
  @Benchmark
  public PyObject runOnce() {
    return Abstract.call(run, n);
  }
}
