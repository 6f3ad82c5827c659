package dev.krait.core.runtime;

/** Python's {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {

  /** The builtin type {@code ellipsis}. */
  public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, PyType.OBJECT);

  /** The one {@code Ellipsis}. */
  public static final PyEllipsis ELLIPSIS = new PyEllipsis();

  static {
    TYPE.repr = o -> PyStr.of("Ellipsis");
    TYPE.ready();
  }

  private PyEllipsis() {}

  @Override
  public PyType type() {
    return TYPE;
  }
}
