package dev.krait.core.runtime;

/** The builtin {@code frozenset}: an immutable, hashable {@link PySet}. */
public class PyFrozenSet extends PySet {

  /** The type {@code frozenset}. */
  public static final PyType TYPE =
      PyType.builtin("frozenset", PyFrozenSet.class, PyType.OBJECT);

  static {
    SetMethods.defineCommon(TYPE, true);
    TYPE.hash = s -> ((PySet) s).frozenHash();
    TYPE.defineLater(PyGenericAlias::defineClassGetItem);
    TYPE.ready();
  }

  /** Returns a new empty frozenset (callers fill it before handing it out). */
  public PyFrozenSet() {}

  /** Returns {@code frozenset(iterable)}. */
  public static PyFrozenSet fromIterable(PyObject iterable) {
    PyFrozenSet s = new PyFrozenSet();
    s.update(iterable);
    return s;
  }

  /**
   * Returns this frozenset's hash table, each slot's member or null, for the bytecode cache to
   * keep the exact layout (which decides the order of sets built from it); null when the table
   * has deleted slots.
   */
  public PyObject[] slotLayout() {
    return fill == used ? keys.clone() : null;
  }

  /**
   * Returns the frozenset whose table is exactly {@code layout} (as {@link #slotLayout} made it),
   * or null when that is not a table this class could have built: size not a power of two from
   * 8, fuller than the growth rule allows, or a member its probe sequence does not find there.
   */
  public static PyFrozenSet ofSlotLayout(PyObject[] layout) {
    int size = layout.length;
    if (size < MIN_SIZE || Integer.bitCount(size) != 1) {
      return null;
    }
    PyFrozenSet s = new PyFrozenSet();
    s.keys = layout.clone();
    s.hashes = new long[size];
    s.mask = size - 1;
    for (int i = 0; i < size; i++) {
      if (layout[i] != null) {
        s.hashes[i] = Abstract.hash(layout[i]);
        s.used++;
      }
    }
    s.fill = s.used;
    if ((long) s.fill * 5 >= (long) s.mask * 3) {
      return null;
    }
    for (int i = 0; i < size; i++) {
      if (layout[i] != null && s.lookup(layout[i], s.hashes[i]) != i) {
        return null;
      }
    }
    return s;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  boolean frozen() {
    return true;
  }

  /** An instance of a Python subclass of {@code frozenset}. */
  static final class Derived extends PyFrozenSet implements SlotStorage {
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
