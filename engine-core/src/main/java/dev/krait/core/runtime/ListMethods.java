package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;
import dev.krait.core.runtime.PyMethodDescriptor.Fn2;
import dev.krait.core.runtime.PyMethodDescriptor.FnN;

/** The named methods of {@code list}, with CPython 3.11's argument handling and messages. */
final class ListMethods {

  private static final PyObject[] SORTING = new PyObject[0];

  private ListMethods() {}

  static void define(PyType t) {
    PyMethodDescriptor.define(t, "append", (Fn1) (self, v) -> {
      ((PyList) self).append(v);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "extend", (Fn1) (self, v) -> {
      ((PyList) self).extend(v);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "insert", (Fn2) ListMethods::insert);
    PyMethodDescriptor.define(t, "pop", (FnN) ListMethods::pop);
    PyMethodDescriptor.define(t, "remove", (Fn1) (self, v) -> {
      PyList l = (PyList) self;
      int i = l.indexOf(v, 0, Integer.MAX_VALUE);
      if (i < 0) {
        throw PyErrors.valueError("list.remove(x): x not in list");
      }
      l.removeAt(i);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "index", (FnN) ListMethods::index);
    PyMethodDescriptor.define(t, "count", (Fn1) (self, v) -> {
      PyList l = (PyList) self;
      int n = 0;
      for (int i = 0; i < l.size; i++) {
        PyObject x = l.items[i];
        if (x == v || Abstract.eq(x, v)) {
          n++;
        }
      }
      return PyInt.of(n);
    });
    PyMethodDescriptor.define(t, "reverse", (Fn0) self -> {
      PyList l = (PyList) self;
      reverse(l.items, l.size);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "clear", (Fn0) self -> {
      ((PyList) self).clear();
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "copy", (Fn0) self -> PyList.of(((PyList) self).toArray()));
    PyMethodDescriptor.define(t, "sort", (FnN) ListMethods::sort);
    PyMethodDescriptor.define(t, "__reversed__",
        (Fn0) self -> new PyListIterator((PyList) self, true));
  }

  private static PyObject insert(PyObject self, PyObject index, PyObject v) {
    PyList l = (PyList) self;
    long i = ssize(index);
    if (i < 0) {
      i = Math.max(0, i + l.size);
    }
    int at = (int) Math.min(i, l.size);
    l.ensure(l.size + 1);
    System.arraycopy(l.items, at, l.items, at + 1, l.size - at);
    l.items[at] = v;
    l.size++;
    return PyNone.NONE;
  }

  /** Returns an index argument as {@code Py_ssize_t}: OverflowError beyond the long range. */
  static long ssize(PyObject v) {
    PyInt i = Abstract.index(v);
    if (i.isBig()) {
      throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }
    return i.longValue();
  }

  private static PyObject pop(PyObject self, PyObject[] args, String[] kw) {
    noKeywords("list.pop", kw);
    if (args.length > 1) {
      throw PyErrors.typeError("pop expected at most 1 argument, got " + args.length);
    }
    PyList l = (PyList) self;
    long i = args.length == 0 ? -1 : ssize(args[0]);
    if (l.size == 0) {
      throw PyErrors.indexError("pop from empty list");
    }
    if (i < 0) {
      i += l.size;
    }
    if (i < 0 || i >= l.size) {
      throw PyErrors.indexError("pop index out of range");
    }
    return l.removeAt((int) i);
  }

  static void noKeywords(String name, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError(name + "() takes no keyword arguments");
    }
  }

  /** Returns a start/stop argument of {@code index()}: clamped, negative counted from the end. */
  static int boundArg(PyObject v, int size) {
    PyObject i = Abstract.indexOrNull(v);
    if (i == null) {
      throw PyErrors.typeError(
          "slice indices must be integers or have an __index__ method");
    }
    PyInt n = (PyInt) i;
    long x = n.isBig() ? (n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : n.longValue();
    if (x < 0) {
      x = Math.max(0, x + size);
    }
    return (int) Math.min(x, Integer.MAX_VALUE);
  }

  private static PyObject index(PyObject self, PyObject[] args, String[] kw) {
    noKeywords("list.index", kw);
    checkArgCount("index", args.length, 1, 3);
    PyList l = (PyList) self;
    int from = args.length > 1 ? boundArg(args[1], l.size) : 0;
    int to = args.length > 2 ? boundArg(args[2], l.size) : Integer.MAX_VALUE;
    int i = l.indexOf(args[0], from, to);
    if (i < 0) {
      throw PyErrors.valueError(Abstract.repr(args[0]).value() + " is not in list");
    }
    return PyInt.of(i);
  }

  /** Raises CPython's {@code name expected at least/at most N argument(s)} TypeError. */
  static void checkArgCount(String name, int n, int min, int max) {
    if (n < min) {
      throw PyErrors.typeError(name + " expected at least " + min + " argument"
          + (min == 1 ? "" : "s") + ", got " + n);
    }
    if (n > max) {
      throw PyErrors.typeError(name + " expected at most " + max + " argument"
          + (max == 1 ? "" : "s") + ", got " + n);
    }
  }

  static void reverse(PyObject[] a, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      PyObject x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
  }

  // ---- sort ----

  static PyObject sort(PyObject self, PyObject[] args, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    if (args.length > nkw) {
      throw PyErrors.typeError("sort() takes no positional arguments");
    }
    PyObject key = PyNone.NONE;
    boolean reverse = false;
    for (int k = 0; k < nkw; k++) {
      PyObject v = args[args.length - nkw + k];
      if (kw[k].equals("key")) {
        key = v;
      } else if (kw[k].equals("reverse")) {
        reverse = Abstract.index(v).signum() != 0;
      } else {
        throw PyErrors.typeError("'" + kw[k] + "' is an invalid keyword argument for sort()");
      }
    }
    sort((PyList) self, key, reverse);
    return PyNone.NONE;
  }

  /**
   * Sorts {@code l} in place, stably, by {@code <} of the items or of their keys. While sorting,
   * the list looks empty; a change made meanwhile (by a key or a comparison) is detected and
   * reported after the sort, whose result wins, as CPython does.
   */
  static void sort(PyList l, PyObject key, boolean reverse) {
    PyObject[] saved = l.items;
    int n = l.size;
    l.items = SORTING;
    l.size = 0;
    PyObject[] vals = java.util.Arrays.copyOf(saved, n);
    try {
      PyObject[] keys = vals;
      if (key != PyNone.NONE) {
        keys = new PyObject[n];
        for (int i = 0; i < n; i++) {
          keys[i] = Abstract.call(key, vals[i]);
        }
      }
      if (reverse) {
        // Reverse, sort stably, reverse back: equal items keep their original order.
        reverse(keys, n);
        if (keys != vals) {
          reverse(vals, n);
        }
      }
      MergeSort.sort(keys, keys == vals ? null : vals, n);
      if (reverse) {
        reverse(keys, n);
        if (keys != vals) {
          reverse(vals, n);
        }
      }
    } catch (RuntimeException e) {
      // A failed key or comparison: the list gets its items back, the error propagates.
      l.items = saved;
      l.size = n;
      throw e;
    }
    boolean modified = l.items != SORTING || l.size != 0;
    System.arraycopy(vals, 0, saved, 0, n);
    l.items = saved;
    l.size = n;
    if (modified) {
      throw PyErrors.valueError("list modified during sort");
    }
  }
}
