package dev.krait.core.runtime;

import dev.krait.core.ast.ConstantRepr;

/** Python's {@code complex}: a pair of doubles with CPython's arithmetic, repr and hash. */
public class PyComplex extends PyObject {

  /** The builtin type {@code complex}. */
  public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, PyType.OBJECT);

  private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;
  /** CPython's {@code _PyHASH_IMAG}. */
  private static final long HASH_IMAG = 1000003L;

  static {
    TYPE.repr = c -> PyStr.of(repr(((PyComplex) c).real, ((PyComplex) c).imag));
    TYPE.hash = PyComplex::hash;
    TYPE.bool = c -> ((PyComplex) c).real != 0 || ((PyComplex) c).imag != 0;
    TYPE.neg = c -> new PyComplex(-((PyComplex) c).real, -((PyComplex) c).imag);
    TYPE.pos = c -> c.getClass() == PyComplex.class ? c
        : new PyComplex(((PyComplex) c).real, ((PyComplex) c).imag);
    TYPE.abs = c -> PyFloat.of(abs(((PyComplex) c).real, ((PyComplex) c).imag));
    TYPE.richCompare = PyComplex::compare;
    for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL,
        BinaryOp.TRUEDIV}) {
      TYPE.binary[op.ordinal()] = (a, b) -> {
        PyComplex y = coerce(b);
        return y == null ? NI : apply((PyComplex) a, y, op);
      };
      TYPE.reflected[op.ordinal()] = (b, a) -> {
        PyComplex x = coerce(a);
        return x == null ? NI : apply(x, (PyComplex) b, op);
      };
    }
    TYPE.binary[BinaryOp.POW.ordinal()] = (a, b) -> {
      PyComplex y = coerce(b);
      return y == null ? NI : pow((PyComplex) a, y);
    };
    TYPE.reflected[BinaryOp.POW.ordinal()] = (b, a) -> {
      PyComplex x = coerce(a);
      return x == null ? NI : pow(x, (PyComplex) b);
    };
    TYPE.ternaryPow = (a, b, m) -> {
      PyComplex x = coerce(a);
      PyComplex y = coerce(b);
      if (x == null || y == null) {
        return NI;
      }
      if (m != PyNone.NONE) {
        throw PyErrors.valueError("complex modulo");
      }
      return pow(x, y);
    };
    ComplexMethods.defineSlots(TYPE);
    TYPE.defineLater(ComplexMethods::define);
    TYPE.ready();
  }

  final double real;
  final double imag;

  PyComplex(double real, double imag) {
    this.real = real;
    this.imag = imag;
  }

  /** Returns the complex number {@code real + imag*1j}. */
  public static PyComplex of(double real, double imag) {
    return new PyComplex(real, imag);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the real part. */
  public final double real() {
    return real;
  }

  /** Returns the imaginary part. */
  public final double imag() {
    return imag;
  }

  /** Returns an int, float or complex operand as a complex, or null for other types. */
  static PyComplex coerce(PyObject o) {
    if (o instanceof PyComplex) {
      return (PyComplex) o;
    }
    if (o instanceof PyFloat) {
      return new PyComplex(((PyFloat) o).value(), 0.0);
    }
    if (o instanceof PyInt) {
      return new PyComplex(IntMath.toDouble((PyInt) o), 0.0);
    }
    return null;
  }

  /** Returns CPython's repr of a complex: {@code 1j}, {@code (1+2j)}, {@code (-0-0j)}. */
  static String repr(double re, double im) {
    if (re == 0 && Math.copySign(1.0, re) == 1.0) {
      return part(im) + "j";
    }
    String i = part(im);
    if (!(i.startsWith("-") || i.startsWith("+"))) {
      i = "+" + i;
    }
    return "(" + part(re) + i + "j)";
  }

  /** Returns a part as {@code repr(float)} gives it, but without an added ".0". */
  private static String part(double d) {
    String s = ConstantRepr.floatRepr(d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static long hash(PyObject o) {
    PyComplex c = (PyComplex) o;
    long hr = NumericHash.ofDouble(c.real, o);
    long hi = NumericHash.ofDouble(c.imag, o);
    long h = hr + HASH_IMAG * hi; // wraps as CPython's unsigned arithmetic does
    return h == -1 ? -2 : h;
  }

  /** Returns {@code abs(z)}, raising OverflowError when finite parts give an infinite result. */
  static double abs(double re, double im) {
    if (Double.isInfinite(re) || Double.isInfinite(im)) {
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isNaN(re) || Double.isNaN(im)) {
      return Double.NaN;
    }
    double r = hypot(re, im);
    if (Double.isInfinite(r)) {
      throw PyErrors.overflowError("absolute value too large");
    }
    return r;
  }

  /**
   * Returns sqrt(x*x + y*y), correctly rounded in practice as C's hypot:
   * Java's Math.hypot may be one ulp off, so the square root gets one Newton correction with
   * the residual computed exactly by fused multiply-adds.
   */
  static double hypot(double x, double y) {
    if (Double.isInfinite(x) || Double.isInfinite(y)) {
      return Double.POSITIVE_INFINITY; // even with a NaN, as C's hypot
    }
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.NaN;
    }
    x = Math.abs(x);
    y = Math.abs(y);
    if (x < y) {
      double t = x;
      x = y;
      y = t;
    }
    if (y == 0) {
      return x;
    }
    int e = Math.getExponent(x);
    int shift = e > 500 ? -600 : e < -500 ? 600 : 0;
    x = Math.scalb(x, shift);
    y = Math.scalb(y, shift);
    double h = Math.sqrt(Math.fma(x, x, y * y));
    double hh = h * h;
    double hhLo = Math.fma(h, h, -hh);
    double xx = x * x;
    double xxLo = Math.fma(x, x, -xx);
    double yy = y * y;
    double yyLo = Math.fma(y, y, -yy);
    double residual = ((xx - hh) + yy) + ((xxLo + yyLo) - hhLo);
    h += residual / (2 * h);
    return Math.scalb(h, -shift);
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (op != CompareOp.EQ && op != CompareOp.NE) {
      return NI;
    }
    PyComplex x = (PyComplex) a;
    boolean eq;
    if (b instanceof PyInt) {
      if (x.imag != 0) {
        eq = false;
      } else {
        // Exact comparison of the real part with the int, as float == int.
        PyObject r = Abstract.richCompare(PyFloat.of(x.real), b, CompareOp.EQ);
        eq = r == PyBool.TRUE;
      }
    } else if (b instanceof PyFloat) {
      eq = x.real == ((PyFloat) b).value() && x.imag == 0;
    } else if (b instanceof PyComplex) {
      eq = x.real == ((PyComplex) b).real && x.imag == ((PyComplex) b).imag;
    } else {
      return NI;
    }
    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
  }

  static PyObject apply(PyComplex a, PyComplex b, BinaryOp op) {
    switch (op) {
      case ADD:
        return new PyComplex(a.real + b.real, a.imag + b.imag);
      case SUB:
        return new PyComplex(a.real - b.real, a.imag - b.imag);
      case MUL:
        return prod(a.real, a.imag, b.real, b.imag);
      default:
        PyComplex q = quot(a.real, a.imag, b.real, b.imag);
        if (q == null) {
          throw PyErrors.zeroDivisionError("complex division by zero");
        }
        return q;
    }
  }

  private static PyComplex prod(double ar, double ai, double br, double bi) {
    return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
  }

  /** Returns CPython's {@code _Py_c_quot} (Smith's method), or null on division by zero. */
  private static PyComplex quot(double ar, double ai, double br, double bi) {
    double absBr = Math.abs(br);
    double absBi = Math.abs(bi);
    if (absBr >= absBi) {
      if (absBr == 0.0) {
        return null;
      }
      double ratio = bi / br;
      double denom = br + bi * ratio;
      return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
    } else if (absBi >= absBr) {
      double ratio = br / bi;
      double denom = br * ratio + bi;
      return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }
    return new PyComplex(Double.NaN, Double.NaN); // a NaN in the divisor
  }

  /** Returns {@code a ** b} as CPython's {@code complex_pow}. */
  static PyComplex pow(PyComplex a, PyComplex b) {
    PyComplex p;
    if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
      // A small integer exponent: repeated squaring, more accurate than the polar form.
      long n = (long) b.real;
      if (n > 0) {
        p = powu(a, n);
      } else {
        PyComplex d = powu(a, -n);
        p = quot(1.0, 0.0, d.real, d.imag);
        if (p == null) {
          throw zeroPower();
        }
      }
    } else if (b.real == 0.0 && b.imag == 0.0) {
      p = new PyComplex(1.0, 0.0);
    } else if (a.real == 0.0 && a.imag == 0.0) {
      if (b.imag != 0.0 || b.real < 0.0) {
        throw zeroPower();
      }
      p = new PyComplex(0.0, 0.0);
    } else {
      double vabs = hypot(a.real, a.imag);
      double len = Math.pow(vabs, b.real);
      double at = Math.atan2(a.imag, a.real);
      double phase = at * b.real;
      if (b.imag != 0.0) {
        len /= Math.exp(at * b.imag);
        phase += b.imag * Math.log(vabs);
      }
      if (Double.isInfinite(phase)) {
        // C's cos and sin of an infinity set errno to EDOM, which complex_pow reports so.
        throw zeroPower();
      }
      p = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }
    if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) {
      throw PyErrors.overflowError("complex exponentiation");
    }
    return p;
  }

  private static PyComplex powu(PyComplex x, long n) {
    double rr = 1.0;
    double ri = 0.0;
    double pr = x.real;
    double pi = x.imag;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
      if ((n & mask) != 0) {
        double t = rr * pr - ri * pi;
        ri = rr * pi + ri * pr;
        rr = t;
      }
      double t = pr * pr - pi * pi;
      pi = pr * pi + pi * pr;
      pr = t;
    }
    return new PyComplex(rr, ri);
  }

  private static PyException zeroPower() {
    return PyErrors.zeroDivisionError("0.0 to a negative or complex power");
  }
}
