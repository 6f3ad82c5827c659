package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyObject;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module: the functions the benchmarks and common programs use. Missing
 * functions raise AttributeError naming them (module 'math' has no attribute ...).
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
    unary(m, "sqrt", Math::sqrt);
    unary(m, "sin", Math::sin);
    unary(m, "cos", Math::cos);
    unary(m, "tan", Math::tan);
    unary(m, "atan", Math::atan);
    unary(m, "exp", Math::exp);
    unary(m, "fabs", Math::abs);
    m.function("log", (a, k) -> {
      noKeywords("log", k);
      if (a.length < 1 || a.length > 2) {
        throw PyErrors.typeError(a.length == 0 ? "log expected at least 1 argument, got 0"
            : "log expected at most 2 arguments, got " + a.length);
      }
      double x = log(a[0]);
      return PyFloat.of(a.length == 1 ? x : x / log(a[1]));
    });
    m.function("floor", (a, k) -> {
      oneArg("floor", a, k);
      return a[0] instanceof PyInt ? a[0] : Abstract.callMethod(a[0], "__floor__");
    });
    m.function("ceil", (a, k) -> {
      oneArg("ceil", a, k);
      return a[0] instanceof PyInt ? a[0] : Abstract.callMethod(a[0], "__ceil__");
    });
    m.function("hypot", (a, k) -> {
      noKeywords("hypot", k);
      double h = 0;
      for (PyObject v : a) {
        h = Math.hypot(h, toDouble(v));
      }
      return PyFloat.of(h);
    });
    m.function("pow", (a, k) -> {
      noKeywords("pow", k);
      if (a.length != 2) {
        throw PyErrors.typeError("pow expected 2 arguments, got " + a.length);
      }
      return PyFloat.of(pow(toDouble(a[0]), toDouble(a[1])));
    });
    m.function("isclose", MathModule::isclose);
    m.function("fsum", (a, k) -> {
      oneArg("fsum", a, k);
      return PyFloat.of(fsum(a[0]));
    });
    m.function("gcd", (a, k) -> {
      noKeywords("gcd", k);
      BigInteger g = BigInteger.ZERO;
      for (PyObject v : a) {
        g = g.gcd(Abstract.index(v).bigValue());
      }
      return PyInt.of(g);
    });
    m.function("factorial", (a, k) -> {
      oneArg("factorial", a, k);
      PyInt n = Abstract.index(a[0]);
      if (n.signum() < 0) {
        throw PyErrors.valueError("factorial() not defined for negative values");
      }
      if (n.isBig() || n.longValue() > Integer.MAX_VALUE) {
        throw PyErrors.overflowError("factorial() argument should not exceed "
            + Long.MAX_VALUE);
      }
      return PyInt.of(factorial(1, (int) n.longValue()));
    });
    return m;
  }

  // The product lo * (lo + 1) * ... * hi by halves, so the big multiplications stay balanced.
  private static BigInteger factorial(int lo, int hi) {
    if (hi < lo) {
      return BigInteger.ONE;
    }
    if (hi - lo < 16) {
      BigInteger r = BigInteger.valueOf(lo);
      for (long i = lo + 1; i <= hi; i++) {
        r = r.multiply(BigInteger.valueOf(i));
      }
      return r;
    }
    int mid = (int) (((long) lo + hi) >>> 1);
    return factorial(lo, mid).multiply(factorial(mid + 1, hi));
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
  private static PyObject isclose(PyObject[] args, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = args.length - nkw;
    if (npos != 2) {
      throw PyErrors.typeError("isclose() takes exactly 2 positional arguments (" + npos
          + " given)");
    }
    double relTol = 1e-09;
    double absTol = 0.0;
    for (int i = 0; i < nkw; i++) {
      switch (kw[i]) {
        case "rel_tol":
          relTol = toDouble(args[npos + i]);
          break;
        case "abs_tol":
          absTol = toDouble(args[npos + i]);
          break;
        default:
          throw PyErrors.typeError("isclose() got an unexpected keyword argument '" + kw[i]
              + "'");
      }
    }
    double a = toDouble(args[0]);
    double b = toDouble(args[1]);
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

  private static double log(PyObject v) {
    // CPython takes the log of a huge int exactly; doubles lose nothing below 2**1023.
    double x = toDouble(v);
    if (!(x > 0) && !Double.isNaN(x)) {
      throw PyErrors.valueError("math domain error");
    }
    return Math.log(x);
  }

  private static void unary(PyModule m, String name, DoubleUnaryOperator fn) {
    m.function(name, (a, k) -> {
      oneArg(name, a, k);
      double x = toDouble(a[0]);
      double r = fn.applyAsDouble(x);
      // CPython: a NaN from a non-NaN argument is a domain error; an infinity from a finite
      // one is an overflow.
      if (Double.isNaN(r) && !Double.isNaN(x)) {
        throw PyErrors.valueError("math domain error");
      }
      if (Double.isInfinite(r) && Double.isFinite(x)) {
        throw PyErrors.overflowError("math range error");
      }
      return PyFloat.of(r);
    });
  }

  private static void oneArg(String name, PyObject[] a, String[] k) {
    noKeywords(name, k);
    if (a.length != 1) {
      throw PyErrors.typeError("math." + name + "() takes exactly one argument (" + a.length
          + " given)");
    }
  }

  private static void noKeywords(String name, String[] k) {
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
