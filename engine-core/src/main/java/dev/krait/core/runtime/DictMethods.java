package dev.krait.core.runtime;

/** The Python-visible behaviour of {@code dict} beyond its core protocol: repr, iteration, views
 * and methods, with CPython 3.11's texts. */
final class DictMethods {

  private DictMethods() {}

  static void define(PyType t) {
    t.repr = d -> PyStr.of(repr((PyDict) d));
    t.iter = d -> new PySeqIter(PyTuple.of(((PyDict) d).keys()));
    t.newSlot = (type, args, kw) -> new PyDict();
    t.init = DictMethods::init;
    t.bool = d -> ((PyDict) d).size() != 0;
    PyMethodDescriptor.define(t, "get", (PyMethodDescriptor.FnN) DictMethods::get);
    PyMethodDescriptor.define(t, "keys", (PyMethodDescriptor.Fn0) d -> new View((PyDict) d, 0));
    PyMethodDescriptor.define(t, "values", (PyMethodDescriptor.Fn0) d -> new View((PyDict) d, 1));
    PyMethodDescriptor.define(t, "items", (PyMethodDescriptor.Fn0) d -> new View((PyDict) d, 2));
    PyMethodDescriptor.define(t, "pop", (PyMethodDescriptor.FnN) DictMethods::pop);
    PyMethodDescriptor.define(t, "setdefault", (PyMethodDescriptor.FnN) DictMethods::setdefault);
    PyMethodDescriptor.define(t, "update", (PyMethodDescriptor.FnN) (self, args, kw) -> {
      init(self, args, kw);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "popitem", (PyMethodDescriptor.Fn0) d -> {
      PyDict dict = (PyDict) d;
      PyObject[] keys = dict.keys();
      if (keys.length == 0) {
        throw PyErrors.keyError(PyStr.of("popitem(): dictionary is empty"));
      }
      PyObject k = keys[keys.length - 1];
      PyObject v = dict.get(k);
      dict.remove(k);
      return PyTuple.of(k, v);
    });
    PyMethodDescriptor.define(t, "copy", (PyMethodDescriptor.Fn0) d -> {
      PyDict out = new PyDict();
      copyInto(out, (PyDict) d);
      return out;
    });
    PyMethodDescriptor.define(t, "clear", (PyMethodDescriptor.Fn0) d -> {
      PyDict dict = (PyDict) d;
      for (PyObject k : dict.keys()) {
        dict.remove(k);
      }
      return PyNone.NONE;
    });
  }

  private static void copyInto(PyDict out, PyDict from) {
    for (PyObject k : from.keys()) {
      out.put(k, from.get(k));
    }
  }

  private static void init(PyObject self, PyObject[] args, String[] kwnames) {
    PyDict d = (PyDict) self;
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (npos > 1) {
      throw PyErrors.typeError("dict expected at most 1 argument, got " + npos);
    }
    if (npos == 1) {
      PyObject src = args[0];
      if (src instanceof PyDict m) {
        copyInto(d, m);
      } else {
        PyObject it = Abstract.iter(src);
        int i = 0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), i++) {
          PyTuple pair;
          try {
            pair = PyTuple.fromIterable(item);
          } catch (PyException e) {
            throw PyErrors.typeError(
                "cannot convert dictionary update sequence element #" + i + " to a sequence");
          }
          if (pair.size() != 2) {
            throw PyErrors.valueError(
                "dictionary update sequence element #" + i + " has length " + pair.size()
                    + "; 2 is required");
          }
          d.put(pair.get(0), pair.get(1));
        }
      }
    }
    for (int k = 0; k < nkw; k++) {
      d.putStr(kwnames[k], args[npos + k]);
    }
  }

  private static PyObject get(PyObject self, PyObject[] args, String[] kw) {
    if (args.length < 1 || args.length > 2) {
      throw PyErrors.typeError("get expected at least 1 argument, got " + args.length);
    }
    PyObject v = ((PyDict) self).get(args[0]);
    return v != null ? v : args.length == 2 ? args[1] : PyNone.NONE;
  }

  private static PyObject pop(PyObject self, PyObject[] args, String[] kw) {
    if (args.length < 1 || args.length > 2) {
      throw PyErrors.typeError("pop expected at least 1 argument, got " + args.length);
    }
    PyDict d = (PyDict) self;
    PyObject v = d.get(args[0]);
    if (v == null) {
      if (args.length == 2) {
        return args[1];
      }
      throw PyErrors.keyError(args[0]);
    }
    d.remove(args[0]);
    return v;
  }

  private static PyObject setdefault(PyObject self, PyObject[] args, String[] kw) {
    PyDict d = (PyDict) self;
    PyObject v = d.get(args[0]);
    if (v == null) {
      v = args.length > 1 ? args[1] : PyNone.NONE;
      d.put(args[0], v);
    }
    return v;
  }

  static String repr(PyDict d) {
    StringBuilder sb = new StringBuilder("{");
    PyObject[] keys = d.keys();
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Abstract.repr(keys[i]).value()).append(": ")
          .append(Abstract.repr(d.get(keys[i])).value());
    }
    return sb.append('}').toString();
  }

  /** A view of a dict's keys, values or items ({@code dict_keys} ...). */
  static final class View extends PyObject {
    static final PyType KEYS = PyType.builtin("dict_keys", View.class, PyType.OBJECT);
    static final PyType VALUES = PyType.builtin("dict_values", View.class, PyType.OBJECT);
    static final PyType ITEMS = PyType.builtin("dict_items", View.class, PyType.OBJECT);

    static {
      for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
        t.baseType = false;
        t.len = v -> ((View) v).dict.size();
        t.iter = v -> new PySeqIter(PyTuple.of(((View) v).items()));
        t.repr = v -> PyStr.of(((View) v).repr());
        t.contains = (v, x) -> ((View) v).contains(x);
        t.ready();
      }
    }

    final PyDict dict;
    final int kind;

    View(PyDict dict, int kind) {
      this.dict = dict;
      this.kind = kind;
    }

    @Override
    public PyType type() {
      return kind == 0 ? KEYS : kind == 1 ? VALUES : ITEMS;
    }

    PyObject[] items() {
      PyObject[] keys = dict.keys();
      if (kind == 0) {
        return keys;
      }
      PyObject[] out = new PyObject[keys.length];
      for (int i = 0; i < keys.length; i++) {
        PyObject v = dict.get(keys[i]);
        out[i] = kind == 1 ? v : PyTuple.of(keys[i], v);
      }
      return out;
    }

    boolean contains(PyObject x) {
      for (PyObject item : items()) {
        if (item == x || Abstract.eq(item, x)) {
          return true;
        }
      }
      return false;
    }

    String repr() {
      StringBuilder sb = new StringBuilder(type().name()).append("([");
      PyObject[] items = items();
      for (int i = 0; i < items.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Abstract.repr(items[i]).value());
      }
      return sb.append("])").toString();
    }
  }
}
