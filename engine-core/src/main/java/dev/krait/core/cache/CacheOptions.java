package dev.krait.core.cache;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link CodeCache} behaves, as CPython's switches: whether it reads and writes cache
 * files ({@code -B}, {@code PYTHONDONTWRITEBYTECODE}), where they go ({@code
 * PYTHONPYCACHEPREFIX}), how new files are invalidated and how hash-based files are checked
 * ({@code --check-hash-based-pycs}).
 *
 * @param mode whether cache files are read and written
 * @param prefix the folder mirroring every source's absolute path, or null for {@code
 *     __pycache__} folders beside the sources
 * @param invalidation what a newly written file records to notice a changed source
 * @param hashCheck which hash-based files are checked against their source when read
 */
public record CacheOptions(Mode mode, Path prefix, Invalidation invalidation, HashCheck hashCheck) {

  /** Whether cache files are used. */
  public enum Mode {
    /** Read valid cache files; write new ones after compiling (the default). */
    READ_WRITE,
    /** Read valid cache files, never write ({@code -B}, {@code sys.dont_write_bytecode}). */
    READ_ONLY,
    /** Always compile from source; cache files are neither read nor written. */
    OFF
  }

  /** What a written file records to tell whether its source changed (PEP 552). */
  public enum Invalidation {
    /** The source's modification time (seconds) and size, CPython's default. */
    TIMESTAMP,
    /** A 64-bit hash of the source, checked against the source on every read. */
    CHECKED_HASH,
    /** A 64-bit hash of the source, never checked: the file is trusted until rebuilt. */
    UNCHECKED_HASH
  }

  /** CPython's {@code --check-hash-based-pycs}: which hash-based files are checked. */
  public enum HashCheck {
    /** Checked files are checked, unchecked ones are not. */
    DEFAULT,
    /** Every hash-based file is checked. */
    ALWAYS,
    /** No hash-based file is checked. */
    NEVER
  }

  /** Reading and writing {@code __pycache__} beside the sources, timestamp-based. */
  public static final CacheOptions DEFAULTS =
      new CacheOptions(Mode.READ_WRITE, null, Invalidation.TIMESTAMP, HashCheck.DEFAULT);

  /** Checks the fields; the prefix becomes absolute. */
  public CacheOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(invalidation, "invalidation");
    Objects.requireNonNull(hashCheck, "hashCheck");
    prefix = prefix == null ? null : prefix.toAbsolutePath().normalize();
  }

  /** Returns these options with {@code mode}. */
  public CacheOptions withMode(Mode mode) {
    return new CacheOptions(mode, prefix, invalidation, hashCheck);
  }

  /** Returns these options with cache files under {@code prefix} (null: beside the sources). */
  public CacheOptions withPrefix(Path prefix) {
    return new CacheOptions(mode, prefix, invalidation, hashCheck);
  }

  /** Returns these options with {@code invalidation} for new files. */
  public CacheOptions withInvalidation(Invalidation invalidation) {
    return new CacheOptions(mode, prefix, invalidation, hashCheck);
  }

  /** Returns these options with {@code hashCheck}. */
  public CacheOptions withHashCheck(HashCheck hashCheck) {
    return new CacheOptions(mode, prefix, invalidation, hashCheck);
  }

  /**
   * Returns these options adjusted by the environment as CPython reads it: a non-empty {@code
   * PYTHONDONTWRITEBYTECODE} stops writing, a non-empty {@code PYTHONPYCACHEPREFIX} sets the
   * prefix.
   */
  public CacheOptions withEnvironment(Map<String, String> env) {
    CacheOptions o = this;
    String dont = env.get("PYTHONDONTWRITEBYTECODE");
    if (dont != null && !dont.isEmpty() && o.mode == Mode.READ_WRITE) {
      o = o.withMode(Mode.READ_ONLY);
    }
    String prefix = env.get("PYTHONPYCACHEPREFIX");
    if (prefix != null && !prefix.isEmpty()) {
      o = o.withPrefix(Path.of(prefix));
    }
    return o;
  }

  /** Returns whether new cache files are written ({@code not sys.dont_write_bytecode}). */
  public boolean writes() {
    return mode == Mode.READ_WRITE;
  }
}
