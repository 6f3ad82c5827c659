package dev.krait.bench;

import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SyntaxError;
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
 * Steady-state parse throughput, source text to {@code Mod.Module}, over the whole corpus.
 *
 * <p>The primary score is corpus passes per second; the {@code lines} secondary score is lines per
 * second, the number to compare with CPython's {@code ast.parse}. Public and not final because
 * JMH's generated code extends it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class ParseBenchmark {

  private List<Corpus.Source> sources;
  private long lines;

  /** Loads and decodes the corpus once; files Krait's parser rejects are left out. */
  @Setup(Level.Trial)
  public void load() {
    Corpus corpus = Corpus.load("parser", ParseBenchmark::parses);
    sources = corpus.sources();
    lines = corpus.lines();
  }

  private static boolean parses(Corpus.Source source) {
    try {
      Parser.parseModule(source.text(), source.path());
      return true;
    } catch (SyntaxError e) {
      return false;
    }
  }

  /** Parses every file of the corpus once. */
  @Benchmark
  public void parseCorpus(LineCounter counter, Blackhole blackhole) {
    for (Corpus.Source source : sources) {
      blackhole.consume(Parser.parseModule(source.text(), source.path()));
    }
    counter.lines += lines;
  }
}
