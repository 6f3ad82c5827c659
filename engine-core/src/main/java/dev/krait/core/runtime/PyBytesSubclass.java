package dev.krait.core.runtime;

/** An instance of a Python subclass of {@code bytes}: the bytes plus its type and dict. */
final class PyBytesSubclass extends PyBytes {

  private final PyType type;
  private final PyDict dict;

  PyBytesSubclass(PyType type, byte[] value) {
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
