package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;
import java.math.BigInteger;

/**
 * The builtin {@code range}: an immutable arithmetic sequence of ints. Bounds of any size are
 * kept as ints; when the whole sequence fits in a {@code long} (the usual case) items, length
 * and membership are computed on longs.
 */
public final class PyRange extends PyObject {

  /** The type {@code range}. */
  public static final PyType TYPE = PyType.builtin("range", PyRange.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.len = r -> ((PyRange) r).lengthAsSize();
    TYPE.repr = r -> PyStr.of(((PyRange) r).repr());
    TYPE.bool = r -> ((PyRange) r).length.signum() != 0;
    TYPE.iter = r -> ((PyRange) r).iterator(false);
    TYPE.getItem = (r, k) -> ((PyRange) r).getItem(k);
    TYPE.contains = (r, v) -> ((PyRange) r).contains(v);
    TYPE.hash = r -> ((PyRange) r).hash();
    TYPE.richCompare = PyRange::compare;
    TYPE.newSlot = PyRange::create;
    PyGetSetDescriptor.define(TYPE, "start", r -> ((PyRange) r).start, null);
    PyGetSetDescriptor.define(TYPE, "stop", r -> ((PyRange) r).stop, null);
    PyGetSetDescriptor.define(TYPE, "step", r -> ((PyRange) r).step, null);
    PyMethodDescriptor.define(TYPE, "count", (Fn1) (r, v) -> ((PyRange) r).count(v));
    PyMethodDescriptor.define(TYPE, "index", (Fn1) (r, v) -> ((PyRange) r).index(v));
    PyMethodDescriptor.define(TYPE, "__reversed__", (Fn0) r -> ((PyRange) r).iterator(true));
    PyMethodDescriptor.define(TYPE, "__reduce__", (Fn0) r -> {
      PyRange x = (PyRange) r;
      return PyTuple.of(TYPE, PyTuple.of(x.start, x.stop, x.step));
    });
    TYPE.ready();
  }

  private final PyInt start;
  private final PyInt stop;
  private final PyInt step;
  private final PyInt length;
  /** Whether every item, the length and the step fit in a long: the fields below are valid. */
  private final boolean small;
  private final long lstart;
  private final long lstep;
  private final long llength;

  /** Returns {@code range(start, stop, step)}; step must not be 0. */
  public PyRange(long start, long stop, long step) {
    this(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
  }

  private PyRange(PyInt start, PyInt stop, PyInt step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    if (!start.isBig() && !stop.isBig() && !step.isBig()) {
      long lo = start.longValue();
      long hi = stop.longValue();
      long st = step.longValue();
      long diff = st > 0 ? hi - lo : lo - hi;
      boolean overflow = st > 0 ? ((hi ^ lo) & (hi ^ diff)) < 0 : ((lo ^ hi) & (lo ^ diff)) < 0;
      if (!overflow && st != Long.MIN_VALUE) {
        // Every item lies between start and stop, so it fits in a long too.
        long n = diff > 0 ? (diff - 1) / Math.abs(st) + 1 : 0;
        this.length = PyInt.of(n);
        this.small = true;
        this.lstart = lo;
        this.lstep = st;
        this.llength = n;
        return;
      }
    }
    BigInteger lo = start.bigValue();
    BigInteger hi = stop.bigValue();
    BigInteger st = step.bigValue();
    BigInteger n;
    if (st.signum() > 0) {
      n = lo.compareTo(hi) < 0 ? hi.subtract(lo).subtract(BigInteger.ONE).divide(st)
          .add(BigInteger.ONE) : BigInteger.ZERO;
    } else {
      n = lo.compareTo(hi) > 0 ? lo.subtract(hi).subtract(BigInteger.ONE).divide(st.negate())
          .add(BigInteger.ONE) : BigInteger.ZERO;
    }
    this.length = PyInt.of(n);
    // The last item start + (n - 1) * step must fit as well as the start.
    BigInteger last = lo.add(n.subtract(BigInteger.ONE).max(BigInteger.ZERO).multiply(st));
    this.small = !start.isBig() && !step.isBig() && n.bitLength() < 63
        && last.bitLength() < 64;
    this.lstart = small ? start.longValue() : 0;
    this.lstep = small ? step.longValue() : 0;
    this.llength = small ? n.longValue() : 0;
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
    PyInt[] v = new PyInt[args.length];
    for (int i = 0; i < args.length; i++) {
      v[i] = asInt(Abstract.index(args[i]));
    }
    if (args.length == 1) {
      return new PyRange(PyInt.of(0), v[0], PyInt.of(1));
    }
    PyInt step = args.length == 3 ? v[2] : PyInt.of(1);
    if (step.signum() == 0) {
      throw PyErrors.valueError("range() arg 3 must not be zero");
    }
    return new PyRange(v[0], v[1], step);
  }

  /** Returns an exact int of the same value (a bool becomes 0 or 1). */
  private static PyInt asInt(PyInt i) {
    if (i.getClass() == PyInt.class) {
      return i;
    }
    return i.isBig() ? PyInt.of(i.bigValue()) : PyInt.of(i.longValue());
  }

  private long lengthAsSize() {
    if (length.isBig()) {
      throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }
    return length.longValue();
  }

  private PyInt itemAt(BigInteger i) {
    return PyInt.of(start.bigValue().add(step.bigValue().multiply(i)));
  }

  private PyObject getItem(PyObject key) {
    if (key instanceof PySlice s) {
      return slice(s);
    }
    PyObject k = Abstract.indexOrNull(key);
    if (k == null) {
      throw PyErrors.typeError(
          "range indices must be integers or slices, not " + key.type().name());
    }
    PyInt i = (PyInt) k;
    if (small && !i.isBig()) {
      long x = i.longValue();
      if (x < 0) {
        x += llength;
      }
      if (x < 0 || x >= llength) {
        throw PyErrors.indexError("range object index out of range");
      }
      return PyInt.of(lstart + x * lstep);
    }
    BigInteger x = i.bigValue();
    if (x.signum() < 0) {
      x = x.add(length.bigValue());
    }
    if (x.signum() < 0 || x.compareTo(length.bigValue()) >= 0) {
      throw PyErrors.indexError("range object index out of range");
    }
    return itemAt(x);
  }

  private PyObject slice(PySlice s) {
    // Slice indices of any size, as CPython's _PySlice_GetLongIndices.
    BigInteger len = length.bigValue();
    BigInteger st = s.step() == PyNone.NONE ? BigInteger.ONE : bigIndex(s.step());
    if (st.signum() == 0) {
      throw PyErrors.valueError("slice step cannot be zero");
    }
    boolean back = st.signum() < 0;
    BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
    BigInteger upper = back ? len.subtract(BigInteger.ONE) : len;
    BigInteger lo = s.start() == PyNone.NONE ? (back ? upper : lower)
        : clamp(bigIndex(s.start()), len, lower, upper);
    BigInteger hi = s.stop() == PyNone.NONE ? (back ? lower : upper)
        : clamp(bigIndex(s.stop()), len, lower, upper);
    BigInteger newStep = step.bigValue().multiply(st);
    return new PyRange(PyInt.of(start.bigValue().add(lo.multiply(step.bigValue()))),
        PyInt.of(start.bigValue().add(hi.multiply(step.bigValue()))), PyInt.of(newStep));
  }

  private static BigInteger clamp(BigInteger i, BigInteger len, BigInteger lower,
      BigInteger upper) {
    if (i.signum() < 0) {
      i = i.add(len);
      return i.compareTo(lower) < 0 ? lower : i;
    }
    return i.compareTo(upper) > 0 ? upper : i;
  }

  private static BigInteger bigIndex(PyObject v) {
    PyObject i = Abstract.indexOrNull(v);
    if (i == null) {
      throw PyErrors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    return ((PyInt) i).bigValue();
  }

  /** Returns the position of int {@code v} in this range, or -1. */
  private BigInteger position(PyInt v) {
    if (small && !v.isBig()) {
      long x = v.longValue();
      if (llength == 0) {
        return null;
      }
      long last = lstart + (llength - 1) * lstep;
      boolean inside = lstep > 0 ? x >= lstart && x <= last : x <= lstart && x >= last;
      if (!inside) {
        return null;
      }
      long d = x - lstart;
      return d % lstep == 0 ? BigInteger.valueOf(d / lstep) : null;
    }
    BigInteger d = v.bigValue().subtract(start.bigValue());
    BigInteger[] qr = d.divideAndRemainder(step.bigValue());
    if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(length.bigValue()) >= 0) {
      return null;
    }
    return qr[0];
  }

  private boolean contains(PyObject v) {
    if (v.getClass() == PyInt.class || v.getClass() == PyBool.class) {
      return position((PyInt) v) != null;
    }
    PyObject it = iterator(false);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (Abstract.eq(x, v)) {
        return true;
      }
    }
    return false;
  }

  private PyObject count(PyObject v) {
    if (v.getClass() == PyInt.class || v.getClass() == PyBool.class) {
      return PyInt.of(position((PyInt) v) != null ? 1 : 0);
    }
    long n = 0;
    PyObject it = iterator(false);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (Abstract.eq(x, v)) {
        n++;
      }
    }
    return PyInt.of(n);
  }

  private PyObject index(PyObject v) {
    if (v.getClass() == PyInt.class || v.getClass() == PyBool.class) {
      BigInteger p = position((PyInt) v);
      if (p == null) {
        throw PyErrors.valueError(Abstract.repr(v).value() + " is not in range");
      }
      return PyInt.of(p);
    }
    long n = 0;
    PyObject it = iterator(false);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), n++) {
      if (Abstract.eq(x, v)) {
        return PyInt.of(n);
      }
    }
    throw PyErrors.valueError("sequence.index(x): x not in sequence");
  }

  private PyObject iterator(boolean reversed) {
    if (small) {
      long first = reversed && llength > 0 ? lstart + (llength - 1) * lstep : lstart;
      return new Iter(first, reversed ? -lstep : lstep, llength);
    }
    return new LongIter(this, reversed);
  }

  private String repr() {
    return step.isBig() || step.longValue() != 1
        ? "range(" + start + ", " + stop + ", " + step + ")"
        : "range(" + start + ", " + stop + ")";
  }

  private long hash() {
    // As CPython: the hash of (len, start, step), with None for the parts that do not matter.
    int n = length.signum() == 0 ? 0 : length.isBig() || length.longValue() != 1 ? 2 : 1;
    return Abstract.hash(PyTuple.of(length, n >= 1 ? start : PyNone.NONE,
        n == 2 ? step : PyNone.NONE));
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!(b instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyRange x = (PyRange) a;
    PyRange y = (PyRange) b;
    boolean eq;
    if (x == y) {
      eq = true;
    } else if (!x.length.bigValue().equals(y.length.bigValue())) {
      eq = false;
    } else if (x.length.signum() == 0) {
      eq = true;
    } else if (!x.start.bigValue().equals(y.start.bigValue())) {
      eq = false;
    } else {
      eq = x.length.bigValue().equals(BigInteger.ONE)
          || x.step.bigValue().equals(y.step.bigValue());
    }
    return PyBool.of(eq == (op == CompareOp.EQ));
  }

  static final PyType ITERATOR =
      PyType.builtin("range_iterator", PyRange.Iter.class, PyType.OBJECT);
  static final PyType LONG_ITERATOR =
      PyType.builtin("longrange_iterator", PyRange.LongIter.class, PyType.OBJECT);

  static {
    ITERATOR.baseType = false;
    ITERATOR.iter = it -> it;
    ITERATOR.next = it -> ((Iter) it).next();
    PyMethodDescriptor.define(ITERATOR, "__length_hint__",
        (Fn0) it -> PyInt.of(Math.max(0, ((Iter) it).left)));
    ITERATOR.ready();
    LONG_ITERATOR.baseType = false;
    LONG_ITERATOR.iter = it -> it;
    LONG_ITERATOR.next = it -> ((LongIter) it).next();
    PyMethodDescriptor.define(LONG_ITERATOR, "__length_hint__",
        (Fn0) it -> PyInt.of(((LongIter) it).left.max(BigInteger.ZERO)));
    LONG_ITERATOR.ready();
  }

  /** An iterator over a range whose items fit in a long. */
  static final class Iter extends PyObject {
    private long next;
    private long left;
    private final long step;

    Iter(long first, long step, long count) {
      this.next = first;
      this.left = count;
      this.step = step;
    }

    @Override
    public PyType type() {
      return ITERATOR;
    }

    PyObject next() {
      if (left <= 0) {
        return null;
      }
      left--;
      long v = next;
      next += step;
      return PyInt.of(v);
    }
  }

  /** An iterator over a range with items beyond the long range. */
  static final class LongIter extends PyObject {
    private BigInteger next;
    private BigInteger left;
    private final BigInteger step;

    LongIter(PyRange r, boolean reversed) {
      BigInteger n = r.length.bigValue();
      BigInteger st = r.step.bigValue();
      this.next = reversed && n.signum() > 0
          ? r.start.bigValue().add(n.subtract(BigInteger.ONE).multiply(st)) : r.start.bigValue();
      this.step = reversed ? st.negate() : st;
      this.left = n;
    }

    @Override
    public PyType type() {
      return LONG_ITERATOR;
    }

    private PyObject next() {
      if (left.signum() <= 0) {
        return null;
      }
      left = left.subtract(BigInteger.ONE);
      BigInteger v = next;
      next = next.add(step);
      return PyInt.of(v);
    }
  }
}
