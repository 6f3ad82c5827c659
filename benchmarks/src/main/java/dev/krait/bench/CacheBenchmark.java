package dev.krait.bench;

import dev.krait.core.cache.CacheOptions;
import dev.krait.core.cache.CodeCache;
import dev.krait.core.bytecode.CodeObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Loading a 5,000-line module: from its valid {@code __pycache__} file (stat, read, check the
 * header, decode and verify the code) against compiling it from source (read, decode, parse,
 * compile), both through {@link CodeCache#load} as an import would. Goal: the cache at least
 * 10 times faster.
 *
 * <p>The module is generated at setup (classes, functions, loops, comprehensions, f-strings,
 * exception handling, dict and set displays), so the number does not depend on the machine's
 * Python. Public and not final because JMH's generated code extends it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class CacheBenchmark {

  /** Lines of the generated module. */
  static final int LINES = 5_000;

  private Path dir;
  private Path module;
  private CodeCache cached;
  private CodeCache uncached;

  /** Writes the module and its cache file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("krait-cache-bench");
    module = dir.resolve("big_module.py");
    Files.writeString(module, generateModule(LINES), StandardCharsets.UTF_8);
    cached = new CodeCache(CacheOptions.DEFAULTS);
    uncached = new CodeCache(CacheOptions.DEFAULTS.withMode(CacheOptions.Mode.OFF));
    cached.load(module);
    cached.load(module);
    if (cached.hits() != 1) {
      throw new IllegalStateException("the cache file was not used: " + cached.cachePath(module));
    }
  }

  /** Removes the module and its cache. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Loads the module's code from {@code __pycache__}. */
  @Benchmark
  public CodeObject loadFromCache() throws IOException {
    return cached.load(module);
  }

  /** Compiles the module's code from its source. */
  @Benchmark
  public CodeObject compileFromSource() throws IOException {
    return uncached.load(module);
  }

  /** Returns a module of about {@code lines} lines of varied, ordinary Python. */
  static String generateModule(int lines) {
    StringBuilder out = new StringBuilder("\"\"\"A generated module for CacheBenchmark.\"\"\"\n\n");
    out.append("import sys\n\nLIMIT = 100\n\n");
    for (int i = 0; out.chars().filter(c -> c == '\n').count() < lines - 40; i++) {
      out.append(String.format(BLOCK, i));
    }
    while (out.chars().filter(c -> c == '\n').count() < lines) {
      out.append("LIMIT += 1\n");
    }
    return out.toString();
  }

  /** One unit of the generated module, 40 lines; %1$d numbers its names. */
  private static final String BLOCK = """


      class Shape%1$d:
          \"\"\"A shape with a name and some points.\"\"\"

          kinds = {'circle', 'square', 'triangle', 'polygon'}

          def __init__(self, name, points=None, *, scale=1.0):
              self.name = name
              self.points = list(points or [])
              self.scale = scale

          def area(self):
              total = 0.0
              for i, (x, y) in enumerate(self.points):
                  nx, ny = self.points[(i + 1) %% len(self.points)]
                  total += x * ny - nx * y
              return abs(total) / 2 * self.scale ** 2

          def __repr__(self):
              return f"Shape%1$d({self.name!r}, {len(self.points)} points)"


      def summarize%1$d(shapes, limit=LIMIT):
          counts = {}
          try:
              for s in shapes[:limit]:
                  counts[s.name] = counts.get(s.name, 0) + 1
          except (TypeError, KeyError) as e:
              print("bad shape:", e, file=sys.stderr)
              raise
          finally:
              counts.setdefault('total', len(shapes))
          big = [s for s in shapes if s.area() > %1$d]
          return {k: v for k, v in sorted(counts.items()) if v}, big
      """;
}
