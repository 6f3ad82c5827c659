package dev.krait.core.runtime;

/**
 * An instance of a class defined in Python that subclasses {@code complex}: the value plus the
 * class and its {@code __dict__}.
 */
final class PyComplexSubclass extends PyComplex implements SlotStorage {

  private PyType type;
  private final PyDict dict;
  private final PyObject[] slots;

  PyComplexSubclass(PyType type, double real, double imag) {
    super(real, imag);
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

  /** Changes {@code __class__} (the caller has checked that the layouts agree). */
  void setType(PyType newType) {
    this.type = newType;
  }
}
