package dev.krait.core.runtime;

/** An object with {@code __slots__} cells: instances of classes defined in Python. */
interface SlotStorage {

  /** Returns the cells, one per name of the type's {@code slotNames} (null if it has none). */
  PyObject[] slotCells();

  /** Returns new cells for an instance of {@code type}, or null when it declares no slots. */
  static PyObject[] cellsFor(PyType type) {
    return type.slotNames.length == 0 ? null : new PyObject[type.slotNames.length];
  }
}
