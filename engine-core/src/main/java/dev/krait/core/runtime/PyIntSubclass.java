package dev.krait.core.runtime;

/**
 * An instance of a class defined in Python that subclasses {@code int}: the value plus the
 * class and its {@code __dict__}.
 */
final class PyIntSubclass extends PyInt {

  private PyType type;
  private final PyDict dict;

  PyIntSubclass(PyType type, PyInt value) {
    super(value);
    this.type = type;
    this.dict = type.instanceDict ? new PyDict() : null;
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
