package dev.krait.core.runtime;

import dev.krait.core.ast.ConstantRepr;

/**
 * Python's {@code str}: a sequence of code points held as a Java string, plus an {@code int[]}
 * of code points when indexing needs one.
 *
 * <p>Three kinds: <b>BMP</b> (no surrogate char: char index is code point index, so indexing is
 * O(1)); <b>astral</b> (some valid surrogate pairs: the code point array is built on first
 * index, then indexing is O(1)); and <b>split pair</b>, a str that a Java string cannot hold
 * because a high surrogate code point is followed by a low one (Python keeps them as two code
 * points; Java would read one astral character). A split-pair str keeps its code points in
 * {@link #codePoints()} as the truth; its {@link #value()} is then only an approximation (the
 * pair merged). Length, indexing, slicing, iteration, comparison, hashing, concatenation,
 * repetition, membership and repr use the code points; other methods work on the approximation.
 *
 * <p>A Python subclass of {@code str} is a {@link PyStrSubclass}, carrying its type and dict;
 * hot paths test {@code getClass() == PyStr.class}.
 */
public class PyStr extends PyObject {

  /** The builtin type {@code str}. */
  public static final PyType TYPE = PyType.builtin("str", PyStr.class, PyType.OBJECT);

  private static final byte BMP = 0;
  private static final byte ASTRAL = 1;
  private static final byte SPLIT_PAIR = 2;

  /** The empty string. */
  public static final PyStr EMPTY = new PyStr("", BMP, null);

  /** One-character strings for Latin-1, shared as CPython does. */
  private static final PyStr[] LATIN1 = new PyStr[256];

  static {
    for (int i = 0; i < LATIN1.length; i++) {
      LATIN1[i] = new PyStr(String.valueOf((char) i), BMP, null);
    }
    TYPE.sequence = true;
    StrSlots.define(TYPE);
    TYPE.defineLater(t -> {
      StrMethods.define(t);
      // str.encode lives with the codecs (bytes area).
      PyMethodDescriptor.define(t, "encode", (PyMethodDescriptor.FnN) Codecs::strEncode);
    });
    TYPE.ready();
  }

  private final String value;
  private final byte kind;
  /** Code points: always set for a split-pair str, built lazily for an astral one. */
  private volatile int[] cps;
  /** Cached hash; 0 means not yet computed. */
  private long hash;

  PyStr(String value) {
    this(value, kindOf(value), null);
  }

  private PyStr(String value, byte kind, int[] cps) {
    this.value = value;
    this.kind = kind;
    this.cps = cps;
  }

  /** Returns a subclass instance's copy of {@code s}'s code points. */
  PyStr(PyStr s) {
    this.value = s.value;
    this.kind = s.kind;
    this.cps = s.cps;
  }

  private static byte kindOf(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        return ASTRAL;
      }
    }
    return BMP;
  }

  /** Returns the Python string with the code points of {@code value}. */
  public static PyStr of(String value) {
    int n = value.length();
    if (n <= 1) {
      if (n == 0) {
        return EMPTY;
      }
      char c = value.charAt(0);
      if (c < 256) {
        return LATIN1[c];
      }
    }
    return new PyStr(value);
  }

  /** Returns the str of {@code value}, which the caller knows has no surrogate in it. */
  static PyStr ofBmp(String value) {
    return value.length() <= 1 ? of(value) : new PyStr(value, BMP, null);
  }

  /** Returns the one-code-point string {@code chr(cp)}. */
  public static PyStr ofCodePoint(int cp) {
    if (cp < 256) {
      return LATIN1[cp];
    }
    return new PyStr(new String(Character.toChars(cp)));
  }

  /**
   * Returns the str of {@code cps[from:to]}, which may be a split-pair str (a high surrogate code
   * point followed by a low one, which Java's String cannot represent).
   */
  public static PyStr ofCodePoints(int[] cps, int from, int to) {
    boolean astral = false;
    boolean split = false;
    for (int i = from; i < to; i++) {
      int c = cps[i];
      if (c >= 0xD800) {
        if (c > 0xFFFF) {
          astral = true;
        } else if (c <= 0xDFFF) {
          astral = true;
          if (c <= 0xDBFF && i + 1 < to && cps[i + 1] >= 0xDC00 && cps[i + 1] <= 0xDFFF) {
            split = true;
          }
        }
      }
    }
    if (to - from == 1 && cps[from] < 256) {
      return LATIN1[cps[from]];
    }
    String s = new String(cps, from, to - from);
    if (split) {
      return new PyStr(s, SPLIT_PAIR, java.util.Arrays.copyOfRange(cps, from, to));
    }
    return s.isEmpty() ? EMPTY : new PyStr(s, astral ? ASTRAL : BMP, null);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /**
   * Returns the Java string: exact unless {@link #isSplitPair()}, when a split surrogate pair
   * reads as one character.
   */
  public final String value() {
    return value;
  }

  /** Returns whether every code point is in the BMP (char index equals code point index). */
  public final boolean isBmp() {
    return kind == BMP;
  }

  /** Returns whether a Java string cannot hold this str (see the class comment). */
  public final boolean isSplitPair() {
    return kind == SPLIT_PAIR;
  }

  /** Returns the code points (a shared array: do not modify). */
  final int[] codePoints() {
    int[] c = cps;
    if (c == null) {
      c = value.codePoints().toArray();
      cps = c;
    }
    return c;
  }

  /** Returns {@code len(self)} in code points. */
  public final int length() {
    if (kind == BMP) {
      return value.length();
    }
    return codePoints().length;
  }

  /** Returns the code point at code point index {@code i} (0 <= i < length). */
  public final int codePointAt(int i) {
    if (kind == BMP) {
      return value.charAt(i);
    }
    return codePoints()[i];
  }

  /** Returns {@code self[i]} for a code point index in range. */
  final PyStr charAt(int i) {
    return ofCodePoint(codePointAt(i));
  }

  /** Returns {@code self[start:stop]} for code point indices with 0 <= start <= stop <= len. */
  final PyStr substring(int start, int stop) {
    if (start == 0 && stop == length() && getClass() == PyStr.class) {
      return this;
    }
    if (kind == BMP) {
      return of(value.substring(start, stop));
    }
    return ofCodePoints(codePoints(), start, stop);
  }

  /** Returns the Java char offset of code point index {@code i} (exact kinds only). */
  final int charOffset(int i) {
    return kind == BMP ? i : value.offsetByCodePoints(0, i);
  }

  /** Returns the code point index of Java char offset {@code off} (exact kinds only). */
  final int cpIndex(int off) {
    return kind == BMP ? off : value.codePointCount(0, off);
  }

  /** Returns the hash of a Java string as {@code hash(str)} gives it for an equal PyStr. */
  static long hashOf(String s) {
    // Python's str hash is unspecified across runs; any well-mixed function of the content will
    // do, as long as PyDict's str-keyed fast path computes the same one.
    long h = s.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return h == -1 ? -2 : h;
  }

  final long hash() {
    long h = hash;
    if (h == 0) {
      if (kind == SPLIT_PAIR) {
        h = java.util.Arrays.hashCode(cps) * 0xC2B2AE3D27D4EB4FL;
        h = h == -1 ? -2 : h;
      } else {
        h = hashOf(value);
      }
      hash = h;
    }
    return h;
  }

  /** Returns whether this str and {@code o} have the same code points. */
  final boolean equalsStr(PyStr o) {
    if (kind == SPLIT_PAIR || o.kind == SPLIT_PAIR) {
      return kind == o.kind && java.util.Arrays.equals(cps, o.cps);
    }
    return value.equals(o.value);
  }

  /** Returns a negative, zero or positive int as this str sorts before, with or after o. */
  final int compareTo(PyStr o) {
    if (kind == SPLIT_PAIR || o.kind == SPLIT_PAIR) {
      return java.util.Arrays.compare(codePoints(), o.codePoints());
    }
    if (kind == BMP && o.kind == BMP) {
      // No surrogates: UTF-16 order is code point order, and String's compare is intrinsic.
      return value.compareTo(o.value);
    }
    return compareCodePoints(value, o.value);
  }

  /** Compares by code point, not by UTF-16 unit ({@code '\uffff' < '😀'}). */
  static int compareCodePoints(String x, String y) {
    int n = Math.min(x.length(), y.length());
    for (int i = 0; i < n; i++) {
      char c = x.charAt(i);
      char d = y.charAt(i);
      if (c != d) {
        if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
          return Integer.compare(x.codePointAt(i), y.codePointAt(i));
        }
        return c - d;
      }
    }
    return x.length() - y.length();
  }

  /** Returns {@code self + other}. */
  final PyStr concat(PyStr o) {
    if (o.value.isEmpty() && getClass() == PyStr.class) {
      return this;
    }
    if (value.isEmpty() && o.getClass() == PyStr.class) {
      return o;
    }
    if (kind == BMP && o.kind == BMP) {
      return new PyStr(value + o.value, BMP, null);
    }
    boolean joinSplits = kind == SPLIT_PAIR || o.kind == SPLIT_PAIR
        || (Character.isHighSurrogate(value.charAt(value.length() - 1))
            && Character.isLowSurrogate(o.value.charAt(0)));
    if (!joinSplits) {
      return new PyStr(value + o.value, ASTRAL, null);
    }
    int[] a = codePoints();
    int[] b = o.codePoints();
    int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return ofCodePoints(all, 0, all.length);
  }

  /** Returns Python's {@code repr(self)} as a Java string. */
  final String reprString() {
    if (kind != SPLIT_PAIR) {
      return ConstantRepr.str(value);
    }
    // Lone surrogates are never printable: each code point of a split pair is escaped.
    char q = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    for (int c : cps) {
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        sb.append("\\u").append(Integer.toHexString(c));
      } else {
        String r = ConstantRepr.str(new String(Character.toChars(c)));
        sb.append(r, 1, r.length() - 1);
      }
    }
    return sb.append(q).toString();
  }
}
