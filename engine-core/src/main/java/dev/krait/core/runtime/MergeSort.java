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
    long[] numbers = numericKeys(keys, n);
    if (numbers != null) {
      sortNumbers(numbers, keys, vals, n);
      return;
    }
    Object[] columns = columns(keys, n);
    if (columns != null) {
      sortColumns(columns, keys, vals, n);
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

  /**
   * Returns the keys as longs whose signed order is Python's {@code <} on them, when they are all
   * exact ints in the long range or all exact floats other than NaN (-0.0 counts as 0.0, which it
   * equals); else null. Sorting those longs is then sorting the keys, with no pointer chasing.
   */
  private static long[] numericKeys(PyObject[] keys, int n) {
    Class<?> c = keys[0].getClass();
    if (c != PyInt.class && c != PyFloat.class) {
      return null;
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      PyObject k = keys[i];
      if (k.getClass() != c) {
        return null;
      }
      if (c == PyInt.class) {
        PyInt v = (PyInt) k;
        if (v.isBig()) {
          return null;
        }
        out[i] = v.longValue();
      } else {
        double d = ((PyFloat) k).value();
        if (d != d) {
          return null;
        }
        long bits = d == 0 ? 0 : Double.doubleToRawLongBits(d);
        // Negative doubles order backwards as raw bits: flip all but the sign.
        out[i] = bits < 0 ? bits ^ Long.MAX_VALUE : bits;
      }
    }
    return out;
  }

  /**
   * Returns the keys split into columns, each a {@code long[]} as {@link #numericKeys} makes it
   * or a {@code String[]}, such that comparing keys is comparing their columns in order: for keys
   * that are all strs of the BMP (one column; their UTF-16 order is their code point order), or
   * all tuples of one length whose items at each position are all numeric keys or all such strs.
   * Else null.
   */
  private static Object[] columns(PyObject[] keys, int n) {
    if (keys[0].getClass() == PyStr.class) {
      String[] strs = strKeys(keys, n);
      return strs == null ? null : new Object[] {strs};
    }
    if (keys[0].getClass() != PyTuple.class) {
      return null;
    }
    int width = ((PyTuple) keys[0]).size();
    for (int i = 0; i < n; i++) {
      if (keys[i].getClass() != PyTuple.class || ((PyTuple) keys[i]).size() != width) {
        return null;
      }
    }
    Object[] columns = new Object[width];
    PyObject[] items = new PyObject[n];
    for (int c = 0; c < width; c++) {
      for (int i = 0; i < n; i++) {
        items[i] = ((PyTuple) keys[i]).get(c);
      }
      Object column = numericKeys(items, n);
      if (column == null && items[0].getClass() == PyStr.class) {
        column = strKeys(items, n);
      }
      if (column == null) {
        return null;
      }
      columns[c] = column;
    }
    return columns;
  }

  /** Returns the keys' Java strings when all are exact strs of the BMP, else null. */
  private static String[] strKeys(PyObject[] keys, int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      if (keys[i].getClass() != PyStr.class || !((PyStr) keys[i]).isBmp()) {
        return null;
      }
      out[i] = ((PyStr) keys[i]).value();
    }
    return out;
  }

  /** Returns the order of the keys at positions {@code a} and {@code b} by their columns. */
  private static int compareAt(Object[] columns, int a, int b) {
    for (Object column : columns) {
      if (column instanceof long[] numbers) {
        if (numbers[a] != numbers[b]) {
          return numbers[a] < numbers[b] ? -1 : 1;
        }
      } else {
        int order = ((String[]) column)[a].compareTo(((String[]) column)[b]);
        if (order != 0) {
          return order;
        }
      }
    }
    return 0;
  }

  /**
   * Sorts {@code keys} (and {@code vals}) stably by their {@link #columns}: a merge sort of the
   * positions, then one permutation of the objects.
   */
  private static void sortColumns(Object[] columns, PyObject[] keys, PyObject[] vals, int n) {
    int[] at = new int[n];
    for (int i = 0; i < n; i++) {
      at[i] = i;
    }
    for (int lo = 0; lo < n; lo += RUN) {
      int hi = Math.min(n, lo + RUN);
      for (int i = lo + 1; i < hi; i++) {
        int pivot = at[i];
        int j = i - 1;
        while (j >= lo && compareAt(columns, pivot, at[j]) < 0) {
          at[j + 1] = at[j];
          j--;
        }
        at[j + 1] = pivot;
      }
    }
    int[] src = at;
    int[] dst = new int[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(n, lo + width);
        int hi = Math.min(n, lo + 2 * width);
        int i = lo;
        int j = mid;
        int o = lo;
        if (mid < hi && compareAt(columns, src[mid], src[mid - 1]) < 0) {
          while (i < mid && j < hi) {
            dst[o++] = compareAt(columns, src[j], src[i]) < 0 ? src[j++] : src[i++];
          }
        }
        System.arraycopy(src, i, dst, o, mid - i);
        System.arraycopy(src, j, dst, o + mid - i, hi - j);
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    permute(keys, src, n);
    if (vals != null) {
      permute(vals, src, n);
    }
  }

  /**
   * Sorts {@code keys} (and {@code vals}) stably by {@code numbers}, the keys as
   * {@link #numericKeys} made them: a merge sort of (number, position) pairs, then one
   * permutation of the objects.
   */
  private static void sortNumbers(long[] numbers, PyObject[] keys, PyObject[] vals, int n) {
    int[] at = new int[n];
    for (int i = 0; i < n; i++) {
      at[i] = i;
    }
    for (int lo = 0; lo < n; lo += RUN) {
      insertionSort(numbers, at, lo, Math.min(n, lo + RUN));
    }
    long[] srcN = numbers;
    int[] srcA = at;
    long[] dstN = new long[n];
    int[] dstA = new int[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        merge(srcN, srcA, dstN, dstA, lo, Math.min(n, lo + width), Math.min(n, lo + 2 * width));
      }
      long[] tn = srcN;
      srcN = dstN;
      dstN = tn;
      int[] ta = srcA;
      srcA = dstA;
      dstA = ta;
    }
    permute(keys, srcA, n);
    if (vals != null) {
      permute(vals, srcA, n);
    }
  }

  /** Puts {@code items[order[i]]} at {@code i}, for every {@code i < n}. */
  private static void permute(PyObject[] items, int[] order, int n) {
    PyObject[] from = java.util.Arrays.copyOf(items, n);
    for (int i = 0; i < n; i++) {
      items[i] = from[order[i]];
    }
  }

  private static void insertionSort(long[] k, int[] at, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      long pivot = k[i];
      int pivotAt = at[i];
      int j = i - 1;
      while (j >= lo && pivot < k[j]) {
        k[j + 1] = k[j];
        at[j + 1] = at[j];
        j--;
      }
      k[j + 1] = pivot;
      at[j + 1] = pivotAt;
    }
  }

  private static void merge(long[] sk, int[] sa, long[] dk, int[] da, int lo, int mid, int hi) {
    int i = lo;
    int j = mid;
    int o = lo;
    if (mid < hi && sk[mid] < sk[mid - 1]) {
      while (i < mid && j < hi) {
        if (sk[j] < sk[i]) {
          da[o] = sa[j];
          dk[o++] = sk[j++];
        } else {
          da[o] = sa[i];
          dk[o++] = sk[i++];
        }
      }
    }
    // The rest of one run, or both runs when they were already in order (or one is empty).
    System.arraycopy(sk, i, dk, o, mid - i);
    System.arraycopy(sa, i, da, o, mid - i);
    o += mid - i;
    System.arraycopy(sk, j, dk, o, hi - j);
    System.arraycopy(sa, j, da, o, hi - j);
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
