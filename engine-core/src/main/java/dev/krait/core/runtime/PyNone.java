package dev.krait.core.runtime;

/** Python's {@code None}. */
public final class PyNone extends PyObject {

  /** The builtin type {@code NoneType}. */
  public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, PyType.OBJECT);

  /** The one {@code None}. */
  public static final PyNone NONE = new PyNone();

  static {
    TYPE.repr = o -> PyStr.of("None");
    TYPE.bool = o -> false;
    TYPE.newSlot = (t, args, kw) -> NONE;
    TYPE.ready();
  }

  private PyNone() {}

  @Override
  public PyType type() {
    return TYPE;
  }
}
