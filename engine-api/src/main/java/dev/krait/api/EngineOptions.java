package dev.krait.api;

import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The immutable options of a {@link PythonEngine}, as its {@link PythonEngine.Builder} collected
 * them; what a {@link PythonEngineProvider} receives.
 *
 * <pre>{@code
 * EngineOptions o = engine.options();
 * o.cacheMode();   // CacheMode.READ_WRITE unless the builder said otherwise
 * }</pre>
 */
public final class EngineOptions {

  private final List<Path> modulePath;
  private final PythonEngine.CacheMode cacheMode;
  private final Path cachePrefix;
  private final Writer out;
  private final Writer err;
  private final Reader in;
  private final HostAccess hostAccess;
  private final Limits limits;

  EngineOptions(List<Path> modulePath, PythonEngine.CacheMode cacheMode, Path cachePrefix,
      Writer out, Writer err, Reader in, HostAccess hostAccess, Limits limits) {
    this.modulePath = List.copyOf(modulePath);
    this.cacheMode = Objects.requireNonNull(cacheMode, "cacheMode");
    this.cachePrefix = cachePrefix;
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.in = Objects.requireNonNull(in, "in");
    this.hostAccess = Objects.requireNonNull(hostAccess, "hostAccess");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Returns the directories searched for modules, in order (Python's {@code sys.path}). */
  public List<Path> modulePath() {
    return modulePath;
  }

  /** Returns how the engine uses {@code __pycache__} files. */
  public PythonEngine.CacheMode cacheMode() {
    return cacheMode;
  }

  /**
   * Returns the directory that holds cache files instead of {@code __pycache__} beside each
   * source (CPython's {@code PYTHONPYCACHEPREFIX}), or null.
   */
  public Path cachePrefix() {
    return cachePrefix;
  }

  /** Returns where contexts write {@code sys.stdout} unless told otherwise. */
  public Writer out() {
    return out;
  }

  /** Returns where contexts write {@code sys.stderr} unless told otherwise. */
  public Writer err() {
    return err;
  }

  /** Returns where contexts read {@code sys.stdin} unless told otherwise. */
  public Reader in() {
    return in;
  }

  /** Returns what scripts may reach of Java. */
  public HostAccess hostAccess() {
    return hostAccess;
  }

  /** Returns the resource limits of every context. */
  public Limits limits() {
    return limits;
  }
}
