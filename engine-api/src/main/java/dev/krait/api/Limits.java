package dev.krait.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Resource limits of the scripts of an engine's contexts; immutable. A limit that is reached
 * ends the script with a {@link PythonException} ({@code RecursionError} for the recursion
 * depth, {@code MemoryError} for a size); a value of 0 (or null for the deadline) means no limit.
 * To stop a running script from another thread, call {@link PythonContext#cancel()} or {@link
 * PythonEngine#cancel()}.
 *
 * <p>Enforced today: {@link #maxRecursionDepth()} (the initial {@code sys.getrecursionlimit()}).
 * The instruction budget, deadline, sizes and output size are carried for the sandbox issue that
 * enforces them; {@link #unenforced()} names those set but not enforced yet.
 *
 * <pre>{@code
 * Limits limits = Limits.builder()
 *     .maxRecursionDepth(200)
 *     .maxInstructions(10_000_000)
 *     .deadline(Duration.ofSeconds(2))
 *     .build();
 * PythonEngine engine = PythonEngine.builder().limits(limits).build();
 * }</pre>
 */
public final class Limits {

  /** No limits but CPython's default recursion limit of 1000. */
  public static final Limits NONE = new Builder().build();

  private final long maxInstructions;
  private final Duration deadline;
  private final int maxRecursionDepth;
  private final long maxStringLength;
  private final long maxBytesLength;
  private final long maxCollectionSize;
  private final long maxIntBits;
  private final long maxOutputChars;

  private Limits(Builder b) {
    this.maxInstructions = b.maxInstructions;
    this.deadline = b.deadline;
    this.maxRecursionDepth = b.maxRecursionDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxBytesLength = b.maxBytesLength;
    this.maxCollectionSize = b.maxCollectionSize;
    this.maxIntBits = b.maxIntBits;
    this.maxOutputChars = b.maxOutputChars;
  }

  /** Returns a builder with no limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the most bytecode instructions one call may run, or 0. */
  public long maxInstructions() {
    return maxInstructions;
  }

  /** Returns the longest one call may run, or null. */
  public Duration deadline() {
    return deadline;
  }

  /** Returns the initial recursion limit of each context ({@code sys.getrecursionlimit()}). */
  public int maxRecursionDepth() {
    return maxRecursionDepth;
  }

  /** Returns the longest {@code str} a script may make, in code points, or 0. */
  public long maxStringLength() {
    return maxStringLength;
  }

  /** Returns the longest {@code bytes}/{@code bytearray} a script may make, or 0. */
  public long maxBytesLength() {
    return maxBytesLength;
  }

  /** Returns the most items of a {@code list}, {@code dict}, {@code set} or {@code tuple}, or 0. */
  public long maxCollectionSize() {
    return maxCollectionSize;
  }

  /** Returns the most bits of an {@code int}, or 0. */
  public long maxIntBits() {
    return maxIntBits;
  }

  /** Returns the most characters a context may write to its output streams, or 0. */
  public long maxOutputChars() {
    return maxOutputChars;
  }

  /** Returns the names of the limits set here that the engine does not enforce yet. */
  public List<String> unenforced() {
    List<String> out = new ArrayList<>();
    if (maxInstructions != 0) {
      out.add("maxInstructions");
    }
    if (deadline != null) {
      out.add("deadline");
    }
    if (maxStringLength != 0) {
      out.add("maxStringLength");
    }
    if (maxBytesLength != 0) {
      out.add("maxBytesLength");
    }
    if (maxCollectionSize != 0) {
      out.add("maxCollectionSize");
    }
    if (maxIntBits != 0) {
      out.add("maxIntBits");
    }
    if (maxOutputChars != 0) {
      out.add("maxOutputChars");
    }
    return List.copyOf(out);
  }

  /**
   * Collects {@link Limits}.
   *
   * <pre>{@code
   * Limits.builder().maxRecursionDepth(100).maxStringLength(1 << 20).build();
   * }</pre>
   */
  public static final class Builder {

    private long maxInstructions;
    private Duration deadline;
    private int maxRecursionDepth = 1000;
    private long maxStringLength;
    private long maxBytesLength;
    private long maxCollectionSize;
    private long maxIntBits;
    private long maxOutputChars;

    private Builder() {}

    /** Sets the most bytecode instructions one call may run (0: no limit). */
    public Builder maxInstructions(long n) {
      this.maxInstructions = nonNegative(n, "maxInstructions");
      return this;
    }

    /** Sets the longest one call may run (null: no limit). */
    public Builder deadline(Duration d) {
      if (d != null && (d.isNegative() || d.isZero())) {
        throw new IllegalArgumentException("deadline must be positive: " + d);
      }
      this.deadline = d;
      return this;
    }

    /** Sets the initial recursion limit of each context (1000 by default, at least 1). */
    public Builder maxRecursionDepth(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxRecursionDepth must be at least 1: " + n);
      }
      this.maxRecursionDepth = n;
      return this;
    }

    /** Sets the longest {@code str}, in code points (0: no limit). */
    public Builder maxStringLength(long n) {
      this.maxStringLength = nonNegative(n, "maxStringLength");
      return this;
    }

    /** Sets the longest {@code bytes} (0: no limit). */
    public Builder maxBytesLength(long n) {
      this.maxBytesLength = nonNegative(n, "maxBytesLength");
      return this;
    }

    /** Sets the most items of a collection (0: no limit). */
    public Builder maxCollectionSize(long n) {
      this.maxCollectionSize = nonNegative(n, "maxCollectionSize");
      return this;
    }

    /** Sets the most bits of an {@code int} (0: no limit). */
    public Builder maxIntBits(long n) {
      this.maxIntBits = nonNegative(n, "maxIntBits");
      return this;
    }

    /** Sets the most characters a context may write to its output streams (0: no limit). */
    public Builder maxOutputChars(long n) {
      this.maxOutputChars = nonNegative(n, "maxOutputChars");
      return this;
    }

    /** Returns the limits. */
    public Limits build() {
      return new Limits(this);
    }

    private static long nonNegative(long n, String what) {
      if (n < 0) {
        throw new IllegalArgumentException(what + " must not be negative: " + n);
      }
      return n;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limits l && l.maxInstructions == maxInstructions
        && Objects.equals(l.deadline, deadline) && l.maxRecursionDepth == maxRecursionDepth
        && l.maxStringLength == maxStringLength && l.maxBytesLength == maxBytesLength
        && l.maxCollectionSize == maxCollectionSize && l.maxIntBits == maxIntBits
        && l.maxOutputChars == maxOutputChars;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxInstructions, deadline, maxRecursionDepth, maxStringLength,
        maxBytesLength, maxCollectionSize, maxIntBits, maxOutputChars);
  }
}
