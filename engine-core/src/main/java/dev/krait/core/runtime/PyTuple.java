package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;
import dev.krait.core.runtime.PyMethodDescriptor.FnN;
import java.util.Arrays;

/** Python's {@code tuple}: an immutable array of objects. */
public class PyTuple extends PyObject {

  /** The builtin type {@code tuple}. */
  public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, PyType.OBJECT);

  /** The type of tuple iterators. */
  static final PyType ITERATOR =
      PyType.builtin("tuple_iterator", PyTuple.Iter.class, PyType.OBJECT);

  /** The empty tuple. */
  public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

  static {
    TYPE.sequence = true;
    TYPE.len = t -> ((PyTuple) t).items.length;
    TYPE.repr = t -> PyStr.of(((PyTuple) t).repr());
    TYPE.hash = t -> ((PyTuple) t).hash();
    TYPE.richCompare = ReprGuard.nested(PyTuple::compare);
    TYPE.getItem = (t, k) -> ((PyTuple) t).getItem(k);
    TYPE.contains = (t, v) -> ((PyTuple) t).indexOf(v, 0, Integer.MAX_VALUE) >= 0;
    TYPE.iter = t -> new Iter((PyTuple) t);
    TYPE.newSlot = PyTuple::create;
    TYPE.binary[BinaryOp.ADD.ordinal()] = PyTuple::concat;
    TYPE.binary[BinaryOp.MUL.ordinal()] = PyTuple::repeat;
    TYPE.reflected[BinaryOp.MUL.ordinal()] = PyTuple::repeat;
    PyMethodDescriptor.define(TYPE, "count", (Fn1) (self, v) -> {
      PyObject[] a = ((PyTuple) self).items;
      int n = 0;
      for (PyObject x : a) {
        if (x == v || Abstract.eq(x, v)) {
          n++;
        }
      }
      return PyInt.of(n);
    });
    PyMethodDescriptor.define(TYPE, "index", (FnN) PyTuple::index);
    PyMethodDescriptor.define(TYPE, "__getnewargs__",
        (Fn0) self -> PyTuple.of(new PyTuple(((PyTuple) self).items)));
    PyGenericAlias.defineClassGetItem(TYPE);
    TYPE.ready();
    ITERATOR.baseType = false;
    ITERATOR.iter = it -> it;
    ITERATOR.next = it -> ((Iter) it).advance();
    PyMethodDescriptor.define(ITERATOR, "__length_hint__", (Fn0) it -> {
      Iter i = (Iter) it;
      return PyInt.of(i.tuple == null ? 0 : i.tuple.items.length - i.index);
    });
    ITERATOR.ready();
  }

  private final PyObject[] items;

  /** Makes a tuple that owns {@code items}; a Java subclass (a struct sequence) calls it. */
  protected PyTuple(PyObject[] items) {
    this.items = items;
  }

  /** Returns a tuple of {@code items} (the array is copied). */
  public static PyTuple of(PyObject... items) {
    return items.length == 0 ? EMPTY : new PyTuple(items.clone());
  }

  /** Returns a tuple that owns {@code items} (not copied: the caller must not change it). */
  static PyTuple wrap(PyObject[] items) {
    return items.length == 0 ? EMPTY : new PyTuple(items);
  }

  /** Returns {@code tuple(iterable)}. */
  public static PyTuple fromIterable(PyObject iterable) {
    if (iterable.getClass() == PyTuple.class) {
      return (PyTuple) iterable;
    }
    if (iterable.getClass() == PyList.class) {
      return wrap(((PyList) iterable).toArray());
    }
    PyList l = new PyList();
    l.extend(iterable);
    return wrap(l.toArray());
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the number of items. */
  public int size() {
    return items.length;
  }

  /** Returns item {@code i} (0-based, in range). */
  public PyObject get(int i) {
    return items[i];
  }

  /** Returns a copy of the items. */
  PyObject[] toArrayCopy() {
    return items.clone();
  }

  /** Returns the backing array, which callers must not change. */
  PyObject[] items() {
    return items;
  }

  private static PyObject create(PyType type, PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0 && type == TYPE) {
      throw PyErrors.typeError("tuple() takes no keyword arguments");
    }
    int npos = args.length - (kw == null ? 0 : kw.length);
    if (npos > 1) {
      throw PyErrors.typeError("tuple expected at most 1 argument, got " + npos);
    }
    PyTuple t = npos == 0 ? EMPTY : fromIterable(args[0]);
    return type == TYPE ? t : new Derived(type, t.items);
  }

  private PyObject getItem(PyObject key) {
    if (key.getClass() == PyInt.class && !((PyInt) key).isBig()) {
      long i = ((PyInt) key).longValue();
      if (i < 0) {
        i += items.length;
      }
      if (i >= 0 && i < items.length) {
        return items[(int) i];
      }
    }
    if (key instanceof PySlice s) {
      long[] r = s.indices(items.length);
      int start = (int) r[0];
      int step = (int) r[2];
      int n = (int) r[3];
      if (n == items.length && step == 1 && getClass() == PyTuple.class) {
        return this;
      }
      PyObject[] out = new PyObject[n];
      for (int i = 0, j = start; i < n; i++, j += step) {
        out[i] = items[j];
      }
      return wrap(out);
    }
    return items[SequenceIndex.of(key, items.length, "tuple", "tuple")];
  }

  private int indexOf(PyObject v, int from, int to) {
    for (int i = from; i < items.length && i < to; i++) {
      PyObject x = items[i];
      if (x == v || Abstract.eq(x, v)) {
        return i;
      }
    }
    return -1;
  }

  private static PyObject index(PyObject self, PyObject[] args, String[] kw) {
    ListMethods.noKeywords("tuple.index", kw);
    ListMethods.checkArgCount("index", args.length, 1, 3);
    PyTuple t = (PyTuple) self;
    int n = t.items.length;
    int from = args.length > 1 ? ListMethods.boundArg(args[1], n) : 0;
    int to = args.length > 2 ? ListMethods.boundArg(args[2], n) : Integer.MAX_VALUE;
    int i = t.indexOf(args[0], from, to);
    if (i < 0) {
      throw PyErrors.valueError("tuple.index(x): x not in tuple");
    }
    return PyInt.of(i);
  }

  private static PyObject concat(PyObject a, PyObject b) {
    if (!(b instanceof PyTuple o)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyTuple x = (PyTuple) a;
    if (o.items.length == 0 && x.getClass() == PyTuple.class) {
      return x;
    }
    if (x.items.length == 0 && o.getClass() == PyTuple.class) {
      return o;
    }
    PyObject[] out = Arrays.copyOf(x.items, x.items.length + o.items.length);
    System.arraycopy(o.items, 0, out, x.items.length, o.items.length);
    return wrap(out);
  }

  private static PyObject repeat(PyObject self, PyObject n) {
    long times = PyList.repeatCount(n);
    if (times < 0) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyTuple t = (PyTuple) self;
    if (times == 1 && t.getClass() == PyTuple.class) {
      return t;
    }
    int total = PyList.repeatedSize(t.items.length, times);
    if (total == 0) {
      return EMPTY;
    }
    PyObject[] out = new PyObject[total];
    PyList.fillRepeated(t.items, t.items.length, out, total);
    return wrap(out);
  }

  private String repr() {
    if (items.length == 0) {
      return "()";
    }
    if (!ReprGuard.enter(this)) {
      return "(...)";
    }
    try {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < items.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Abstract.repr(items[i]).value());
      }
      return sb.append(items.length == 1 ? ",)" : ")").toString();
    } finally {
      ReprGuard.leave(this);
    }
  }

  private long hash() {
    // CPython's xxHash-based tuple hash (3.8+), so equal tuples of numbers hash as CPython's.
    long acc = 0x27D4EB2F165667C5L;
    for (PyObject item : items) {
      long lane = Abstract.hash(item);
      acc += lane * 0xC2B2AE3D27D4EB4FL;
      acc = Long.rotateLeft(acc, 31);
      acc *= 0x9E3779B185EBCA87L;
    }
    acc += items.length ^ (0x27D4EB2F165667C5L ^ 3527539L);
    return acc == -1 ? 1546275796 : acc;
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!(b instanceof PyTuple)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyObject[] x = ((PyTuple) a).items;
    PyObject[] y = ((PyTuple) b).items;
    if ((op == CompareOp.EQ || op == CompareOp.NE) && x.length != y.length) {
      return PyBool.of(op == CompareOp.NE);
    }
    int i = 0;
    while (i < x.length && i < y.length && Abstract.eq(x[i], y[i])) {
      i++;
    }
    if (i >= x.length || i >= y.length) {
      return PyBool.of(op.test(Integer.compare(x.length, y.length)));
    }
    if (op == CompareOp.EQ) {
      return PyBool.FALSE;
    }
    if (op == CompareOp.NE) {
      return PyBool.TRUE;
    }
    return Abstract.richCompare(x[i], y[i], op);
  }

  /** The iterator over a tuple. */
  static final class Iter extends PyObject {
    private PyTuple tuple;
    private int index;

    Iter(PyTuple tuple) {
      this.tuple = tuple;
    }

    @Override
    public PyType type() {
      return ITERATOR;
    }

    private PyObject advance() {
      if (tuple == null) {
        return null;
      }
      if (index < tuple.items.length) {
        return tuple.items[index++];
      }
      tuple = null;
      return null;
    }
  }

  /** An instance of a Python subclass of {@code tuple}: carries its type and {@code __dict__}. */
  static final class Derived extends PyTuple implements SlotStorage {
    private final PyType type;
    private final PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type, PyObject[] items) {
      super(items);
      this.type = type;
      this.dict = type.instanceDict ? new PyDict() : null;
      this.slots = SlotStorage.cellsFor(type);
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict dict() {
      return dict;
    }

    @Override
    public PyObject[] slotCells() {
      return slots;
    }
  }
}
