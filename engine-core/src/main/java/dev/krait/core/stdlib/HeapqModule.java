package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.ArgParser;
import dev.krait.core.runtime.CompareOp;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/**
 * The {@code heapq} module: CPython's {@code _heapq} functions plus {@code nsmallest},
 * {@code nlargest} and {@code merge} with the algorithms of {@code Lib/heapq.py}, so items are
 * compared only with {@code <} and results come in the same order, ties included.
 */
final class HeapqModule {

  private HeapqModule() {}

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("heapq");
    m.function("heappush", (a, k) -> {
      PyList heap = heapAndItem("heappush", a, k);
      heap.append(a[1]);
      siftDown(heap, 0, heap.size() - 1, false);
      return PyNone.NONE;
    });
    m.function("heappop", (a, k) -> pop(heapArg("heappop", a, k), false));
    m.function("heapify", (a, k) -> {
      heapify(heapArg("heapify", a, k), false);
      return PyNone.NONE;
    });
    m.function("heapreplace", (a, k) -> replace(heapAndItem("heapreplace", a, k), a[1], false));
    m.function("heappushpop", (a, k) -> {
      PyList heap = heapAndItem("heappushpop", a, k);
      PyObject item = a[1];
      if (heap.size() == 0 || !lt(heap.get(0), item)) {
        return item;
      }
      PyObject top = heap.get(0);
      heap.set(0, item);
      siftUp(heap, 0, false);
      return top;
    });
    m.function("nsmallest", (a, k) -> select("nsmallest", a, k, false));
    m.function("nlargest", (a, k) -> select("nlargest", a, k, true));
    m.function("merge", HeapqModule::merge);
    return m;
  }

  // ---- argument checks, with _heapq's messages ----

  private static PyList heapArg(String name, PyObject[] a, String[] k) {
    noKeywords(name, k);
    if (a.length != 1) {
      throw PyErrors.typeError(
          "_heapq." + name + "() takes exactly one argument (" + a.length + " given)");
    }
    if (!(a[0] instanceof PyList heap)) {
      throw PyErrors.typeError(
          name + "() argument must be list, not " + a[0].type().name());
    }
    return heap;
  }

  private static PyList heapAndItem(String name, PyObject[] a, String[] k) {
    noKeywords(name, k);
    if (a.length != 2) {
      throw PyErrors.typeError(name + " expected 2 arguments, got " + a.length);
    }
    if (!(a[0] instanceof PyList heap)) {
      throw PyErrors.typeError(
          name + "() argument 1 must be list, not " + a[0].type().name());
    }
    return heap;
  }

  private static void noKeywords(String name, String[] k) {
    if (k != null && k.length > 0) {
      throw PyErrors.typeError("_heapq." + name + "() takes no keyword arguments");
    }
  }

  // ---- the heap invariant; max = true keeps a max-heap (heapq's _siftdown_max & co.) ----

  private static boolean lt(PyObject a, PyObject b) {
    return Abstract.richCompareBool(a, b, CompareOp.LT);
  }

  // Whether a must be above b: a < b in a min-heap, b < a in a max-heap.
  private static boolean before(PyObject a, PyObject b, boolean max) {
    return max ? lt(b, a) : lt(a, b);
  }

  /** Moves the item at {@code pos} up towards {@code start} (heapq's _siftdown). */
  private static void siftDown(PyList heap, int start, int pos, boolean max) {
    PyObject item = heap.get(pos);
    int size = heap.size();
    while (pos > start) {
      int parentPos = (pos - 1) >> 1;
      PyObject parent = heap.get(parentPos);
      boolean above = before(item, parent, max);
      if (heap.size() != size) {
        throw PyErrors.runtimeError("list changed size during iteration");
      }
      if (!above) {
        break;
      }
      heap.set(pos, parent);
      pos = parentPos;
    }
    heap.set(pos, item);
  }

  /**
   * Moves the item at {@code pos} down to a leaf along the smaller children, then back up
   * (heapq's _siftup: fewer comparisons than stopping early).
   */
  private static void siftUp(PyList heap, int pos, boolean max) {
    int end = heap.size();
    int start = pos;
    PyObject item = heap.get(pos);
    int child = 2 * pos + 1;
    while (child < end) {
      int right = child + 1;
      if (right < end) {
        boolean childFirst = before(heap.get(child), heap.get(right), max);
        if (heap.size() != end) {
          throw PyErrors.runtimeError("list changed size during iteration");
        }
        if (!childFirst) {
          child = right;
        }
      }
      heap.set(pos, heap.get(child));
      pos = child;
      child = 2 * pos + 1;
    }
    heap.set(pos, item);
    siftDown(heap, start, pos, max);
  }

  private static void heapify(PyList heap, boolean max) {
    for (int i = heap.size() / 2 - 1; i >= 0; i--) {
      siftUp(heap, i, max);
    }
  }

  private static PyObject pop(PyList heap, boolean max) {
    if (heap.size() == 0) {
      throw PyErrors.indexError("index out of range");
    }
    PyObject last = heap.removeAt(heap.size() - 1);
    if (heap.size() == 0) {
      return last;
    }
    PyObject top = heap.get(0);
    heap.set(0, last);
    siftUp(heap, 0, max);
    return top;
  }

  private static PyObject replace(PyList heap, PyObject item, boolean max) {
    if (heap.size() == 0) {
      throw PyErrors.indexError("index out of range");
    }
    PyObject top = heap.get(0);
    heap.set(0, item);
    siftUp(heap, 0, max);
    return top;
  }

  // ---- nsmallest / nlargest ----

  /**
   * {@code nsmallest(n, iterable, key=None)} or {@code nlargest}: min/max for n == 1, sorted for
   * n at least the length, else a bounded heap of (key, order, item) entries of the other kind.
   */
  private static PyObject select(String name, PyObject[] a, String[] k, boolean largest) {
    PyObject[] p = ArgParser.parse(name, a, k, new String[] {"n", "iterable", "key"}, 2, false);
    PyObject key = p[2] == null ? PyNone.NONE : p[2];
    long n = Abstract.index(p[0]).longValue();
    PyObject iterable = p[1];
    if (n == 1) {
      return single(iterable, key, largest);
    }
    long size = sizeOrMinusOne(iterable);
    if (size >= 0 && n >= size) {
      // sorted(iterable, key=key, reverse=largest)[:n] is the whole sorted list here.
      return PyList.sorted(
          new PyObject[] {iterable, key, PyBool.of(largest)}, new String[] {"key", "reverse"});
    }
    PyObject it = Abstract.iter(iterable);
    PyList result = new PyList();
    for (long i = 0; i < n; i++) {
      PyObject v = Abstract.next(it);
      if (v == null) {
        break;
      }
      result.append(entry(v, key, largest ? -i : i));
    }
    if (result.size() == 0) {
      return result;
    }
    // nsmallest keeps the n smallest in a max-heap whose top is the one to drop next.
    boolean max = !largest;
    heapify(result, max);
    PyObject top = ((PyTuple) result.get(0)).get(0);
    long order = largest ? -n : n;
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
      PyObject kv = key == PyNone.NONE ? v : Abstract.call(key, v);
      if (largest ? lt(top, kv) : lt(kv, top)) {
        PyTuple e = key == PyNone.NONE ? PyTuple.of(v, PyInt.of(order))
            : PyTuple.of(kv, PyInt.of(order), v);
        replace(result, e, max);
        top = ((PyTuple) result.get(0)).get(0);
        order += largest ? -1 : 1;
      }
    }
    PyList sorted = PyList.sorted(
        new PyObject[] {result, PyBool.of(largest)}, new String[] {"reverse"});
    PyList out = new PyList();
    int itemAt = key == PyNone.NONE ? 0 : 2;
    for (int i = 0; i < sorted.size(); i++) {
      out.append(((PyTuple) sorted.get(i)).get(itemAt));
    }
    return out;
  }

  // len(iterable), or -1 where len() raises TypeError (an iterator, a generator).
  private static long sizeOrMinusOne(PyObject iterable) {
    try {
      return Abstract.len(iterable);
    } catch (PyException e) {
      if (e.matches(PyErrors.TYPE_ERROR) || e.matches(PyErrors.ATTRIBUTE_ERROR)) {
        return -1;
      }
      throw e;
    }
  }

  private static PyTuple entry(PyObject v, PyObject key, long order) {
    return key == PyNone.NONE ? PyTuple.of(v, PyInt.of(order))
        : PyTuple.of(Abstract.call(key, v), PyInt.of(order), v);
  }

  // min() or max() of the items, as a list of one ([] when empty): max compares with >.
  private static PyList single(PyObject iterable, PyObject key, boolean largest) {
    PyObject it = Abstract.iter(iterable);
    PyObject best = null;
    PyObject bestKey = null;
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
      PyObject kv = key == PyNone.NONE ? v : Abstract.call(key, v);
      if (best == null || Abstract.richCompareBool(kv, bestKey, largest ? CompareOp.GT
          : CompareOp.LT)) {
        best = v;
        bestKey = kv;
      }
    }
    return best == null ? new PyList() : PyList.of(best);
  }

  // ---- merge ----

  private static PyObject merge(PyObject[] a, String[] k) {
    int nkw = k == null ? 0 : k.length;
    PyObject key = PyNone.NONE;
    boolean reverse = false;
    for (int i = 0; i < nkw; i++) {
      PyObject v = a[a.length - nkw + i];
      switch (k[i]) {
        case "key" -> key = v;
        case "reverse" -> reverse = Abstract.isTrue(v);
        default -> throw PyErrors.typeError(
            "merge() got an unexpected keyword argument '" + k[i] + "'");
      }
    }
    PyObject[] iterables = new PyObject[a.length - nkw];
    System.arraycopy(a, 0, iterables, 0, iterables.length);
    return new Merge(iterables, key, reverse);
  }

  // As heapq.merge: a list [key, order, value, iterator]; order breaks ties, so the
  // iterators are never compared.
  private static PyList mergeEntry(PyObject v, PyObject key, int order, PyObject it) {
    PyObject kv = key == PyNone.NONE ? v : Abstract.call(key, v);
    return PyList.of(kv, PyInt.of(order), v, it);
  }

  /** The lazy result of {@code heapq.merge}: a generator in CPython, named as one here. */
  static final class Merge extends PyObject {
    static final PyType TYPE =
        TypeBuilder.of("generator", Merge.class, PyType.OBJECT)
            .repr(g -> PyStr.of("<generator object merge at 0x"
                + Integer.toHexString(System.identityHashCode(g)) + ">"))
            .iter(g -> g)
            .next(g -> ((Merge) g).next())
            .ready();

    private PyObject[] iterables;
    private final PyList heap = new PyList();
    private final PyObject key;
    private final boolean reverse;

    Merge(PyObject[] iterables, PyObject key, boolean reverse) {
      this.iterables = iterables;
      this.key = key;
      this.reverse = reverse;
    }

    // As the generator's body: nothing is iterated before the first next().
    private void start() {
      for (int i = 0; i < iterables.length; i++) {
        PyObject it = Abstract.iter(iterables[i]);
        PyObject v = Abstract.next(it);
        if (v != null) {
          heap.append(mergeEntry(v, key, reverse ? -i : i, it));
        }
      }
      iterables = null;
      heapify(heap, reverse);
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    // Yields the top entry's value, then refills the entry from its iterator, or drops it.
    private PyObject next() {
      if (iterables != null) {
        start();
      }
      if (heap.size() == 0) {
        return null;
      }
      PyList top = (PyList) heap.get(0);
      PyObject value = top.get(2);
      PyObject v = Abstract.next(top.get(3));
      if (v == null) {
        pop(heap, reverse);
      } else {
        top.set(0, key == PyNone.NONE ? v : Abstract.call(key, v));
        top.set(2, v);
        replace(heap, top, reverse);
      }
      return value;
    }
  }
}
