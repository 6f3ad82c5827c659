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
        (d, obj, owner) -> {
          if (obj == null) {
            return d;
          }
          PyGetSetDescriptor g = (PyGetSetDescriptor) d;
          g.check(obj);
          return g.getter.apply(obj);
        };
    TYPE.descrSet =
        (d, obj, value) -> {
          PyGetSetDescriptor g = (PyGetSetDescriptor) d;
          g.check(obj);
          if (g.setter == null) {
            throw PyErrors.attributeError(
                "attribute '" + g.name + "' of '" + g.owner.name() + "' objects is not writable");
          }
          if (value == null && !g.deletable) {
            throw PyErrors.typeError("cannot delete attribute");
          }
          g.setter.accept(obj, value);
        };
    TYPE.repr =
        d -> {
          PyGetSetDescriptor g = (PyGetSetDescriptor) d;
          return PyStr.of("<attribute '" + g.name + "' of '" + g.owner.name() + "' objects>");
        };
    TYPE.ready();
  }

  private final PyType owner;
  private final String name;
  private final Function<PyObject, PyObject> getter;
  private final BiConsumer<PyObject, PyObject> setter;
  /** Whether the setter also deletes (it then receives null as the value). */
  private final boolean deletable;

  private PyGetSetDescriptor(
      PyType owner, String name, Function<PyObject, PyObject> getter,
      BiConsumer<PyObject, PyObject> setter, boolean deletable) {
    this.owner = owner;
    this.name = name;
    this.getter = getter;
    this.setter = setter;
    this.deletable = deletable;
  }

  /** Raises CPython's TypeError unless {@code obj} is an instance of the owner type. */
  private void check(PyObject obj) {
    if (!obj.type().isSubtypeOf(owner)) {
      throw PyErrors.typeError("descriptor '" + name + "' for '" + owner.name()
          + "' objects doesn't apply to a '" + obj.type().name() + "' object");
    }
  }

  /** Defines {@code owner.name} as a computed attribute; {@code setter} may be null. */
  static void define(
      PyType owner, String name, Function<PyObject, PyObject> getter,
      BiConsumer<PyObject, PyObject> setter) {
    owner.define(name, new PyGetSetDescriptor(owner, name, getter, setter, false));
  }

  /**
   * Defines {@code owner.name} as a computed attribute whose {@code setter} also handles
   * {@code del} (it receives a null value).
   */
  static void defineDeletable(
      PyType owner, String name, Function<PyObject, PyObject> getter,
      BiConsumer<PyObject, PyObject> setter) {
    owner.define(name, new PyGetSetDescriptor(owner, name, getter, setter, true));
  }

  @Override
  public PyType type() {
    return TYPE;
  }
}
