package dev.krait.core.runtime;

/** Python's {@code NotImplemented}: the answer of a binary operator that declines. */
public final class PyNotImplemented extends PyObject {

  /** The builtin type {@code NotImplementedType}. */
  public static final PyType TYPE =
      PyType.builtin("NotImplementedType", PyNotImplemented.class, PyType.OBJECT);

  /** The one {@code NotImplemented}. */
  public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

  static {
    TYPE.repr = o -> PyStr.of("NotImplemented");
    TYPE.ready();
  }

  private PyNotImplemented() {}

  @Override
  public PyType type() {
    return TYPE;
  }
}
