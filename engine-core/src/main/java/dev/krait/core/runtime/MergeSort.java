package dev.krait.core.runtime;

/**
 * A stable merge sort by Python's {@code <}, tolerant of inconsistent comparisons (unlike
 * {@code java.util.Arrays.sort}, it never throws for them), with fast paths for exact ints,
 * floats and strs.
 */
final class MergeSort {

  private static final int RUN = 32;

  private MergeSort() {}

  /** Sorts {@code keys[0:n]}, moving {@code vals} (may be null) alongside. */
  static void sort(PyObject[] keys, PyObject[] vals, int n) {
    if (n < 2) {
      return;
    }
    for (int lo = 0; lo < n; lo += RUN) {
      insertionSort(keys, vals, lo, Math.min(n, lo + RUN));
    }
    if (n <= RUN) {
      return;
    }
    PyObject[] srcK = keys;
    PyObject[] srcV = vals;
    PyObject[] dstK = new PyObject[n];
    PyObject[] dstV = vals == null ? null : new PyObject[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(n, lo + width);
        int hi = Math.min(n, lo + 2 * width);
        merge(srcK, srcV, dstK, dstV, lo, mid, hi);
      }
      PyObject[] t = srcK;
      srcK = dstK;
      dstK = t;
      t = srcV;
      srcV = dstV;
      dstV = t;
    }
    if (srcK != keys) {
      System.arraycopy(srcK, 0, keys, 0, n);
      if (vals != null) {
        System.arraycopy(srcV, 0, vals, 0, n);
      }
    }
  }

  private static void insertionSort(PyObject[] k, PyObject[] v, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      PyObject pivot = k[i];
      if (!lessThan(pivot, k[i - 1])) {
        continue;
      }
      // Binary search for the place after any equal items (stability).
      int l = lo;
      int r = i - 1;
      while (l < r) {
        int m = (l + r) >>> 1;
        if (lessThan(pivot, k[m])) {
          r = m;
        } else {
          l = m + 1;
        }
      }
      System.arraycopy(k, l, k, l + 1, i - l);
      k[l] = pivot;
      if (v != null) {
        PyObject pv = v[i];
        System.arraycopy(v, l, v, l + 1, i - l);
        v[l] = pv;
      }
    }
  }

  private static void merge(PyObject[] sk, PyObject[] sv, PyObject[] dk, PyObject[] dv,
      int lo, int mid, int hi) {
    if (mid >= hi || !lessThan(sk[mid], sk[mid - 1])) {
      // Already in order (or a lone run): copy through.
      System.arraycopy(sk, lo, dk, lo, hi - lo);
      if (sv != null) {
        System.arraycopy(sv, lo, dv, lo, hi - lo);
      }
      return;
    }
    int i = lo;
    int j = mid;
    int o = lo;
    while (i < mid && j < hi) {
      if (lessThan(sk[j], sk[i])) {
        if (sv != null) {
          dv[o] = sv[j];
        }
        dk[o++] = sk[j++];
      } else {
        if (sv != null) {
          dv[o] = sv[i];
        }
        dk[o++] = sk[i++];
      }
    }
    int restFrom = i < mid ? i : j;
    int rest = i < mid ? mid - i : hi - j;
    System.arraycopy(sk, restFrom, dk, o, rest);
    if (sv != null) {
      System.arraycopy(sv, restFrom, dv, o, rest);
    }
  }

  /** Returns {@code a < b} as Python decides it. */
  static boolean lessThan(PyObject a, PyObject b) {
    Class<?> ca = a.getClass();
    if (ca == b.getClass()) {
      if (ca == PyInt.class) {
        PyInt x = (PyInt) a;
        PyInt y = (PyInt) b;
        if (!x.isBig() && !y.isBig()) {
          return x.longValue() < y.longValue();
        }
      } else if (ca == PyStr.class) {
        return ((PyStr) a).compareTo((PyStr) b) < 0;
      } else if (ca == PyFloat.class) {
        return ((PyFloat) a).value() < ((PyFloat) b).value();
      } else if (ca == PyTuple.class) {
        int order = compareTuples((PyTuple) a, (PyTuple) b);
        if (order != UNDECIDED) {
          return order < 0;
        }
      }
    }
    return Abstract.richCompareBool(a, b, CompareOp.LT);
  }

  private static final int UNDECIDED = 2;

  /**
   * Returns a negative number when {@code a < b} as tuples, zero or positive when not, provided
   * every item compared is the same object or an exact int (in the long range), str or float
   * paired with one of its own class; else {@link #UNDECIDED}, for the general comparison.
   */
  private static int compareTuples(PyTuple a, PyTuple b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      PyObject x = a.get(i);
      PyObject y = b.get(i);
      if (x == y) {
        continue;
      }
      Class<?> c = x.getClass();
      if (c != y.getClass()) {
        return UNDECIDED;
      }
      int order;
      if (c == PyInt.class && !((PyInt) x).isBig() && !((PyInt) y).isBig()) {
        order = Long.compare(((PyInt) x).longValue(), ((PyInt) y).longValue());
      } else if (c == PyStr.class) {
        order = Integer.signum(((PyStr) x).compareTo((PyStr) y));
      } else if (c == PyFloat.class) {
        double p = ((PyFloat) x).value();
        double q = ((PyFloat) y).value();
        if (p == q) {
          continue;
        }
        return p < q ? -1 : 1;
      } else {
        return UNDECIDED;
      }
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
