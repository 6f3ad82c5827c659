package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyObject;
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
    return m;
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
