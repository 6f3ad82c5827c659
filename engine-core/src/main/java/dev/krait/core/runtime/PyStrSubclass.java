package dev.krait.core.runtime;

/** An instance of a Python subclass of {@code str}: the code points plus its type and dict. */
final class PyStrSubclass extends PyStr {

  private final PyType type;
  private final PyDict dict;

  PyStrSubclass(PyType type, PyStr value) {
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
}
