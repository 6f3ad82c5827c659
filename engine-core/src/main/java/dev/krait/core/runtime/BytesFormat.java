package dev.krait.core.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** printf-style {@code bytes % args} (PEP 461), with CPython's conversions and errors. */
final class BytesFormat {

  private BytesFormat() {}

  /** Returns {@code fmt % args} for a bytes or bytearray {@code fmt}. */
  static PyObject format(PyObject fmt, PyObject args) {
    byte[] f = BytesSupport.self(fmt);
    ByteArrayOutputStream out = new ByteArrayOutputStream(f.length + 16);
    PyObject[] items;
    boolean tuple = args instanceof PyTuple;
    if (tuple) {
      PyTuple t = (PyTuple) args;
      items = new PyObject[t.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = t.get(i);
      }
    } else {
      items = new PyObject[] {args};
    }
    boolean mapping = !tuple && args.type().getItem != null && !(args instanceof PyStr)
        && !BytesSupport.isBuffer(args);
    int next = 0;
    int i = 0;
    int n = f.length;
    while (i < n) {
      byte c = f[i++];
      if (c != '%') {
        out.write(c);
        continue;
      }
      PyObject key = null;
      if (i < n && f[i] == '(') {
        if (!mapping) {
          throw PyErrors.typeError("format requires a mapping");
        }
        int depth = 1;
        int s = ++i;
        while (i < n && depth > 0) {
          if (f[i] == '(') {
            depth++;
          } else if (f[i] == ')') {
            depth--;
          }
          i++;
        }
        if (depth > 0) {
          throw PyErrors.valueError("incomplete format key");
        }
        byte[] k = new byte[i - 1 - s];
        System.arraycopy(f, s, k, 0, k.length);
        key = PyBytes.wrap(k);
      }
      boolean left = false;
      boolean plus = false;
      boolean space = false;
      boolean alt = false;
      boolean zero = false;
      for (; i < n; i++) {
        byte fl = f[i];
        if (fl == '-') {
          left = true;
        } else if (fl == '+') {
          plus = true;
        } else if (fl == ' ') {
          space = true;
        } else if (fl == '#') {
          alt = true;
        } else if (fl == '0') {
          zero = true;
        } else {
          break;
        }
      }
      int width = -1;
      if (i < n && f[i] == '*') {
        i++;
        if (next >= items.length) {
          throw PyErrors.typeError("not enough arguments for format string");
        }
        PyObject w = items[next++];
        if (!(w instanceof PyInt)) {
          throw PyErrors.typeError("* wants int");
        }
        width = (int) starArg((PyInt) w, "ssize_t", Integer.MAX_VALUE);
        if (width < 0) {
          left = true;
          width = -width;
        }
      } else {
        while (i < n && f[i] >= '0' && f[i] <= '9') {
          width = Math.max(width, 0) * 10 + (f[i++] - '0');
        }
      }
      int prec = -1;
      if (i < n && f[i] == '.') {
        i++;
        prec = 0;
        if (i < n && f[i] == '*') {
          i++;
          if (next >= items.length) {
            throw PyErrors.typeError("not enough arguments for format string");
          }
          PyObject p = items[next++];
          if (!(p instanceof PyInt)) {
            throw PyErrors.typeError("* wants int");
          }
          prec = (int) Math.max(0, starArg((PyInt) p, "int", Integer.MAX_VALUE));
        } else {
          while (i < n && f[i] >= '0' && f[i] <= '9') {
            prec = prec * 10 + (f[i++] - '0');
          }
        }
      }
      while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) {
        i++;
      }
      if (i >= n) {
        throw PyErrors.valueError("incomplete format");
      }
      int conv = f[i++] & 0xff;
      if (conv == '%') {
        out.write('%');
        continue;
      }
      PyObject v;
      if (key != null) {
        v = Abstract.getItem(args, key);
      } else if (mapping) {
        v = args;
        next = 1;
      } else {
        if (next >= items.length) {
          throw PyErrors.typeError("not enough arguments for format string");
        }
        v = items[next++];
      }
      byte[] body;
      String sign = "";
      boolean numeric = false;
      switch (conv) {
        case 's':
        case 'b':
          body = bytesOf(v);
          if (prec >= 0 && prec < body.length) {
            body = java.util.Arrays.copyOf(body, prec);
          }
          break;
        case 'r':
        case 'a':
          body = ascii(Abstract.repr(v).value()).getBytes(StandardCharsets.US_ASCII);
          if (prec >= 0 && prec < body.length) {
            body = java.util.Arrays.copyOf(body, prec);
          }
          break;
        case 'c':
          body = new byte[] {(byte) charOf(v)};
          break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
          numeric = true;
          BigInteger bi = integerOf(v, conv);
          if (bi.signum() < 0) {
            sign = "-";
            bi = bi.negate();
          } else if (plus) {
            sign = "+";
          } else if (space) {
            sign = " ";
          }
          int radix = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
          String digits = bi.toString(radix);
          if (conv == 'X') {
            digits = digits.toUpperCase();
          }
          while (prec > digits.length()) {
            digits = "0" + digits;
          }
          if (alt && radix != 10) {
            sign += radix == 8 ? "0o" : conv == 'X' ? "0X" : "0x";
          }
          body = digits.getBytes(StandardCharsets.US_ASCII);
          break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
          numeric = true;
          double d = floatOf(v);
          if (d < 0 || (d == 0 && 1 / d < 0)) {
            sign = "-";
            d = -d;
          } else if (plus) {
            sign = "+";
          } else if (space) {
            sign = " ";
          }
          String s = formatFloat(d, conv, prec < 0 ? 6 : prec, alt);
          if (Double.isInfinite(d) || Double.isNaN(d)) {
            zero = false;
          }
          body = s.getBytes(StandardCharsets.US_ASCII);
          break;
        }
        default:
          throw PyErrors.valueError("unsupported format character '" + (char) conv + "' (0x"
              + Integer.toHexString(conv) + ") at index " + (i - 1));
      }
      int len = sign.length() + body.length;
      int padding = Math.max(0, width - len);
      if (left) {
        write(out, sign);
        out.write(body, 0, body.length);
        pad(out, ' ', padding);
      } else if (zero && numeric) {
        write(out, sign);
        pad(out, '0', padding);
        out.write(body, 0, body.length);
      } else {
        pad(out, ' ', padding);
        write(out, sign);
        out.write(body, 0, body.length);
      }
    }
    if (!mapping && next < items.length) {
      throw PyErrors.typeError("not all arguments converted during bytes formatting");
    }
    return BytesSupport.make(fmt, out.toByteArray());
  }

  private static long starArg(PyInt v, String cType, long max) {
    if (v.isBig() || (cType.equals("int") && Math.abs(v.longValue()) > max)) {
      throw PyErrors.make(PyErrors.OVERFLOW_ERROR,
          "Python int too large to convert to C " + cType);
    }
    long x = v.longValue();
    if (Math.abs(x) > max) {
      throw PyErrors.make(PyErrors.MEMORY_ERROR);
    }
    return x;
  }

  private static void write(ByteArrayOutputStream out, String s) {
    for (int k = 0; k < s.length(); k++) {
      out.write(s.charAt(k));
    }
  }

  private static void pad(ByteArrayOutputStream out, char c, int n) {
    for (int k = 0; k < n; k++) {
      out.write(c);
    }
  }

  private static byte[] bytesOf(PyObject v) {
    byte[] b = BytesSupport.bufferOrNull(v);
    if (b != null) {
      return b;
    }
    PyObject special = v.type().lookup("__bytes__");
    if (special != null) {
      PyObject r = Abstract.callSpecial(v, special, "__bytes__");
      if (r instanceof PyBytes) {
        return ((PyBytes) r).value;
      }
      throw PyErrors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
    }
    throw PyErrors.typeError("%b requires a bytes-like object, or an object that implements "
        + "__bytes__, not '" + v.type().name() + "'");
  }

  private static int charOf(PyObject v) {
    if (v instanceof PyInt) {
      PyInt i = (PyInt) v;
      if (i.isBig() || i.longValue() < 0 || i.longValue() > 255) {
        throw PyErrors.make(PyErrors.OVERFLOW_ERROR, "%c arg not in range(256)");
      }
      return (int) i.longValue();
    }
    byte[] b = BytesSupport.bufferOrNull(v);
    if (b != null && b.length == 1) {
      return b[0] & 0xff;
    }
    throw PyErrors.typeError("%c requires an integer in range(256) or a single byte");
  }

  private static BigInteger integerOf(PyObject v, int conv) {
    if (v instanceof PyInt) {
      return ((PyInt) v).bigValue();
    }
    if (conv == 'x' || conv == 'X' || conv == 'o') {
      PyObject k = Abstract.indexOrNull(v);
      if (k == null) {
        throw PyErrors.typeError("%" + (char) conv + " format: an integer is required, not "
            + v.type().name());
      }
      return ((PyInt) k).bigValue();
    }
    if (v instanceof PyFloat) {
      double d = ((PyFloat) v).value();
      if (Double.isNaN(d)) {
        throw PyErrors.valueError("cannot convert float NaN to integer");
      }
      if (Double.isInfinite(d)) {
        throw PyErrors.make(PyErrors.OVERFLOW_ERROR, "cannot convert float infinity to integer");
      }
      return new BigDecimal(d).toBigInteger();
    }
    PyObject k = Abstract.indexOrNull(v);
    if (k == null) {
      throw PyErrors.typeError("%" + (conv == 'u' ? 'u' : 'd')
          + " format: a real number is required, not "
          + v.type().name());
    }
    return ((PyInt) k).bigValue();
  }

  private static double floatOf(PyObject v) {
    if (v instanceof PyFloat) {
      return ((PyFloat) v).value();
    }
    if (v instanceof PyInt) {
      return ((PyInt) v).bigValue().doubleValue();
    }
    throw PyErrors.typeError("float argument required, not " + v.type().name());
  }

  /** Returns {@code repr} text with non-ASCII code points escaped, as {@code ascii()} does. */
  static String ascii(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp < 0x80) {
        sb.append((char) cp);
      } else {
        sb.append(Codecs.escape(cp));
      }
    });
    return sb.toString();
  }

  /** Formats a non-negative {@code d} as C's {@code %e}, {@code %f} or {@code %g}. */
  static String formatFloat(double d, int conv, int prec, boolean alt) {
    boolean upper = conv == 'E' || conv == 'F' || conv == 'G';
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      String s = Double.isNaN(d) ? "nan" : "inf";
      return upper ? s.toUpperCase() : s;
    }
    String r;
    switch (conv) {
      case 'f':
      case 'F':
        r = new BigDecimal(d).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (alt && prec == 0) {
          r += ".";
        }
        return r;
      case 'e':
      case 'E':
        r = exp(d, prec, alt);
        break;
      default: {
        int p = prec == 0 ? 1 : prec;
        int x = exponent(d, p);
        if (x >= -4 && x < p) {
          r = new BigDecimal(d).setScale(p - 1 - x, RoundingMode.HALF_EVEN).toPlainString();
          if (!alt) {
            r = stripZeros(r);
          } else if (!r.contains(".")) {
            r += ".";
          }
        } else {
          r = exp(d, p - 1, alt);
          if (!alt) {
            int e = r.indexOf('e');
            r = stripZeros(r.substring(0, e)) + r.substring(e);
          }
        }
      }
    }
    return upper ? r.toUpperCase() : r;
  }

  private static int exponent(double d, int digits) {
    if (d == 0) {
      return 0;
    }
    BigDecimal b = new BigDecimal(d).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    return b.precision() - b.scale() - 1;
  }

  private static String exp(double d, int prec, boolean alt) {
    int x = exponent(d, prec + 1);
    String digits;
    if (d == 0) {
      digits = "0".repeat(prec + 1);
    } else {
      BigDecimal b = new BigDecimal(d).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
      digits = b.unscaledValue().toString();
      while (digits.length() < prec + 1) {
        digits += "0";
      }
      digits = digits.substring(0, prec + 1);
    }
    String m = digits.substring(0, 1) + (prec > 0 || alt ? "." : "") + digits.substring(1);
    String e = Integer.toString(Math.abs(x));
    return m + "e" + (x < 0 ? "-" : "+") + (e.length() < 2 ? "0" : "") + e;
  }

  private static String stripZeros(String s) {
    if (!s.contains(".")) {
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
}
