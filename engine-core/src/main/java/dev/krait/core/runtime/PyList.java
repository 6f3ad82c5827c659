package dev.krait.core.runtime;

import java.util.Arrays;

/**
 * The builtin {@code list}: a growable array of objects. Data, indexing, slicing and the
 * operators live here; the named methods are in {@link ListMethods}.
 */
public class PyList extends PyObject {

  /** The type {@code list}. */
  public static final PyType TYPE = PyType.builtin("list", PyList.class, PyType.OBJECT);

  private static final PyObject[] NO_ITEMS = new PyObject[0];

  static {
    TYPE.sequence = true;
    TYPE.hash = ObjectMethods.UNHASHABLE;
    TYPE.len = l -> ((PyList) l).size;
    TYPE.repr = l -> PyStr.of(((PyList) l).repr());
    TYPE.getItem = (l, k) -> ((PyList) l).getItem(k);
    TYPE.setItem = (l, k, v) -> ((PyList) l).setItem(k, v);
    TYPE.contains = (l, v) -> ((PyList) l).indexOf(v, 0, Integer.MAX_VALUE) >= 0;
    TYPE.iter = l -> new PyListIterator((PyList) l, false);
    TYPE.richCompare = ReprGuard.nested(PyList::compare);
    TYPE.newSlot = (t, args, kw) -> t == TYPE ? new PyList() : new Derived(t);
    TYPE.init = PyList::init;
    TYPE.binary[BinaryOp.ADD.ordinal()] = PyList::concat;
    TYPE.inplace[BinaryOp.ADD.ordinal()] = (a, b) -> {
      ((PyList) a).extend(b);
      return a;
    };
    TYPE.binary[BinaryOp.MUL.ordinal()] = PyList::repeat;
    TYPE.reflected[BinaryOp.MUL.ordinal()] = PyList::repeat;
    TYPE.inplace[BinaryOp.MUL.ordinal()] = PyList::inplaceRepeat;
    TYPE.defineLater(t -> {
      ListMethods.define(t);
      PyGenericAlias.defineClassGetItem(t);
    });
    TYPE.ready();
  }

  PyObject[] items;
  int size;

  /** Returns a new empty list. */
  public PyList() {
    this(new PyObject[8], 0);
  }

  PyList(PyObject[] items, int size) {
    this.items = items;
    this.size = size;
  }

  /** Returns a list holding {@code items} (the array is copied). */
  public static PyList of(PyObject... items) {
    return new PyList(Arrays.copyOf(items, Math.max(items.length, 4)), items.length);
  }

  /** Returns a list that takes ownership of {@code items[0:size]} without copying. */
  static PyList wrap(PyObject[] items, int size) {
    return new PyList(items, size);
  }

  /**
   * Returns {@code sorted(iterable, /, *, key=None, reverse=False)}, with {@link Slots.Call}'s
   * argument convention.
   */
  public static PyList sorted(PyObject[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (npos != 1) {
      throw PyErrors.typeError("sorted expected 1 argument, got " + npos);
    }
    PyList l = fromIterable(args[0]);
    PyObject[] rest = Arrays.copyOfRange(args, 1, args.length);
    ListMethods.sort(l, rest, kwnames);
    return l;
  }

  /** Returns {@code list(iterable)}. */
  public static PyList fromIterable(PyObject iterable) {
    PyList l = new PyList();
    l.extend(iterable);
    return l;
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

  /** Sets item {@code i} (0 to size - 1). */
  public void set(int i, PyObject v) {
    items[i] = v;
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
    // Exact types only: a subclass may override __iter__ (as CPython's list_extend).
    if (iterable.getClass() == PyList.class || iterable == this) {
      PyList other = (PyList) iterable;
      // A copy first: l.extend(l) must add each item once.
      addAll(other.toArray(), other.size);
      return;
    }
    if (iterable.getClass() == PyTuple.class) {
      PyTuple t = (PyTuple) iterable;
      addAll(t.items(), t.size());
      return;
    }
    PyObject it = Abstract.iter(iterable);
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
      append(v);
    }
  }

  private void addAll(PyObject[] add, int n) {
    ensure(size + n);
    System.arraycopy(add, 0, items, size, n);
    size += n;
  }

  void ensure(int capacity) {
    if (capacity > items.length) {
      items = Arrays.copyOf(items, Math.max(capacity, size + (size >> 1) + 1));
    }
  }

  private static void init(PyObject self, PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError("list() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError("list expected at most 1 argument, got " + args.length);
    }
    PyList l = (PyList) self;
    l.clear();
    if (args.length == 1) {
      l.extend(args[0]);
    }
  }

  /** Removes every item. */
  public void clear() {
    items = new PyObject[8];
    size = 0;
  }

  // ---- items and slices ----

  private PyObject getItem(PyObject key) {
    if (key.getClass() == PyInt.class && !((PyInt) key).isBig()) {
      long i = ((PyInt) key).longValue();
      if (i < 0) {
        i += size;
      }
      if (i >= 0 && i < size) {
        return items[(int) i];
      }
    }
    if (key instanceof PySlice s) {
      long[] r = s.indices(size);
      return slice((int) r[0], (int) r[2], (int) r[3]);
    }
    return items[SequenceIndex.of(key, size, "list", "list")];
  }

  /** Returns the items at {@code start, start + step, ...} ({@code n} of them) as a new list. */
  PyList slice(int start, int step, int n) {
    PyObject[] out = new PyObject[Math.max(n, 4)];
    if (step == 1) {
      System.arraycopy(items, start, out, 0, n);
    } else {
      for (int i = 0, j = start; i < n; i++, j += step) {
        out[i] = items[j];
      }
    }
    return new PyList(out, n);
  }

  private void setItem(PyObject key, PyObject value) {
    if (value != null && key.getClass() == PyInt.class && !((PyInt) key).isBig()) {
      long i = ((PyInt) key).longValue();
      if (i < 0) {
        i += size;
      }
      if (i >= 0 && i < size) {
        items[(int) i] = value;
        return;
      }
    }
    if (key instanceof PySlice s) {
      setSlice(s, value);
      return;
    }
    int i = SequenceIndex.of(key, size, "list assignment", "list");
    if (value == null) {
      removeAt(i);
    } else {
      items[i] = value;
    }
  }

  /** Removes and returns item {@code i} (0 to size - 1). */
  public PyObject removeAt(int i) {
    PyObject v = items[i];
    System.arraycopy(items, i + 1, items, i, size - i - 1);
    items[--size] = null;
    return v;
  }

  private void setSlice(PySlice s, PyObject value) {
    long[] r = s.indices(size);
    int start = (int) r[0];
    int step = (int) r[2];
    int n = (int) r[3];
    if (step == 1) {
      PyObject[] add = value == null ? NO_ITEMS
          : sequenceItems(value, "can only assign an iterable");
      replace(start, Math.max(start, (int) r[1]), add);
      return;
    }
    if (value == null) {
      if (n == 0) {
        return;
      }
      if (step < 0) {
        // Delete the same positions walking forwards.
        start = start + step * (n - 1);
        step = -step;
      }
      int w = start;
      for (int i = start, k = 0; i < size; i++) {
        if (k < n && i == start + k * step) {
          k++;
          continue;
        }
        items[w++] = items[i];
      }
      Arrays.fill(items, w, size, null);
      size = w;
      return;
    }
    PyObject[] add = sequenceItems(value, "must assign iterable to extended slice");
    if (add.length != n) {
      throw PyErrors.valueError("attempt to assign sequence of size " + add.length
          + " to extended slice of size " + n);
    }
    for (int i = 0, j = start; i < n; i++, j += step) {
      items[j] = add[i];
    }
  }

  /** Replaces {@code items[lo:hi]} by {@code add}. */
  void replace(int lo, int hi, PyObject[] add) {
    int delta = add.length - (hi - lo);
    ensure(size + delta);
    System.arraycopy(items, hi, items, hi + delta, size - hi);
    System.arraycopy(add, 0, items, lo, add.length);
    if (delta < 0) {
      Arrays.fill(items, size + delta, size, null);
    }
    size += delta;
  }

  /** Returns the items of an iterable (a snapshot), or raises TypeError with {@code message}. */
  static PyObject[] sequenceItems(PyObject value, String message) {
    if (value.getClass() == PyList.class) {
      return ((PyList) value).toArray();
    }
    if (value.getClass() == PyTuple.class) {
      return ((PyTuple) value).items();
    }
    PyType t = value.type();
    if (t.iter == null && t.getItem == null) {
      throw PyErrors.typeError(message);
    }
    PyList l = new PyList();
    l.extend(value);
    return l.toArray();
  }

  /** Returns the first position in {@code [from, to)} of an item equal to {@code v}, or -1. */
  int indexOf(PyObject v, int from, int to) {
    for (int i = from; i < size && i < to; i++) {
      PyObject x = items[i];
      if (x == v || Abstract.eq(x, v)) {
        return i;
      }
    }
    return -1;
  }

  // ---- operators ----

  private static PyObject concat(PyObject a, PyObject b) {
    if (!(b instanceof PyList o)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyList x = (PyList) a;
    PyObject[] out = new PyObject[Math.max(4, x.size + o.size)];
    System.arraycopy(x.items, 0, out, 0, x.size);
    System.arraycopy(o.items, 0, out, x.size, o.size);
    return new PyList(out, x.size + o.size);
  }

  /** Returns a repeat count for {@code seq * n}, or -1 when {@code n} is not an integer. */
  static long repeatCount(PyObject n) {
    PyObject i = Abstract.indexOrNull(n);
    if (i == null) {
      return -1;
    }
    PyInt count = (PyInt) i;
    if (count.isBig()) {
      if (count.signum() < 0) {
        return 0;
      }
      throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
    }
    return Math.max(0, count.longValue());
  }

  /** Returns {@code size * times} as an array length, raising MemoryError when too large. */
  static int repeatedSize(int size, long times) {
    if (size != 0 && times > (Integer.MAX_VALUE - 8) / size) {
      throw PyErrors.make(PyErrors.MEMORY_ERROR);
    }
    return (int) (size * times);
  }

  static void fillRepeated(PyObject[] src, int size, PyObject[] dst, int total) {
    if (size == 1) {
      Arrays.fill(dst, 0, total, src[0]);
      return;
    }
    System.arraycopy(src, 0, dst, 0, size);
    // Doubling copies, as CPython's list_repeat.
    for (int done = size; done < total; done *= 2) {
      System.arraycopy(dst, 0, dst, done, Math.min(done, total - done));
    }
  }

  private static PyObject repeat(PyObject self, PyObject n) {
    long times = repeatCount(n);
    if (times < 0) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyList l = (PyList) self;
    int total = repeatedSize(l.size, times);
    PyObject[] out = new PyObject[Math.max(4, total)];
    if (total > 0) {
      fillRepeated(l.items, l.size, out, total);
    }
    return new PyList(out, total);
  }

  private static PyObject inplaceRepeat(PyObject self, PyObject n) {
    long times = repeatCount(n);
    if (times < 0) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyList l = (PyList) self;
    int total = repeatedSize(l.size, times);
    if (total == 0) {
      l.clear();
      return l;
    }
    PyObject[] out = new PyObject[total];
    fillRepeated(l.items, l.size, out, total);
    l.items = out;
    l.size = total;
    return l;
  }

  private String repr() {
    if (size == 0) {
      return "[]";
    }
    if (!ReprGuard.enter(this)) {
      return "[...]";
    }
    try {
      StringBuilder sb = new StringBuilder("[");
      // The list may change while its items' reprs run: re-read the size each time.
      for (int i = 0; i < size; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Abstract.repr(items[i]).value());
      }
      return sb.append(']').toString();
    } finally {
      ReprGuard.leave(this);
    }
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

  /** An instance of a Python subclass of {@code list}: carries its type and {@code __dict__}. */
  static final class Derived extends PyList implements SlotStorage {
    private final PyType type;
    private final PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type) {
      this.type = type;
      this.dict = type.instanceDict ? new PyDict() : null;
      this.slots = SlotStorage.cellsFor(type);
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict dict() {
      return dict;
    }

    @Override
    public PyObject[] slotCells() {
      return slots;
    }
  }
}
