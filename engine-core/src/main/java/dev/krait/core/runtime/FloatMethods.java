package dev.krait.core.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The constructor, attributes and methods of {@code float} ({@code hex}, {@code fromhex}...). */
final class FloatMethods {

  /** Beyond this many digits a float always rounds to itself (CPython's NDIGITS_MAX). */
  private static final int NDIGITS_MAX = 323;
  /** Below this a float always rounds to a signed zero (CPython's NDIGITS_MIN). */
  private static final int NDIGITS_MIN = -308;

  private FloatMethods() {}

  /** Sets the type's slots: before {@link PyType#ready()}, unlike the methods. */
  static void defineSlots(PyType t) {
    t.newSlot = FloatMethods::create;
    t.toInt = f -> toInt(((PyFloat) f).value());
  }

  static void define(PyType t) {
    PyGetSetDescriptor.define(t, "real", FloatMethods::exact, null);
    PyGetSetDescriptor.define(t, "imag", f -> PyFloat.of(0.0), null);
    PyMethodDescriptor.define(t, "conjugate", (PyMethodDescriptor.Fn0) FloatMethods::exact);
    PyMethodDescriptor.define(t, "__trunc__", (PyMethodDescriptor.Fn0) f ->
        toInt(((PyFloat) f).value()));
    PyMethodDescriptor.define(t, "__floor__", (PyMethodDescriptor.Fn0) f ->
        toInt(Math.floor(((PyFloat) f).value())));
    PyMethodDescriptor.define(t, "__ceil__", (PyMethodDescriptor.Fn0) f ->
        toInt(Math.ceil(((PyFloat) f).value())));
    PyMethodDescriptor.define(t, "__round__", FloatMethods::round);
    PyMethodDescriptor.define(t, "__getnewargs__",
        (PyMethodDescriptor.Fn0) f -> PyTuple.of(exact(f)));
    PyMethodDescriptor.define(t, "is_integer", (PyMethodDescriptor.Fn0) f -> {
      double x = ((PyFloat) f).value();
      return PyBool.of(Double.isFinite(x) && x == Math.floor(x));
    });
    PyMethodDescriptor.define(t, "as_integer_ratio", (PyMethodDescriptor.Fn0) f ->
        integerRatio(((PyFloat) f).value()));
    PyMethodDescriptor.define(t, "hex", (PyMethodDescriptor.Fn0) f ->
        PyStr.of(hex(((PyFloat) f).value())));
    t.define("__getformat__",
        new PyClassMethod(new PyBuiltinFunction("__getformat__", FloatMethods::getFormat)));
    t.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
      if ((k != null && k.length > 0) || a.length != 2) {
        throw PyErrors.typeError("float.fromhex() takes exactly one argument ("
            + (a.length - 1) + " given)");
      }
      if (!(a[1] instanceof PyStr)) {
        throw PyErrors.typeError("bad argument type for built-in operation");
      }
      double d = fromHex(((PyStr) a[1]).value());
      PyType cls = (PyType) a[0];
      return cls == PyFloat.TYPE ? PyFloat.of(d) : Abstract.call(cls, PyFloat.of(d));
    })));
  }

  private static PyObject getFormat(PyObject[] a, String[] k) {
    if ((k != null && k.length > 0) || a.length != 2) {
      throw PyErrors.typeError("float.__getformat__() takes exactly one argument ("
          + (a.length - 1) + " given)");
    }
    if (!(a[1] instanceof PyStr)) {
      throw PyErrors.typeError(
          "__getformat__() argument must be str, not " + a[1].type().name());
    }
    String s = ((PyStr) a[1]).value();
    if (!s.equals("double") && !s.equals("float")) {
      throw PyErrors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
    }
    return PyStr.of("IEEE, little-endian"); // the JVM's doubles are IEEE 754 on every host
  }

  static PyFloat exact(PyObject o) {
    return o.getClass() == PyFloat.class ? (PyFloat) o : PyFloat.of(((PyFloat) o).value());
  }

  /** Returns {@code int(d)} truncated, raising CPython's errors for infinities and NaN. */
  static PyInt toInt(double d) {
    if (Double.isNaN(d)) {
      throw PyErrors.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw PyErrors.overflowError("cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 9.0e18) {
      return PyInt.of((long) d);
    }
    return PyInt.of(new BigDecimal(d).toBigInteger());
  }

  /** Returns {@code float.__new__(type, x=0.0)} as CPython's float_new. */
  static PyObject create(PyType type, PyObject[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError("float() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError("float expected at most 1 argument, got " + args.length);
    }
    double d;
    if (args.length == 0) {
      d = 0.0;
    } else {
      PyObject x = args[0];
      if (x.getClass() == PyFloat.class && type == PyFloat.TYPE) {
        return x;
      }
      byte[] raw = BytesSupport.bufferOrNull(x);
      if (x instanceof PyStr) {
        d = NumberParsing.parseFloat(((PyStr) x).value(), x);
      } else if (raw != null) {
        d = NumberParsing.parseFloat(IntMethods.bytesText(raw), x);
      } else {
        PyType t = x.type();
        if (t.toFloat == null && t.index == null) {
          throw PyErrors.typeError("float() argument must be a string or a real number, not '"
              + t.name() + "'");
        }
        d = asDouble(x);
      }
    }
    return type == PyFloat.TYPE ? PyFloat.of(d) : new PyFloatSubclass(type, d);
  }

  /**
   * Returns the double of a number by {@code __float__}, else {@code __index__} (CPython's
   * {@code PyFloat_AsDouble}).
   */
  static double asDouble(PyObject x) {
    if (x instanceof PyFloat) {
      return ((PyFloat) x).value();
    }
    PyType t = x.type();
    if (t.toFloat != null) {
      PyObject r = t.toFloat.apply(x);
      if (!(r instanceof PyFloat)) {
        throw PyErrors.typeError(t.name() + ".__float__ returned non-float (type "
            + r.type().name() + ")");
      }
      return ((PyFloat) r).value();
    }
    if (t.index != null) {
      return IntMath.toDouble(Abstract.index(x));
    }
    throw PyErrors.typeError("must be real number, not " + t.name());
  }

  /** Returns {@code float.__round__(self, ndigits=None)}. */
  private static PyObject round(PyObject self, PyObject[] args, String[] kwnames) {
    PyObject[] v = ArgParser.parse("__round__", args, kwnames, new String[] {"ndigits"}, 0,
        false);
    double x = ((PyFloat) self).value();
    if (v[0] == null || v[0] == PyNone.NONE) {
      return toInt(Math.rint(x)); // rint rounds half to even
    }
    PyInt nd = Abstract.index(v[0]);
    long ndigits = nd.isBig() ? (nd.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
        : nd.longValue();
    if (!Double.isFinite(x)) {
      return PyFloat.of(x);
    }
    if (ndigits > NDIGITS_MAX) {
      return PyFloat.of(x);
    }
    if (ndigits < NDIGITS_MIN) {
      return PyFloat.of(0.0 * x);
    }
    return PyFloat.of(roundDigits(x, (int) ndigits));
  }

  /** Returns {@code x} rounded half-even at {@code ndigits} decimals of its exact value. */
  static double roundDigits(double x, int ndigits) {
    double r = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN).doubleValue();
    if (Double.isInfinite(r)) {
      throw PyErrors.overflowError("rounded value too large to represent");
    }
    return r == 0 ? Math.copySign(0.0, x) : r;
  }

  static PyTuple integerRatio(double x) {
    if (Double.isInfinite(x)) {
      throw PyErrors.overflowError("cannot convert Infinity to integer ratio");
    }
    if (Double.isNaN(x)) {
      throw PyErrors.valueError("cannot convert NaN to integer ratio");
    }
    if (x == 0) {
      return PyTuple.of(PyInt.of(0), PyInt.of(1));
    }
    long bits = Double.doubleToRawLongBits(x);
    int exp = (int) ((bits >>> 52) & 0x7ff);
    long mantissa = bits & ((1L << 52) - 1);
    if (exp == 0) {
      exp = 1;
    } else {
      mantissa |= 1L << 52;
    }
    int e = exp - 1075;
    int tz = Long.numberOfTrailingZeros(mantissa);
    mantissa >>= tz;
    e += tz;
    BigInteger num = BigInteger.valueOf(x < 0 ? -mantissa : mantissa);
    BigInteger den = BigInteger.ONE;
    if (e > 0) {
      num = num.shiftLeft(e);
    } else {
      den = den.shiftLeft(-e);
    }
    return PyTuple.of(PyInt.of(num), PyInt.of(den));
  }

  /** Returns {@code float.hex()}: {@code 0x1.8000000000000p+0}, {@code -0x0.0p+0}, inf, nan. */
  static String hex(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
    if (x == 0) {
      return sign + "0x0.0p+0";
    }
    long bits = Double.doubleToRawLongBits(x);
    int exp = (int) ((bits >>> 52) & 0x7ff);
    long mantissa = bits & ((1L << 52) - 1);
    int lead = 1;
    int e = exp - 1023;
    if (exp == 0) {
      lead = 0;
      e = -1022;
    }
    String frac = Long.toHexString(mantissa);
    frac = "0".repeat(13 - frac.length()) + frac;
    return sign + "0x" + lead + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
  }

  /** Returns {@code float.fromhex(s)}, correctly rounded, with CPython's errors. */
  static double fromHex(String text) {
    String s = text;
    int n = s.length();
    int i = 0;
    while (i < n && NumberParsing.isSpace(s.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    double special = Double.NaN;
    boolean isSpecial = false;
    if (s.regionMatches(true, i, "infinity", 0, 8)) {
      i += 8;
      special = Double.POSITIVE_INFINITY;
      isSpecial = true;
    } else if (s.regionMatches(true, i, "inf", 0, 3)) {
      i += 3;
      special = Double.POSITIVE_INFINITY;
      isSpecial = true;
    } else if (s.regionMatches(true, i, "nan", 0, 3)) {
      i += 3;
      isSpecial = true;
    }
    if (isSpecial) {
      while (i < n && NumberParsing.isSpace(s.charAt(i))) {
        i++;
      }
      if (i != n) {
        throw invalidHex();
      }
      return negative ? -special : special;
    }
    if (s.regionMatches(true, i, "0x", 0, 2)) {
      i += 2;
    }
    BigInteger m = BigInteger.ZERO;
    long digits = 0;
    long fracDigits = 0;
    StringBuilder hexDigits = new StringBuilder();
    while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
      hexDigits.append(s.charAt(i++));
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
        hexDigits.append(s.charAt(i++));
        digits++;
        fracDigits++;
      }
    }
    if (digits == 0) {
      throw invalidHex();
    }
    long exp = 0;
    if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
      i++;
      boolean expNeg = false;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        expNeg = s.charAt(i) == '-';
        i++;
      }
      int start = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (exp < 1_000_000_000L) {
          exp = exp * 10 + (s.charAt(i) - '0');
        }
        i++;
      }
      if (i == start) {
        throw invalidHex();
      }
      if (expNeg) {
        exp = -exp;
      }
    }
    while (i < n && NumberParsing.isSpace(s.charAt(i))) {
      i++;
    }
    if (i != n) {
      throw invalidHex();
    }
    m = new BigInteger(hexDigits.toString(), 16);
    double d = scale(m, exp - 4 * fracDigits);
    return negative ? -d : d;
  }

  /** Returns {@code m * 2**e} correctly rounded (half-even), raising OverflowError if too big. */
  private static double scale(BigInteger m, long e) {
    if (m.signum() == 0) {
      return 0.0;
    }
    int bits = m.bitLength();
    long top = bits + e; // m * 2**e lies in [2**(top-1), 2**top)
    if (top > 1024) {
      throw tooLarge();
    }
    if (top < -1074) {
      return 0.0;
    }
    long prec = Math.min(53, top + 1074); // the last kept bit is worth at least 2**-1074
    long drop = bits - prec;
    double r;
    if (drop <= 0) {
      r = Math.scalb(m.doubleValue(), (int) e);
    } else {
      BigInteger q = m.shiftRight((int) drop);
      boolean half = m.testBit((int) drop - 1);
      boolean rest = m.getLowestSetBit() < drop - 1;
      if (half && (rest || q.testBit(0))) {
        q = q.add(BigInteger.ONE);
      }
      r = Math.scalb(q.doubleValue(), (int) (e + drop));
    }
    if (Double.isInfinite(r)) {
      throw tooLarge();
    }
    return r;
  }

  private static PyException tooLarge() {
    return PyErrors.overflowError("hexadecimal value too large to represent as a float");
  }

  private static PyException invalidHex() {
    return PyErrors.valueError("invalid hexadecimal floating-point string");
  }
}
