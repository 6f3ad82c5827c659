package dev.krait.core.runtime;

/** The builtin {@code slice}: start, stop and step, each any object (usually int or None). */
public final class PySlice extends PyObject {

  /** The type {@code slice}. */
  public static final PyType TYPE = PyType.builtin("slice", PySlice.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.hash = ObjectMethods.UNHASHABLE;
    TYPE.repr = s -> PyStr.of(((PySlice) s).repr());
    TYPE.ready();
  }

  private final PyObject start;
  private final PyObject stop;
  private final PyObject step;

  /** Returns {@code slice(start, stop, step)}; absent parts are None. */
  public PySlice(PyObject start, PyObject stop, PyObject step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /**
   * Returns {start, stop, step, length} for a sequence of {@code length} items, as CPython's
   * {@code PySlice_GetIndicesEx}.
   */
  long[] indices(long length) {
    long st = step == PyNone.NONE ? 1 : clamp(step);
    if (st == 0) {
      throw PyErrors.valueError("slice step cannot be zero");
    }
    long lower = st < 0 ? -1 : 0;
    long upper = st < 0 ? length - 1 : length;
    long b = start == PyNone.NONE ? (st < 0 ? upper : lower) : adjust(clamp(start), length, lower,
        upper);
    long e = stop == PyNone.NONE ? (st < 0 ? lower : upper) : adjust(clamp(stop), length, lower,
        upper);
    long n;
    if (st > 0) {
      n = b < e ? (e - b - 1) / st + 1 : 0;
    } else {
      n = e < b ? (b - e - 1) / -st + 1 : 0;
    }
    return new long[] {b, e, st, n};
  }

  private static long adjust(long v, long length, long lower, long upper) {
    if (v < 0) {
      v += length;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  }

  private static long clamp(PyObject o) {
    if (!(o instanceof PyInt) && o.type().index == null) {
      throw PyErrors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    PyInt i = Abstract.index(o);
    if (i.isBig()) {
      return i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }
    return i.longValue();
  }

  private String repr() {
    return "slice(" + Abstract.repr(start) + ", " + Abstract.repr(stop) + ", "
        + Abstract.repr(step) + ")";
  }

  /** Returns the items of {@code items[0..size)} this slice selects. */
  PyObject[] select(PyObject[] items, int size) {
    long[] ix = indices(size);
    PyObject[] out = new PyObject[(int) ix[3]];
    for (int i = 0; i < out.length; i++) {
      out[i] = items[(int) (ix[0] + i * ix[2])];
    }
    return out;
  }
}
