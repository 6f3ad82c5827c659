package dev.krait.core.syntax;

import dev.krait.core.ast.Expr;
import java.util.Arrays;

/**
 * Builds a str value in a char buffer, remembering where a high surrogate and the low surrogate
 * after it are two code points rather than one, so that it can give an {@link Expr.CodePoints}
 * exactly when a String would misread the value.
 *
 * <p>Decoded source text never holds a lone surrogate, so such a pair only arises where an escape
 * such as <code>&#92;udd1e</code> appends a low surrogate right after a lone high one, or where two
 * pieces of a literal meet.
 */
final class StrBuilder {

  /** The value's chars; callers append to it directly, except for escapes and whole pieces. */
  final StringBuilder chars;

  /** The indexes in {@code chars} of low surrogates that are not part of a pair, or null. */
  private int[] splits;

  private int splitCount;

  StrBuilder(int capacity) {
    chars = new StringBuilder(capacity);
  }

  /** Appends the code point of an escape, which may be a lone surrogate. */
  void appendEscaped(int codePoint) {
    if (codePoint >= Character.MIN_LOW_SURROGATE && codePoint <= Character.MAX_LOW_SURROGATE) {
      markIfAfterHighSurrogate();
      chars.append((char) codePoint);
    } else {
      chars.appendCodePoint(codePoint);
    }
  }

  /** Appends a str value: a String or an {@link Expr.CodePoints}. */
  void append(Object value) {
    if (value instanceof String s) {
      // Inside a String a surrogate pair is one code point; only its first char can meet a lone
      // high surrogate at the end of the buffer.
      if (!s.isEmpty() && Character.isLowSurrogate(s.charAt(0))) {
        markIfAfterHighSurrogate();
      }
      chars.append(s);
    } else {
      Expr.CodePoints codePoints = (Expr.CodePoints) value;
      for (int i = 0; i < codePoints.length(); i++) {
        appendEscaped(codePoints.codePointAt(i));
      }
    }
  }

  private void markIfAfterHighSurrogate() {
    int n = chars.length();
    if (n == 0 || !Character.isHighSurrogate(chars.charAt(n - 1))) {
      return;
    }
    if (splits == null) {
      splits = new int[4];
    } else if (splitCount == splits.length) {
      splits = Arrays.copyOf(splits, splitCount * 2);
    }
    splits[splitCount++] = n;
  }

  /** Returns the value: a String, or an {@link Expr.CodePoints} if a String would misread it. */
  Object value() {
    if (splitCount == 0) {
      return chars.toString();
    }
    int n = chars.length();
    int[] codePoints = new int[n];
    int count = 0;
    int nextSplit = 0;
    int i = 0;
    while (i < n) {
      char c = chars.charAt(i);
      boolean split = nextSplit < splitCount && splits[nextSplit] == i + 1;
      if (split) {
        nextSplit++;
      }
      if (!split && i + 1 < n && Character.isSurrogatePair(c, chars.charAt(i + 1))) {
        codePoints[count++] = Character.toCodePoint(c, chars.charAt(i + 1));
        i += 2;
      } else {
        codePoints[count++] = c;
        i++;
      }
    }
    return new Expr.CodePoints(Arrays.copyOf(codePoints, count));
  }
}
