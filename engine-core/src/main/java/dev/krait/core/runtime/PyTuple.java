package dev.krait.core.runtime;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code tuple}: an immutable array of objects. */
public class PyTuple extends PyObject {

  /** The builtin type {@code tuple}. */
  public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, PyType.OBJECT);

  /** The empty tuple. */
  public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

  static {
    TYPE.sequence = true;
    TYPE.len = t -> ((PyTuple) t).items.length;
    TYPE.repr = t -> PyStr.of(((PyTuple) t).repr());
    TYPE.hash = t -> ((PyTuple) t).hash();
    TYPE.richCompare = PyTuple::compare;
    TYPE.newSlot = Constructors::newTuple;
    TYPE.binary[BinaryOp.ADD.ordinal()] = (a, b) -> {
      if (!(b instanceof PyTuple y)) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      PyObject[] x = ((PyTuple) a).items;
      PyObject[] out = java.util.Arrays.copyOf(x, x.length + y.items.length);
      System.arraycopy(y.items, 0, out, x.length, y.items.length);
      return new PyTuple(out);
    };
    TYPE.binary[BinaryOp.MUL.ordinal()] = Constructors::tupleRepeat;
    TYPE.reflected[BinaryOp.MUL.ordinal()] = Constructors::tupleRepeat;
    PyMethodDescriptor.define(TYPE, "index", (PyMethodDescriptor.Fn1) (t, v) -> {
      PyTuple x = (PyTuple) t;
      for (int i = 0; i < x.items.length; i++) {
        if (x.items[i] == v || Abstract.eq(x.items[i], v)) {
          return PyInt.of(i);
        }
      }
      throw PyErrors.valueError("tuple.index(x): x not in tuple");
    });
    PyMethodDescriptor.define(TYPE, "count", (PyMethodDescriptor.Fn1) (t, v) -> {
      int n = 0;
      for (PyObject item : ((PyTuple) t).items) {
        if (item == v || Abstract.eq(item, v)) {
          n++;
        }
      }
      return PyInt.of(n);
    });
    TYPE.getItem = Constructors::tupleItem;
    TYPE.contains = Constructors::tupleContains;
    TYPE.ready();
  }

  private final PyObject[] items;

  PyTuple(PyObject[] items) {
    this.items = items;
  }

  /** Returns a tuple of {@code items} (the array is copied). */
  public static PyTuple of(PyObject... items) {
    return items.length == 0 ? EMPTY : new PyTuple(items.clone());
  }

  /** Returns a copy of the items. */
  PyObject[] toArrayCopy() {
    return items.clone();
  }

  /** Returns {@code tuple(iterable)}. */
  public static PyTuple fromIterable(PyObject iterable) {
    if (iterable.getClass() == PyTuple.class) {
      return (PyTuple) iterable;
    }
    List<PyObject> out = new ArrayList<>();
    Abstract.forEach(iterable, out::add);
    return new PyTuple(out.toArray(new PyObject[0]));
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

  private String repr() {
    if (items.length == 1) {
      return "(" + Abstract.repr(items[0]).value() + ",)";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Abstract.repr(items[i]).value());
    }
    return sb.append(')').toString();
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
}
