package dev.krait.core.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A data descriptor of a builtin type backed by Java getter and setter functions. */
public final class PyGetSetDescriptor extends PyObject {

  /** The builtin type {@code getset_descriptor}. */
  public static final PyType TYPE =
      PyType.builtin("getset_descriptor", PyGetSetDescriptor.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.descrGet =
        (d, obj, owner) -> obj == null ? d : ((PyGetSetDescriptor) d).getter.apply(obj);
    TYPE.descrSet =
        (d, obj, value) -> {
          PyGetSetDescriptor g = (PyGetSetDescriptor) d;
          if (g.setter == null) {
            throw PyErrors.attributeError(
                "attribute '" + g.name + "' of '" + g.owner.name() + "' objects is not writable");
          }
          if (value == null) {
            throw PyErrors.typeError("cannot delete attribute");
          }
          g.setter.accept(obj, value);
        };
    TYPE.ready();
  }

  private final PyType owner;
  private final String name;
  private final Function<PyObject, PyObject> getter;
  private final BiConsumer<PyObject, PyObject> setter;

  private PyGetSetDescriptor(
      PyType owner, String name, Function<PyObject, PyObject> getter,
      BiConsumer<PyObject, PyObject> setter) {
    this.owner = owner;
    this.name = name;
    this.getter = getter;
    this.setter = setter;
  }

  /** Defines {@code owner.name} as a computed attribute; {@code setter} may be null. */
  static void define(
      PyType owner, String name, Function<PyObject, PyObject> getter,
      BiConsumer<PyObject, PyObject> setter) {
    owner.define(name, new PyGetSetDescriptor(owner, name, getter, setter));
  }

  @Override
  public PyType type() {
    return TYPE;
  }
}
