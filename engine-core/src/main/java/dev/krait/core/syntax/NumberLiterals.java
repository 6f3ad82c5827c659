package dev.krait.core.syntax;

import dev.krait.core.ast.Expr;
import java.math.BigInteger;

/** Computes the value of a NUMBER token, as CPython's {@code parsenumber} does. */
public final class NumberLiterals {

  /** Up to 18 decimal digits always fit in a long, so they need no overflow check. */
  private static final int SAFE_DECIMAL_DIGITS = 18;

  private NumberLiterals() {}

  /**
   * Returns the value of a number literal that the lexer has already validated: a {@link Long}
   * (or a {@link BigInteger} when the int does not fit), a {@link Double}, or an {@link
   * Expr.Imaginary} for a literal ending in {@code j}.
   */
  public static Object parse(String text) {
    int length = text.length();
    if (length <= SAFE_DECIMAL_DIGITS) {
      long fast = shortDecimal(text);
      if (fast >= 0) {
        return fast;
      }
    }
    char last = text.charAt(length - 1);
    if (last == 'j' || last == 'J') {
      return new Expr.Imaginary(parseFloat(text.substring(0, length - 1)));
    }
    if (length > 1 && text.charAt(0) == '0') {
      char base = text.charAt(1);
      switch (base) {
        case 'x', 'X':
          return parseInt(text, 2, 16);
        case 'o', 'O':
          return parseInt(text, 2, 8);
        case 'b', 'B':
          return parseInt(text, 2, 2);
        default:
          break;
      }
    }
    if (isFloat(text)) {
      return parseFloat(text);
    }
    return parseInt(text, 0, 10);
  }

  /** Returns the value of a short all-digit literal, or -1 if {@code text} is anything else. */
  private static long shortDecimal(String text) {
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static boolean isFloat(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return true;
      }
    }
    return false;
  }

  private static double parseFloat(String text) {
    // Double.parseDouble rounds correctly, as CPython's dtoa does, and overflows to infinity.
    return Double.parseDouble(withoutUnderscores(text, 0));
  }

  private static Object parseInt(String text, int from, int radix) {
    String digits = withoutUnderscores(text, from);
    // Leading zeros are allowed in "0_0" and after a base prefix; they never change the value.
    int maxDigits = radix == 16 ? 15 : radix == 8 ? 20 : radix == 2 ? 62 : 18;
    if (digits.length() <= maxDigits) {
      return Long.parseLong(digits, radix);
    }
    BigInteger big = new BigInteger(digits, radix);
    return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
  }

  private static String withoutUnderscores(String text, int from) {
    if (text.indexOf('_', from) < 0) {
      return from == 0 ? text : text.substring(from);
    }
    StringBuilder sb = new StringBuilder(text.length() - from);
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '_') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
