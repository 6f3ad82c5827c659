package dev.krait.api;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A Python engine: long-lived, thread-safe, shared by the whole application. It holds the
 * options, the compiled-code cache and the state every context shares (builtins, stdlib code),
 * and makes {@link PythonContext}s, each an isolated interpreter state that costs microseconds
 * and a few kilobytes.
 *
 * <pre>{@code
 * try (PythonEngine engine = PythonEngine.builder()
 *     .out(new StringWriter())
 *     .limits(Limits.builder().maxRecursionDepth(200).build())
 *     .build()) {
 *   Code rule = engine.compile(Source.of("rule.py", "x > 10 and y in ('a', 'b')"));
 *   try (PythonContext cx = engine.newContext()) {
 *     cx.set("x", 42);
 *     cx.set("y", "a");
 *     Object ok = cx.run(rule);   // Boolean.TRUE
 *   }
 * }
 * }</pre>
 *
 * <p>No threads are started; an engine and its contexts are garbage-collected when unreachable,
 * with or without {@link #close()}. Only {@link PythonException} leaves an engine's methods, and
 * the engine stays usable after any failure.
 */
public interface PythonEngine extends AutoCloseable {

  /** How an engine uses the bytecode cache ({@code __pycache__}) of imported modules. */
  enum CacheMode {
    /** Reads cache files and writes them after compiling (the default, as CPython). */
    READ_WRITE,
    /** Reads cache files but never writes them (CPython's {@code -B}). */
    READ_ONLY,
    /** Neither reads nor writes cache files. */
    OFF
  }

  /** Returns a builder with the default options. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns the options this engine was built with. */
  EngineOptions options();

  /**
   * Returns {@code source} compiled, raising {@link PythonSyntaxError} when it does not compile.
   * The result is immutable and thread-safe; the engine may return the same {@link Code} for
   * the same source (a bounded cache).
   */
  Code compile(Source source);

  /** Returns a new context with the engine's streams. */
  PythonContext newContext();

  /** Returns a builder of a context with its own streams or {@code sys.argv}. */
  PythonContext.Builder contextBuilder();

  /**
   * Asks every script running in a context of this engine to stop: it ends with a {@link
   * PythonException} of type {@code KeyboardInterrupt}. Safe to call from any thread.
   */
  void cancel();

  /**
   * Closes the engine: later calls to {@link #newContext()} and {@link #compile(Source)} fail
   * with {@link IllegalStateException}. Closing twice does nothing.
   */
  @Override
  void close();

  /**
   * Collects the options of a {@link PythonEngine}; {@link #build()} finds the implementation
   * with {@link ServiceLoader}.
   *
   * <pre>{@code
   * PythonEngine engine = PythonEngine.builder()
   *     .modulePath(Path.of("scripts"))
   *     .cacheMode(PythonEngine.CacheMode.READ_ONLY)
   *     .out(writer)
   *     .hostAccess(HostAccess.builder().allowClassLookup(java.math.BigDecimal.class).build())
   *     .build();
   * }</pre>
   */
  final class Builder {

    private final List<Path> modulePath = new ArrayList<>();
    private CacheMode cacheMode = CacheMode.READ_WRITE;
    private Path cachePrefix;
    private Writer out;
    private Writer err;
    private Reader in;
    private HostAccess hostAccess = HostAccess.DEFAULT;
    private Limits limits = Limits.NONE;

    private Builder() {}

    /** Appends {@code dirs} to the module search path ({@code sys.path}). */
    public Builder modulePath(Path... dirs) {
      for (Path d : dirs) {
        modulePath.add(Objects.requireNonNull(d, "dir"));
      }
      return this;
    }

    /** Sets how imported modules' bytecode is cached; {@link CacheMode#READ_WRITE} by default. */
    public Builder cacheMode(CacheMode mode) {
      this.cacheMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Keeps cache files under {@code dir} instead of {@code __pycache__} beside each source. */
    public Builder cachePrefix(Path dir) {
      this.cachePrefix = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Sets where {@code print} and {@code sys.stdout} write; {@code System.out} by default. */
    public Builder out(Writer w) {
      this.out = Objects.requireNonNull(w, "out");
      return this;
    }

    /** Sets where {@code print} and {@code sys.stdout} write, in UTF-8. */
    public Builder out(OutputStream s) {
      return out(writer(s, StandardCharsets.UTF_8));
    }

    /** Sets where {@code sys.stderr} and uncaught tracebacks write; {@code System.err} by default. */
    public Builder err(Writer w) {
      this.err = Objects.requireNonNull(w, "err");
      return this;
    }

    /** Sets where {@code sys.stderr} writes, in UTF-8. */
    public Builder err(OutputStream s) {
      return err(writer(s, StandardCharsets.UTF_8));
    }

    /** Sets where {@code input()} and {@code sys.stdin} read; {@code System.in} by default. */
    public Builder in(Reader r) {
      this.in = Objects.requireNonNull(r, "in");
      return this;
    }

    /** Sets where {@code input()} and {@code sys.stdin} read, in UTF-8. */
    public Builder in(InputStream s) {
      return in(new InputStreamReader(Objects.requireNonNull(s, "in"), StandardCharsets.UTF_8));
    }

    /** Sets what scripts may reach of Java; {@link HostAccess#DEFAULT} by default. */
    public Builder hostAccess(HostAccess access) {
      this.hostAccess = Objects.requireNonNull(access, "hostAccess");
      return this;
    }

    /** Sets the resource limits of every context; {@link Limits#NONE} by default. */
    public Builder limits(Limits l) {
      this.limits = Objects.requireNonNull(l, "limits");
      return this;
    }

    /**
     * Returns a new engine from the first {@link PythonEngineProvider} on the class path,
     * throwing {@link IllegalStateException} when there is none (engine-core is missing).
     */
    public PythonEngine build() {
      Charset console = Charset.defaultCharset();
      EngineOptions options = new EngineOptions(modulePath, cacheMode, cachePrefix,
          out != null ? out : writer(System.out, console),
          err != null ? err : writer(System.err, console),
          in != null ? in : new InputStreamReader(System.in, console),
          hostAccess, limits);
      return provider().create(options);
    }

    private static Writer writer(OutputStream s, Charset cs) {
      return new OutputStreamWriter(Objects.requireNonNull(s, "stream"), cs);
    }

    private static PythonEngineProvider provider() {
      ClassLoader[] loaders = {
        Thread.currentThread().getContextClassLoader(), PythonEngine.class.getClassLoader()
      };
      for (ClassLoader loader : loaders) {
        Iterator<PythonEngineProvider> it =
            ServiceLoader.load(PythonEngineProvider.class, loader).iterator();
        if (it.hasNext()) {
          return it.next();
        }
      }
      throw new IllegalStateException(
          "no Krait implementation found: put engine-core on the class path");
    }
  }
}
