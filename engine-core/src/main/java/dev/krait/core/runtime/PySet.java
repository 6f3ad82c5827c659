package dev.krait.core.runtime;

/**
 * The builtin {@code set} and {@code frozenset}: an open-addressing table laid out as CPython's
 * {@code setobject.c} (linear probes, then perturbation; the same resize rule), so that
 * iteration order, and hence printed output, matches CPython's.
 */
public final class PySet extends PyObject {

  /** The type {@code set}. */
  public static final PyType TYPE = PyType.builtin("set", PySet.class, PyType.OBJECT);

  /** The type {@code frozenset}. */
  public static final PyType FROZEN = PyType.builtin("frozenset", PySet.class, PyType.OBJECT);

  private static final int MIN_SIZE = 8;
  private static final int LINEAR_PROBES = 9;
  private static final int PERTURB_SHIFT = 5;
  /** Marks a deleted slot, as CPython's dummy key. */
  private static final PyObject DUMMY = PyNone.NONE;

  static {
    SetMethods.define(TYPE, false);
    SetMethods.define(FROZEN, true);
  }

  private final boolean frozen;
  private PyObject[] keys = new PyObject[MIN_SIZE];
  private long[] hashes = new long[MIN_SIZE];
  private int fill;
  private int used;

  /** Returns a new empty set (or frozenset). */
  public PySet(boolean frozen) {
    this.frozen = frozen;
  }

  @Override
  public PyType type() {
    return frozen ? FROZEN : TYPE;
  }

  /** Returns whether this is a frozenset. */
  public boolean isFrozen() {
    return frozen;
  }

  /** Returns the number of items. */
  public int size() {
    return used;
  }

  /** Returns the items in CPython's iteration order. */
  public PyObject[] items() {
    PyObject[] out = new PyObject[used];
    int n = 0;
    for (PyObject k : keys) {
      if (k != null && k != DUMMY) {
        out[n++] = k;
      }
    }
    return out;
  }

  /** Adds {@code key}. */
  public void add(PyObject key) {
    long hash = Abstract.hash(key);
    int mask = keys.length - 1;
    int i = (int) (hash & mask);
    long perturb = hash;
    // The last deleted slot passed on the way is reused (CPython 3.11 places items so).
    int freeslot = -1;
    while (true) {
      int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      int j = i;
      do {
        PyObject k = keys[j];
        if (k == null) {
          if (freeslot >= 0) {
            keys[freeslot] = key;
            hashes[freeslot] = hash;
            used++;
            return;
          }
          keys[j] = key;
          hashes[j] = hash;
          fill++;
          used++;
          if ((long) fill * 5 >= (long) mask * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
          }
          return;
        }
        if (k == DUMMY) {
          freeslot = j;
        } else if (hashes[j] == hash && (k == key || Abstract.eq(k, key))) {
          return;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  private int find(PyObject key, long hash) {
    int mask = keys.length - 1;
    int i = (int) (hash & mask);
    long perturb = hash;
    while (true) {
      int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      int j = i;
      do {
        PyObject k = keys[j];
        if (k == null) {
          return -1;
        }
        if (k != DUMMY && hashes[j] == hash && (k == key || Abstract.eq(k, key))) {
          return j;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  /** Returns whether {@code key} is an item. */
  public boolean contains(PyObject key) {
    return find(key, Abstract.hash(key)) >= 0;
  }

  /** Removes {@code key}, returning whether it was there. */
  public boolean discard(PyObject key) {
    int j = find(key, Abstract.hash(key));
    if (j < 0) {
      return false;
    }
    keys[j] = DUMMY;
    hashes[j] = -1;
    used--;
    return true;
  }

  /** Removes and returns an item, as CPython's {@code set.pop} picks it; null when empty. */
  PyObject pop() {
    if (used == 0) {
      return null;
    }
    for (int j = 0; j < keys.length; j++) {
      if (keys[j] != null && keys[j] != DUMMY) {
        PyObject k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return k;
      }
    }
    return null;
  }

  void clear() {
    keys = new PyObject[MIN_SIZE];
    hashes = new long[MIN_SIZE];
    fill = 0;
    used = 0;
  }

  private void resize(int minUsed) {
    int size = MIN_SIZE;
    while (size <= minUsed) {
      size <<= 1;
    }
    PyObject[] oldKeys = keys;
    long[] oldHashes = hashes;
    keys = new PyObject[size];
    hashes = new long[size];
    int mask = size - 1;
    for (int o = 0; o < oldKeys.length; o++) {
      PyObject k = oldKeys[o];
      if (k == null || k == DUMMY) {
        continue;
      }
      long hash = oldHashes[o];
      long perturb = hash;
      int i = (int) (hash & mask);
      outer:
      while (true) {
        if (keys[i] == null) {
          keys[i] = k;
          hashes[i] = hash;
          break;
        }
        if (i + LINEAR_PROBES <= mask) {
          for (int j = 1; j <= LINEAR_PROBES; j++) {
            if (keys[i + j] == null) {
              keys[i + j] = k;
              hashes[i + j] = hash;
              break outer;
            }
          }
        }
        perturb >>>= PERTURB_SHIFT;
        i = (int) ((i * 5L + 1 + perturb) & mask);
      }
    }
    fill = used;
  }

  /** Adds every item of {@code iterable}, presizing as CPython's {@code set_update_internal}. */
  public void update(PyObject iterable) {
    if (iterable instanceof PySet other) {
      if (other.used == 0) {
        return;
      }
      if ((long) (fill + other.used) * 5 >= (long) (keys.length - 1) * 3) {
        resize((used + other.used) * 2);
      }
      if (fill == 0 && keys.length == other.keys.length && other.fill == other.used) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        fill = other.fill;
        used = other.used;
        return;
      }
      for (PyObject k : other.items()) {
        add(k);
      }
      return;
    }
    if (iterable instanceof PyDict d) {
      if ((long) (fill + d.size()) * 5 >= (long) (keys.length - 1) * 3) {
        resize((used + d.size()) * 2);
      }
      for (PyObject k : d.keys()) {
        add(k);
      }
      return;
    }
    Abstract.forEach(iterable, this::add);
  }

  /** Returns CPython's frozenset hash of the items. */
  long hash() {
    long h = 0;
    for (int j = 0; j < keys.length; j++) {
      if (keys[j] != null && keys[j] != DUMMY) {
        long x = hashes[j];
        h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
      }
    }
    h ^= (used + 1L) * 1927868237L;
    h ^= (h >>> 11) ^ (h >>> 25);
    h = h * 69069L + 907133923L;
    return h == -1 ? 590923713L : h;
  }
}
