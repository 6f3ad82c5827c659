package dev.krait.core.runtime;

/** The builtin {@code slice}: start, stop and step of an extended index, any objects. */
public final class PySlice extends PyObject {

  /** The type {@code slice}. */
  public static final PyType TYPE = PyType.builtin("slice", PySlice.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.hash = ObjectMethods.UNHASHABLE;
    TYPE.repr = s -> PyStr.of(((PySlice) s).repr());
    TYPE.richCompare = PySlice::compare;
    TYPE.newSlot = PySlice::create;
    PyGetSetDescriptor.define(TYPE, "start", s -> ((PySlice) s).start, null);
    PyGetSetDescriptor.define(TYPE, "stop", s -> ((PySlice) s).stop, null);
    PyGetSetDescriptor.define(TYPE, "step", s -> ((PySlice) s).step, null);
    PyMethodDescriptor.define(TYPE, "indices", (PyMethodDescriptor.Fn1) PySlice::indicesMethod);
    PyMethodDescriptor.define(TYPE, "__reduce__", (PyMethodDescriptor.Fn0) s -> PyTuple.of(TYPE,
        ((PySlice) s).asTuple()));
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

  /** Returns {@code start} (None when absent). */
  public PyObject start() {
    return start;
  }

  /** Returns {@code stop} (None when absent). */
  public PyObject stop() {
    return stop;
  }

  /** Returns {@code step} (None when absent). */
  public PyObject step() {
    return step;
  }

  private static PyObject create(PyType type, PyObject[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError("slice() takes no keyword arguments");
    }
    switch (args.length) {
      case 1:
        return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
      case 2:
        return new PySlice(args[0], args[1], PyNone.NONE);
      case 3:
        return new PySlice(args[0], args[1], args[2]);
      default:
        throw PyErrors.typeError(args.length == 0
            ? "slice expected at least 1 argument, got 0"
            : "slice expected at most 3 arguments, got " + args.length);
    }
  }

  private PyTuple asTuple() {
    return PyTuple.of(start, stop, step);
  }

  /**
   * Returns {start, stop, step, length} of this slice applied to a sequence of {@code length}
   * items, as CPython's {@code PySlice_Unpack} plus {@code PySlice_AdjustIndices}.
   */
  public long[] indices(long length) {
    long st;
    if (step == PyNone.NONE) {
      st = 1;
    } else {
      st = clampedIndex(step);
      if (st == 0) {
        throw PyErrors.valueError("slice step cannot be zero");
      }
      if (st < -Long.MAX_VALUE) {
        st = -Long.MAX_VALUE; // so that -step cannot overflow
      }
    }
    long lo = start == PyNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : clampedIndex(start);
    long hi = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
        : clampedIndex(stop);
    lo = adjust(lo, length, st);
    hi = adjust(hi, length, st);
    long n;
    if (st < 0) {
      n = hi < lo ? (lo - hi - 1) / -st + 1 : 0;
    } else {
      n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
    }
    return new long[] {lo, hi, st, n};
  }

  /** Returns the items of {@code items[0:size]} this slice selects. */
  PyObject[] select(PyObject[] items, int size) {
    long[] r = indices(size);
    PyObject[] out = new PyObject[(int) r[3]];
    for (int i = 0; i < out.length; i++) {
      out[i] = items[(int) (r[0] + i * r[2])];
    }
    return out;
  }

  private static long adjust(long i, long length, long step) {
    if (i < 0) {
      i += length;
      if (i < 0) {
        i = step < 0 ? -1 : 0;
      }
    } else if (i >= length) {
      i = step < 0 ? length - 1 : length;
    }
    return i;
  }

  /** Returns a slice bound as a long, big ints clamped as CPython's {@code _PyEval_SliceIndex}. */
  private static long clampedIndex(PyObject v) {
    PyObject i = Abstract.indexOrNull(v);
    if (i == null) {
      throw PyErrors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    PyInt n = (PyInt) i;
    if (n.isBig()) {
      return n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return n.longValue();
  }

  private static PyObject indicesMethod(PyObject self, PyObject len) {
    PySlice s = (PySlice) self;
    PyInt length = Abstract.index(len);
    if (length.signum() < 0) {
      throw PyErrors.valueError("length should not be negative");
    }
    if (length.isBig()) {
      throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }
    if (s.step != PyNone.NONE && Abstract.indexOrNull(s.step) != null
        && ((PyInt) Abstract.indexOrNull(s.step)).isBig()) {
      // A huge step leaves at most one item: only the start is affected by the clamping.
      long[] r = new PySlice(s.start, s.stop, PyInt.of(
          ((PyInt) Abstract.indexOrNull(s.step)).signum())).indices(length.longValue());
      return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), Abstract.indexOrNull(s.step));
    }
    long[] r = s.indices(length.longValue());
    return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
  }

  private String repr() {
    return "slice(" + Abstract.repr(start).value() + ", " + Abstract.repr(stop).value() + ", "
        + Abstract.repr(step).value() + ")";
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (b.getClass() != PySlice.class) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    if (a == b && (op == CompareOp.EQ || op == CompareOp.NE)) {
      return PyBool.of(op == CompareOp.EQ);
    }
    return Abstract.richCompare(((PySlice) a).asTuple(), ((PySlice) b).asTuple(), op);
  }
}
