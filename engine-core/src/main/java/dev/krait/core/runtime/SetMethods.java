package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;
import dev.krait.core.runtime.PyMethodDescriptor.FnN;

/**
 * The methods and operators of {@code set} and {@code frozenset}, following CPython 3.11's
 * algorithms (which operand is iterated decides the result's order).
 */
final class SetMethods {

  static final PyType ITERATOR = PyType.builtin("set_iterator", Iter.class, PyType.OBJECT);

  static {
    ITERATOR.baseType = false;
    ITERATOR.iter = it -> it;
    ITERATOR.next = it -> ((Iter) it).advance();
    PyMethodDescriptor.define(ITERATOR, "__length_hint__", (Fn0) it -> {
      Iter i = (Iter) it;
      return PyInt.of(i.set == null || i.set.used != i.expected ? 0 : i.remaining);
    });
    ITERATOR.ready();
  }

  private SetMethods() {}

  static void defineCommon(PyType t, boolean frozen) {
    t.len = s -> ((PySet) s).used;
    t.repr = s -> PyStr.of(repr((PySet) s));
    t.iter = s -> new Iter((PySet) s);
    t.contains = (s, k) -> containsKey((PySet) s, k);
    t.richCompare = SetMethods::compare;
    if (frozen) {
      t.newSlot = SetMethods::newFrozen;
    } else {
      t.newSlot = (type, args, kw) -> type == PySet.TYPE ? new PySet() : new PySet.Derived(type);
      t.init = SetMethods::init;
    }
    t.binary[BinaryOp.OR.ordinal()] = (a, b) -> bothSets(a, b) ? union((PySet) a, b) : ni();
    t.binary[BinaryOp.AND.ordinal()] =
        (a, b) -> bothSets(a, b) ? intersection((PySet) a, b) : ni();
    t.binary[BinaryOp.SUB.ordinal()] =
        (a, b) -> bothSets(a, b) ? difference((PySet) a, b) : ni();
    t.binary[BinaryOp.XOR.ordinal()] =
        (a, b) -> bothSets(a, b) ? symmetricDifference((PySet) a, b) : ni();
    // As in CPython, one function serves both operand orders: __ror__(self, x) is x | self.
    t.reflected[BinaryOp.OR.ordinal()] = (b, a) -> bothSets(a, b) ? union((PySet) a, b) : ni();
    t.reflected[BinaryOp.AND.ordinal()] =
        (b, a) -> bothSets(a, b) ? intersection((PySet) a, b) : ni();
    t.reflected[BinaryOp.SUB.ordinal()] =
        (b, a) -> bothSets(a, b) ? difference((PySet) a, b) : ni();
    t.reflected[BinaryOp.XOR.ordinal()] =
        (b, a) -> bothSets(a, b) ? symmetricDifference((PySet) a, b) : ni();
    t.defineLater(SetMethods::commonMethods);
  }

  // The methods of set and frozenset: defined on the first read of the type's dict.
  private static void commonMethods(PyType t) {
    PyMethodDescriptor.define(t, "copy", (Fn0) s -> copy((PySet) s));
    PyMethodDescriptor.define(t, "union", (FnN) (s, a, k) -> {
      ListMethods.noKeywords(t.name() + ".union", k);
      PySet r = copy((PySet) s);
      for (PyObject o : a) {
        if (o != s) {
          r.update(o);
        }
      }
      return r;
    });
    PyMethodDescriptor.define(t, "intersection", (FnN) (s, a, k) -> {
      ListMethods.noKeywords(t.name() + ".intersection", k);
      PySet r = (PySet) s;
      if (a.length == 0) {
        return copy(r);
      }
      for (PyObject o : a) {
        r = intersection(r, o);
      }
      return r;
    });
    PyMethodDescriptor.define(t, "difference", (FnN) (s, a, k) -> {
      ListMethods.noKeywords(t.name() + ".difference", k);
      if (a.length == 0) {
        return copy((PySet) s);
      }
      PySet r = difference((PySet) s, a[0]);
      for (int i = 1; i < a.length; i++) {
        differenceUpdate(r, a[i]);
      }
      return r;
    });
    PyMethodDescriptor.define(t, "symmetric_difference",
        (Fn1) (s, o) -> symmetricDifference((PySet) s, o));
    PyMethodDescriptor.define(t, "issubset", (Fn1) (s, o) -> PyBool.of(isSubset((PySet) s, o)));
    PyMethodDescriptor.define(t, "issuperset",
        (Fn1) (s, o) -> PyBool.of(isSuperset((PySet) s, o)));
    PyMethodDescriptor.define(t, "isdisjoint",
        (Fn1) (s, o) -> PyBool.of(isDisjoint((PySet) s, o)));
    PyMethodDescriptor.define(t, "__reduce__", (Fn0) s -> PyTuple.of(s.type(),
        PyTuple.of(PyList.of(((PySet) s).toArray())),
        s.dict() == null ? PyNone.NONE : s.dict()));
  }

  static void defineMutating(PyType t) {
    t.inplace[BinaryOp.OR.ordinal()] = (a, b) -> {
      if (!bothSets(a, b)) {
        return ni();
      }
      ((PySet) a).update(b);
      return a;
    };
    t.inplace[BinaryOp.AND.ordinal()] = (a, b) -> {
      if (!bothSets(a, b)) {
        return ni();
      }
      ((PySet) a).takeTable(intersection((PySet) a, b));
      return a;
    };
    t.inplace[BinaryOp.SUB.ordinal()] = (a, b) -> {
      if (!bothSets(a, b)) {
        return ni();
      }
      differenceUpdate((PySet) a, b);
      return a;
    };
    t.inplace[BinaryOp.XOR.ordinal()] = (a, b) -> {
      if (!bothSets(a, b)) {
        return ni();
      }
      symmetricDifferenceUpdate((PySet) a, b);
      return a;
    };
    t.defineLater(SetMethods::mutatingMethods);
  }

  // The methods of set alone: defined on the first read of the type's dict.
  private static void mutatingMethods(PyType t) {
    PyMethodDescriptor.define(t, "add", (Fn1) (s, k) -> {
      ((PySet) s).add(k);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "discard", (Fn1) (s, k) -> {
      discardKey((PySet) s, k);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "remove", (Fn1) (s, k) -> {
      if (!discardKey((PySet) s, k)) {
        throw PyErrors.keyError(k);
      }
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "pop", (Fn0) s -> {
      PyObject v = ((PySet) s).pop();
      if (v == null) {
        throw PyErrors.make(PyErrors.KEY_ERROR, "pop from an empty set");
      }
      return v;
    });
    PyMethodDescriptor.define(t, "clear", (Fn0) s -> {
      ((PySet) s).clear();
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "update", (FnN) (s, a, k) -> {
      ListMethods.noKeywords(t.name() + ".update", k);
      for (PyObject o : a) {
        ((PySet) s).update(o);
      }
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "intersection_update", (FnN) (s, a, k) -> {
      ListMethods.noKeywords(t.name() + ".intersection_update", k);
      PySet r = (PySet) s;
      for (PyObject o : a) {
        r = intersection(r, o);
      }
      if (r != s) {
        ((PySet) s).takeTable(r);
      }
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "difference_update", (FnN) (s, a, k) -> {
      ListMethods.noKeywords(t.name() + ".difference_update", k);
      for (PyObject o : a) {
        differenceUpdate((PySet) s, o);
      }
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "symmetric_difference_update", (Fn1) (s, o) -> {
      symmetricDifferenceUpdate((PySet) s, o);
      return PyNone.NONE;
    });
  }

  private static PyObject ni() {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  private static boolean bothSets(PyObject a, PyObject b) {
    return a instanceof PySet && b instanceof PySet;
  }

  private static PyObject newFrozen(PyType type, PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0 && type == PyFrozenSet.TYPE) {
      throw PyErrors.typeError("frozenset() takes no keyword arguments");
    }
    int npos = args.length - (kw == null ? 0 : kw.length);
    if (npos > 1) {
      throw PyErrors.typeError("frozenset expected at most 1 argument, got " + npos);
    }
    if (type == PyFrozenSet.TYPE && npos == 1 && args[0].getClass() == PyFrozenSet.class) {
      return args[0];
    }
    PyFrozenSet s = type == PyFrozenSet.TYPE ? new PyFrozenSet() : new PyFrozenSet.Derived(type);
    if (npos == 1) {
      s.update(args[0]);
    }
    return s;
  }

  private static void init(PyObject self, PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError("set() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError("set expected at most 1 argument, got " + args.length);
    }
    PySet s = (PySet) self;
    if (s.used > 0) {
      s.clear();
    }
    if (args.length == 1) {
      s.update(args[0]);
    }
  }

  /** Returns a set of the same base kind as {@code s} holding its members. */
  static PySet copy(PySet s) {
    if (s.getClass() == PyFrozenSet.class) {
      return s;
    }
    PySet r = s.emptyLike();
    r.update(s);
    return r;
  }

  /** Returns {@code key in s}; an unhashable set key is looked up as a frozenset. */
  static boolean containsKey(PySet s, PyObject key) {
    if (key instanceof PySet k && !(key instanceof PyFrozenSet)) {
      return s.contains(frozenCopy(k));
    }
    return s.contains(key);
  }

  private static boolean discardKey(PySet s, PyObject key) {
    if (key instanceof PySet k && !(key instanceof PyFrozenSet)) {
      return s.discard(frozenCopy(k));
    }
    return s.discard(key);
  }

  private static PyFrozenSet frozenCopy(PySet k) {
    PyFrozenSet f = new PyFrozenSet();
    f.update(k);
    return f;
  }

  private static PySet asSet(PyObject o) {
    return o instanceof PySet s ? s : PySet.fromIterable(o);
  }

  private static PySet union(PySet a, PyObject b) {
    PySet r = copyFresh(a);
    r.update(b);
    return r;
  }

  /** A fresh copy even of an exact frozenset (the caller changes it). */
  private static PySet copyFresh(PySet s) {
    PySet r = s.emptyLike();
    r.update(s);
    return r;
  }

  static PySet intersection(PySet so, PyObject other) {
    PySet result = so.emptyLike();
    if (other instanceof PySet o) {
      PySet a = so;
      if (o.used > a.used) {
        PySet t = a;
        a = o;
        o = t;
      }
      for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
        PyObject k = o.keys[i];
        long h = o.hashes[i];
        if (a.lookup(k, h) >= 0) {
          result.addEntry(k, h);
        }
      }
      return result;
    }
    PyObject it = Abstract.iter(other);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      long h = Abstract.hash(k);
      if (so.lookup(k, h) >= 0) {
        result.addEntry(k, h);
      }
    }
    return result;
  }

  static PySet difference(PySet so, PyObject other) {
    int otherSize;
    if (other instanceof PySet o) {
      otherSize = o.used;
    } else if (other.getClass() == PyDict.class) {
      otherSize = ((PyDict) other).size();
    } else {
      PySet r = copyFresh(so);
      differenceUpdate(r, other);
      return r;
    }
    if ((so.used >> 2) > otherSize) {
      PySet r = copyFresh(so);
      differenceUpdate(r, other);
      return r;
    }
    PySet result = so.emptyLike();
    for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
      PyObject k = so.keys[i];
      long h = so.hashes[i];
      boolean in = other instanceof PySet o ? o.lookup(k, h) >= 0
          : ((PyDict) other).get(k) != null;
      if (!in) {
        result.addEntry(k, h);
      }
    }
    return result;
  }

  static void differenceUpdate(PySet so, PyObject other) {
    if (so == other) {
      so.clear();
      return;
    }
    if (other instanceof PySet o) {
      for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
        so.discardEntry(o.keys[i], o.hashes[i]);
      }
    } else {
      PyObject it = Abstract.iter(other);
      for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
        so.discard(k);
      }
    }
    if (so.fill - so.used > so.mask / 4) {
      so.resize(so.used > 50000 ? so.used * 2L : so.used * 4L);
    }
  }

  static PySet symmetricDifference(PySet so, PyObject other) {
    PySet r = so.emptyLike();
    r.update(other);
    symmetricDifferenceUpdate(r, so);
    return r;
  }

  static void symmetricDifferenceUpdate(PySet so, PyObject other) {
    if (so == other) {
      so.clear();
      return;
    }
    if (other.getClass() == PyDict.class) {
      ((PyDict) other).forEachEntry((k, v, h) -> {
        if (!so.discardEntry(k, h)) {
          so.addEntry(k, h);
        }
      });
      return;
    }
    PySet o = other instanceof PySet s ? s : PySet.fromIterable(other);
    for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
      PyObject k = o.keys[i];
      long h = o.hashes[i];
      if (!so.discardEntry(k, h)) {
        so.addEntry(k, h);
      }
    }
  }

  static boolean isSubset(PySet so, PyObject other) {
    PySet o = asSet(other);
    if (so.used > o.used) {
      return false;
    }
    for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
      if (o.lookup(so.keys[i], so.hashes[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  static boolean isSuperset(PySet so, PyObject other) {
    if (other instanceof PySet o) {
      return isSubset(o, so);
    }
    PyObject it = Abstract.iter(other);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      if (!so.contains(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean isDisjoint(PySet so, PyObject other) {
    if (so == other) {
      return so.used == 0;
    }
    if (other instanceof PySet o) {
      PySet a = so;
      if (o.used > a.used) {
        PySet t = a;
        a = o;
        o = t;
      }
      for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
        if (a.lookup(o.keys[i], o.hashes[i]) >= 0) {
          return false;
        }
      }
      return true;
    }
    PyObject it = Abstract.iter(other);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      if (so.contains(k)) {
        return false;
      }
    }
    return true;
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!(b instanceof PySet)) {
      return ni();
    }
    PySet x = (PySet) a;
    PySet y = (PySet) b;
    switch (op) {
      case EQ:
        return PyBool.of(x.used == y.used && isSubset(x, y));
      case NE:
        return PyBool.of(!(x.used == y.used && isSubset(x, y)));
      case LE:
        return PyBool.of(isSubset(x, y));
      case GE:
        return PyBool.of(isSubset(y, x));
      case LT:
        return PyBool.of(x.used < y.used && isSubset(x, y));
      default:
        return PyBool.of(x.used > y.used && isSubset(y, x));
    }
  }

  private static String repr(PySet s) {
    PyType t = s.type();
    boolean plainSet = t == PySet.TYPE;
    if (s.used == 0) {
      return t.name() + "()";
    }
    if (!ReprGuard.enter(s)) {
      return t.name() + "(...)";
    }
    try {
      StringBuilder sb = new StringBuilder();
      if (!plainSet) {
        sb.append(t.name()).append('(');
      }
      sb.append('{');
      PyObject[] members = s.toArray();
      for (int i = 0; i < members.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Abstract.repr(members[i]).value());
      }
      sb.append('}');
      if (!plainSet) {
        sb.append(')');
      }
      return sb.toString();
    } finally {
      ReprGuard.leave(s);
    }
  }

  /** The iterator over a set or frozenset. */
  static final class Iter extends PyObject {
    private PySet set;
    private int expected;
    private int pos;
    private int remaining;

    Iter(PySet set) {
      this.set = set;
      this.expected = set.used;
      this.remaining = set.used;
    }

    @Override
    public PyType type() {
      return ITERATOR;
    }

    private PyObject advance() {
      PySet s = set;
      if (s == null) {
        return null;
      }
      if (s.used != expected) {
        expected = -1; // sticky, as CPython
        throw PyErrors.runtimeError("Set changed size during iteration");
      }
      int i = s.nextSlot(pos);
      if (i < 0) {
        set = null;
        return null;
      }
      pos = i + 1;
      remaining--;
      return s.keys[i];
    }
  }
}
