package dev.krait.core.runtime;

import java.util.Arrays;

/**
 * Python's {@code dict}: CPython's compact layout, an open-addressed index table into dense,
 * insertion-ordered entry arrays, with a fast path for exact-str keys given as Java strings.
 * The named methods are in {@link DictMethods}, the views in {@link PyDictView}.
 */
public class PyDict extends PyObject {

  /** The builtin type {@code dict}. */
  public static final PyType TYPE = PyType.builtin("dict", PyDict.class, PyType.OBJECT);

  static {
    TYPE.hash = ObjectMethods.UNHASHABLE;
    TYPE.len = d -> ((PyDict) d).size;
    TYPE.getItem = (d, k) -> ((PyDict) d).getItem(k);
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
    TYPE.iter = d -> new PyDictIterator((PyDict) d, PyDictView.Kind.KEYS, false);
    TYPE.repr = d -> PyStr.of(((PyDict) d).repr());
    TYPE.richCompare = ReprGuard.nested(PyDict::compare);
    TYPE.newSlot = (t, args, kw) -> t == TYPE ? new PyDict() : new Derived(t);
    TYPE.init = DictMethods::init;
    DictMethods.defineSlots(TYPE);
    TYPE.defineLater(t -> {
      DictMethods.define(t);
      PyGenericAlias.defineClassGetItem(t);
    });
    TYPE.ready();
  }

  private static final int EMPTY = -1;
  private static final int DELETED = -2;

  private int[] index = new int[8];
  long[] hashes = new long[5];
  PyObject[] keys = new PyObject[5];
  PyObject[] values = new PyObject[5];
  int used; // entries written, including deleted ones
  int size;
  /** Changes on every insertion into the index: see {@link #keysVersion()}. */
  private int keysVersion;
  /** Changes on every store, insertion and deletion of an entry: see {@link #changes()}. */
  private long changes;

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

  /** Receives one entry: key, value and the key's hash. */
  @FunctionalInterface
  interface EntryConsumer {
    void accept(PyObject key, PyObject value, long hash);
  }

  /** Calls {@code action} for each entry in insertion order (the dict must not change). */
  void forEachEntry(EntryConsumer action) {
    for (int e = 0; e < used; e++) {
      if (keys[e] != null) {
        action.accept(keys[e], values[e], hashes[e]);
      }
    }
  }

  private PyObject getItem(PyObject k) {
    PyObject v = get(k);
    if (v == null) {
      if (getClass() != PyDict.class) {
        // A subclass may define __missing__ (CPython looks it up on the type only).
        PyObject missing = type().lookup("__missing__");
        if (missing != null) {
          return Abstract.callSpecial(this, missing, "__missing__", k);
        }
      }
      throw PyErrors.keyError(k);
    }
    return v;
  }

  /** Returns {@code hash(key)}, without a slot call for exact strs. */
  static long hashOf(PyObject key) {
    return key.getClass() == PyStr.class ? ((PyStr) key).hash() : Abstract.hash(key);
  }

  /** Returns the value for {@code key}, or null. */
  public PyObject get(PyObject key) {
    int e = find(key, hashOf(key));
    return e < 0 ? null : values[e];
  }

  /** Returns the value for {@code key} whose hash is known, or null. */
  PyObject get(PyObject key, long hash) {
    int e = find(key, hash);
    return e < 0 ? null : values[e];
  }

  /** Returns the value for the str key {@code key}, or null, without making a PyStr. */
  public PyObject getStr(String key) {
    int e = findStr(key);
    return e < 0 ? null : values[e];
  }

  /**
   * Returns the entry number of the str key {@code key}, or -1: with {@link #valueAt} and
   * {@link #keysVersion}, what the VM's global-variable caches remember.
   */
  public int findStr(String key) {
    long h = PyStr.hashOf(key);
    int mask = index.length - 1;
    for (long perturb = h, i = h & mask; ; perturb >>>= 5) {
      int e = index[(int) i];
      if (e == EMPTY) {
        return -1;
      }
      if (e >= 0 && hashes[e] == h) {
        PyObject k = keys[e];
        if (k.getClass() == PyStr.class ? ((PyStr) k).value().equals(key)
            : Abstract.eq(k, PyStr.of(key))) {
          return e;
        }
      }
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** Returns the number of entries written, deleted ones included: every entry number is below. */
  public int entryLimit() {
    return used;
  }

  /** Returns the key of entry {@code e}, or null when the entry is gone or was never made. */
  public PyObject keyAt(int e) {
    PyObject[] ks = keys;
    return e < ks.length ? ks[e] : null;
  }

  /**
   * Returns the value of entry {@code e} if that entry still holds {@code key} (the same
   * object), else null. An entry keeps its key until it is deleted or the table is rebuilt, so
   * a hit is the key's current value.
   */
  public PyObject valueAt(int e, PyObject key) {
    PyObject[] ks = keys;
    PyObject[] vs = values;
    return e < ks.length && ks[e] == key && vs.length == ks.length ? vs[e] : null;
  }

  /**
   * Returns the value of entry {@code e} if that entry holds the str key {@code key}, else null:
   * a check of a remembered entry number before a full lookup.
   */
  public PyObject valueAtStr(int e, String key) {
    PyObject[] ks = keys;
    PyObject[] vs = values;
    if (e >= 0 && e < ks.length && vs.length == ks.length) {
      PyObject k = ks[e];
      if (k != null && k.getClass() == PyStr.class && ((PyStr) k).value().equals(key)) {
        return vs[e];
      }
    }
    return null;
  }

  /**
   * Sets entry {@code e} to {@code value} if that entry holds the str key {@code key} and
   * returns true; else changes nothing and returns false.
   */
  public boolean setAtStr(int e, String key, PyObject value) {
    PyObject[] ks = keys;
    PyObject[] vs = values;
    if (e >= 0 && e < ks.length && vs.length == ks.length) {
      PyObject k = ks[e];
      if (k != null && k.getClass() == PyStr.class && ((PyStr) k).value().equals(key)) {
        vs[e] = value;
        changes++;
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a counter that changes whenever an entry is set (also to the value it held), added,
   * deleted or cleared, and never otherwise: an unchanged count means every key is bound to the
   * very object it was bound to when the count was read. Reads never touch it.
   */
  public long changes() {
    return changes;
  }

  /** Returns a counter that changes whenever a key is added (so an absent key stays absent). */
  public int keysVersion() {
    return keysVersion;
  }

  /** Sets the str key {@code key}. */
  public void putStr(String key, PyObject value) {
    int e = findStr(key);
    if (e >= 0) {
      // Rebinding an existing key (an attribute or a global): no new PyStr.
      values[e] = value;
      changes++;
      return;
    }
    put(PyStr.of(key), value);
  }

  /**
   * Sets the str key {@code key} and returns its entry number, as {@link #findStr} would now
   * return it: one lookup for what {@link #putStr} then {@link #findStr} do.
   */
  public int putStrEntry(String key, PyObject value) {
    int version = keysVersion;
    int e = findStr(key);
    if (e >= 0) {
      values[e] = value;
      changes++;
      return e;
    }
    if (version != keysVersion) {
      // A key's __eq__ added keys during the lookup: the general path looks again.
      putStr(key, value);
      return findStr(key);
    }
    return append(PyStr.of(key), PyStr.hashOf(key), value);
  }

  /** Deletes the str key {@code key}, returning whether it was there. */
  public boolean delStr(String key) {
    return remove(PyStr.of(key));
  }

  /** Sets {@code self[key] = value}; an existing key keeps its position and its key object. */
  public void put(PyObject key, PyObject value) {
    put(key, hashOf(key), value);
  }

  void put(PyObject key, long h, PyObject value) {
    int e = find(key, h);
    if (e >= 0) {
      values[e] = value;
      changes++;
      return;
    }
    append(key, h, value);
  }

  /** Adds the absent {@code key} (hash {@code h}) as the last entry and returns its number. */
  private int append(PyObject key, long h, PyObject value) {
    if (used == keys.length) {
      grow();
    }
    keys[used] = key;
    values[used] = value;
    hashes[used] = h;
    insertIndex(h, used);
    size++;
    changes++;
    return used++;
  }

  /** Deletes {@code key}, returning whether it was there. */
  public boolean remove(PyObject key) {
    return pop(key, hashOf(key)) != null;
  }

  /** Deletes {@code key} (hash known) and returns its value, or null when it was not there. */
  PyObject pop(PyObject key, long h) {
    int e = find(key, h);
    if (e < 0) {
      return null;
    }
    removeEntry(e);
    return detach(e);
  }

  private PyObject detach(int e) {
    PyObject v = values[e];
    keys[e] = null;
    values[e] = null;
    changes++;
    return v;
  }

  /** Unlinks entry {@code e} from the index (its arrays are cleared by the caller). */
  private void removeEntry(int e) {
    long h = hashes[e];
    int mask = index.length - 1;
    for (long perturb = h, i = h & mask; ; perturb >>>= 5) {
      if (index[(int) i] == e) {
        index[(int) i] = DELETED;
        size--;
        return;
      }
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** Removes and returns the last entry as {key, value}, or null when empty. */
  PyObject[] popLast() {
    int e = used - 1;
    while (e >= 0 && keys[e] == null) {
      e--;
    }
    if (e < 0) {
      return null;
    }
    removeEntry(e);
    PyObject k = keys[e];
    PyObject v = detach(e);
    used = e; // LIFO: later popitem calls start here, as CPython
    return new PyObject[] {k, v};
  }

  /** Removes every entry. */
  public void clear() {
    index = new int[8];
    Arrays.fill(index, EMPTY);
    hashes = new long[5];
    keys = new PyObject[5];
    values = new PyObject[5];
    used = 0;
    size = 0;
    changes++;
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

  /** Returns a shallow copy. */
  public PyDict copy() {
    PyDict d = new PyDict();
    d.index = index.clone();
    d.hashes = hashes.clone();
    d.keys = keys.clone();
    d.values = values.clone();
    d.used = used;
    d.size = size;
    return d;
  }

  private int find(PyObject key, long h) {
    while (true) {
      PyObject[] ks = keys;
      int[] idx = index;
      int mask = idx.length - 1;
      boolean restart = false;
      for (long perturb = h, i = h & mask; ; perturb >>>= 5) {
        int e = idx[(int) i];
        if (e == EMPTY) {
          return -1;
        }
        if (e >= 0) {
          PyObject k = ks[e];
          if (k == key) {
            return e;
          }
          if (hashes[e] == h && k != null) {
            if (k.getClass() == PyStr.class && key.getClass() == PyStr.class) {
              if (((PyStr) k).value().equals(((PyStr) key).value())) {
                return e;
              }
              i = (i * 5 + perturb + 1) & mask;
              continue;
            }
            boolean eq = Abstract.eq(k, key);
            if (ks != keys || idx != index || ks[e] != k) {
              restart = true; // the comparison changed the dict: look again
              break;
            }
            if (eq) {
              return e;
            }
          }
        }
        i = (i * 5 + perturb + 1) & mask;
      }
      if (!restart) {
        return -1;
      }
    }
  }

  private void insertIndex(long h, int entry) {
    keysVersion++;
    int mask = index.length - 1;
    long i = h & mask;
    for (long perturb = h; index[(int) i] >= 0; perturb >>>= 5) {
      i = (i * 5 + perturb + 1) & mask;
    }
    index[(int) i] = entry;
  }

  private void grow() {
    // Compact live entries, then size the index to keep it at most two-thirds full.
    int capacity = Math.max(5, size * 3 + 1);
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

  private String repr() {
    if (size == 0) {
      return "{}";
    }
    if (!ReprGuard.enter(this)) {
      return "{...}";
    }
    try {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (int e = 0; e < used; e++) {
        PyObject k = keys[e];
        if (k == null) {
          continue;
        }
        PyObject v = values[e];
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append(Abstract.repr(k).value()).append(": ").append(Abstract.repr(v).value());
      }
      return sb.append('}').toString();
    } finally {
      ReprGuard.leave(this);
    }
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!(b instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    boolean eq = equal((PyDict) a, (PyDict) b);
    return PyBool.of(eq == (op == CompareOp.EQ));
  }

  private static boolean equal(PyDict a, PyDict b) {
    if (a.size != b.size) {
      return false;
    }
    for (int e = 0; e < a.used; e++) {
      PyObject k = a.keys[e];
      if (k == null) {
        continue;
      }
      PyObject av = a.values[e];
      PyObject bv = b.get(k, a.hashes[e]);
      if (bv == null || !Abstract.eq(av, bv)) {
        return false;
      }
      if (e >= a.used) {
        break;
      }
    }
    return true;
  }

  /** An instance of a Python subclass of {@code dict}: carries its type and {@code __dict__}. */
  static final class Derived extends PyDict implements SlotStorage {
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
