package dev.krait.core.runtime;

/**
 * An instance of a class defined in Python whose only builtin base is {@code object}: its type,
 * its {@code __dict__} (unless {@code __slots__} removed it) and its {@code __slots__} storage.
 */
public final class PyInstance extends PyObject implements SlotStorage {

  private PyType type;
  private PyDict dict;
  final PyObject[] slots;

  /** Returns a new, empty instance of {@code type}. */
  public PyInstance(PyType type) {
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

  /** Replaces {@code __dict__} (the caller has checked that the instance has one). */
  void setDict(PyDict newDict) {
    this.dict = newDict;
  }

  /** Changes {@code __class__} (the caller has checked that the layouts agree). */
  void setType(PyType newType) {
    this.type = newType;
  }
}
