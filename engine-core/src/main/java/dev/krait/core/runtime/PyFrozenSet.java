package dev.krait.core.runtime;

/** The builtin {@code frozenset}: an immutable, hashable {@link PySet}. */
public class PyFrozenSet extends PySet {

  /** The type {@code frozenset}. */
  public static final PyType TYPE =
      PyType.builtin("frozenset", PyFrozenSet.class, PyType.OBJECT);

  static {
    SetMethods.defineCommon(TYPE, true);
    TYPE.hash = s -> ((PySet) s).frozenHash();
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
