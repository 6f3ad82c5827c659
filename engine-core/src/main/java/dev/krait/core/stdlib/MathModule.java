package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module of CPython 3.11: its functions on floats here and in
 * {@link MathSpecial}, those on integers in {@link MathIntegers}, with CPython's results and
 * error messages.
 */
final class MathModule {

  private MathModule() {}

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("math");
    m.put("pi", PyFloat.of(Math.PI));
    m.put("e", PyFloat.of(Math.E));
    m.put("tau", PyFloat.of(2 * Math.PI));
    m.put("inf", PyFloat.of(Double.POSITIVE_INFINITY));
    m.put("nan", PyFloat.of(Double.NaN));
    unary(m, "sqrt", Math::sqrt, false);
    unary(m, "cbrt", MathSpecial::cbrt, false);
    unary(m, "sin", Math::sin, false);
    unary(m, "cos", Math::cos, false);
    unary(m, "tan", Math::tan, false);
    unary(m, "asin", Math::asin, false);
    unary(m, "acos", Math::acos, false);
    unary(m, "atan", Math::atan, false);
    unary(m, "sinh", Math::sinh, true);
    unary(m, "cosh", MathSpecial::cosh, true);
    unary(m, "tanh", Math::tanh, false);
    unary(m, "asinh", MathSpecial::asinh, false);
    unary(m, "acosh", MathSpecial::acosh, false);
    unary(m, "atanh", MathSpecial::atanh, false);
    unary(m, "exp", Math::exp, true);
    unary(m, "exp2", x -> Math.pow(2.0, x), true);
    unary(m, "expm1", Math::expm1, true);
    unary(m, "log1p", Math::log1p, false);
    unary(m, "fabs", Math::abs, false);
    unary(m, "erf", MathSpecial::erf, false);
    unary(m, "erfc", MathSpecial::erfc, false);
    unary(m, "gamma", MathSpecial::gamma, true);
    unary(m, "lgamma", MathSpecial::lgamma, true);
    unary(m, "degrees", x -> x * (180.0 / Math.PI), false);
    unary(m, "radians", x -> x * (Math.PI / 180.0), false);
    m.function("isnan", (a, k) -> PyBool.of(Double.isNaN(real("isnan", a, k))));
    m.function("isinf", (a, k) -> PyBool.of(Double.isInfinite(real("isinf", a, k))));
    m.function("isfinite", (a, k) -> PyBool.of(Double.isFinite(real("isfinite", a, k))));
    m.function("log", (a, k) -> {
      noKeywords("log", k);
      if (a.length < 1 || a.length > 2) {
        throw PyErrors.typeError("math.log requires 1 to 2 arguments");
      }
      double x = log(a[0], Math::log);
      if (a.length == 1) {
        return PyFloat.of(x);
      }
      double base = log(a[1], Math::log);
      if (base == 0.0) {
        throw PyErrors.zeroDivisionError("float division by zero");
      }
      return PyFloat.of(x / base);
    });
    m.function("log2", (a, k) -> {
      oneArg("log2", a, k);
      return PyFloat.of(log(a[0], MathModule::log2));
    });
    m.function("log10", (a, k) -> {
      oneArg("log10", a, k);
      return PyFloat.of(log(a[0], MathModule::log10));
    });
    m.function("floor", (a, k) -> rounding("floor", "__floor__", Math::floor, a, k));
    m.function("ceil", (a, k) -> rounding("ceil", "__ceil__", Math::ceil, a, k));
    m.function("trunc", (a, k) -> {
      oneArg("trunc", a, k);
      if (a[0].type() == PyFloat.TYPE) {
        return toInt(((PyFloat) a[0]).value());
      }
      if (Abstract.lookupAttr(a[0].type(), "__trunc__") == null) {
        throw PyErrors.typeError("type " + a[0].type().name()
            + " doesn't define __trunc__ method");
      }
      return Abstract.callMethod(a[0], "__trunc__");
    });
    m.function("hypot", (a, k) -> {
      noKeywords("hypot", k);
      double[] v = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        v[i] = toDouble(a[i]);
      }
      return PyFloat.of(norm(v));
    });
    m.function("dist", MathModule::dist);
    m.function("pow", (a, k) -> {
      double[] xy = twoReals("pow", a, k);
      return PyFloat.of(pow(xy[0], xy[1]));
    });
    m.function("atan2", (a, k) -> {
      double[] xy = twoReals("atan2", a, k);
      return PyFloat.of(Math.atan2(xy[0], xy[1]));
    });
    m.function("copysign", (a, k) -> {
      double[] xy = twoReals("copysign", a, k);
      return PyFloat.of(Math.copySign(xy[0], xy[1]));
    });
    m.function("fmod", (a, k) -> {
      double[] xy = twoReals("fmod", a, k);
      double x = xy[0];
      double y = xy[1];
      if (Double.isInfinite(y) && Double.isFinite(x)) {
        return PyFloat.of(x);
      }
      return PyFloat.of(domainChecked(x % y, x, y));
    });
    m.function("remainder", (a, k) -> {
      double[] xy = twoReals("remainder", a, k);
      return PyFloat.of(domainChecked(Math.IEEEremainder(xy[0], xy[1]), xy[0], xy[1]));
    });
    m.function("nextafter", (a, k) -> {
      double[] xy = twoReals("nextafter", a, k);
      return PyFloat.of(Math.nextAfter(xy[0], xy[1]));
    });
    m.function("ulp", (a, k) -> PyFloat.of(ulp(real("ulp", a, k))));
    m.function("frexp", (a, k) -> {
      double x = real("frexp", a, k);
      if (x == 0.0 || !Double.isFinite(x)) {
        return PyTuple.of(PyFloat.of(x), PyInt.of(0));
      }
      int e = MathSpecial.frexpExponent(x);
      return PyTuple.of(PyFloat.of(Math.scalb(x, -e)), PyInt.of(e));
    });
    m.function("ldexp", MathModule::ldexp);
    m.function("modf", (a, k) -> {
      double x = real("modf", a, k);
      if (Double.isInfinite(x)) {
        return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
      }
      double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
      return PyTuple.of(PyFloat.of(Math.copySign(x - whole, x)), PyFloat.of(whole));
    });
    m.function("isclose", MathModule::isclose);
    m.function("fsum", (a, k) -> {
      oneArg("fsum", a, k);
      return PyFloat.of(fsum(a[0]));
    });
    m.function("prod", MathModule::prod);
    MathIntegers.define(m);
    return m;
  }

  private static final double INV_LN2 = 1.4426950408889634;
  private static final double INV_LN2_LO = 2.0355273740931033e-17;
  private static final double INV_LN10 = 0.4342944819032518;
  private static final double INV_LN10_LO = 1.098319650216765e-17;
  private static final double LOG10_2 = 0.3010299956639812;
  private static final double LOG10_2_LO = -2.8037281277851704e-18;

  private static double log2(double x) {
    return logBase(x, INV_LN2, INV_LN2_LO, 1.0, 0.0);
  }

  private static double log10(double x) {
    return logBase(x, INV_LN10, INV_LN10_LO, LOG10_2, LOG10_2_LO);
  }

  // A logarithm to base b as k * log_b(2) + ln(m) / ln(b) for x = m * 2**k with m near 1, the
  // products and the sum carried in two doubles: exact at the powers of b, and closer to the
  // C library's results than ln(x) / ln(b).
  private static double logBase(double x, double invLn, double invLnLo, double log2,
      double log2Lo) {
    if (!(x > 0) || !Double.isFinite(x)) {
      return Math.log(x);
    }
    int k = MathSpecial.frexpExponent(x);
    double m = Math.scalb(x, -k);
    if (m < 0.7071067811865476) {
      m *= 2;
      k--;
    }
    double l = Math.log(m);
    double hi = l * invLn;
    double lo = Math.fma(l, invLn, -hi) + l * invLnLo;
    double khi = k * log2;
    double klo = Math.fma(k, log2, -khi) + k * log2Lo;
    double sum = khi + hi;
    // Two-sum of the high parts, then every low part.
    double bb = sum - khi;
    double err = (khi - (sum - bb)) + (hi - bb);
    return sum + (err + lo + klo);
  }

  private static double ulp(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    x = Math.abs(x);
    if (Double.isInfinite(x)) {
      return x;
    }
    if (x == Double.MAX_VALUE) {
      return x - Math.nextAfter(x, 0.0);
    }
    return Math.nextUp(x) - x;
  }

  private static double domainChecked(double r, double x, double y) {
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw PyErrors.valueError("math domain error");
    }
    return r;
  }

  // floor/ceil: a float exactly, else the type's __floor__/__ceil__, else its float value.
  private static PyObject rounding(String name, String dunder, DoubleUnaryOperator fn,
      PyObject[] a, String[] k) {
    oneArg(name, a, k);
    PyObject x = a[0];
    if (x.type() == PyFloat.TYPE) {
      return toInt(fn.applyAsDouble(((PyFloat) x).value()));
    }
    if (x.type() == PyInt.TYPE) {
      return x;
    }
    if (Abstract.lookupAttr(x.type(), dunder) != null) {
      return Abstract.callMethod(x, dunder);
    }
    return toInt(fn.applyAsDouble(toDouble(x)));
  }

  private static PyObject toInt(double d) {
    return Abstract.call(PyInt.TYPE, PyFloat.of(d));
  }

  private static double[] twoReals(String name, PyObject[] a, String[] k) {
    noKeywords(name, k);
    if (a.length != 2) {
      throw PyErrors.typeError(name + " expected 2 arguments, got " + a.length);
    }
    return new double[] {toDouble(a[0]), toDouble(a[1])};
  }

  private static double real(String name, PyObject[] a, String[] k) {
    oneArg(name, a, k);
    return toDouble(a[0]);
  }

  // ldexp(x, i): i must be an int; exponents beyond any double's saturate.
  private static PyObject ldexp(PyObject[] a, String[] k) {
    noKeywords("ldexp", k);
    if (a.length != 2) {
      throw PyErrors.typeError("ldexp expected 2 arguments, got " + a.length);
    }
    double x = toDouble(a[0]);
    if (!(a[1] instanceof PyInt i)) {
      throw PyErrors.typeError("Expected an int as second argument to ldexp.");
    }
    if (x == 0.0 || !Double.isFinite(x)) {
      return PyFloat.of(x);
    }
    BigInteger e = i.bigValue();
    int exp = e.compareTo(BigInteger.valueOf(4000)) > 0 ? 4000
        : e.compareTo(BigInteger.valueOf(-4000)) < 0 ? -4000 : e.intValue();
    double r = Math.scalb(x, exp);
    if (Double.isInfinite(r)) {
      throw PyErrors.overflowError("math range error");
    }
    return PyFloat.of(r);
  }

  private static PyObject dist(PyObject[] a, String[] k) {
    noKeywords("dist", k);
    if (a.length != 2) {
      throw PyErrors.typeError("dist expected 2 arguments, got " + a.length);
    }
    PyTuple p = a[0] instanceof PyTuple t ? t : PyTuple.fromIterable(a[0]);
    PyTuple q = a[1] instanceof PyTuple t ? t : PyTuple.fromIterable(a[1]);
    if (p.size() != q.size()) {
      throw PyErrors.valueError("both points must have the same number of dimensions");
    }
    double[] diffs = new double[p.size()];
    for (int i = 0; i < diffs.length; i++) {
      diffs[i] = toDouble(p.get(i)) - toDouble(q.get(i));
    }
    return PyFloat.of(norm(diffs));
  }

  private static double norm(double[] v) {
    double max = 0.0;
    boolean foundNan = false;
    for (int i = 0; i < v.length; i++) {
      double x = Math.abs(v[i]);
      v[i] = x;
      foundNan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    return MathSpecial.vectorNorm(v, v.length, max, foundNan);
  }

  // prod(iterable, /, *, start=1): multiplies with the * of the items' types.
  private static PyObject prod(PyObject[] a, String[] k) {
    int nkw = k == null ? 0 : k.length;
    int npos = a.length - nkw;
    PyObject start = PyInt.of(1);
    for (int i = 0; i < nkw; i++) {
      if (!k[i].equals("start")) {
        throw PyErrors.typeError("'" + k[i] + "' is an invalid keyword argument for prod()");
      }
      start = a[npos + i];
    }
    if (npos != 1) {
      throw PyErrors.typeError("prod() takes exactly 1 positional argument (" + npos
          + " given)");
    }
    PyObject result = start;
    PyObject it = Abstract.iter(a[0]);
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
      result = Abstract.mul(result, item);
    }
    return result;
  }

  // C99's pow where Java's differs (1 ** nan, (-1) ** inf), CPython's errors for finite ones.
  private static double pow(double x, double y) {
    if (Double.isNaN(x)) {
      return y == 0.0 ? 1.0 : x;
    }
    if (Double.isNaN(y)) {
      return x == 1.0 ? 1.0 : y;
    }
    if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
      return 1.0;
    }
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      return Math.pow(x, y);
    }
    double r = Math.pow(x, y);
    if (Double.isNaN(r)) {
      throw PyErrors.valueError("math domain error");
    }
    if (Double.isInfinite(r)) {
      if (x == 0.0) {
        throw PyErrors.valueError("math domain error");
      }
      throw PyErrors.overflowError("math range error");
    }
    return r;
  }

  // isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as CPython's math_isclose_impl.
  private static final String[] ISCLOSE_NAMES = {"a", "b", "rel_tol", "abs_tol"};

  private static PyObject isclose(PyObject[] args, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = args.length - nkw;
    if (npos > 2) {
      throw PyErrors.typeError("isclose() takes exactly 2 positional arguments (" + npos
          + " given)");
    }
    // Argument Clinic's order of complaints: a missing required argument, then a name given
    // twice or unknown.
    PyObject[] values = new PyObject[4];
    System.arraycopy(args, 0, values, 0, npos);
    for (int i = 0; i < nkw; i++) {
      int slot = Arrays.asList(ISCLOSE_NAMES).indexOf(kw[i]);
      if (slot >= npos) {
        values[slot] = args[npos + i];
      }
    }
    for (int i = 0; i < 2; i++) {
      if (values[i] == null) {
        throw PyErrors.typeError("isclose() missing required argument '" + ISCLOSE_NAMES[i]
            + "' (pos " + (i + 1) + ")");
      }
    }
    for (int i = 0; i < nkw; i++) {
      int slot = Arrays.asList(ISCLOSE_NAMES).indexOf(kw[i]);
      if (slot < 0) {
        throw PyErrors.typeError("'" + kw[i] + "' is an invalid keyword argument for isclose()");
      }
      if (slot < npos) {
        throw PyErrors.typeError("argument for isclose() given by name ('" + kw[i]
            + "') and position (" + (slot + 1) + ")");
      }
    }
    double a = toDouble(values[0]);
    double b = toDouble(values[1]);
    double relTol = values[2] == null ? 1e-09 : toDouble(values[2]);
    double absTol = values[3] == null ? 0.0 : toDouble(values[3]);
    if (relTol < 0.0 || absTol < 0.0) {
      throw PyErrors.valueError("tolerances must be non-negative");
    }
    if (a == b) {
      return PyBool.TRUE;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return PyBool.FALSE;
    }
    double diff = Math.abs(b - a);
    return PyBool.of(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a)
        || diff <= absTol);
  }

  // Shewchuk's exact summation with CPython's rounding fix-up and special values (math_fsum).
  private static double fsum(PyObject iterable) {
    double[] partials = new double[32];
    int n = 0;
    double specialSum = 0.0;
    double infSum = 0.0;
    PyObject it = Abstract.iter(iterable);
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
      double x = toDouble(item);
      double xsave = x;
      int i = 0;
      for (int j = 0; j < n; j++) {
        double y = partials[j];
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
          partials[i++] = lo;
        }
        x = hi;
      }
      n = i;
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          // A non-finite partial from finite items is an overflow; infinities and NaNs in the
          // input are summed apart.
          if (Double.isFinite(xsave)) {
            throw PyErrors.overflowError("intermediate overflow in fsum");
          }
          if (Double.isInfinite(xsave)) {
            infSum += xsave;
          }
          specialSum += xsave;
          n = 0;
        } else {
          if (n == partials.length) {
            partials = Arrays.copyOf(partials, n * 2);
          }
          partials[n++] = x;
        }
      }
    }
    if (specialSum != 0.0) {
      if (Double.isNaN(infSum)) {
        throw PyErrors.valueError("-inf + inf in fsum");
      }
      return specialSum;
    }
    double hi = 0.0;
    if (n > 0) {
      hi = partials[--n];
      double lo = 0.0;
      while (n > 0) {
        double x = hi;
        double y = partials[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
          break;
        }
      }
      // Round half-even correctly when the rest of the partials push it over the halfway mark.
      if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) {
          hi = x;
        }
      }
    }
    return hi;
  }

  // CPython's loghelper: ints too big for a double are taken apart as m * 2**e first.
  private static double log(PyObject v, DoubleUnaryOperator fn) {
    double x;
    if (v instanceof PyInt i) {
      if (i.signum() <= 0) {
        throw PyErrors.valueError("math domain error");
      }
      BigInteger n = i.bigValue();
      x = n.doubleValue();
      if (Double.isInfinite(x)) {
        int shift = n.bitLength() - 64;
        double mant = Math.scalb(n.shiftRight(shift).doubleValue(), -64);
        return fn.applyAsDouble(mant) + fn.applyAsDouble(2.0) * (shift + 64);
      }
    } else {
      x = toDouble(v);
    }
    if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
      return x;
    }
    if (!(x > 0)) {
      throw PyErrors.valueError("math domain error");
    }
    return fn.applyAsDouble(x);
  }

  private static void unary(PyModule m, String name, DoubleUnaryOperator fn,
      boolean canOverflow) {
    m.function(name, (a, k) -> {
      oneArg(name, a, k);
      double x = toDouble(a[0]);
      double r;
      try {
        r = fn.applyAsDouble(x);
      } catch (MathSpecial.RangeError e) {
        throw PyErrors.overflowError("math range error");
      }
      // CPython's math_1: a NaN from a non-NaN argument is a domain error; an infinity from
      // a finite one is an overflow where the function can overflow, else a domain error.
      if (Double.isNaN(r) && !Double.isNaN(x)) {
        throw PyErrors.valueError("math domain error");
      }
      if (Double.isInfinite(r) && Double.isFinite(x)) {
        if (canOverflow) {
          throw PyErrors.overflowError("math range error");
        }
        throw PyErrors.valueError("math domain error");
      }
      return PyFloat.of(r);
    });
  }

  static void oneArg(String name, PyObject[] a, String[] k) {
    noKeywords(name, k);
    if (a.length != 1) {
      throw PyErrors.typeError("math." + name + "() takes exactly one argument (" + a.length
          + " given)");
    }
  }

  static void noKeywords(String name, String[] k) {
    if (k != null && k.length > 0) {
      throw PyErrors.typeError("math." + name + "() takes no keyword arguments");
    }
  }

  /** Returns the double of a real number as CPython's {@code PyFloat_AsDouble}. */
  static double toDouble(PyObject v) {
    if (v instanceof PyFloat f) {
      return f.value();
    }
    if (Abstract.lookupAttr(v.type(), "__float__") != null) {
      PyObject r = Abstract.callMethod(v, "__float__");
      if (r instanceof PyFloat f) {
        return f.value();
      }
      throw PyErrors.typeError(v.type().name() + ".__float__ returned non-float (type "
          + r.type().name() + ")");
    }
    if (Abstract.lookupAttr(v.type(), "__index__") != null) {
      PyObject r = Abstract.callMethod(v, "__index__");
      return ((PyFloat) Abstract.call(PyFloat.TYPE, new PyObject[] {r}, null)).value();
    }
    throw PyErrors.typeError("must be real number, not " + v.type().name());
  }
}
