package dev.krait.core.runtime;

import dev.krait.core.ast.ConstantRepr;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format mini-language: {@code format(value, spec)}, {@code str.__format__},
 * {@code int.__format__} and {@code float.__format__}, with CPython 3.11's results and errors.
 * Float digits are correctly rounded (half-even on the exact binary value, as David Gay's dtoa).
 */
public final class StrFormat {

  private StrFormat() {}

  /** Returns {@code format(value, spec)}: calls {@code type(value).__format__(value, spec)}. */
  public static PyStr format(PyObject value, PyObject spec) {
    if (!(spec instanceof PyStr)) {
      throw PyErrors.typeError("format() argument 2 must be str, not " + spec.type().name());
    }
    if (((PyStr) spec).value().isEmpty()) {
      // CPython's PyObject_Format fast paths: exact str, int and float with an empty spec.
      Class<?> c = value.getClass();
      if (c == PyStr.class) {
        return (PyStr) value;
      }
      if (c == PyInt.class || c == PyFloat.class) {
        return Abstract.str(value);
      }
    }
    PyObject r = Abstract.callSpecial(value, value.type().lookup("__format__"), "__format__",
        spec);
    if (!(r instanceof PyStr)) {
      throw PyErrors.typeError("__format__ must return a str, not " + r.type().name());
    }
    return (PyStr) r;
  }

  static void defineStr(PyType t) {
    PyMethodDescriptor.define(t, "__format__", (Fn1) StrFormat::strFormat);
  }

  /** Adds {@code int.__format__}; called by {@link PyInt}'s initialiser. */
  static void defineInt(PyType t) {
    PyMethodDescriptor.define(t, "__format__", (Fn1) StrFormat::intFormat);
  }

  /** Adds {@code float.__format__}; called by {@link PyFloat}'s initialiser. */
  static void defineFloat(PyType t) {
    PyMethodDescriptor.define(t, "__format__", (Fn1) StrFormat::floatFormat);
  }

  /** Returns {@code object.__format__(self, spec)}. */
  static PyObject objectFormat(PyObject self, PyObject spec) {
    PyStr s = specArg(spec);
    if (s.length() > 0) {
      throw PyErrors.typeError("unsupported format string passed to "
          + self.type().name() + ".__format__");
    }
    return Abstract.str(self);
  }

  private static PyStr specArg(PyObject spec) {
    if (!(spec instanceof PyStr)) {
      throw PyErrors.typeError("__format__() argument must be str, not " + spec.type().name());
    }
    return (PyStr) spec;
  }

  // ---- str ----

  private static PyObject strFormat(PyObject self, PyObject specO) {
    PyStr spec = specArg(specO);
    PyStr s = (PyStr) self;
    if (spec.length() == 0) {
      return Abstract.str(s);
    }
    FormatSpec f = FormatSpec.parse(spec, '<', "str");
    if (f.grouping != 0 && f.type == 0) {
      throw PyErrors.valueError("Cannot specify '" + f.grouping + "' with 's'.");
    }
    if (f.type != 0 && f.type != 's') {
      throw FormatSpec.unknownCode(f.type, self.type().name());
    }
    if (f.sign != 0) {
      throw PyErrors.valueError("Sign not allowed in string format specifier");
    }
    if (f.noNegZero) {
      throw PyErrors.valueError(
          "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f.alternate) {
      throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
    }
    if (f.align == '=') {
      throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
    }
    int len = s.length();
    if (f.precision >= 0 && f.precision < len) {
      s = s.substring(0, f.precision);
      len = f.precision;
    }
    return pad(s, len, f, '<');
  }

  /** Returns {@code s} padded to the spec's width by its fill and alignment. */
  private static PyStr pad(PyStr s, int len, FormatSpec f, char defaultAlign) {
    if (f.width <= len) {
      return s.getClass() == PyStr.class ? s : new PyStr(s);
    }
    int marg = f.width - len;
    char align = f.align == 0 ? defaultAlign : f.align;
    int left = align == '>' ? marg : align == '^' ? marg / 2 : 0;
    return StrMethods.pad(s, left, marg - left, f.fill);
  }

  // ---- numbers ----

  private static PyObject intFormat(PyObject self, PyObject specO) {
    PyStr spec = specArg(specO);
    if (spec.length() == 0) {
      return Abstract.str(self);
    }
    PyInt v = self instanceof PyInt ? (PyInt) self : Abstract.index(self);
    FormatSpec f = FormatSpec.parse(spec, '>', self.type().name());
    switch (f.type) {
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return formatDouble(IntMath.toDouble(v), f, self.type().name());
      case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
      default:
        throw FormatSpec.unknownCode(f.type, self.type().name());
    }
    if (f.precision >= 0) {
      throw PyErrors.valueError("Precision not allowed in integer format specifier");
    }
    if (f.noNegZero) {
      throw PyErrors.valueError(
          "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f.type == 'c') {
      if (f.sign != 0) {
        throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
      }
      if (f.alternate) {
        throw PyErrors.valueError(
            "Alternate form (#) not allowed with integer format specifier 'c'");
      }
      if (v.isBig()) {
        throw PyErrors.overflowError("Python int too large to convert to C long");
      }
      if (v.longValue() < 0 || v.longValue() > Character.MAX_CODE_POINT) {
        throw PyErrors.overflowError("%c arg not in range(0x110000)");
      }
      PyStr c = PyStr.ofCodePoint((int) v.longValue());
      return pad(c, 1, f, f.align == 0 ? '>' : f.align);
    }
    BigInteger b = v.bigValue();
    boolean negative = b.signum() < 0;
    String digits;
    String prefix = "";
    int group = 3;
    switch (f.type) {
      case 'b':
        digits = b.abs().toString(2);
        prefix = "0b";
        group = 4;
        break;
      case 'o':
        digits = b.abs().toString(8);
        prefix = "0o";
        group = 4;
        break;
      case 'x':
        digits = b.abs().toString(16);
        prefix = "0x";
        group = 4;
        break;
      case 'X':
        digits = b.abs().toString(16).toUpperCase();
        prefix = "0X";
        group = 4;
        break;
      default:
        digits = v.isBig() ? b.abs().toString()
            : (negative ? Long.toString(v.longValue()).substring(1)
                : Long.toString(v.longValue()));
    }
    return assemble(negative, f.alternate ? prefix : "", digits, "", f, group);
  }

  private static PyObject floatFormat(PyObject self, PyObject specO) {
    PyStr spec = specArg(specO);
    if (spec.length() == 0) {
      return Abstract.str(self);
    }
    double d = ((PyFloat) self).value();
    FormatSpec f = FormatSpec.parse(spec, '>', self.type().name());
    return formatDouble(d, f, self.type().name());
  }

  /**
   * Returns a float formatted by a parsed spec (type e E f F g G n % or none); ints use this for
   * their float presentation types.
   */
  static PyStr formatDouble(double d, FormatSpec f, String typeName) {
    int type = f.type;
    switch (type) {
      case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
      default:
        throw FormatSpec.unknownCode(type, typeName);
    }
    boolean negative = d < 0 || (d == 0 && 1 / d < 0);
    double a = Math.abs(d);
    String body;
    String suffix = "";
    if (type == '%') {
      a *= 100;
      suffix = "%";
    }
    int prec = f.precision;
    boolean upper = type == 'E' || type == 'F' || type == 'G';
    if (Double.isNaN(a) || Double.isInfinite(a)) {
      body = Double.isNaN(a) ? "nan" : "inf";
      if (upper) {
        body = body.toUpperCase();
      }
      return assembleFloat(negative && !Double.isNaN(d), body, suffix, f);
    }
    switch (type) {
      case 'f': case 'F': case '%':
        body = fixed(a, prec < 0 ? 6 : prec, f.alternate);
        break;
      case 'e': case 'E':
        body = exponent(a, prec < 0 ? 6 : prec, f.alternate, upper);
        break;
      case 'g': case 'G': case 'n':
        body = general(a, prec < 0 ? 6 : prec, f.alternate, upper, false);
        break;
      default:
        if (prec < 0) {
          body = ConstantRepr.floatRepr(a);
          if (f.alternate && body.indexOf('.') < 0) {
            int e = body.indexOf('e');
            body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
          }
        } else {
          body = general(a, prec, f.alternate, false, true);
        }
    }
    if (negative && f.noNegZero && isZero(body)) {
      negative = false;
    }
    return assembleFloat(negative, body, suffix, f);
  }

  private static boolean isZero(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == 'e' || c == 'E') {
        break;
      }
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  private static PyStr assembleFloat(boolean negative, String body, String suffix,
      FormatSpec f) {
    int cut = body.length();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!(c >= '0' && c <= '9')) {
        cut = i;
        break;
      }
    }
    if (cut == 0) {
      // inf / nan: no digits to group, zero padding still applies.
      return assemble(negative, "", "", body + suffix, f, 3);
    }
    return assemble(negative, "", body.substring(0, cut), body.substring(cut) + suffix, f, 3);
  }

  /** Returns {@code x} with {@code prec} digits after the point, correctly rounded. */
  static String fixed(double x, int prec, boolean alternate) {
    String s = new BigDecimal(x).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    return alternate && prec == 0 ? s + "." : s;
  }

  /** Returns {@code x} in {@code d.ddde+XX} form with {@code prec} fraction digits. */
  static String exponent(double x, int prec, boolean alternate, boolean upper) {
    String digits;
    int exp;
    if (x == 0) {
      digits = "0".repeat(prec + 1);
      exp = 0;
    } else {
      BigDecimal r = new BigDecimal(x).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
      digits = r.unscaledValue().toString();
      exp = digits.length() - 1 - r.scale();
      if (digits.length() < prec + 1) {
        digits = digits + "0".repeat(prec + 1 - digits.length());
      } else if (digits.length() > prec + 1) {
        digits = digits.substring(0, prec + 1);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(digits.charAt(0));
    if (prec > 0 || alternate) {
      sb.append('.');
    }
    sb.append(digits, 1, digits.length());
    sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
    int ae = Math.abs(exp);
    if (ae < 10) {
      sb.append('0');
    }
    return sb.append(ae).toString();
  }

  /**
   * Returns the {@code g} presentation; with {@code noType} (no presentation type but a
   * precision) fixed notation keeps at least one fraction digit.
   */
  static String general(double x, int prec, boolean alternate, boolean upper, boolean noType) {
    if (prec == 0) {
      prec = 1;
    }
    int exp;
    if (x == 0) {
      exp = 0;
    } else {
      BigDecimal r = new BigDecimal(x).round(new MathContext(prec, RoundingMode.HALF_EVEN));
      exp = r.precision() - 1 - r.scale();
    }
    String s;
    // With no presentation type, CPython's dtoa flag "add .0" also moves the switch to
    // exponent notation one digit earlier (format(1.5, '.1') == '2e+00').
    if (exp >= -4 && exp < (noType ? prec - 1 : prec)) {
      s = fixed(x, prec - 1 - exp, false);
      if (!alternate) {
        s = stripZeros(s);
        if (noType && s.indexOf('.') < 0) {
          s = s + ".0";
        }
      } else if (s.indexOf('.') < 0) {
        s = s + ".";
      }
    } else {
      s = exponent(x, prec - 1, alternate, upper);
      if (!alternate) {
        int e = s.indexOf(upper ? 'E' : 'e');
        s = stripZeros(s.substring(0, e)) + s.substring(e);
      }
    }
    return s;
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Returns sign + prefix + grouped integer digits + rest, padded per the spec; with {@code =}
   * alignment and a {@code 0} fill, the zeros take part in grouping as CPython's do.
   */
  private static PyStr assemble(boolean negative, String prefix, String digits, String rest,
      FormatSpec f, int group) {
    String sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    char align = f.align == 0 ? '>' : f.align;
    String lead = sign + prefix;
    int restLen = rest.codePointCount(0, rest.length());
    String grouped = digits;
    if (f.grouping != 0 && !digits.isEmpty() || (f.fill == '0' && align == '=')) {
      int minWidth = 0;
      if (f.fill == '0' && align == '=') {
        minWidth = Math.max(0, f.width - lead.length() - restLen);
      }
      if (f.grouping != 0 && !digits.isEmpty()) {
        grouped = group(digits, group, f.grouping, minWidth);
      } else if (digits.length() < minWidth) {
        grouped = "0".repeat(minWidth - digits.length()) + digits;
      }
    }
    String body = grouped + rest;
    int len = lead.length() + body.codePointCount(0, body.length());
    if (f.width <= len) {
      return PyStr.of(lead + body);
    }
    int marg = f.width - len;
    StringBuilder sb = new StringBuilder();
    switch (align) {
      case '<':
        sb.append(lead).append(body);
        fill(sb, f.fill, marg);
        break;
      case '^':
        fill(sb, f.fill, marg / 2);
        sb.append(lead).append(body);
        fill(sb, f.fill, marg - marg / 2);
        break;
      case '=':
        sb.append(lead);
        fill(sb, f.fill, marg);
        sb.append(body);
        break;
      default:
        fill(sb, f.fill, marg);
        sb.append(lead).append(body);
    }
    return PyStr.of(sb.toString());
  }

  private static void fill(StringBuilder sb, int c, int n) {
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(c);
    }
  }

  /**
   * Returns {@code digits} with a separator every {@code size} digits from the right, padded
   * with zeros (and separators among them) to at least {@code minWidth} characters.
   */
  static String group(String digits, int size, char sep, int minWidth) {
    StringBuilder out = new StringBuilder();
    int remaining = digits.length();
    int min = minWidth;
    boolean first = true;
    while (true) {
      int l = Math.min(Math.max(Math.max(remaining, min), 1), size);
      int zeros = Math.max(0, l - remaining);
      int chars = Math.max(0, Math.min(remaining, l));
      if (!first) {
        out.append(sep);
      }
      first = false;
      out.append(new StringBuilder(digits.substring(remaining - chars, remaining)).reverse());
      out.append("0".repeat(zeros));
      remaining -= chars;
      min -= l;
      if (remaining <= 0 && min <= 0) {
        break;
      }
      min -= 1;
    }
    return out.reverse().toString();
  }
}
