package dev.krait.core.runtime;

/**
 * An instance of a class defined in Python that subclasses {@code complex}: the value plus the
 * class and its {@code __dict__}.
 */
final class PyComplexSubclass extends PyComplex {

  private PyType type;
  private final PyDict dict;
  /** The {@code __slots__} cells, or null. */
  final PyObject[] slots;

  PyComplexSubclass(PyType type, double real, double imag) {
    super(real, imag);
    this.type = type;
    this.dict = type.instanceDict ? new PyDict() : null;
    this.slots = type.slotNames.length == 0 ? null : new PyObject[type.slotNames.length];
  }

  @Override
  public PyType type() {
    return type;
  }

  @Override
  public PyDict dict() {
    return dict;
  }

  /** Changes {@code __class__} (the caller has checked that the layouts agree). */
  void setType(PyType newType) {
    this.type = newType;
  }
}
