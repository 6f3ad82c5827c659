package dev.krait.core.runtime;

import java.util.Arrays;

/** The builtin {@code list}: a growable array of objects. */
public final class PyList extends PyObject {

  /** The type {@code list}. */
  public static final PyType TYPE = PyType.builtin("list", PyList.class, PyType.OBJECT);

  static {
    TYPE.sequence = true;
    TYPE.hash = ObjectMethods.UNHASHABLE;
    TYPE.len = l -> ((PyList) l).size;
    TYPE.repr = l -> PyStr.of(((PyList) l).repr());
    TYPE.getItem = (l, k) -> ((PyList) l).get(k);
    TYPE.setItem = (l, k, v) -> ((PyList) l).set(k, v);
    TYPE.contains = (l, v) -> ((PyList) l).indexOf(v) >= 0;
    TYPE.iter = l -> new PySeqIter(l);
    TYPE.richCompare = PyList::compare;
    TYPE.newSlot = (t, args, kw) -> new PyList();
    TYPE.init = (self, args, kw) -> {
      if (args.length > 1) {
        throw PyErrors.typeError("list expected at most 1 argument, got " + args.length);
      }
      PyList l = (PyList) self;
      l.size = 0;
      if (args.length == 1) {
        l.extend(args[0]);
      }
    };
    TYPE.binary[BinaryOp.ADD.ordinal()] = (a, b) -> {
      if (!(b instanceof PyList o)) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      PyList a1 = (PyList) a;
      PyList r = new PyList(Arrays.copyOf(a1.items, a1.size + o.size), 0);
      System.arraycopy(o.items, 0, r.items, a1.size, o.size);
      r.size = a1.size + o.size;
      return r;
    };
    TYPE.inplace[BinaryOp.ADD.ordinal()] = (a, b) -> {
      ((PyList) a).extend(b);
      return a;
    };
    TYPE.binary[BinaryOp.MUL.ordinal()] = PyList::repeat;
    TYPE.reflected[BinaryOp.MUL.ordinal()] = PyList::repeat;
    PyMethodDescriptor.define(TYPE, "append", (PyMethodDescriptor.Fn1) (self, v) -> {
      ((PyList) self).append(v);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(TYPE, "extend", (PyMethodDescriptor.Fn1) (self, v) -> {
      ((PyList) self).extend(v);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(TYPE, "pop", (PyMethodDescriptor.FnN) PyList::pop);
    PyMethodDescriptor.define(TYPE, "insert", (PyMethodDescriptor.Fn2) (self, i, v) -> {
      ((PyList) self).insert(i, v);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(TYPE, "index", (PyMethodDescriptor.Fn1) (self, v) -> {
      int i = ((PyList) self).indexOf(v);
      if (i < 0) {
        throw PyErrors.valueError(Abstract.repr(v).value() + " is not in list");
      }
      return PyInt.of(i);
    });
    PyMethodDescriptor.define(TYPE, "count", (PyMethodDescriptor.Fn1) (self, v) -> {
      PyList l = (PyList) self;
      int n = 0;
      for (int i = 0; i < l.size; i++) {
        if (l.items[i] == v || Abstract.eq(l.items[i], v)) {
          n++;
        }
      }
      return PyInt.of(n);
    });
    PyMethodDescriptor.define(TYPE, "reverse", (PyMethodDescriptor.Fn0) self -> {
      PyList l = (PyList) self;
      for (int i = 0, j = l.size - 1; i < j; i++, j--) {
        PyObject t = l.items[i];
        l.items[i] = l.items[j];
        l.items[j] = t;
      }
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(TYPE, "clear", (PyMethodDescriptor.Fn0) self -> {
      PyList l = (PyList) self;
      Arrays.fill(l.items, 0, l.size, null);
      l.size = 0;
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(TYPE, "sort", (PyMethodDescriptor.FnN) PyList::sort);
    PyMethodDescriptor.define(TYPE, "remove", (PyMethodDescriptor.Fn1) (self, v) -> {
      PyList l = (PyList) self;
      int i = l.indexOf(v);
      if (i < 0) {
        throw PyErrors.valueError("list.remove(x): x not in list");
      }
      System.arraycopy(l.items, i + 1, l.items, i, l.size - i - 1);
      l.items[--l.size] = null;
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(
        TYPE, "copy", (PyMethodDescriptor.Fn0) self -> of(((PyList) self).toArray()));
    TYPE.ready();
  }

  private PyObject[] items;
  private int size;

  /** Returns a new empty list. */
  public PyList() {
    this(new PyObject[8], 0);
  }

  private PyList(PyObject[] items, int size) {
    this.items = items;
    this.size = size;
  }

  /** Returns a list holding {@code items} (the array is copied). */
  public static PyList of(PyObject... items) {
    return new PyList(Arrays.copyOf(items, Math.max(items.length, 4)), items.length);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the number of items. */
  public int size() {
    return size;
  }

  /** Returns item {@code i} (0 to size - 1). */
  public PyObject get(int i) {
    return items[i];
  }

  /** Returns a copy of the items. */
  public PyObject[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** Appends {@code v}. */
  public void append(PyObject v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
    }
    items[size++] = v;
  }

  /** Appends every item of {@code iterable}. */
  public void extend(PyObject iterable) {
    if (iterable instanceof PyList other) {
      PyObject[] add = other.toArray();
      for (PyObject v : add) {
        append(v);
      }
      return;
    }
    Abstract.forEach(iterable, this::append);
  }

  private PyObject get(PyObject key) {
    if (key instanceof PySlice s) {
      return of(s.select(items, size));
    }
    return items[SequenceIndex.of(key, size, "list", "list")];
  }

  private void set(PyObject key, PyObject value) {
    if (key instanceof PySlice s) {
      long[] ix = s.indices(size);
      if (ix[2] != 1) {
        throw PyErrors.make(
            PyErrors.NOT_IMPLEMENTED_ERROR, "extended slice assignment is not implemented yet");
      }
      int lo = (int) ix[0];
      int hi = (int) Math.max(ix[0], ix[1]);
      PyObject[] add = value == null ? new PyObject[0] : PyTuple.fromIterable(value).toArrayCopy();
      PyObject[] next = new PyObject[size - (hi - lo) + add.length];
      System.arraycopy(items, 0, next, 0, lo);
      System.arraycopy(add, 0, next, lo, add.length);
      System.arraycopy(items, hi, next, lo + add.length, size - hi);
      items = Arrays.copyOf(next, Math.max(next.length, 4));
      size = next.length;
      return;
    }
    if (value == null) {
      int i = SequenceIndex.of(key, size, "list assignment", "list");
      System.arraycopy(items, i + 1, items, i, size - i - 1);
      items[--size] = null;
      return;
    }
    items[SequenceIndex.of(key, size, "list assignment", "list")] = value;
  }

  private void insert(PyObject index, PyObject v) {
    long i = Abstract.index(index).longValue();
    if (i < 0) {
      i = Math.max(0, i + size);
    }
    i = Math.min(i, size);
    append(v);
    System.arraycopy(items, (int) i, items, (int) i + 1, size - 1 - (int) i);
    items[(int) i] = v;
  }

  private static PyObject pop(PyObject self, PyObject[] args, String[] kw) {
    PyList l = (PyList) self;
    if (args.length > 1) {
      throw PyErrors.typeError("pop expected at most 1 argument, got " + args.length);
    }
    if (l.size == 0) {
      throw PyErrors.indexError("pop from empty list");
    }
    int i = args.length == 0 ? l.size - 1 : SequenceIndex.of(args[0], l.size, "pop", "list");
    PyObject v = l.items[i];
    System.arraycopy(l.items, i + 1, l.items, i, l.size - i - 1);
    l.items[--l.size] = null;
    return v;
  }

  // sort(*, key=None, reverse=False): stable, as CPython's (a merge sort on "<" only)
  private static PyObject sort(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = ArgParser.parse("sort", args, kw, new String[] {"key", "reverse"}, 0, false);
    if (args.length > (kw == null ? 0 : kw.length)) {
      throw PyErrors.typeError("sort() takes no positional arguments");
    }
    PyList l = (PyList) self;
    PyObject key = a[0] == null ? PyNone.NONE : a[0];
    boolean reverse = a[1] != null && Abstract.isTrue(a[1]);
    int n = l.size;
    PyObject[] keys = new PyObject[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      keys[i] = key == PyNone.NONE ? l.items[i] : Abstract.call(key, l.items[i]);
      order[i] = i;
    }
    if (reverse) {
      // CPython reverses, sorts stably, reverses back: equal items keep their order.
      for (int i = 0, j = n - 1; i < j; i++, j--) {
        Integer t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    Arrays.sort(order, (x, y) -> {
      if (Abstract.richCompareBool(keys[x], keys[y], CompareOp.LT)) {
        return -1;
      }
      return Abstract.richCompareBool(keys[y], keys[x], CompareOp.LT) ? 1 : 0;
    });
    if (reverse) {
      for (int i = 0, j = n - 1; i < j; i++, j--) {
        Integer t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    PyObject[] sorted = new PyObject[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = l.items[order[i]];
    }
    System.arraycopy(sorted, 0, l.items, 0, n);
    return PyNone.NONE;
  }

  private int indexOf(PyObject v) {
    for (int i = 0; i < size; i++) {
      if (items[i] == v || Abstract.eq(items[i], v)) {
        return i;
      }
    }
    return -1;
  }

  private static PyObject repeat(PyObject self, PyObject n) {
    if (!(n instanceof PyInt)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyList l = (PyList) self;
    long times = Math.max(0, Abstract.index(n).longValue());
    PyList r = new PyList();
    for (long t = 0; t < times; t++) {
      for (int i = 0; i < l.size; i++) {
        r.append(l.items[i]);
      }
    }
    return r;
  }

  private String repr() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Abstract.repr(items[i]).value());
    }
    return sb.append(']').toString();
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!(b instanceof PyList)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyList x = (PyList) a;
    PyList y = (PyList) b;
    if ((op == CompareOp.EQ || op == CompareOp.NE) && x.size != y.size) {
      return PyBool.of(op == CompareOp.NE);
    }
    int i = 0;
    while (i < x.size && i < y.size && Abstract.eq(x.items[i], y.items[i])) {
      i++;
    }
    if (i >= x.size || i >= y.size) {
      return PyBool.of(op.test(Integer.compare(x.size, y.size)));
    }
    if (op == CompareOp.EQ) {
      return PyBool.FALSE;
    }
    if (op == CompareOp.NE) {
      return PyBool.TRUE;
    }
    return Abstract.richCompare(x.items[i], y.items[i], op);
  }
}
