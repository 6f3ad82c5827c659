package dev.krait.bench;

import dev.krait.core.compiler.Compiler;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Steady-state compile throughput, source text to {@code CodeObject} (parse, symbol table,
 * compile, assemble), over the corpus: the work a cache miss does, to compare with CPython's
 * {@code compile()} ({@code benchmarks/compile-vs-cpython.sh}).
 *
 * <p>The {@code lines} secondary score is lines per second. Public and not final because JMH's
 * generated code extends it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class CompileBenchmark {

  private List<Corpus.Source> sources;
  private long lines;

  /** Loads and decodes the corpus once; files Krait cannot compile yet are left out. */
  @Setup(Level.Trial)
  public void load() {
    Corpus corpus = Corpus.load("compiler", CompileBenchmark::compiles);
    sources = corpus.sources();
    lines = corpus.lines();
  }

  private static Object compile(Corpus.Source source) {
    return Compiler.compileModule(Parser.parseModule(source.text(), source.path()),
        source.path(), new LineMap(source.text()));
  }

  private static boolean compiles(Corpus.Source source) {
    try {
      compile(source);
      return true;
    } catch (RuntimeException e) {
      return false; // a SyntaxError, or a construct the compiler does not support yet
    }
  }

  /** Compiles every file of the corpus once. */
  @Benchmark
  public void compileCorpus(LineCounter counter, Blackhole blackhole) {
    for (Corpus.Source source : sources) {
      blackhole.consume(compile(source));
    }
    counter.lines += lines;
  }
}
