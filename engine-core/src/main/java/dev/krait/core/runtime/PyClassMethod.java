package dev.krait.core.runtime;

/** A {@code classmethod}: binds its callable to the class of the instance it is read from. */
public final class PyClassMethod extends PyObject {

  /** The builtin type {@code classmethod}. */
  public static final PyType TYPE =
      PyType.builtin("classmethod", PyClassMethod.class, PyType.OBJECT);

  static {
    TYPE.descrGet =
        (d, obj, owner) -> {
          PyObject cls = owner == null || owner == PyNone.NONE ? obj.type() : owner;
          return new PyMethod(((PyClassMethod) d).callable, cls);
        };
    TYPE.newSlot = DescriptorConstructors::newClassMethod;
    TYPE.ready();
  }

  private final PyObject callable;

  /** Returns {@code classmethod(callable)}. */
  public PyClassMethod(PyObject callable) {
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
