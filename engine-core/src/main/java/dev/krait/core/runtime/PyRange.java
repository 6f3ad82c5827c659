package dev.krait.core.runtime;

/** The builtin {@code range}: an immutable arithmetic sequence of ints (within the long range). */
public final class PyRange extends PyObject {

  /** The type {@code range}. */
  public static final PyType TYPE = PyType.builtin("range", PyRange.class, PyType.OBJECT);

  /** The type of range iterators. */
  static final PyType ITERATOR =
      PyType.builtin("range_iterator", PyRange.Iter.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.len = r -> ((PyRange) r).length;
    TYPE.repr = r -> PyStr.of(((PyRange) r).repr());
    TYPE.bool = r -> ((PyRange) r).length != 0;
    TYPE.iter = r -> new Iter((PyRange) r);
    TYPE.getItem = (r, k) -> ((PyRange) r).item(k);
    TYPE.contains = (r, v) -> ((PyRange) r).contains(v);
    TYPE.newSlot = PyRange::create;
    TYPE.ready();
    ITERATOR.baseType = false;
    ITERATOR.iter = it -> it;
    ITERATOR.next = it -> ((Iter) it).next();
    ITERATOR.ready();
  }

  private final long start;
  private final long stop;
  private final long step;
  private final long length;

  /** Returns {@code range(start, stop, step)}; step must not be 0. */
  public PyRange(long start, long stop, long step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    long n;
    if (step > 0) {
      n = start < stop ? (stop - start - 1) / step + 1 : 0;
    } else {
      n = start > stop ? (start - stop - 1) / -step + 1 : 0;
    }
    this.length = n;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private static PyObject create(PyType type, PyObject[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError("range() takes no keyword arguments");
    }
    if (args.length == 0) {
      throw PyErrors.typeError("range expected at least 1 argument, got 0");
    }
    if (args.length > 3) {
      throw PyErrors.typeError("range expected at most 3 arguments, got " + args.length);
    }
    long[] v = new long[args.length];
    for (int i = 0; i < args.length; i++) {
      PyInt n = Abstract.index(args[i]);
      if (n.isBig()) {
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
      }
      v[i] = n.longValue();
    }
    if (args.length == 1) {
      return new PyRange(0, v[0], 1);
    }
    long step = args.length == 3 ? v[2] : 1;
    if (step == 0) {
      throw PyErrors.valueError("range() arg 3 must not be zero");
    }
    return new PyRange(v[0], v[1], step);
  }

  private PyObject item(PyObject key) {
    int i = SequenceIndex.of(key, (int) Math.min(length, Integer.MAX_VALUE), "range object",
        "range");
    return PyInt.of(start + i * step);
  }

  private boolean contains(PyObject v) {
    if (v.getClass() != PyInt.class && v.getClass() != PyBool.class) {
      for (long i = 0; i < length; i++) {
        if (Abstract.eq(PyInt.of(start + i * step), v)) {
          return true;
        }
      }
      return false;
    }
    PyInt n = (PyInt) v;
    if (n.isBig()) {
      return false;
    }
    long x = n.longValue();
    boolean inside = step > 0 ? x >= start && x < stop : x <= start && x > stop;
    return inside && (x - start) % step == 0;
  }

  private String repr() {
    return step == 1
        ? "range(" + start + ", " + stop + ")"
        : "range(" + start + ", " + stop + ", " + step + ")";
  }

  /** An iterator over a range. */
  static final class Iter extends PyObject {
    private long next;
    private long left;
    private final long step;

    Iter(PyRange r) {
      this.next = r.start;
      this.left = r.length;
      this.step = r.step;
    }

    @Override
    public PyType type() {
      return ITERATOR;
    }

    private PyObject next() {
      if (left <= 0) {
        return null;
      }
      left--;
      long v = next;
      next += step;
      return PyInt.of(v);
    }
  }
}
