package dev.krait.core.runtime;

/** The constructor, attributes and methods of {@code complex}. */
final class ComplexMethods {

  private static final String[] NEW_NAMES = {"real", "imag"};

  private ComplexMethods() {}

  /** Sets the type's slots: before {@link PyType#ready()}, unlike the methods. */
  static void defineSlots(PyType t) {
    t.newSlot = ComplexMethods::create;
  }

  static void define(PyType t) {
    PyGetSetDescriptor.define(t, "real", c -> PyFloat.of(((PyComplex) c).real), null);
    PyGetSetDescriptor.define(t, "imag", c -> PyFloat.of(((PyComplex) c).imag), null);
    PyMethodDescriptor.define(t, "conjugate",
        (PyMethodDescriptor.Fn0) c -> PyComplex.of(((PyComplex) c).real, -((PyComplex) c).imag));
    PyMethodDescriptor.define(t, "__complex__", (PyMethodDescriptor.Fn0) c ->
        c.getClass() == PyComplex.class ? c
            : PyComplex.of(((PyComplex) c).real, ((PyComplex) c).imag));
    PyMethodDescriptor.define(t, "__getnewargs__", (PyMethodDescriptor.Fn0) c ->
        PyTuple.of(PyFloat.of(((PyComplex) c).real), PyFloat.of(((PyComplex) c).imag)));
  }

  /** Returns {@code complex.__new__(type, real=0, imag=0)} as CPython's complex_new. */
  static PyObject create(PyType type, PyObject[] args, String[] kwnames) {
    PyObject[] v = ArgParser.parse("complex", args, kwnames, NEW_NAMES, 0, false);
    PyObject r = v[0];
    PyObject i = v[1];
    if (r == null) {
      if (i == null) {
        return make(type, 0.0, 0.0);
      }
      r = PyInt.of(0);
    }
    if (r instanceof PyStr) {
      if (i != null) {
        throw PyErrors.typeError("complex() can't take second arg if first is a string");
      }
      double[] z = NumberParsing.parseComplex(((PyStr) r).value());
      return make(type, z[0], z[1]);
    }
    if (i instanceof PyStr) {
      throw PyErrors.typeError("complex() second arg can't be a string");
    }
    PyComplex fromSpecial = complexSpecial(r);
    boolean ownR = false;
    if (fromSpecial != null) {
      r = fromSpecial;
      ownR = true;
    }
    if (!isNumber(r)) {
      throw PyErrors.typeError(
          "complex() first argument must be a string or a number, not '" + r.type().name()
              + "'");
    }
    if (i != null && !isNumber(i)) {
      throw PyErrors.typeError(
          "complex() second argument must be a number, not '" + i.type().name() + "'");
    }
    if (r.getClass() == PyComplex.class && i == null && type == PyComplex.TYPE) {
      // complex(z) of an exact complex is z itself.
      return r;
    }
    double crReal;
    double crImag = 0.0;
    boolean crIsComplex = false;
    if (r instanceof PyComplex) {
      crReal = ((PyComplex) r).real;
      crImag = ((PyComplex) r).imag;
      crIsComplex = true;
    } else {
      crReal = FloatMethods.asDouble(r);
    }
    double ciReal;
    if (i == null) {
      ciReal = crImag;
    } else if (i instanceof PyComplex) {
      ciReal = ((PyComplex) i).real;
      crReal -= ((PyComplex) i).imag;
    } else {
      ciReal = FloatMethods.asDouble(i);
    }
    if (crIsComplex && i != null) {
      ciReal += crImag;
    }
    if (ownR && i == null && type == PyComplex.TYPE) {
      return PyComplex.of(crReal, ciReal);
    }
    return make(type, crReal, ciReal);
  }

  /** Returns the result of {@code r.__complex__()} when its type defines it, else null. */
  private static PyComplex complexSpecial(PyObject r) {
    if (r.getClass() == PyComplex.class) {
      return null;
    }
    PyObject m = r.type().lookup("__complex__");
    if (m == null) {
      return null;
    }
    PyObject z = Abstract.callSpecial(r, m, "__complex__");
    if (!(z instanceof PyComplex)) {
      throw PyErrors.typeError(
          "__complex__ returned non-complex (type " + z.type().name() + ")");
    }
    return (PyComplex) z;
  }

  private static boolean isNumber(PyObject o) {
    PyType t = o.type();
    return o instanceof PyComplex || t.toFloat != null || t.index != null;
  }

  static PyObject make(PyType type, double re, double im) {
    if (type == PyComplex.TYPE) {
      return PyComplex.of(re, im);
    }
    return new PyComplexSubclass(type, re, im);
  }
}
