package dev.krait.core.runtime;

/**
 * Computes the slots of classes defined in Python: a special method found on the MRO in a
 * Python class gets a generic slot that looks the method up on the type (never the instance) and
 * calls it; one found in a builtin type inherits that type's Java slot.
 */
final class PythonSlots {

  /** The {@code init} slot of a class whose {@code __init__} is defined in Python. */
  static final Slots.Init PYTHON_INIT = PythonSlots::init;


  private PythonSlots() {}

  private static final String[] NAMES = {
    "__repr__", "__str__", "__hash__", "__eq__", "__getattribute__", "__setattr__", "__call__",
    "__iter__", "__next__", "__bool__", "__len__", "__getitem__", "__setitem__", "__contains__",
    "__get__", "__set__", "__init__", "__new__", "__neg__", "__pos__", "__abs__", "__invert__",
    "__index__", "__int__", "__float__", "__pow__"
  };

  /** Copies into a builtin type every slot it left empty from its base (CPython's inherit). */
  static void copyMissing(PyType t, PyType base) {
    if (t.repr == null) t.repr = base.repr;
    if (t.str == null) t.str = base.str;
    if (t.hash == null) t.hash = base.hash;
    if (t.richCompare == null) t.richCompare = base.richCompare;
    if (t.getAttr == null) t.getAttr = base.getAttr;
    if (t.setAttr == null) t.setAttr = base.setAttr;
    if (t.call == null) t.call = base.call;
    if (t.iter == null) t.iter = base.iter;
    if (t.next == null) t.next = base.next;
    if (t.bool == null) t.bool = base.bool;
    if (t.len == null) t.len = base.len;
    if (t.getItem == null) t.getItem = base.getItem;
    if (t.setItem == null) t.setItem = base.setItem;
    if (t.contains == null) t.contains = base.contains;
    if (t.descrGet == null) t.descrGet = base.descrGet;
    if (t.descrSet == null) t.descrSet = base.descrSet;
    if (t.init == null) t.init = base.init;
    if (t.newSlot == null) t.newSlot = base.newSlot;
    if (t.neg == null) t.neg = base.neg;
    if (t.pos == null) t.pos = base.pos;
    if (t.abs == null) t.abs = base.abs;
    if (t.invert == null) t.invert = base.invert;
    if (t.index == null) t.index = base.index;
    if (t.toInt == null) t.toInt = base.toInt;
    if (t.toFloat == null) t.toFloat = base.toFloat;
    if (t.ternaryPow == null) t.ternaryPow = base.ternaryPow;
    for (int i = 0; i < t.binary.length; i++) {
      if (t.binary[i] == null) t.binary[i] = base.binary[i];
      if (t.reflected[i] == null) t.reflected[i] = base.reflected[i];
      if (t.inplace[i] == null) t.inplace[i] = base.inplace[i];
    }
  }

  /** Computes every slot of a new class from its MRO. */
  static void inheritAll(PyType t) {
    for (String name : NAMES) {
      update(t, name);
    }
    for (BinaryOp op : BinaryOp.VALUES) {
      update(t, op.dunder());
      update(t, op.reflected());
      if (op.inplace() != null) {
        update(t, op.inplace());
      }
    }
  }

  /** Returns whether the nearest definition of any of {@code names} is in a Python class. */
  private static boolean python(PyType t, String... names) {
    for (String n : names) {
      PyType d = t.definer(n);
      if (d != null && !d.isBuiltin()) {
        return true;
      }
    }
    return false;
  }

  /** Recomputes the slot(s) fed by special method {@code name} for class {@code t}. */
  static void update(PyType t, String name) {
    PyType b = t.nearestBuiltin();
    switch (name) {
      case "__repr__":
        t.repr = python(t, name) ? PythonSlots::repr : b.repr;
        return;
      case "__str__":
        t.str = python(t, name) ? PythonSlots::str : b.str;
        return;
      case "__hash__":
        t.hash = python(t, name) ? PythonSlots::hash : b.hash;
        return;
      case "__eq__": case "__ne__": case "__lt__": case "__le__": case "__gt__": case "__ge__":
        t.richCompare =
            python(t, "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__")
                ? PythonSlots::richCompare
                : b.richCompare;
        return;
      case "__getattribute__": case "__getattr__":
        boolean hook = t.lookup("__getattr__") != null;
        t.getAttr = python(t, "__getattribute__") || hook ? PythonSlots::getAttr : b.getAttr;
        return;
      case "__setattr__": case "__delattr__":
        t.setAttr = python(t, "__setattr__", "__delattr__") ? PythonSlots::setAttr : b.setAttr;
        return;
      case "__call__":
        t.call = python(t, name) ? PythonSlots::call : b.call;
        return;
      case "__iter__":
        t.iter = python(t, name) ? self -> call0(self, "__iter__") : b.iter;
        return;
      case "__next__":
        t.next = python(t, name) ? PythonSlots::next : b.next;
        return;
      case "__bool__": case "__len__":
        t.bool = python(t, "__bool__", "__len__") ? PythonSlots::bool : b.bool;
        t.len = python(t, "__len__") ? PythonSlots::len : b.len;
        return;
      case "__getitem__":
        t.getItem = python(t, name) ? (s, k) -> call1(s, "__getitem__", k) : b.getItem;
        return;
      case "__setitem__": case "__delitem__":
        t.setItem = python(t, "__setitem__", "__delitem__") ? PythonSlots::setItem : b.setItem;
        return;
      case "__contains__":
        t.contains = python(t, name) ? PythonSlots::contains : b.contains;
        return;
      case "__get__":
        t.descrGet = python(t, name) ? PythonSlots::descrGet : b.descrGet;
        return;
      case "__set__": case "__delete__":
        t.descrSet = python(t, "__set__", "__delete__") ? PythonSlots::descrSet : b.descrSet;
        return;
      case "__init__":
        t.init = python(t, name) ? PYTHON_INIT : b.init;
        return;
      case "__new__":
        t.newSlot = python(t, name) ? PythonSlots::create : b.newSlot;
        return;
      case "__neg__":
        t.neg = python(t, name) ? s -> call0(s, "__neg__") : b.neg;
        return;
      case "__pos__":
        t.pos = python(t, name) ? s -> call0(s, "__pos__") : b.pos;
        return;
      case "__abs__":
        t.abs = python(t, name) ? s -> call0(s, "__abs__") : b.abs;
        return;
      case "__invert__":
        t.invert = python(t, name) ? s -> call0(s, "__invert__") : b.invert;
        return;
      case "__index__":
        t.index = python(t, name) ? s -> call0(s, "__index__") : b.index;
        return;
      case "__int__":
        t.toInt = python(t, name) ? s -> call0(s, "__int__") : b.toInt;
        return;
      case "__float__":
        t.toFloat = python(t, name) ? s -> call0(s, "__float__") : b.toFloat;
        return;
      default:
        updateNumber(t, b, name);
    }
  }

  private static void updateNumber(PyType t, PyType b, String name) {
    for (BinaryOp op : BinaryOp.VALUES) {
      int i = op.ordinal();
      if (name.equals(op.dunder())) {
        String n = op.dunder();
        t.binary[i] = python(t, n) ? (s, o) -> callOrNotImplemented(s, n, o) : b.binary[i];
        if (op == BinaryOp.POW) {
          t.ternaryPow = python(t, n) ? PythonSlots::pow : b.ternaryPow;
        }
        return;
      }
      if (name.equals(op.reflected())) {
        String n = op.reflected();
        t.reflected[i] = python(t, n) ? (s, o) -> callOrNotImplemented(s, n, o) : b.reflected[i];
        return;
      }
      if (name.equals(op.inplace())) {
        String n = op.inplace();
        t.inplace[i] = python(t, n) ? (s, o) -> callOrNotImplemented(s, n, o) : b.inplace[i];
        return;
      }
    }
  }

  // The generic slots. Each looks the special method up on the type at call time, so that a
  // later assignment to a base class's attribute is seen without recomputing this class.

  private static PyObject call0(PyObject self, String name) {
    return Abstract.callSpecial(self, self.type().lookup(name), name);
  }

  private static PyObject call1(PyObject self, String name, PyObject arg) {
    return Abstract.callSpecial(self, self.type().lookup(name), name, arg);
  }

  private static PyObject callOrNotImplemented(PyObject self, String name, PyObject other) {
    PyObject f = self.type().lookup(name);
    if (f == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return Abstract.callSpecial(self, f, name, other);
  }

  private static PyObject pow(PyObject self, PyObject other, PyObject mod) {
    PyObject f = self.type().lookup("__pow__");
    if (f == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return mod == PyNone.NONE
        ? Abstract.callSpecial(self, f, "__pow__", other)
        : Abstract.callSpecial(self, f, "__pow__", other, mod);
  }

  private static PyObject repr(PyObject self) {
    PyObject r = call0(self, "__repr__");
    if (!(r instanceof PyStr)) {
      throw PyErrors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
    }
    return r;
  }

  private static PyObject str(PyObject self) {
    PyObject r = call0(self, "__str__");
    if (!(r instanceof PyStr)) {
      throw PyErrors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
    }
    return r;
  }

  private static long hash(PyObject self) {
    PyObject f = self.type().lookup("__hash__");
    if (f == PyNone.NONE || f == null) {
      throw PyErrors.typeError("unhashable type: '" + self.type().name() + "'");
    }
    PyObject r = Abstract.callSpecial(self, f, "__hash__");
    if (!(r instanceof PyInt)) {
      throw PyErrors.typeError("__hash__ method should return an integer");
    }
    // As CPython: a big result is reduced by the int hash, and -1 is reserved.
    PyInt i = (PyInt) r;
    long h = i.isBig() ? NumericHash.ofBig(i.bigValue()) : i.longValue();
    return h == -1 ? -2 : h;
  }

  private static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
    return callOrNotImplemented(self, op.dunder(), other);
  }

  private static PyObject getAttr(PyObject self, String name) {
    PyType t = self.type();
    PyObject getattribute = t.lookup("__getattribute__");
    PyObject getattr = t.lookup("__getattr__");
    PyObject value;
    if (!python(t, "__getattribute__")) {
      value = Abstract.genericGetAttr(self, name);
    } else {
      try {
        value = Abstract.callSpecial(self, getattribute, "__getattribute__", PyStr.of(name));
      } catch (PyException e) {
        if (getattr == null || !e.matches(PyErrors.ATTRIBUTE_ERROR)) {
          throw e;
        }
        value = null;
      }
    }
    if (value == null && getattr != null) {
      value = Abstract.callSpecial(self, getattr, "__getattr__", PyStr.of(name));
    }
    return value;
  }

  private static void setAttr(PyObject self, String name, PyObject value) {
    if (value == null) {
      Abstract.callSpecial(self, self.type().lookup("__delattr__"), "__delattr__", PyStr.of(name));
    } else {
      Abstract.callSpecial(
          self, self.type().lookup("__setattr__"), "__setattr__", PyStr.of(name), value);
    }
  }

  private static PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
    PyObject f = self.type().lookup("__call__");
    return Abstract.callSpecialN(self, f, "__call__", args, kwnames);
  }

  private static PyObject next(PyObject self) {
    try {
      return call0(self, "__next__");
    } catch (PyException e) {
      if (e.matches(PyErrors.STOP_ITERATION)) {
        return null;
      }
      throw e;
    }
  }

  private static boolean bool(PyObject self) {
    PyType t = self.type();
    PyObject f = t.lookup("__bool__");
    if (f != null) {
      PyObject r = Abstract.callSpecial(self, f, "__bool__");
      if (!(r instanceof PyBool)) {
        throw PyErrors.typeError("__bool__ should return bool, returned " + r.type().name());
      }
      return r == PyBool.TRUE;
    }
    if (t.lookup("__len__") != null) {
      return len(self) != 0;
    }
    return true;
  }

  private static long len(PyObject self) {
    PyObject r = call0(self, "__len__");
    PyObject i = Abstract.indexOrNull(r);
    if (i == null) {
      throw PyErrors.typeError(
          "'" + r.type().name() + "' object cannot be interpreted as an integer");
    }
    PyInt n = (PyInt) i;
    if (n.signum() < 0) {
      throw PyErrors.valueError("__len__() should return >= 0");
    }
    if (n.isBig()) {
      throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
    }
    return n.longValue();
  }

  private static void setItem(PyObject self, PyObject key, PyObject value) {
    if (value == null) {
      call1(self, "__delitem__", key);
    } else {
      Abstract.callSpecial(self, self.type().lookup("__setitem__"), "__setitem__", key, value);
    }
  }

  private static boolean contains(PyObject self, PyObject item) {
    return Abstract.isTrue(call1(self, "__contains__", item));
  }

  private static PyObject descrGet(PyObject self, PyObject instance, PyObject owner) {
    return Abstract.callSpecial(
        self,
        self.type().lookup("__get__"),
        "__get__",
        instance == null ? PyNone.NONE : instance,
        owner == null ? PyNone.NONE : owner);
  }

  private static void descrSet(PyObject self, PyObject instance, PyObject value) {
    if (value == null) {
      call1(self, "__delete__", instance);
    } else {
      Abstract.callSpecial(self, self.type().lookup("__set__"), "__set__", instance, value);
    }
  }

  private static void init(PyObject self, PyObject[] args, String[] kwnames) {
    PyObject r = Abstract.callSpecialN(self, self.type().lookup("__init__"), "__init__",
        args, kwnames);
    if (r != PyNone.NONE) {
      throw PyErrors.typeError(
          "__init__() should return None, not '" + r.type().name() + "'");
    }
  }

  private static PyObject create(PyType type, PyObject[] args, String[] kwnames) {
    // __new__ is a static method: the class is passed explicitly.
    PyObject f = type.lookup("__new__");
    if (f instanceof PyStaticMethod) {
      f = ((PyStaticMethod) f).callable();
    }
    PyObject[] all = new PyObject[args.length + 1];
    all[0] = type;
    System.arraycopy(args, 0, all, 1, args.length);
    return Abstract.call(f, all, kwnames);
  }
}
