package dev.krait.core.runtime;

/**
 * The builtin {@code set} (and, through {@link PyFrozenSet}, the table of {@code frozenset}):
 * CPython's open-addressed table with linear probing and the same probe sequence, resize rule
 * and dummy reuse, so that iteration order (and so {@code repr}) matches CPython's.
 */
public class PySet extends PyObject {

  /** The type {@code set}. */
  public static final PyType TYPE = PyType.builtin("set", PySet.class, PyType.OBJECT);

  static final int MIN_SIZE = 8;
  private static final int LINEAR_PROBES = 9;
  /** Marks a deleted slot (CPython's {@code dummy}). */
  private static final PyObject DUMMY = new PyObject() {
    @Override
    public PyType type() {
      return PyType.OBJECT;
    }
  };

  static {
    SetMethods.defineCommon(TYPE, false);
    TYPE.hash = ObjectMethods.UNHASHABLE;
    SetMethods.defineMutating(TYPE);
    TYPE.defineLater(PyGenericAlias::defineClassGetItem);
    TYPE.ready();
  }

  // keys[i] null: unused; DUMMY (with hashes[i] == -1): deleted; otherwise active.
  PyObject[] keys = new PyObject[MIN_SIZE];
  long[] hashes = new long[MIN_SIZE];
  int mask = MIN_SIZE - 1;
  int fill;
  int used;
  private int finger;

  /** Returns a new empty set. */
  public PySet() {}

  /** Returns {@code set(iterable)}. */
  public static PySet fromIterable(PyObject iterable) {
    PySet s = new PySet();
    s.update(iterable);
    return s;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns {@code len(self)}. */
  public int size() {
    return used;
  }

  /** Returns whether this is a frozenset (or a subclass of it). */
  boolean frozen() {
    return false;
  }

  /** Returns a new empty set of the same base kind (set or frozenset) as this one. */
  PySet emptyLike() {
    return frozen() ? new PyFrozenSet() : new PySet();
  }

  // ---- the table ----

  /** Adds {@code key}. */
  public void add(PyObject key) {
    addEntry(key, Abstract.hash(key));
  }

  /** Returns whether {@code key} is a member. */
  public boolean contains(PyObject key) {
    return lookup(key, Abstract.hash(key)) >= 0;
  }

  /** Removes {@code key}, returning whether it was there. */
  public boolean discard(PyObject key) {
    return discardEntry(key, Abstract.hash(key));
  }

  /** Returns the members in iteration order. */
  public PyObject[] toArray() {
    PyObject[] out = new PyObject[used];
    int n = 0;
    for (int i = 0; i <= mask; i++) {
      PyObject k = keys[i];
      if (k != null && k != DUMMY) {
        out[n++] = k;
      }
    }
    return out;
  }

  /** Returns the slot index after {@code pos} holding a member, or -1 past the end. */
  int nextSlot(int pos) {
    for (int i = pos; i <= mask; i++) {
      PyObject k = keys[i];
      if (k != null && k != DUMMY) {
        return i;
      }
    }
    return -1;
  }

  void addEntry(PyObject key, long hash) {
    while (true) {
      PyObject[] table = keys;
      int m = mask;
      int freeslot = -1;
      long perturb = hash;
      int i = (int) (hash & m);
      boolean restart = false;
      search:
      while (true) {
        int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
        for (int j = i; j <= i + probes; j++) {
          PyObject k = table[j];
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
            if ((long) fill * 5 >= (long) m * 3) {
              resize(used > 50000 ? used * 2 : used * 4);
            }
            return;
          }
          if (hashes[j] == hash && k != DUMMY) {
            int r = same(k, key);
            if (r > 0) {
              return;
            }
            if (r < 0 || table != keys || table[j] != k) {
              restart = true;
              break search;
            }
          } else if (k == DUMMY) {
            // The last deleted slot on the probe path is reused, as in CPython 3.11.
            freeslot = j;
          }
        }
        perturb >>>= 5;
        i = (int) ((i * 5L + 1 + perturb) & m);
      }
      if (!restart) {
        return;
      }
    }
  }

  /** Returns 1 when equal, 0 when not, -1 when the comparison was not a plain one. */
  private static int same(PyObject k, PyObject key) {
    if (k == key) {
      return 1;
    }
    if (k.getClass() == PyStr.class && key.getClass() == PyStr.class) {
      return ((PyStr) k).value().equals(((PyStr) key).value()) ? 1 : 0;
    }
    if (k.getClass() == PyInt.class && key.getClass() == PyInt.class) {
      PyInt a = (PyInt) k;
      PyInt b = (PyInt) key;
      if (!a.isBig() && !b.isBig()) {
        return a.longValue() == b.longValue() ? 1 : 0;
      }
    }
    return Abstract.eq(k, key) ? 1 : 0;
  }

  /** Returns the slot holding {@code key}, or -1. */
  int lookup(PyObject key, long hash) {
    while (true) {
      PyObject[] table = keys;
      int m = mask;
      long perturb = hash;
      int i = (int) (hash & m);
      boolean restart = false;
      search:
      while (true) {
        int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
        for (int j = i; j <= i + probes; j++) {
          PyObject k = table[j];
          if (k == null) {
            return -1;
          }
          if (hashes[j] == hash && k != DUMMY) {
            if (k == key) {
              return j;
            }
            boolean eq = same(k, key) > 0;
            if (table != keys || table[j] != k) {
              restart = true;
              break search;
            }
            if (eq) {
              return j;
            }
          }
        }
        perturb >>>= 5;
        i = (int) ((i * 5L + 1 + perturb) & m);
      }
      if (!restart) {
        return -1;
      }
    }
  }

  boolean discardEntry(PyObject key, long hash) {
    int j = lookup(key, hash);
    if (j < 0) {
      return false;
    }
    keys[j] = DUMMY;
    hashes[j] = -1;
    used--;
    return true;
  }

  private static void insertClean(PyObject[] table, long[] hashes, int mask, PyObject key,
      long hash) {
    long perturb = hash;
    int i = (int) (hash & mask);
    while (true) {
      if (table[i] == null) {
        table[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (table[j] == null) {
            table[j] = key;
            hashes[j] = hash;
            return;
          }
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  void resize(long minUsed) {
    int size = MIN_SIZE;
    while (size <= minUsed) {
      if (size >= 1 << 30) {
        throw PyErrors.make(PyErrors.MEMORY_ERROR);
      }
      size <<= 1;
    }
    PyObject[] oldKeys = keys;
    long[] oldHashes = hashes;
    keys = new PyObject[size];
    hashes = new long[size];
    mask = size - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      PyObject k = oldKeys[i];
      if (k != null && k != DUMMY) {
        insertClean(keys, hashes, mask, k, oldHashes[i]);
      }
    }
    fill = used;
  }

  /** Removes every member. */
  public void clear() {
    keys = new PyObject[MIN_SIZE];
    hashes = new long[MIN_SIZE];
    mask = MIN_SIZE - 1;
    fill = 0;
    used = 0;
  }

  /** Removes and returns an arbitrary member (CPython's choice), or null when empty. */
  PyObject pop() {
    if (used == 0) {
      return null;
    }
    int i = finger & mask;
    while (keys[i] == null || keys[i] == DUMMY) {
      i = i == mask ? 0 : i + 1;
    }
    PyObject k = keys[i];
    keys[i] = DUMMY;
    hashes[i] = -1;
    used--;
    finger = i + 1;
    return k;
  }

  /** Takes over the table of {@code other} (a fresh set no one else holds). */
  void takeTable(PySet other) {
    keys = other.keys;
    hashes = other.hashes;
    mask = other.mask;
    fill = other.fill;
    used = other.used;
  }

  // ---- bulk operations, as CPython's set_update_internal / set_merge ----

  /** Adds every member of {@code iterable}. */
  public void update(PyObject iterable) {
    if (iterable instanceof PySet other) {
      merge(other);
    } else if (iterable.getClass() == PyDict.class) {
      PyDict d = (PyDict) iterable;
      int n = d.size();
      if ((long) (fill + n) * 5 >= (long) mask * 3) {
        resize((long) (used + n) * 2);
      }
      d.forEachEntry((k, v, h) -> addEntry(k, h));
    } else {
      PyObject it = Abstract.iter(iterable);
      for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
        add(v);
      }
    }
  }

  private void merge(PySet other) {
    if (other == this || other.used == 0) {
      return;
    }
    if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
      resize((long) (used + other.used) * 2);
    }
    if (fill == 0 && mask == other.mask && other.fill == other.used) {
      System.arraycopy(other.keys, 0, keys, 0, keys.length);
      System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
      fill = other.fill;
      used = other.used;
      return;
    }
    if (fill == 0) {
      for (int i = 0; i <= other.mask; i++) {
        PyObject k = other.keys[i];
        if (k != null && k != DUMMY) {
          insertClean(keys, hashes, mask, k, other.hashes[i]);
        }
      }
      fill = other.used;
      used = other.used;
      return;
    }
    PyObject[] ok = other.keys;
    long[] oh = other.hashes;
    for (int i = 0; i < ok.length; i++) {
      PyObject k = ok[i];
      if (k != null && k != DUMMY) {
        addEntry(k, oh[i]);
      }
    }
  }

  /** Returns {@code hash(frozenset)} by CPython's order-independent mixing. */
  long frozenHash() {
    long h = 0;
    for (int i = 0; i <= mask; i++) {
      PyObject k = keys[i];
      if (k != null && k != DUMMY) {
        h ^= shuffle(hashes[i]);
      }
    }
    h ^= (used + 1L) * 1927868237L;
    h ^= (h >>> 11) ^ (h >>> 25);
    h = h * 69069L + 907133923L;
    return h == -1 ? 590923713L : h;
  }

  private static long shuffle(long h) {
    return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
  }

  /** An instance of a Python subclass of {@code set}: carries its type and {@code __dict__}. */
  static final class Derived extends PySet implements SlotStorage {
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
