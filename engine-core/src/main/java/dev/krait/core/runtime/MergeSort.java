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
      sortLeading(numbers, null, 0, null, keys, vals, n);
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

  /**
   * Returns the order of the keys at positions {@code a} and {@code b} by their columns from
   * {@code from} on.
   */
  private static int compareAt(Object[] columns, int from, int a, int b) {
    for (int c = from; c < columns.length; c++) {
      Object column = columns[c];
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
   * Sorts {@code keys} (and {@code vals}) stably by their {@link #columns}: the first column as
   * longs (numbers as they are, strs as {@link #prefixes}) decides, the columns break its ties.
   */
  private static void sortColumns(Object[] columns, PyObject[] keys, PyObject[] vals, int n) {
    if (!(columns[0] instanceof long[] numbers)) {
      long[][] prefix = prefixes((String[]) columns[0], n);
      sortLeading(prefix[0], prefix[1], 0, columns, keys, vals, n);
    } else if (columns.length > 1 && columns[1] instanceof String[] strs) {
      sortLeading(numbers, shortPrefixes(strs, n), 1, columns, keys, vals, n);
    } else {
      sortLeading(numbers, null, 0, columns.length > 1 ? columns : null, keys, vals, n);
    }
  }

  /**
   * Returns, for each string, two longs whose signed order, first then second, is the strings'
   * order wherever the pairs differ: the string's first 15 chars as bytes when those of every
   * string are Latin-1 (else its first 7 as 16-bit units), zero-padded, then one byte of its
   * length, 255 when it is longer than that. Equal pairs with a length byte other than 255 are
   * equal strings (a string padded with zeros only sorts after itself by its length).
   */
  private static long[][] prefixes(String[] strs, int n) {
    return packedPrefixes(strs, n, 8);
  }

  // prefixes() with chars of `bits` bits (8 or 16): 128 / bits - 1 chars, 64 / bits in the first
  // long; a char over Latin-1 makes the 8-bit packing start again with 16-bit chars.
  private static long[][] packedPrefixes(String[] strs, int n, int bits) {
    int chars = 128 / bits - 1;
    int inHi = 64 / bits;
    long[] hi = new long[n];
    long[] lo = new long[n];
    for (int i = 0; i < n; i++) {
      String s = strs[i];
      long p = 0;
      long q = 0;
      for (int k = 0; k < chars; k++) {
        int c = k < s.length() ? s.charAt(k) : 0;
        if (bits == 8 && c > 0xff) {
          return packedPrefixes(strs, n, 16);
        }
        if (k < inHi) {
          p = p << bits | c;
        } else {
          q = q << bits | c;
        }
      }
      hi[i] = p ^ Long.MIN_VALUE;
      lo[i] = (q << bits | (s.length() <= chars ? s.length() : 0xff)) ^ Long.MIN_VALUE;
    }
    return new long[][] {hi, lo};
  }


  /**
   * Returns, for each string, a long whose signed order is the strings' order wherever two differ:
   * its first 7 chars as bytes when those of every string are Latin-1 (else its first 3 as 16-bit
   * units and a zero byte), zero-padded, then one byte of its length, 255 when it is longer; see
   * {@link #prefixes}.
   */
  private static long[] shortPrefixes(String[] strs, int n) {
    boolean wide = false;
    for (int i = 0; i < n && !wide; i++) {
      String s = strs[i];
      for (int k = 0; k < 7 && k < s.length(); k++) {
        wide |= s.charAt(k) > 0xff;
      }
    }
    int chars = wide ? 3 : 7;
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      String s = strs[i];
      long p = 0;
      for (int k = 0; k < chars; k++) {
        p = p << (wide ? 16 : 8) | (k < s.length() ? s.charAt(k) : 0);
      }
      p = wide ? p << 16 : p << 8;
      out[i] = (p | (s.length() <= chars ? s.length() : 0xff)) ^ Long.MIN_VALUE;
    }
    return out;
  }



  /**
   * Sorts {@code keys} (and {@code vals}) stably by {@code lead}, then {@code lead2} when not
   * null (the prefixes of column {@code prefixOf}, whose length byte says whether they are the
   * whole strings), then, among equal ones, by {@code columns} (null when there are no ties to
   * break) after those the leads decided: a merge sort of (leads, position) tuples, then one
   * permutation of the objects.
   */
  private static void sortLeading(long[] lead, long[] lead2, int prefixOf, Object[] columns,
      PyObject[] keys, PyObject[] vals, int n) {
    int[] at = new int[n];
    for (int i = 0; i < n; i++) {
      at[i] = i;
    }
    for (int lo = 0; lo < n; lo += RUN) {
      insertionSort(lead, lead2, prefixOf, at, columns, lo, Math.min(n, lo + RUN));
    }
    long[] srcN = lead;
    long[] srcM = lead2;
    int[] srcA = at;
    long[] dstN = new long[n];
    long[] dstM = lead2 == null ? null : new long[n];
    int[] dstA = new int[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        merge(srcN, srcM, prefixOf, srcA, dstN, dstM, dstA, columns, lo, Math.min(n, lo + width),
            Math.min(n, lo + 2 * width));
      }
      long[] tn = srcN;
      srcN = dstN;
      dstN = tn;
      tn = srcM;
      srcM = dstM;
      dstM = tn;
      int[] ta = srcA;
      srcA = dstA;
      dstA = ta;
    }
    permute(keys, srcA, n);
    if (vals != null) {
      permute(vals, srcA, n);
    }
  }

  /**
   * Returns whether the tuple at {@code i} sorts before the one at {@code j}; see
   * {@link #sortLeading}.
   */
  private static boolean before(
      long[] k, long[] k2, int prefixOf, int[] at, Object[] columns, int i, int j) {
    long a = k[i];
    long b = k[j];
    if (a != b) {
      return a < b;
    }
    int from = 1;
    if (k2 != null) {
      a = k2[i];
      b = k2[j];
      if (a != b) {
        return a < b;
      }
      // Strings too long for their prefixes are compared whole.
      from = (a & 0xff) == 0xff ? prefixOf : prefixOf + 1;
    }
    return columns != null && from < columns.length
        && compareAt(columns, from, at[i], at[j]) < 0;
  }

  /** Puts {@code items[order[i]]} at {@code i}, for every {@code i < n}. */
  private static void permute(PyObject[] items, int[] order, int n) {
    PyObject[] from = java.util.Arrays.copyOf(items, n);
    for (int i = 0; i < n; i++) {
      items[i] = from[order[i]];
    }
  }

  private static void insertionSort(
      long[] k, long[] k2, int prefixOf, int[] at, Object[] columns, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      int j = i;
      // Swap the new tuple down while it sorts before its neighbour.
      while (j > lo && before(k, k2, prefixOf, at, columns, j, j - 1)) {
        swap(k, j);
        if (k2 != null) {
          swap(k2, j);
        }
        int t = at[j];
        at[j] = at[j - 1];
        at[j - 1] = t;
        j--;
      }
    }
  }

  private static void swap(long[] k, int j) {
    long t = k[j];
    k[j] = k[j - 1];
    k[j - 1] = t;
  }

  private static void merge(long[] sk, long[] sm, int prefixOf, int[] sa, long[] dk, long[] dm,
      int[] da, Object[] columns, int lo, int mid, int hi) {
    int i = lo;
    int j = mid;
    int o = lo;
    if (mid < hi && before(sk, sm, prefixOf, sa, columns, mid, mid - 1)) {
      while (i < mid && j < hi) {
        int from = before(sk, sm, prefixOf, sa, columns, j, i) ? j++ : i++;
        dk[o] = sk[from];
        if (sm != null) {
          dm[o] = sm[from];
        }
        da[o++] = sa[from];
      }
    }
    // The rest of one run, or both runs when they were already in order (or one is empty).
    copy(sk, sm, sa, dk, dm, da, i, o, mid - i);
    copy(sk, sm, sa, dk, dm, da, j, o + mid - i, hi - j);
  }

  private static void copy(long[] sk, long[] sm, int[] sa, long[] dk, long[] dm, int[] da,
      int from, int to, int count) {
    System.arraycopy(sk, from, dk, to, count);
    if (sm != null) {
      System.arraycopy(sm, from, dm, to, count);
    }
    System.arraycopy(sa, from, da, to, count);
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
