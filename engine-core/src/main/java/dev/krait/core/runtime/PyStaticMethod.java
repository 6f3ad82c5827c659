package dev.krait.core.runtime;

/** A {@code staticmethod}: returns its callable unchanged from attribute access. */
public final class PyStaticMethod extends PyObject {

  /** The builtin type {@code staticmethod}. */
  public static final PyType TYPE =
      PyType.builtin("staticmethod", PyStaticMethod.class, PyType.OBJECT);

  static {
    TYPE.descrGet = (d, obj, owner) -> ((PyStaticMethod) d).callable;
    TYPE.call = (d, args, kw) -> Abstract.call(((PyStaticMethod) d).callable, args, kw);
    TYPE.newSlot = DescriptorConstructors::newStaticMethod;
    TYPE.ready();
  }

  private final PyObject callable;

  /** Returns {@code staticmethod(callable)}. */
  public PyStaticMethod(PyObject callable) {
    this.callable = callable;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns {@code __func__}. */
  public PyObject callable() {
    return callable;
  }
}
