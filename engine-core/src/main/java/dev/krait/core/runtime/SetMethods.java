package dev.krait.core.runtime;

/** The slots and methods of {@code set} and {@code frozenset}, with CPython 3.11's texts. */
final class SetMethods {

  private SetMethods() {}

  static void define(PyType t, boolean frozen) {
    t.hash = frozen ? s -> ((PySet) s).hash() : ObjectMethods.UNHASHABLE;
    t.len = s -> ((PySet) s).size();
    t.bool = s -> ((PySet) s).size() != 0;
    t.contains = (s, k) -> ((PySet) s).contains(k);
    t.iter = s -> new PySeqIter(PyTuple.of(((PySet) s).items()));
    t.repr = s -> PyStr.of(repr((PySet) s));
    t.richCompare = SetMethods::compare;
    t.newSlot = (type, args, kw) -> {
      if (kw != null && kw.length > 0) {
        throw PyErrors.typeError(type.name() + "() takes no keyword arguments");
      }
      if (args.length > 1) {
        throw PyErrors.typeError(
            type.name() + " expected at most 1 argument, got " + args.length);
      }
      PySet s = new PySet(frozen);
      if (args.length == 1) {
        s.update(args[0]);
      }
      return s;
    };
    if (!frozen) {
      t.init = (self, args, kw) -> { };
    }
    t.binary[BinaryOp.OR.ordinal()] = (a, b) -> op(a, b, '|');
    t.binary[BinaryOp.AND.ordinal()] = (a, b) -> op(a, b, '&');
    t.binary[BinaryOp.SUB.ordinal()] = (a, b) -> op(a, b, '-');
    t.binary[BinaryOp.XOR.ordinal()] = (a, b) -> op(a, b, '^');
    PyMethodDescriptor.define(t, "union", (PyMethodDescriptor.FnN) (s, a, k) -> many(s, a, '|'));
    PyMethodDescriptor.define(t, "intersection",
        (PyMethodDescriptor.FnN) (s, a, k) -> many(s, a, '&'));
    PyMethodDescriptor.define(t, "difference",
        (PyMethodDescriptor.FnN) (s, a, k) -> many(s, a, '-'));
    PyMethodDescriptor.define(t, "symmetric_difference",
        (PyMethodDescriptor.Fn1) (s, o) -> combine((PySet) s, toSet(o), '^'));
    PyMethodDescriptor.define(t, "issubset",
        (PyMethodDescriptor.Fn1) (s, o) -> PyBool.of(subset((PySet) s, toSet(o))));
    PyMethodDescriptor.define(t, "issuperset",
        (PyMethodDescriptor.Fn1) (s, o) -> PyBool.of(subset(toSet(o), (PySet) s)));
    PyMethodDescriptor.define(t, "isdisjoint", (PyMethodDescriptor.Fn1) (s, o) -> {
      for (PyObject k : toSet(o).items()) {
        if (((PySet) s).contains(k)) {
          return PyBool.FALSE;
        }
      }
      return PyBool.TRUE;
    });
    PyMethodDescriptor.define(t, "copy", (PyMethodDescriptor.Fn0) s -> copy((PySet) s, frozen));
    if (!frozen) {
      PyMethodDescriptor.define(t, "add", (PyMethodDescriptor.Fn1) (s, k) -> {
        ((PySet) s).add(k);
        return PyNone.NONE;
      });
      PyMethodDescriptor.define(t, "discard", (PyMethodDescriptor.Fn1) (s, k) -> {
        ((PySet) s).discard(k);
        return PyNone.NONE;
      });
      PyMethodDescriptor.define(t, "remove", (PyMethodDescriptor.Fn1) (s, k) -> {
        if (!((PySet) s).discard(k)) {
          throw PyErrors.keyError(k);
        }
        return PyNone.NONE;
      });
      PyMethodDescriptor.define(t, "pop", (PyMethodDescriptor.Fn0) s -> {
        PyObject k = ((PySet) s).pop();
        if (k == null) {
          throw PyErrors.keyError(PyStr.of("pop from an empty set"));
        }
        return k;
      });
      PyMethodDescriptor.define(t, "clear", (PyMethodDescriptor.Fn0) s -> {
        ((PySet) s).clear();
        return PyNone.NONE;
      });
      PyMethodDescriptor.define(t, "update", (PyMethodDescriptor.FnN) (s, a, k) -> {
        for (PyObject o : a) {
          ((PySet) s).update(o);
        }
        return PyNone.NONE;
      });
    }
    t.ready();
  }

  private static PySet toSet(PyObject o) {
    if (o instanceof PySet s) {
      return s;
    }
    PySet s = new PySet(true);
    s.update(o);
    return s;
  }

  private static PySet copy(PySet s, boolean frozen) {
    PySet out = new PySet(frozen);
    out.update(s);
    return out;
  }

  private static PyObject op(PyObject a, PyObject b, char how) {
    if (!(b instanceof PySet)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return combine((PySet) a, (PySet) b, how);
  }

  private static PyObject many(PyObject self, PyObject[] others, char how) {
    PySet acc = copy((PySet) self, ((PySet) self).isFrozen());
    for (PyObject o : others) {
      acc = (PySet) combine(acc, toSet(o), how);
    }
    return acc;
  }

  private static PyObject combine(PySet a, PySet b, char how) {
    PySet out = new PySet(a.isFrozen());
    switch (how) {
      case '|':
        out.update(a);
        out.update(b);
        break;
      case '&': {
        PySet small = a.size() <= b.size() ? a : b;
        PySet big = small == a ? b : a;
        for (PyObject k : small.items()) {
          if (big.contains(k)) {
            out.add(k);
          }
        }
        break;
      }
      case '-':
        for (PyObject k : a.items()) {
          if (!b.contains(k)) {
            out.add(k);
          }
        }
        break;
      default:
        out.update(a);
        for (PyObject k : b.items()) {
          if (!out.discard(k)) {
            out.add(k);
          }
        }
        break;
    }
    return out;
  }

  private static boolean subset(PySet a, PySet b) {
    if (a.size() > b.size()) {
      return false;
    }
    for (PyObject k : a.items()) {
      if (!b.contains(k)) {
        return false;
      }
    }
    return true;
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!(b instanceof PySet)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySet x = (PySet) a;
    PySet y = (PySet) b;
    switch (op) {
      case EQ: return PyBool.of(x.size() == y.size() && subset(x, y));
      case NE: return PyBool.of(!(x.size() == y.size() && subset(x, y)));
      case LE: return PyBool.of(subset(x, y));
      case GE: return PyBool.of(subset(y, x));
      case LT: return PyBool.of(x.size() < y.size() && subset(x, y));
      default: return PyBool.of(x.size() > y.size() && subset(y, x));
    }
  }

  private static String repr(PySet s) {
    String name = s.type().name();
    if (s.size() == 0) {
      return name + "()";
    }
    StringBuilder sb = new StringBuilder("{");
    PyObject[] items = s.items();
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Abstract.repr(items[i]).value());
    }
    sb.append('}');
    return s.isFrozen() ? name + "(" + sb + ")" : sb.toString();
  }
}
