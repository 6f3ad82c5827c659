package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;
import dev.krait.core.runtime.PyMethodDescriptor.Fn2;
import dev.krait.core.runtime.PyMethodDescriptor.FnN;

/**
 * Exposes the Java slots of a builtin type as Python-visible special methods in its dict
 * ({@code int.__add__}, {@code (1).__repr__()}), so that builtin types only fill slots.
 */
final class SlotWrappers {

  private SlotWrappers() {}

  /** Adds a wrapper for every slot {@code t} sets itself (differing from its base's). */
  static void expose(PyType t, PyType base) {
    if (t.repr != base.repr) add(t, "__repr__", 0, (Fn0) s -> t.repr.apply(s));
    if (t.str != base.str) add(t, "__str__", 0, (Fn0) s -> t.str.apply(s));
    if (t.hash != base.hash) {
      if (t.hash == ObjectMethods.UNHASHABLE) {
        t.define("__hash__", PyNone.NONE);
      } else {
        add(t, "__hash__", 0, (Fn0) s -> PyInt.of(t.hash.hash(s)));
      }
    }
    if (t.richCompare != base.richCompare) {
      for (CompareOp op : CompareOp.values()) {
        add(t, op.dunder(), 1, (Fn1) (s, o) -> t.richCompare.compare(s, o, op));
      }
    }
    if (t.getAttr != base.getAttr) {
      add(t, "__getattribute__", 1, (Fn1) (s, n) -> {
        String name = Abstract.attrName(n);
        PyObject v = t.getAttr.get(s, name);
        if (v == null) {
          throw Abstract.noAttribute(s, name);
        }
        return v;
      });
    }
    if (t.setAttr != base.setAttr) {
      add(t, "__setattr__", 2, (Fn2) (s, n, v) -> {
        t.setAttr.set(s, Abstract.attrName(n), v);
        return PyNone.NONE;
      });
      add(t, "__delattr__", 1, (Fn1) (s, n) -> {
        t.setAttr.set(s, Abstract.attrName(n), null);
        return PyNone.NONE;
      });
    }
    if (t.call != base.call) add(t, "__call__", -1, (FnN) (s, a, k) -> t.call.call(s, a, k));
    if (t.iter != base.iter) add(t, "__iter__", 0, (Fn0) s -> t.iter.apply(s));
    if (t.next != base.next) {
      add(t, "__next__", 0, (Fn0) s -> {
        PyObject v = t.next.apply(s);
        if (v == null) {
          throw ReturningIterator.stopIteration(s);
        }
        return v;
      });
    }
    if (t.len != base.len) add(t, "__len__", 0, (Fn0) s -> PyInt.of(t.len.len(s)));
    if (t.bool != base.bool && t.len == base.len) {
      add(t, "__bool__", 0, (Fn0) s -> PyBool.of(t.bool.test(s)));
    }
    if (t.getItem != base.getItem) add(t, "__getitem__", 1, (Fn1) (s, k) -> t.getItem.apply(s, k));
    if (t.setItem != base.setItem) {
      add(t, "__setitem__", 2, (Fn2) (s, k, v) -> {
        t.setItem.set(s, k, v);
        return PyNone.NONE;
      });
      add(t, "__delitem__", 1, (Fn1) (s, k) -> {
        t.setItem.set(s, k, null);
        return PyNone.NONE;
      });
    }
    if (t.contains != base.contains) {
      add(t, "__contains__", 1, (Fn1) (s, k) -> PyBool.of(t.contains.contains(s, k)));
    }
    if (t.descrGet != base.descrGet) {
      add(t, "__get__", -1, (FnN) (s, a, k) -> {
        PyObject[] v = ArgParser.parse("__get__", a, k, new String[] {"instance", "owner"}, 1,
            false);
        PyObject inst = v[0] == PyNone.NONE ? null : v[0];
        return t.descrGet.apply(s, inst, v[1] == null ? PyNone.NONE : v[1]);
      });
    }
    if (t.descrSet != base.descrSet) {
      add(t, "__set__", 2, (Fn2) (s, i, v) -> {
        t.descrSet.set(s, i, v);
        return PyNone.NONE;
      });
      add(t, "__delete__", 1, (Fn1) (s, i) -> {
        t.descrSet.set(s, i, null);
        return PyNone.NONE;
      });
    }
    if (t.init != base.init) {
      add(t, "__init__", -1, (FnN) (s, a, k) -> {
        t.init.init(s, a, k);
        return PyNone.NONE;
      });
    }
    if (t.newSlot != base.newSlot) {
      t.define("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
        if (a.length == 0) {
          throw PyErrors.typeError(t.name() + ".__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType)) {
          throw PyErrors.typeError(t.name() + ".__new__(X): X is not a type object ("
              + a[0].type().name() + ")");
        }
        PyType sub = (PyType) a[0];
        if (!sub.isSubtypeOf(t)) {
          throw PyErrors.typeError(t.name() + ".__new__(" + sub.name() + "): " + sub.name()
              + " is not a subtype of " + t.name());
        }
        // CPython's tp_new_wrapper: the nearest builtin base of sub must share this __new__,
        // so that int.__new__(bool) cannot make a second False.
        PyType staticBase = sub.nearestBuiltin();
        if (staticBase.newSlot != t.newSlot) {
          throw PyErrors.typeError(t.name() + ".__new__(" + sub.name() + ") is not safe, use "
              + staticBase.name() + ".__new__()");
        }
        PyObject[] rest = new PyObject[a.length - 1];
        System.arraycopy(a, 1, rest, 0, rest.length);
        return t.newSlot.create(sub, rest, k);
      })));
    }
    unary(t, "__neg__", t.neg, base.neg);
    unary(t, "__pos__", t.pos, base.pos);
    unary(t, "__abs__", t.abs, base.abs);
    unary(t, "__invert__", t.invert, base.invert);
    unary(t, "__index__", t.index, base.index);
    unary(t, "__int__", t.toInt, base.toInt);
    unary(t, "__float__", t.toFloat, base.toFloat);
    for (BinaryOp op : BinaryOp.VALUES) {
      int i = op.ordinal();
      if (op == BinaryOp.POW && t.ternaryPow != base.ternaryPow) {
        add(t, "__pow__", -1, (FnN) (s, a, k) -> {
          PyObject[] v = ArgParser.parse("__pow__", a, k, new String[] {"value", "mod"}, 1,
              false);
          return t.ternaryPow.apply(s, v[0], v[1] == null ? PyNone.NONE : v[1]);
        });
      } else if (t.binary[i] != base.binary[i]) {
        Slots.Binary f = t.binary[i];
        add(t, op.dunder(), 1, (Fn1) f::apply);
      }
      if (t.reflected[i] != base.reflected[i]) {
        Slots.Binary f = t.reflected[i];
        add(t, op.reflected(), 1, (Fn1) f::apply);
      }
      if (t.inplace[i] != base.inplace[i]) {
        Slots.Binary f = t.inplace[i];
        add(t, op.inplace(), 1, (Fn1) f::apply);
      }
    }
  }

  private static void unary(PyType t, String name, Slots.Unary slot, Slots.Unary inherited) {
    if (slot != inherited && slot != null) {
      add(t, name, 0, (Fn0) slot::apply);
    }
  }

  private static void add(PyType t, String name, int arity, Object fn) {
    if (t.getOwn(name) == null) {
      t.define(name, PyMethodDescriptor.wrapper(t, name, arity, fn));
    }
  }
}
