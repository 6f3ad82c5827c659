package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.FnN;

/** The named methods and operators of {@code dict}, with CPython 3.11's messages. */
final class DictMethods {

  private DictMethods() {}

  /** Sets the type's slots: before {@link PyType#ready()}, unlike the methods. */
  static void defineSlots(PyType t) {
    t.binary[BinaryOp.OR.ordinal()] = (a, b) -> or(a, b);
    t.reflected[BinaryOp.OR.ordinal()] = (b, a) -> or(a, b);
    t.inplace[BinaryOp.OR.ordinal()] = (a, b) -> {
      updateFrom((PyDict) a, b);
      return a;
    };
  }

  static void define(PyType t) {
    PyMethodDescriptor.define(t, "keys",
        (Fn0) d -> new PyDictView((PyDict) d, PyDictView.Kind.KEYS));
    PyMethodDescriptor.define(t, "values",
        (Fn0) d -> new PyDictView((PyDict) d, PyDictView.Kind.VALUES));
    PyMethodDescriptor.define(t, "items",
        (Fn0) d -> new PyDictView((PyDict) d, PyDictView.Kind.ITEMS));
    PyMethodDescriptor.define(t, "__reversed__",
        (Fn0) d -> new PyDictIterator((PyDict) d, PyDictView.Kind.KEYS, true));
    PyMethodDescriptor.define(t, "get", (FnN) (self, a, k) -> {
      ListMethods.noKeywords("dict.get", k);
      ListMethods.checkArgCount("get", a.length, 1, 2);
      PyObject v = ((PyDict) self).get(a[0]);
      return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "setdefault", (FnN) (self, a, k) -> {
      ListMethods.noKeywords("dict.setdefault", k);
      ListMethods.checkArgCount("setdefault", a.length, 1, 2);
      PyDict d = (PyDict) self;
      long h = Abstract.hash(a[0]);
      PyObject v = d.get(a[0], h);
      if (v != null) {
        return v;
      }
      PyObject dflt = a.length > 1 ? a[1] : PyNone.NONE;
      d.put(a[0], h, dflt);
      return dflt;
    });
    PyMethodDescriptor.define(t, "pop", (FnN) (self, a, k) -> {
      ListMethods.noKeywords("dict.pop", k);
      ListMethods.checkArgCount("pop", a.length, 1, 2);
      PyObject v = ((PyDict) self).pop(a[0], Abstract.hash(a[0]));
      if (v != null) {
        return v;
      }
      if (a.length > 1) {
        return a[1];
      }
      throw PyErrors.keyError(a[0]);
    });
    PyMethodDescriptor.define(t, "popitem", (Fn0) self -> {
      PyObject[] kv = ((PyDict) self).popLast();
      if (kv == null) {
        throw PyErrors.make(PyErrors.KEY_ERROR, "popitem(): dictionary is empty");
      }
      return PyTuple.of(kv);
    });
    PyMethodDescriptor.define(t, "clear", (Fn0) self -> {
      ((PyDict) self).clear();
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "copy", (Fn0) self -> ((PyDict) self).copy());
    PyMethodDescriptor.define(t, "update", (FnN) (self, a, k) -> {
      update((PyDict) self, a, k, "update");
      return PyNone.NONE;
    });
    t.define("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
      int npos = a.length - (k == null ? 0 : k.length);
      if (k != null && k.length > 0) {
        throw PyErrors.typeError("dict.fromkeys() takes no keyword arguments");
      }
      ListMethods.checkArgCount("fromkeys", npos - 1, 1, 2);
      return fromKeys(a[0], a[1], npos > 2 ? a[2] : PyNone.NONE);
    })));
  }

  static void init(PyObject self, PyObject[] args, String[] kw) {
    update((PyDict) self, args, kw, "dict");
  }

  /** {@code dict.update(*args, **kwargs)} and {@code dict.__init__}. */
  private static void update(PyDict d, PyObject[] args, String[] kw, String name) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = args.length - nkw;
    if (npos > 1) {
      throw PyErrors.typeError(name + " expected at most 1 argument, got " + npos);
    }
    if (npos == 1) {
      updateFrom(d, args[0]);
    }
    for (int i = 0; i < nkw; i++) {
      d.put(PyStr.of(kw[i]), args[npos + i]);
    }
  }

  /** Merges a mapping (anything with {@code keys()}) or an iterable of pairs into {@code d}. */
  static void updateFrom(PyDict d, PyObject other) {
    // A dict subclass that overrides __iter__ is read through keys(), as CPython's dict_merge.
    if (other instanceof PyDict o && o.type().iter == PyDict.TYPE.iter) {
      if (o == d) {
        return;
      }
      PyObject[] ks = o.keys.clone();
      PyObject[] vs = o.values.clone();
      long[] hs = o.hashes.clone();
      int used = o.used;
      for (int e = 0; e < used; e++) {
        if (ks[e] != null) {
          d.put(ks[e], hs[e], vs[e]);
        }
      }
      return;
    }
    if (Abstract.lookupAttr(other, "keys") != null) {
      PyObject keys = Abstract.callMethod(other, "keys");
      PyObject it = Abstract.iter(keys);
      for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
        d.put(k, Abstract.getItem(other, k));
      }
      return;
    }
    PyObject it = Abstract.iter(other);
    int n = 0;
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), n++) {
      PyObject[] pair;
      if (item instanceof PyTuple t) {
        pair = t.items();
      } else if (item instanceof PyList l) {
        pair = l.toArray();
      } else {
        PyType ty = item.type();
        if (ty.iter == null && ty.getItem == null) {
          throw PyErrors.typeError(
              "cannot convert dictionary update sequence element #" + n + " to a sequence");
        }
        pair = PyList.fromIterable(item).toArray();
      }
      if (pair.length != 2) {
        throw PyErrors.valueError("dictionary update sequence element #" + n + " has length "
            + pair.length + "; 2 is required");
      }
      d.put(pair[0], pair[1]);
    }
  }

  private static PyObject or(PyObject a, PyObject b) {
    if (!(a instanceof PyDict) || !(b instanceof PyDict)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyDict r = ((PyDict) a).copy();
    updateFrom(r, b);
    return r;
  }

  private static PyObject fromKeys(PyObject cls, PyObject iterable, PyObject value) {
    PyObject d = cls == PyDict.TYPE ? new PyDict() : Abstract.call(cls);
    PyObject it = Abstract.iter(iterable);
    boolean exact = d.getClass() == PyDict.class;
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      if (exact) {
        ((PyDict) d).put(k, value);
      } else {
        Abstract.setItem(d, k, value);
      }
    }
    return d;
  }
}
