package dev.krait.core.runtime;

import java.math.BigInteger;

/**
 * Parses the strings that {@code int()}, {@code float()} and {@code complex()} accept, with
 * CPython 3.11's rules: Unicode decimal digits and whitespace count as their ASCII forms,
 * underscores only between digits, and CPython's error messages.
 */
final class NumberParsing {

  /** CPython's default {@code sys.get_int_max_str_digits()}. */
  static final int MAX_STR_DIGITS = 4300;

  private NumberParsing() {}

  /**
   * Returns {@code s} with Unicode whitespace as ' ', Unicode decimal digits as ASCII digits and
   * any other non-ASCII character as '?' (CPython's
   * {@code _PyUnicode_TransformDecimalAndSpaceToASCII}).
   */
  static String toAscii(String s) {
    int n = s.length();
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) >= 128) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s;
    }
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128) {
        b.append((char) cp);
      } else if (isSpace(cp)) {
        b.append(' ');
      } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        b.append((char) ('0' + Character.digit(cp, 10)));
      } else {
        b.append('?');
      }
    }
    return b.toString();
  }

  /** Returns whether code point {@code cp} is whitespace as Python's {@code str.isspace}. */
  static boolean isSpace(int cp) {
    if (cp < 128) {
      return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
    }
    return cp == 0x85 || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= 9 && c <= 13);
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return 99;
  }

  /** Returns CPython's {@code %.200R} of a value for messages: its repr cut to 200 chars. */
  private static String repr200(PyObject original) {
    String r = Abstract.repr(original).value();
    return r.length() > 200 ? r.substring(0, r.codePointCount(0, r.length()) > 200
        ? r.offsetByCodePoints(0, 200) : r.length()) : r;
  }

  private static PyException invalidInt(PyObject original, int base) {
    return PyErrors.valueError(
        "invalid literal for int() with base " + base + ": " + repr200(original));
  }

  /**
   * Returns the int that string {@code text} spells in {@code base} (2..36, or 0 for a literal
   * with an optional {@code 0x}/{@code 0o}/{@code 0b} prefix), raising CPython's ValueError that
   * quotes {@code original}.
   */
  static PyInt parseInt(String text, int base, PyObject original) {
    String s = toAscii(text);
    int n = s.length();
    int i = 0;
    while (i < n && isAsciiSpace(s.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int givenBase = base;
    boolean errorIfNonzero = false;
    if (base == 0) {
      if (i >= n || s.charAt(i) != '0') {
        base = 10;
      } else {
        char c = i + 1 < n ? s.charAt(i + 1) : '\0';
        if (c == 'x' || c == 'X') {
          base = 16;
        } else if (c == 'o' || c == 'O') {
          base = 8;
        } else if (c == 'b' || c == 'B') {
          base = 2;
        } else {
          // A C-style octal literal such as 010 is invalid; zeros alone are fine.
          errorIfNonzero = true;
          base = 10;
        }
      }
    }
    if (i + 1 < n && s.charAt(i) == '0') {
      char c = s.charAt(i + 1);
      if ((base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O'))
          || (base == 2 && (c == 'b' || c == 'B'))) {
        i += 2;
        if (i < n && s.charAt(i) == '_') {
          i++; // one underscore may follow the prefix
        }
      }
    }
    int start = i;
    int digits = 0;
    boolean lastUnderscore = true; // a leading underscore is invalid
    StringBuilder clean = null;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '_') {
        if (lastUnderscore) {
          throw invalidInt(original, givenBase);
        }
        lastUnderscore = true;
        if (clean == null) {
          clean = new StringBuilder(n).append(s, start, i);
        }
        i++;
        continue;
      }
      if (digitValue(c) >= base) {
        break;
      }
      if (clean != null) {
        clean.append(c);
      }
      lastUnderscore = false;
      digits++;
      i++;
    }
    if (digits == 0 || lastUnderscore) {
      throw invalidInt(original, givenBase);
    }
    if ((base & (base - 1)) != 0 && digits > MAX_STR_DIGITS) {
      throw PyErrors.valueError(
          "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: "
              + "value has " + digits + " digits; use sys.set_int_max_str_digits() to increase "
              + "the limit");
    }
    int end = i;
    while (i < n && isAsciiSpace(s.charAt(i))) {
      i++;
    }
    if (i != n) {
      throw invalidInt(original, givenBase);
    }
    String body = clean != null ? clean.toString() : s.substring(start, end);
    PyInt result;
    if (digits <= 12 || (base <= 10 && digits <= 18)) {
      long v = Long.parseLong(body, base);
      result = PyInt.of(negative ? -v : v);
    } else {
      BigInteger v = new BigInteger(body, base);
      result = PyInt.of(negative ? v.negate() : v);
    }
    if (errorIfNonzero && result.signum() != 0) {
      throw invalidInt(original, givenBase);
    }
    return result;
  }

  /**
   * Returns {@code s} without underscores, or null when an underscore is not between two digits
   * (CPython's {@code _Py_string_to_number_with_underscores}).
   */
  private static String dropUnderscores(String s) {
    if (s.indexOf('_') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        boolean prevDigit = i > 0 && isDigit(s.charAt(i - 1));
        boolean nextDigit = i + 1 < s.length() && isDigit(s.charAt(i + 1));
        if (!prevDigit || !nextDigit) {
          return null;
        }
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns the end of the longest float literal at {@code pos} (sign, digits with an optional
   * point and exponent, or {@code inf}/{@code infinity}/{@code nan} in any case), or {@code pos}
   * when there is none: the prefix {@code strtod} would read.
   */
  static int scanFloat(String s, int pos) {
    int n = s.length();
    int i = pos;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (s.regionMatches(true, i, "infinity", 0, 8)) {
      return i + 8;
    }
    if (s.regionMatches(true, i, "inf", 0, 3) || s.regionMatches(true, i, "nan", 0, 3)) {
      return i + 3;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return pos;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      if (j < n && isDigit(s.charAt(j))) {
        while (j < n && isDigit(s.charAt(j))) {
          j++;
        }
        i = j;
      }
    }
    return i;
  }

  /** Returns the double of a literal that {@link #scanFloat} accepted. */
  static double toDouble(String literal) {
    int k = 0;
    boolean negative = false;
    if (literal.charAt(0) == '+' || literal.charAt(0) == '-') {
      negative = literal.charAt(0) == '-';
      k = 1;
    }
    char c = literal.charAt(k);
    if (c == 'i' || c == 'I') {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (c == 'n' || c == 'N') {
      return negative ? -Double.NaN : Double.NaN;
    }
    return Double.parseDouble(literal); // correctly rounded, as CPython's dtoa
  }

  /** Returns the value of {@code float(text)}, raising CPython's ValueError. */
  static double parseFloat(String text, PyObject original) {
    String s = toAscii(text);
    int a = 0;
    int b = s.length();
    while (a < b && isAsciiSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isAsciiSpace(s.charAt(b - 1))) {
      b--;
    }
    String t = dropUnderscores(s.substring(a, b));
    if (t != null && !t.isEmpty() && scanFloat(t, 0) == t.length()) {
      return toDouble(t);
    }
    throw PyErrors.valueError(
        "could not convert string to float: " + Abstract.repr(original).value());
  }

  /** Returns {real, imag} of {@code complex(text)}, raising CPython's ValueError. */
  static double[] parseComplex(String text) {
    String t = dropUnderscores(toAscii(text));
    if (t == null) {
      throw malformed();
    }
    int n = t.length();
    int i = 0;
    while (i < n && isAsciiSpace(t.charAt(i))) {
      i++;
    }
    boolean bracket = false;
    if (i < n && t.charAt(i) == '(') {
      bracket = true;
      i++;
      while (i < n && isAsciiSpace(t.charAt(i))) {
        i++;
      }
    }
    double x = 0;
    double y = 0;
    int end = scanFloat(t, i);
    if (end != i) {
      double z = toDouble(t.substring(i, end));
      i = end;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        x = z;
        end = scanFloat(t, i);
        if (end != i) {
          y = toDouble(t.substring(i, end));
          i = end;
        } else {
          y = t.charAt(i) == '+' ? 1.0 : -1.0;
          i++;
        }
        if (!(i < n && (t.charAt(i) == 'j' || t.charAt(i) == 'J'))) {
          throw malformed();
        }
        i++;
      } else if (i < n && (t.charAt(i) == 'j' || t.charAt(i) == 'J')) {
        i++;
        y = z;
      } else {
        x = z;
      }
    } else {
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        y = t.charAt(i) == '+' ? 1.0 : -1.0;
        i++;
      } else {
        y = 1.0;
      }
      if (!(i < n && (t.charAt(i) == 'j' || t.charAt(i) == 'J'))) {
        throw malformed();
      }
      i++;
    }
    while (i < n && isAsciiSpace(t.charAt(i))) {
      i++;
    }
    if (bracket) {
      if (!(i < n && t.charAt(i) == ')')) {
        throw malformed();
      }
      i++;
      while (i < n && isAsciiSpace(t.charAt(i))) {
        i++;
      }
    }
    if (i != n) {
      throw malformed();
    }
    return new double[] {x, y};
  }

  private static PyException malformed() {
    return PyErrors.valueError("complex() arg is a malformed string");
  }
}
