package dev.krait.core.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** printf-style formatting: {@code str % args}, as CPython's {@code PyUnicode_Format}. */
public final class StrPercent {

  private StrPercent() {}

  /** Returns {@code format % args}. */
  public static PyObject format(PyStr format, PyObject args) {
    return new StrPercent.Run(format, args).run();
  }

  /** Returns {@code ascii(o)}: the repr with non-ASCII code points escaped. */
  public static PyStr ascii(PyObject o) {
    PyStr r = Abstract.repr(o);
    String v = r.value();
    boolean plain = true;
    for (int i = 0; i < v.length() && plain; i++) {
      plain = v.charAt(i) < 128;
    }
    if (plain) {
      return r;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = r.length(); i < n; i++) {
      int c = r.codePointAt(i);
      if (c < 128) {
        sb.append((char) c);
      } else if (c < 256) {
        sb.append(String.format("\\x%02x", c));
      } else if (c < 0x10000) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append(String.format("\\U%08x", c));
      }
    }
    return PyStr.of(sb.toString());
  }

  private static final class Run {
    private final PyStr fmt;
    private final PyObject args;
    private final PyObject[] items;
    private final PyObject dict;
    private int argIndex;
    private final StrBuilder out = new StrBuilder();

    Run(PyStr fmt, PyObject args) {
      this.fmt = fmt;
      this.args = args;
      if (args instanceof PyTuple) {
        PyTuple t = (PyTuple) args;
        items = new PyObject[t.size()];
        for (int i = 0; i < items.length; i++) {
          items[i] = t.get(i);
        }
        dict = null;
      } else {
        items = new PyObject[] {args};
        dict = args.type().getItem != null && !(args instanceof PyStr) ? args : null;
      }
    }

    private PyObject nextArg() {
      if (argIndex < 0 || argIndex >= items.length) {
        throw PyErrors.typeError("not enough arguments for format string");
      }
      return items[argIndex++];
    }

    PyObject run() {
      int n = fmt.length();
      int i = 0;
      boolean usedDict = false;
      while (i < n) {
        int c = fmt.codePointAt(i);
        if (c != '%') {
          int j = i;
          while (j < n && fmt.codePointAt(j) != '%') {
            j++;
          }
          out.append(fmt.substring(i, j));
          i = j;
          continue;
        }
        i++;
        PyObject arg = null;
        if (i < n && fmt.codePointAt(i) == '(') {
          if (dict == null) {
            throw PyErrors.typeError("format requires a mapping");
          }
          int depth = 1;
          int k = i + 1;
          while (k < n && depth > 0) {
            int ch = fmt.codePointAt(k);
            if (ch == '(') {
              depth++;
            } else if (ch == ')') {
              depth--;
            }
            k++;
          }
          if (depth > 0) {
            throw PyErrors.valueError("incomplete format key");
          }
          arg = Abstract.getItem(dict, fmt.substring(i + 1, k - 1));
          usedDict = true;
          argIndex = -1;
          i = k;
        }
        boolean left = false;
        boolean plus = false;
        boolean space = false;
        boolean alt = false;
        boolean zero = false;
        for (; i < n; i++) {
          int ch = fmt.codePointAt(i);
          if (ch == '-') {
            left = true;
          } else if (ch == '+') {
            plus = true;
          } else if (ch == ' ') {
            space = true;
          } else if (ch == '#') {
            alt = true;
          } else if (ch == '0') {
            zero = true;
          } else {
            break;
          }
        }
        long width = -1;
        if (i < n && fmt.codePointAt(i) == '*') {
          long w = starArg();
          if (w < 0) {
            left = true;
            w = -w;
          }
          width = w;
          i++;
        } else {
          while (i < n && isDigit(fmt.codePointAt(i))) {
            width = Math.max(width, 0) * 10 + (fmt.codePointAt(i) - '0');
            checkDigits(width, "width");
            i++;
          }
        }
        int prec = -1;
        if (i < n && fmt.codePointAt(i) == '.') {
          i++;
          prec = 0;
          if (i < n && fmt.codePointAt(i) == '*') {
            long p = starArg();
            prec = (int) Math.max(0, p);
            i++;
          } else {
            long p = 0;
            while (i < n && isDigit(fmt.codePointAt(i))) {
              p = p * 10 + (fmt.codePointAt(i) - '0');
              checkDigits(p, "precision");
              i++;
            }
            prec = (int) p;
          }
        }
        while (i < n && (fmt.codePointAt(i) == 'h' || fmt.codePointAt(i) == 'l'
            || fmt.codePointAt(i) == 'L')) {
          i++;
        }
        if (i >= n) {
          throw PyErrors.valueError("incomplete format");
        }
        int type = fmt.codePointAt(i++);
        if (type == '%') {
          out.appendCodePoint('%');
          continue;
        }
        if (arg == null) {
          if (argIndex < 0) {
            throw PyErrors.typeError("not enough arguments for format string");
          }
          arg = nextArg();
        }
        PyStr body;
        String sign = "";
        boolean numeric = true;
        switch (type) {
          case 's':
          case 'r':
          case 'a':
            body = type == 's' ? Abstract.str(arg) : type == 'r' ? Abstract.repr(arg)
                : ascii(arg);
            if (prec >= 0 && prec < body.length()) {
              body = body.substring(0, prec);
            }
            numeric = false;
            break;
          case 'c':
            body = charArg(arg);
            numeric = false;
            break;
          case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            BigInteger v = intArg(arg, type);
            if (v.signum() < 0) {
              sign = "-";
              v = v.negate();
            } else {
              sign = plus ? "+" : space ? " " : "";
            }
            String digits;
            String prefix = "";
            if (type == 'o') {
              digits = v.toString(8);
              prefix = alt ? "0o" : "";
            } else if (type == 'x' || type == 'X') {
              digits = v.toString(16);
              prefix = alt ? "0x" : "";
              if (type == 'X') {
                digits = digits.toUpperCase();
                prefix = prefix.toUpperCase();
              }
            } else {
              digits = v.toString();
            }
            if (prec > digits.length()) {
              digits = "0".repeat(prec - digits.length()) + digits;
            }
            sign = sign + prefix;
            body = PyStr.of(digits);
            break;
          }
          case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d = floatArg(arg);
            boolean neg = d < 0 || (d == 0 && 1 / d < 0);
            sign = neg ? "-" : plus ? "+" : space ? " " : "";
            double a = Math.abs(d);
            String s;
            if (Double.isNaN(a) || Double.isInfinite(a)) {
              s = Double.isNaN(a) ? "nan" : "inf";
              if (Character.isUpperCase(type)) {
                s = s.toUpperCase();
              }
              if (Double.isNaN(d)) {
                sign = plus ? "+" : space ? " " : "";
              }
            } else {
              int p = prec < 0 ? 6 : prec;
              boolean upper = Character.isUpperCase(type);
              if (type == 'f' || type == 'F') {
                s = StrFormat.fixed(a, p, alt);
              } else if (type == 'e' || type == 'E') {
                s = StrFormat.exponent(a, p, alt, upper);
              } else {
                s = StrFormat.general(a, p, alt, upper, false);
              }
            }
            body = PyStr.of(s);
            break;
          }
          default:
            throw PyErrors.valueError("unsupported format character '"
                + new String(Character.toChars(type)) + "' (0x" + Integer.toHexString(type)
                + ") at index " + (i - 1));
        }
        long len = sign.length() + body.length();
        if (width > Integer.MAX_VALUE - 8) {
          throw PyErrors.make(PyErrors.MEMORY_ERROR);
        }
        if (width > len) {
          int pad = (int) (width - len);
          if (left) {
            out.append(PyStr.of(sign)).append(body);
            padWith(' ', pad);
          } else if (zero && numeric) {
            out.append(PyStr.of(sign));
            padWith('0', pad);
            out.append(body);
          } else {
            padWith(' ', pad);
            out.append(PyStr.of(sign)).append(body);
          }
        } else {
          out.append(PyStr.of(sign)).append(body);
        }
      }
      if (argIndex >= 0 && argIndex < items.length && !usedDict && dict == null) {
        throw PyErrors.typeError("not all arguments converted during string formatting");
      }
      return out.build();
    }

    private void padWith(int c, int n) {
      for (int k = 0; k < n; k++) {
        out.appendCodePoint(c);
      }
    }

    private static boolean isDigit(int c) {
      return c >= '0' && c <= '9';
    }

    private static void checkDigits(long v, String what) {
      if (v > Long.MAX_VALUE / 10) {
        throw PyErrors.valueError(what + " too big");
      }
    }

    private long starArg() {
      PyObject w = nextArg();
      if (!(w instanceof PyInt)) {
        throw PyErrors.typeError("* wants int");
      }
      PyInt i = (PyInt) w;
      if (i.isBig()) {
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
      }
      return i.longValue();
    }

    private static PyStr charArg(PyObject arg) {
      if (arg instanceof PyStr) {
        PyStr s = (PyStr) arg;
        if (s.length() != 1) {
          throw PyErrors.typeError("%c requires int or char");
        }
        return s.substring(0, 1);
      }
      if (!(arg instanceof PyInt) && arg.type().index == null) {
        throw PyErrors.typeError("%c requires int or char");
      }
      PyInt v = Abstract.index(arg);
      if (v.isBig() || v.longValue() < 0 || v.longValue() > Character.MAX_CODE_POINT) {
        throw PyErrors.overflowError("%c arg not in range(0x110000)");
      }
      return PyStr.ofCodePoint((int) v.longValue());
    }

    private static BigInteger intArg(PyObject arg, int type) {
      if (arg instanceof PyInt) {
        return ((PyInt) arg).bigValue();
      }
      PyType t = arg.type();
      boolean decimal = type == 'd' || type == 'i' || type == 'u';
      if (decimal && (t.index != null || t.toInt != null || t.toFloat != null)) {
        if (arg instanceof PyFloat) {
          return floatToInt(((PyFloat) arg).value());
        }
        if (t.index != null) {
          return Abstract.index(arg).bigValue();
        }
        if (t.toInt != null) {
          return ((PyInt) t.toInt.apply(arg)).bigValue();
        }
        return floatToInt(((PyFloat) t.toFloat.apply(arg)).value());
      }
      if (!decimal && t.index != null) {
        return Abstract.index(arg).bigValue();
      }
      if (decimal) {
        throw PyErrors.typeError("%" + (char) type + " format: a real number is required, not "
            + t.name());
      }
      throw PyErrors.typeError("%" + (char) type + " format: an integer is required, not "
          + t.name());
    }

    private static BigInteger floatToInt(double d) {
      if (Double.isNaN(d)) {
        throw PyErrors.valueError("cannot convert float NaN to integer");
      }
      if (Double.isInfinite(d)) {
        throw PyErrors.overflowError("cannot convert float infinity to integer");
      }
      return new BigDecimal(d).toBigInteger();
    }

    private static double floatArg(PyObject arg) {
      if (arg instanceof PyFloat) {
        return ((PyFloat) arg).value();
      }
      if (arg instanceof PyInt) {
        return IntMath.toDouble((PyInt) arg);
      }
      PyType t = arg.type();
      if (t.toFloat != null) {
        return ((PyFloat) t.toFloat.apply(arg)).value();
      }
      if (t.index != null) {
        return IntMath.toDouble(Abstract.index(arg));
      }
      throw PyErrors.typeError("must be real number, not " + t.name());
    }
  }
}
