package dev.krait.core.runtime;

import java.util.Arrays;

/**
 * Python's {@code dict}: CPython's compact layout, an open-addressed index table into dense,
 * insertion-ordered entry arrays, with a fast path for exact-str keys given as Java strings.
 */
public class PyDict extends PyObject {

  /** The builtin type {@code dict}. */
  public static final PyType TYPE = PyType.builtin("dict", PyDict.class, PyType.OBJECT);

  static {
    TYPE.hash = ObjectMethods.UNHASHABLE;
    TYPE.len = d -> ((PyDict) d).size;
    TYPE.getItem =
        (d, k) -> {
          PyObject v = ((PyDict) d).get(k);
          if (v == null) {
            throw PyErrors.keyError(k);
          }
          return v;
        };
    TYPE.setItem =
        (d, k, v) -> {
          if (v == null) {
            if (!((PyDict) d).remove(k)) {
              throw PyErrors.keyError(k);
            }
          } else {
            ((PyDict) d).put(k, v);
          }
        };
    TYPE.contains = (d, k) -> ((PyDict) d).get(k) != null;
    DictMethods.define(TYPE);
    TYPE.ready();
  }

  private static final int EMPTY = -1;
  private static final int DELETED = -2;

  private int[] index = new int[8];
  private long[] hashes = new long[5];
  private PyObject[] keys = new PyObject[5];
  private PyObject[] values = new PyObject[5];
  private int used; // entries written, including deleted ones
  private int size;

  /** Returns a new empty dict. */
  public PyDict() {
    Arrays.fill(index, EMPTY);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns {@code len(self)}. */
  public int size() {
    return size;
  }

  /** Returns the value for {@code key}, or null. */
  public PyObject get(PyObject key) {
    int e = find(key, Abstract.hash(key));
    return e < 0 ? null : values[e];
  }

  /** Returns the value for the str key {@code key}, or null, without making a PyStr. */
  public PyObject getStr(String key) {
    long h = PyStr.hashOf(key);
    int mask = index.length - 1;
    for (long perturb = h, i = h & mask; ; perturb >>>= 5) {
      int e = index[(int) i];
      if (e == EMPTY) {
        return null;
      }
      if (e >= 0 && hashes[e] == h) {
        PyObject k = keys[e];
        if (k.getClass() == PyStr.class ? ((PyStr) k).value().equals(key)
            : Abstract.eq(k, PyStr.of(key))) {
          return values[e];
        }
      }
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** Sets the str key {@code key}. */
  public void putStr(String key, PyObject value) {
    put(PyStr.of(key), value);
  }

  /** Deletes the str key {@code key}, returning whether it was there. */
  public boolean delStr(String key) {
    return remove(PyStr.of(key));
  }

  /** Sets {@code self[key] = value}; an existing key keeps its position and its key object. */
  public void put(PyObject key, PyObject value) {
    long h = Abstract.hash(key);
    int e = find(key, h);
    if (e >= 0) {
      values[e] = value;
      return;
    }
    if (used == keys.length) {
      grow();
    }
    keys[used] = key;
    values[used] = value;
    hashes[used] = h;
    insertIndex(h, used);
    used++;
    size++;
  }

  /** Deletes {@code key}, returning whether it was there. */
  public boolean remove(PyObject key) {
    long h = Abstract.hash(key);
    int mask = index.length - 1;
    for (long perturb = h, i = h & mask; ; perturb >>>= 5) {
      int e = index[(int) i];
      if (e == EMPTY) {
        return false;
      }
      if (e >= 0 && matches(e, key, h)) {
        index[(int) i] = DELETED;
        keys[e] = null;
        values[e] = null;
        size--;
        return true;
      }
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** Returns the keys in insertion order. */
  public PyObject[] keys() {
    PyObject[] out = new PyObject[size];
    int n = 0;
    for (int e = 0; e < used; e++) {
      if (keys[e] != null) {
        out[n++] = keys[e];
      }
    }
    return out;
  }

  private int find(PyObject key, long h) {
    int mask = index.length - 1;
    for (long perturb = h, i = h & mask; ; perturb >>>= 5) {
      int e = index[(int) i];
      if (e == EMPTY) {
        return -1;
      }
      if (e >= 0 && matches(e, key, h)) {
        return e;
      }
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  private boolean matches(int e, PyObject key, long h) {
    PyObject k = keys[e];
    return k == key || (hashes[e] == h && Abstract.eq(k, key));
  }

  private void insertIndex(long h, int entry) {
    int mask = index.length - 1;
    long i = h & mask;
    for (long perturb = h; index[(int) i] >= 0; perturb >>>= 5) {
      i = (i * 5 + perturb + 1) & mask;
    }
    index[(int) i] = entry;
  }

  private void grow() {
    // Compact live entries, then size the index to keep it at most two-thirds full.
    int capacity = Math.max(5, size * 2 + 1);
    long[] nh = new long[capacity];
    PyObject[] nk = new PyObject[capacity];
    PyObject[] nv = new PyObject[capacity];
    int n = 0;
    for (int e = 0; e < used; e++) {
      if (keys[e] != null) {
        nh[n] = hashes[e];
        nk[n] = keys[e];
        nv[n] = values[e];
        n++;
      }
    }
    hashes = nh;
    keys = nk;
    values = nv;
    used = n;
    int indexSize = 8;
    while (indexSize * 2 < capacity * 3) {
      indexSize <<= 1;
    }
    index = new int[indexSize];
    Arrays.fill(index, EMPTY);
    for (int e = 0; e < n; e++) {
      insertIndex(hashes[e], e);
    }
  }
}
