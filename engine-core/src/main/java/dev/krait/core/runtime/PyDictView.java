package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;

/**
 * The views {@code dict_keys}, {@code dict_values} and {@code dict_items}: live, sized,
 * iterable; keys and items views are also set-like ({@code &}, {@code |}, {@code -}, {@code ^},
 * comparisons, {@code isdisjoint}).
 */
final class PyDictView extends PyObject {

  /** Which part of the entries a view shows. */
  enum Kind { KEYS, VALUES, ITEMS }

  static final PyType KEYS = PyType.builtin("dict_keys", PyDictView.class, PyType.OBJECT);
  static final PyType VALUES = PyType.builtin("dict_values", PyDictView.class, PyType.OBJECT);
  static final PyType ITEMS = PyType.builtin("dict_items", PyDictView.class, PyType.OBJECT);

  static {
    for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
      boolean setLike = t != VALUES;
      t.baseType = false;
      t.hash = setLike ? ObjectMethods.UNHASHABLE : t.hash;
      t.len = v -> ((PyDictView) v).dict.size;
      t.iter = v -> new PyDictIterator(((PyDictView) v).dict, ((PyDictView) v).kind, false);
      if (setLike) {
        // dict_values has no __contains__: `in` falls back to iteration, as in CPython.
        t.contains = (v, x) -> ((PyDictView) v).contains(x);
      }
      t.repr = v -> PyStr.of(((PyDictView) v).repr());
      PyMethodDescriptor.define(t, "__reversed__", (Fn0) v ->
          new PyDictIterator(((PyDictView) v).dict, ((PyDictView) v).kind, true));
      if (setLike) {
        t.richCompare = PyDictView::compare;
        for (BinaryOp op : new BinaryOp[] {BinaryOp.AND, BinaryOp.OR, BinaryOp.SUB,
            BinaryOp.XOR}) {
          t.binary[op.ordinal()] = (a, b) -> setOp(op, a, b);
          t.reflected[op.ordinal()] = (b, a) -> setOp(op, a, b);
        }
        PyMethodDescriptor.define(t, "isdisjoint",
            (Fn1) (v, o) -> PyBool.of(((PyDictView) v).isDisjoint(o)));
      }
      t.ready();
    }
  }

  private final PyDict dict;
  private final Kind kind;

  PyDictView(PyDict dict, Kind kind) {
    this.dict = dict;
    this.kind = kind;
  }

  @Override
  public PyType type() {
    return kind == Kind.KEYS ? KEYS : kind == Kind.VALUES ? VALUES : ITEMS;
  }

  private boolean contains(PyObject x) {
    switch (kind) {
      case KEYS:
        return dict.get(x) != null;
      case ITEMS:
        if (!(x instanceof PyTuple t) || t.size() != 2) {
          return false;
        }
        PyObject v = dict.get(t.get(0));
        return v != null && (v == t.get(1) || Abstract.eq(v, t.get(1)));
      default:
        PyObject it = Abstract.iter(this);
        for (PyObject y = Abstract.next(it); y != null; y = Abstract.next(it)) {
          if (y == x || Abstract.eq(y, x)) {
            return true;
          }
        }
        return false;
    }
  }

  private String repr() {
    if (!ReprGuard.enter(this)) {
      return "...";
    }
    try {
      return type().name() + "(" + Abstract.repr(PyList.fromIterable(this)).value() + ")";
    } finally {
      ReprGuard.leave(this);
    }
  }

  private static boolean isSetLike(PyObject o) {
    return o instanceof PySet || (o instanceof PyDictView v && v.kind != Kind.VALUES);
  }

  /** Returns the set a view operation starts from: {@code set(a)}. */
  private static PySet toSet(PyObject a) {
    if (a instanceof PyDictView v && v.kind == Kind.KEYS && v.dict.getClass() == PyDict.class) {
      return PySet.fromIterable(v.dict);
    }
    return PySet.fromIterable(a);
  }

  /** Returns {@code a OP b} where at least one operand is a keys or items view. */
  private static PyObject setOp(BinaryOp op, PyObject a, PyObject b) {
    switch (op) {
      case AND:
        return intersect(a, b);
      case OR: {
        PySet r = toSet(a);
        r.update(b);
        return r;
      }
      case SUB: {
        PySet r = toSet(a);
        SetMethods.differenceUpdate(r, b);
        return r;
      }
      default: {
        PySet r = toSet(a);
        SetMethods.symmetricDifferenceUpdate(r, b);
        return r;
      }
    }
  }

  private static PyObject intersect(PyObject a, PyObject b) {
    PyObject self = a;
    PyObject other = b;
    if (!(self instanceof PyDictView)) {
      self = b;
      other = a;
    }
    PyDictView view = (PyDictView) self;
    long lenSelf = view.dict.size;
    if (other.getClass() == PySet.class && lenSelf <= ((PySet) other).size()) {
      return SetMethods.intersection((PySet) other, view);
    }
    if (other instanceof PyDictView ov && ov.kind != Kind.VALUES && ov.dict.size > lenSelf) {
      PyDictView t = view;
      view = ov;
      other = t;
    }
    PySet result = new PySet();
    PyObject it = Abstract.iter(other);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      if (view.contains(k)) {
        result.add(k);
      }
    }
    return result;
  }

  private boolean isDisjoint(PyObject other) {
    if (other == this) {
      return dict.size == 0;
    }
    PyObject iterate = other;
    PyObject probe = this;
    if (isSetLike(other) && Abstract.len(other) > dict.size) {
      iterate = this;
      probe = other;
    }
    PyObject it = Abstract.iter(iterate);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      if (Abstract.contains(probe, k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allContainedIn(PyObject a, PyObject b) {
    PyObject it = Abstract.iter(a);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      if (!Abstract.contains(b, k)) {
        return false;
      }
    }
    return true;
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!isSetLike(b)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    long la = Abstract.len(a);
    long lb = Abstract.len(b);
    switch (op) {
      case EQ:
        return PyBool.of(la == lb && allContainedIn(a, b));
      case NE:
        return PyBool.of(!(la == lb && allContainedIn(a, b)));
      case LT:
        return PyBool.of(la < lb && allContainedIn(a, b));
      case LE:
        return PyBool.of(la <= lb && allContainedIn(a, b));
      case GT:
        return PyBool.of(la > lb && allContainedIn(b, a));
      default:
        return PyBool.of(la >= lb && allContainedIn(b, a));
    }
  }
}
