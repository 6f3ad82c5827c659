package dev.krait.core.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-specification mini-language of {@code format()}, f-strings and {@code str.format}
 * for {@code int}, {@code bool}, {@code float} and {@code str}:
 * {@code [[fill]align][sign][#][0][width][grouping][.precision][type]}.
 */
public final class FormatSpec {

  private char fill = ' ';
  private char align;
  private char sign = '-';
  private boolean alternate;
  private int width = -1;
  private char grouping;
  private int precision = -1;
  private char type;

  private FormatSpec() {}

  /** Returns {@code format(value, spec)}, calling a Python {@code __format__} if defined. */
  public static PyObject format(PyObject value, String spec) {
    PyType t = value.type();
    if (t == PyInt.TYPE || t == PyBool.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE) {
      if (t == PyBool.TYPE && spec.isEmpty()) {
        return Abstract.str(value);
      }
      return PyStr.of(parse(spec, t).apply(value));
    }
    PyObject method = t.lookup("__format__");
    if (method != null && !(method instanceof PyMethodDescriptor)) {
      PyObject r = Abstract.callMethod(value, "__format__", PyStr.of(spec));
      if (!(r instanceof PyStr)) {
        throw PyErrors.typeError(
            "__format__ must return a str, not " + r.type().name());
      }
      return r;
    }
    if (!spec.isEmpty()) {
      throw PyErrors.typeError(
          "unsupported format string passed to " + t.name() + ".__format__");
    }
    return Abstract.str(value);
  }

  private static FormatSpec parse(String s, PyType t) {
    FormatSpec f = new FormatSpec();
    int i = 0;
    int n = s.length();
    if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
      f.fill = s.charAt(0);
      f.align = s.charAt(1);
      i = 2;
    } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
      f.align = s.charAt(0);
      i = 1;
    }
    if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
      f.sign = s.charAt(i++);
    }
    if (i < n && s.charAt(i) == '#') {
      f.alternate = true;
      i++;
    }
    if (i < n && s.charAt(i) == '0') {
      if (f.align == 0) {
        f.fill = '0';
        f.align = '=';
      }
      i++;
    }
    int start = i;
    while (i < n && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i > start) {
      f.width = Integer.parseInt(s.substring(start, i));
    }
    if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
      f.grouping = s.charAt(i++);
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      start = i;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw PyErrors.valueError("Format specifier missing precision");
      }
      f.precision = Integer.parseInt(s.substring(start, i));
    }
    if (i < n) {
      f.type = s.charAt(i++);
    }
    if (i < n) {
      throw PyErrors.valueError("Invalid format specifier '" + s + "' for object of type '"
          + t.name() + "'");
    }
    return f;
  }

  private String apply(PyObject v) {
    if (v instanceof PyStr str) {
      if (type != 0 && type != 's') {
        throw unknown(type, "str");
      }
      if (sign != '-') {
        throw PyErrors.valueError("Sign not allowed in string format specifier");
      }
      String text = str.value();
      if (precision >= 0 && text.codePointCount(0, text.length()) > precision) {
        text = text.substring(0, text.offsetByCodePoints(0, precision));
      }
      return pad("", text, '<');
    }
    if (v instanceof PyFloat fl) {
      return formatFloat(fl.value(), "float");
    }
    PyInt i = (PyInt) v;
    if ("eEfFgG%".indexOf(type == 0 ? '?' : type) >= 0) {
      return formatFloat(i.isBig() ? i.bigValue().doubleValue() : (double) i.longValue(), "int");
    }
    if (precision >= 0) {
      throw PyErrors.valueError("Precision not allowed in integer format specifier");
    }
    BigInteger b = i.bigValue();
    String prefix = "";
    String digits;
    switch (type) {
      case 0: case 'd': case 'n':
        digits = b.abs().toString();
        break;
      case 'x': digits = b.abs().toString(16); prefix = "0x"; break;
      case 'X': digits = b.abs().toString(16).toUpperCase(); prefix = "0X"; break;
      case 'o': digits = b.abs().toString(8); prefix = "0o"; break;
      case 'b': digits = b.abs().toString(2); prefix = "0b"; break;
      case 'c':
        return pad("", new String(Character.toChars(b.intValue())), '<');
      default:
        throw unknown(type, v.type().name());
    }
    if (grouping != 0) {
      digits = group(digits, type == 0 || type == 'd' || type == 'n' ? 3 : 4, grouping);
    }
    String signText = b.signum() < 0 ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    return pad(signText + (alternate ? prefix : ""), digits, '>');
  }

  private String formatFloat(double d, String typeName) {
    char t = type;
    if ("eEfFgG%".indexOf(t == 0 ? '?' : t) < 0 && t != 0) {
      throw unknown(t, typeName);
    }
    boolean negative = d < 0 || (d == 0 && 1 / d < 0);
    double a = Math.abs(d);
    String body;
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      body = Double.isNaN(d) ? "nan" : "inf";
      if (Character.isUpperCase(t)) {
        body = body.toUpperCase();
      }
      if (t == '%') {
        body += "%";
      }
    } else if (t == 0 && precision < 0) {
      body = Abstract.repr(PyFloat.of(a)).value();
    } else {
      int p = precision < 0 ? 6 : precision;
      switch (t) {
        case 'f': case 'F':
          body = fixed(a, p);
          break;
        case '%':
          body = fixed(a * 100, p) + "%";
          break;
        case 'e': case 'E':
          body = exp(a, p, t == 'E');
          break;
        default:
          body = general(a, p == 0 ? 1 : p, t == 'G', t == 0);
          break;
      }
    }
    if (grouping != 0) {
      int dot = body.indexOf('.');
      int end = dot >= 0 ? dot : body.indexOf('e') >= 0 ? body.indexOf('e') : body.length();
      if (Character.isDigit(body.charAt(0))) {
        int digitsEnd = 0;
        while (digitsEnd < end && Character.isDigit(body.charAt(digitsEnd))) {
          digitsEnd++;
        }
        body = group(body.substring(0, digitsEnd), 3, grouping) + body.substring(digitsEnd);
      }
    }
    String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    return pad(signText, body, '>');
  }

  private String fixed(double a, int p) {
    String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
    return alternate && p == 0 ? s + "." : s;
  }

  private static String exp(double a, int p, boolean upper) {
    String mantissa;
    int e;
    if (a == 0) {
      mantissa = p == 0 ? "0" : "0." + "0".repeat(p);
      e = 0;
    } else {
      BigDecimal r = new BigDecimal(a).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
      e = r.precision() - r.scale() - 1;
      BigDecimal m = r.movePointLeft(e).setScale(p, RoundingMode.HALF_EVEN);
      mantissa = m.toPlainString();
    }
    String es = (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    return mantissa + (upper ? "E" : "e") + es;
  }

  private String general(double a, int p, boolean upper, boolean noType) {
    int e;
    if (a == 0) {
      e = 0;
    } else {
      BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
      e = r.precision() - r.scale() - 1;
    }
    String s;
    if (e >= -4 && e < p) {
      s = new BigDecimal(a).setScale(Math.max(0, p - 1 - e), RoundingMode.HALF_EVEN)
          .toPlainString();
      if (!alternate) {
        s = stripZeros(s);
      }
      if (noType && s.indexOf('.') < 0) {
        s += ".0";
      }
    } else {
      s = exp(a, p - 1, upper);
      if (!alternate) {
        int k = s.indexOf(upper ? 'E' : 'e');
        s = stripZeros(s.substring(0, k)) + s.substring(k);
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

  private static String group(String digits, int size, char sep) {
    StringBuilder out = new StringBuilder();
    int first = digits.length() % size;
    if (first == 0) {
      first = size;
    }
    out.append(digits, 0, Math.min(first, digits.length()));
    for (int i = first; i < digits.length(); i += size) {
      out.append(sep).append(digits, i, i + size);
    }
    return out.toString();
  }

  private String pad(String signText, String body, char defaultAlign) {
    char a = align == 0 ? defaultAlign : align;
    int len = signText.codePointCount(0, signText.length()) + body.codePointCount(0, body.length());
    if (width <= len) {
      return signText + body;
    }
    String fillText = String.valueOf(fill).repeat(width - len);
    switch (a) {
      case '<':
        return signText + body + fillText;
      case '^': {
        int left = (width - len) / 2;
        return fillText.substring(0, left) + signText + body + fillText.substring(left);
      }
      case '=':
        return signText + fillText + body;
      default:
        return fillText + signText + body;
    }
  }

  private static PyException unknown(char type, String typeName) {
    return PyErrors.valueError(
        "Unknown format code '" + type + "' for object of type '" + typeName + "'");
  }
}
