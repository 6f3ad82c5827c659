package dev.krait.core.runtime;

import dev.krait.core.ast.ConstantRepr;
import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import java.util.Locale;

/** The case-mapping methods and character-class predicates of {@code str}. */
final class StrCase {

  private StrCase() {}

  static void define(PyType t) {
    PyMethodDescriptor.define(t, "lower", (Fn0) s -> lower((PyStr) s));
    PyMethodDescriptor.define(t, "upper", (Fn0) s -> upper((PyStr) s));
    PyMethodDescriptor.define(t, "casefold", (Fn0) s -> casefold((PyStr) s));
    PyMethodDescriptor.define(t, "swapcase", (Fn0) s -> swapcase((PyStr) s));
    PyMethodDescriptor.define(t, "title", (Fn0) s -> title((PyStr) s));
    PyMethodDescriptor.define(t, "capitalize", (Fn0) s -> capitalize((PyStr) s));
    PyMethodDescriptor.define(t, "isspace", (Fn0) s -> all((PyStr) s, StrCase::isSpace));
    PyMethodDescriptor.define(t, "isalpha", (Fn0) s -> all((PyStr) s, StrCase::isAlpha));
    PyMethodDescriptor.define(t, "isdecimal", (Fn0) s -> all((PyStr) s, StrCase::isDecimal));
    PyMethodDescriptor.define(t, "isdigit", (Fn0) s -> all((PyStr) s, StrCase::isDigit));
    PyMethodDescriptor.define(t, "isnumeric", (Fn0) s -> all((PyStr) s, StrCase::isNumeric));
    PyMethodDescriptor.define(t, "isalnum", (Fn0) s -> all((PyStr) s, StrCase::isAlnum));
    PyMethodDescriptor.define(t, "isascii", (Fn0) s -> PyBool.of(isAscii((PyStr) s)));
    PyMethodDescriptor.define(t, "isprintable", (Fn0) s -> PyBool.of(isPrintable((PyStr) s)));
    PyMethodDescriptor.define(t, "isidentifier",
        (Fn0) s -> PyBool.of(isIdentifier((PyStr) s)));
    PyMethodDescriptor.define(t, "islower", (Fn0) s -> PyBool.of(isLower((PyStr) s)));
    PyMethodDescriptor.define(t, "isupper", (Fn0) s -> PyBool.of(isUpper((PyStr) s)));
    PyMethodDescriptor.define(t, "istitle", (Fn0) s -> PyBool.of(isTitle((PyStr) s)));
  }

  private interface CodePointTest {
    boolean test(int c);
  }

  private static PyObject all(PyStr s, CodePointTest f) {
    int n = s.length();
    if (n == 0) {
      return PyBool.FALSE;
    }
    for (int i = 0; i < n; i++) {
      if (!f.test(s.codePointAt(i))) {
        return PyBool.FALSE;
      }
    }
    return PyBool.TRUE;
  }

  // ---- character classes (CPython's Py_UNICODE_IS*) ----

  /** Returns whether {@code c} is whitespace as {@code str.isspace} and {@code split()} see it. */
  static boolean isSpace(int c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  static boolean isAlpha(int c) {
    return StrUnicode.isAlpha(c);
  }

  static boolean isDecimal(int c) {
    return StrUnicode.isDecimal(c);
  }

  static boolean isDigit(int c) {
    return StrUnicode.isDigit(c);
  }

  static boolean isNumeric(int c) {
    return StrUnicode.isNumeric(c);
  }

  static boolean isAlnum(int c) {
    return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
  }

  private static boolean isAscii(PyStr s) {
    String v = s.value();
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPrintable(PyStr s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!ConstantRepr.isPrintable(s.codePointAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifier(PyStr s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int c = s.codePointAt(i);
      boolean ok;
      if (c < 128) {
        ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (i > 0 && c >= '0' && c <= '9');
      } else {
        ok = i == 0 ? dev.krait.core.syntax.UnicodeIdentifiers.isStart(c)
            : dev.krait.core.syntax.UnicodeIdentifiers.isContinue(c);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(PyStr s) {
    boolean cased = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = s.codePointAt(i);
      if (StrUnicode.isUpper(c) || StrUnicode.isTitle(c)) {
        return false;
      }
      cased |= StrUnicode.isLower(c);
    }
    return cased;
  }

  private static boolean isUpper(PyStr s) {
    boolean cased = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = s.codePointAt(i);
      if (StrUnicode.isLower(c) || StrUnicode.isTitle(c)) {
        return false;
      }
      cased |= StrUnicode.isUpper(c);
    }
    return cased;
  }

  private static boolean isTitle(PyStr s) {
    boolean cased = false;
    boolean previousCased = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = s.codePointAt(i);
      if (StrUnicode.isUpper(c) || StrUnicode.isTitle(c)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (StrUnicode.isLower(c)) {
        if (!previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  }

  // ---- case mapping ----

  static PyStr lower(PyStr s) {
    String v = s.value();
    if (s.isBmp() && ascii(v)) {
      return PyStr.of(v.toLowerCase(Locale.ROOT));
    }
    StrBuilder b = new StrBuilder();
    for (int i = 0, n = s.length(); i < n; i++) {
      lowerAt(s, i, b);
    }
    return b.build();
  }

  static PyStr upper(PyStr s) {
    String v = s.value();
    if (s.isBmp() && ascii(v)) {
      return PyStr.of(v.toUpperCase(Locale.ROOT));
    }
    return map(s, StrUnicode.UPPER_MAP);
  }

  private static PyStr casefold(PyStr s) {
    String v = s.value();
    if (s.isBmp() && ascii(v)) {
      return PyStr.of(v.toLowerCase(Locale.ROOT));
    }
    return map(s, StrUnicode.FOLD_MAP);
  }

  private static PyStr map(PyStr s, StrUnicode.Mapping m) {
    StrBuilder b = new StrBuilder();
    for (int i = 0, n = s.length(); i < n; i++) {
      m.apply(s.codePointAt(i), b);
    }
    return b.build();
  }

  private static boolean ascii(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Appends the lower case of {@code s[i]}, a capital sigma becoming final sigma at word end. */
  private static void lowerAt(PyStr s, int i, StrBuilder b) {
    int c = s.codePointAt(i);
    if (c == 0x3A3) {
      b.appendCodePoint(finalSigma(s, i) ? 0x3C2 : 0x3C3);
    } else {
      StrUnicode.LOWER_MAP.apply(c, b);
    }
  }

  /** Returns whether the capital sigma at {@code i} ends a word (CPython's Final_Sigma rule). */
  private static boolean finalSigma(PyStr s, int i) {
    int j = i - 1;
    while (j >= 0 && isCaseIgnorable(s.codePointAt(j))) {
      j--;
    }
    if (j < 0 || !StrUnicode.isCased(s.codePointAt(j))) {
      return false;
    }
    int k = i + 1;
    int n = s.length();
    while (k < n && isCaseIgnorable(s.codePointAt(k))) {
      k++;
    }
    return k == n || !StrUnicode.isCased(s.codePointAt(k));
  }

  private static boolean isCaseIgnorable(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
        || t == Character.FORMAT || t == Character.MODIFIER_LETTER
        || t == Character.MODIFIER_SYMBOL || c == '\'' || c == '.' || c == ':' || c == '^'
        || c == '`' || c == 0xAD || c == 0xB7 || c == 0x2019;
  }

  private static PyStr swapcase(PyStr s) {
    StrBuilder b = new StrBuilder();
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = s.codePointAt(i);
      if (StrUnicode.isUpper(c)) {
        lowerAt(s, i, b);
      } else if (StrUnicode.isLower(c)) {
        StrUnicode.UPPER_MAP.apply(c, b);
      } else {
        b.appendCodePoint(c);
      }
    }
    return b.build();
  }

  private static PyStr title(PyStr s) {
    StrBuilder b = new StrBuilder();
    boolean previousCased = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = s.codePointAt(i);
      if (previousCased) {
        lowerAt(s, i, b);
      } else {
        StrUnicode.TITLE_MAP.apply(c, b);
      }
      previousCased = StrUnicode.isCased(c);
    }
    return b.build();
  }

  private static PyStr capitalize(PyStr s) {
    int n = s.length();
    if (n == 0) {
      return PyStr.EMPTY;
    }
    StrBuilder b = new StrBuilder();
    StrUnicode.TITLE_MAP.apply(s.codePointAt(0), b);
    for (int i = 1; i < n; i++) {
      lowerAt(s, i, b);
    }
    return b.build();
  }
}
