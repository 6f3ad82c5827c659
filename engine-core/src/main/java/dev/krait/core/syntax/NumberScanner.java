package dev.krait.core.syntax;

/**
 * Finds where a number literal ends, following the structure of CPython's tokenizer so that its
 * error messages and positions come out alike.
 */
final class NumberScanner {

  private static final int EOF = -1;

  private final String text;
  private final int n;
  private String errorMessage;
  private int errorOffset;
  private int errorEndOffset;

  NumberScanner(String text) {
    this.text = text;
    this.n = text.length();
  }

  private int at(int i) {
    return i < n ? text.charAt(i) : EOF;
  }

  /**
   * Returns whether {@code c} right after a number makes it an invalid literal. Only ASCII counts:
   * CPython 3.11 ends the number before a non-ASCII character and lexes that on its own, so
   * {@code 1\u00e9} is "invalid syntax" and {@code 1\u00a0} an "invalid non-printable character".
   */
  private static boolean isAsciiIdentifierChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Returns the end of the number at {@code start}, or -1 after recording an error. */
  int scan(int start) {
    if (text.charAt(start) != '0') {
      int p = decimalTail(start);
      return p < 0 ? -1 : afterIntegerPart(p);
    }
    int p = start + 1;
    int c = at(p);
    if (c == 'x' || c == 'X') {
      p++;
      do {
        if (at(p) == '_') {
          p++;
        }
        if (!isHexDigit(at(p))) {
          return numberError("invalid hexadecimal literal", p);
        }
        while (isHexDigit(at(p))) {
          p++;
        }
      } while (at(p) == '_');
      return endOfNumber(p, "hexadecimal");
    }
    if (c == 'o' || c == 'O') {
      return radixDigits(p + 1, '8', "octal");
    }
    if (c == 'b' || c == 'B') {
      return radixDigits(p + 1, '2', "binary");
    }
    // Zeros, then possibly a float or imaginary; other digits make an old-style octal.
    while (true) {
      if (at(p) == '_') {
        p++;
        if (!isDigit(at(p))) {
          return numberError("invalid decimal literal", p);
        }
      }
      if (at(p) != '0') {
        break;
      }
      p++;
    }
    int zerosEnd = p + 1;
    boolean nonzero = false;
    if (isDigit(at(p))) {
      nonzero = true;
      p = decimalTail(p);
      if (p < 0) {
        return -1;
      }
    }
    c = at(p);
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
      return afterIntegerPart(p);
    }
    if (nonzero) {
      // CPython marks the first digit through the zeros (and the digit) after it.
      return error(
          "leading zeros in decimal integer literals are not permitted; "
              + "use an 0o prefix for octal integers",
          start + 1,
          zerosEnd);
    }
    return endOfNumber(p, "decimal");
  }

  /** Scans octal or binary digits after the prefix; {@code limit} is the first invalid digit. */
  private int radixDigits(int p, char limit, String kind) {
    do {
      if (at(p) == '_') {
        p++;
      }
      int c = at(p);
      if (c < '0' || c >= limit) {
        if (isDigit(c)) {
          return numberError("invalid digit '" + (char) c + "' in " + kind + " literal", p + 1);
        }
        return numberError("invalid " + kind + " literal", p);
      }
      while (at(p) >= '0' && at(p) < limit) {
        p++;
      }
    } while (at(p) == '_');
    if (isDigit(at(p))) {
      return numberError("invalid digit '" + (char) at(p) + "' in " + kind + " literal", p + 1);
    }
    return endOfNumber(p, kind);
  }

  /** Continues a decimal number at {@code p}: fraction, exponent, imaginary suffix. */
  private int afterIntegerPart(int p) {
    if (at(p) == '.') {
      return scanFraction(p + 1);
    }
    return exponentOrImaginary(p);
  }

  /** Returns the end of a number whose digits after the decimal point start at {@code p}. */
  int scanFraction(int p) {
    if (isDigit(at(p))) {
      p = decimalTail(p);
      if (p < 0) {
        return -1;
      }
    }
    return exponentOrImaginary(p);
  }

  private int exponentOrImaginary(int p) {
    int c = at(p);
    if (c == 'e' || c == 'E') {
      int e = p;
      p++;
      c = at(p);
      if (c == '+' || c == '-') {
        p++;
        if (!isDigit(at(p))) {
          return numberError("invalid decimal literal", p);
        }
      } else if (!isDigit(c)) {
        // "1else" is a number followed by a keyword (deprecated, still accepted).
        return endOfNumber(e, "decimal");
      }
      p = decimalTail(p);
      if (p < 0) {
        return -1;
      }
      c = at(p);
    }
    if (c == 'j' || c == 'J') {
      return endOfNumber(p + 1, "imaginary");
    }
    return endOfNumber(p, "decimal");
  }

  /** Returns the end of a run of digits with single underscores between them, or -1. */
  private int decimalTail(int p) {
    while (true) {
      while (isDigit(at(p))) {
        p++;
      }
      if (at(p) != '_') {
        return p;
      }
      p++;
      if (!isDigit(at(p))) {
        return numberError("invalid decimal literal", p);
      }
    }
  }

  /**
   * Returns {@code p} if the number may end there; a letter right after a number is an error,
   * except the keywords CPython still tolerates there ({@code 1if x else y}).
   */
  private int endOfNumber(int p, String kind) {
    int c = at(p);
    boolean keyword;
    switch (c) {
      case 'a':
        keyword = text.startsWith("nd", p + 1);
        break;
      case 'e':
        keyword = text.startsWith("lse", p + 1);
        break;
      case 'f':
        keyword = text.startsWith("or", p + 1);
        break;
      case 'i':
        int c2 = at(p + 1);
        keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
        break;
      case 'o':
        keyword = text.startsWith("r", p + 1);
        break;
      case 'n':
        keyword = text.startsWith("ot", p + 1);
        break;
      default:
        keyword = false;
    }
    if (!keyword && c != EOF && isAsciiIdentifierChar(c)) {
      return numberError("invalid " + kind + " literal", p);
    }
    return p;
  }

  /**
   * Records an error whose CPython offset is the column of char offset {@code cur} (the offset
   * CPython's tokenizer had reached); returns -1.
   */
  private int numberError(String msg, int cur) {
    return error(msg, cur, cur);
  }

  private int error(String msg, int offset, int endOffset) {
    errorMessage = msg;
    errorOffset = offset;
    errorEndOffset = endOffset;
    return -1;
  }

  /** Returns the message of the last error. */
  String errorMessage() {
    return errorMessage;
  }

  /** Returns the char offset whose column is CPython's {@code offset} for the last error. */
  int errorOffset() {
    return errorOffset;
  }

  /** Returns the char offset whose column is CPython's {@code end_offset} for the last error. */
  int errorEndOffset() {
    return errorEndOffset;
  }
}
