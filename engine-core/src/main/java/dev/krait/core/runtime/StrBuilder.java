package dev.krait.core.runtime;

/**
 * Builds a str code point by code point, so that a high surrogate code point followed by a low
 * one stays two code points (see {@link PyStr}).
 */
final class StrBuilder {

  private final StringBuilder sb = new StringBuilder();
  private int[] cps;
  private int n;
  private boolean split;

  /** Appends one code point. */
  StrBuilder appendCodePoint(int c) {
    if (!split && Character.isLowSurrogate((char) c) && c <= 0xFFFF && sb.length() > 0
        && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
      switchToCodePoints();
    }
    if (split) {
      ensure(1);
      cps[n++] = c;
    } else {
      sb.appendCodePoint(c);
    }
    return this;
  }

  /** Appends every code point of {@code s}. */
  StrBuilder append(PyStr s) {
    String v = s.value();
    if (!split && !s.isSplitPair()) {
      if (v.isEmpty()) {
        return this;
      }
      if (!(Character.isLowSurrogate(v.charAt(0)) && sb.length() > 0
          && Character.isHighSurrogate(sb.charAt(sb.length() - 1)))) {
        sb.append(v);
        return this;
      }
    }
    if (!split) {
      switchToCodePoints();
    }
    int[] c = s.codePoints();
    ensure(c.length);
    System.arraycopy(c, 0, cps, n, c.length);
    n += c.length;
    return this;
  }

  private void switchToCodePoints() {
    cps = sb.codePoints().toArray();
    n = cps.length;
    split = true;
  }

  private void ensure(int more) {
    if (n + more > cps.length) {
      cps = java.util.Arrays.copyOf(cps, Math.max(n + more, cps.length * 2 + 8));
    }
  }

  /** Returns the str built. */
  PyStr build() {
    return split ? PyStr.ofCodePoints(cps, 0, n) : PyStr.of(sb.toString());
  }
}
