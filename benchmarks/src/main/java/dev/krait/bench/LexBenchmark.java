package dev.krait.bench;

import dev.krait.core.syntax.Lexer;
import dev.krait.core.syntax.Token;
import dev.krait.core.syntax.TokenKind;
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
 * Steady-state tokenizing throughput (the lexer alone) over the whole corpus, in corpus passes and,
 * as the {@code lines} secondary score, lines per second.
 *
 * <p>Public and not final because JMH's generated code extends it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class LexBenchmark {

  private List<Corpus.Source> sources;
  private long lines;

  /** Loads and decodes the corpus once; files the lexer stops on are left out. */
  @Setup(Level.Trial)
  public void load() {
    Corpus corpus = Corpus.load("lexer", LexBenchmark::lexes);
    sources = corpus.sources();
    lines = corpus.lines();
  }

  private static boolean lexes(Corpus.Source source) {
    List<Token> tokens = new Lexer(source.text(), source.path()).tokenize();
    return tokens.get(tokens.size() - 1).kind() != TokenKind.ERRORTOKEN;
  }

  /** Tokenizes every file of the corpus once. */
  @Benchmark
  public void lexCorpus(LineCounter counter, Blackhole blackhole) {
    for (Corpus.Source source : sources) {
      blackhole.consume(new Lexer(source.text(), source.path()).tokenize());
    }
    counter.lines += lines;
  }
}
