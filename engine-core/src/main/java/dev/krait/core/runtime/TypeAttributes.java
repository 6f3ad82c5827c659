package dev.krait.core.runtime;

import java.util.function.BiConsumer;

/**
 * The computed attributes of every class, descriptors in {@code type}'s dict: {@code __name__},
 * {@code __qualname__}, {@code __bases__}, {@code __base__}, {@code __mro__},
 * {@code __module__}, {@code __dict__} (a {@link PyMappingProxy}) and {@code __doc__}.
 */
final class TypeAttributes {

  private TypeAttributes() {}

  static void define(PyType t) {
    PyGetSetDescriptor.defineDeletable(t, "__name__", o -> PyStr.of(((PyType) o).name()),
        special("__name__", (type, v) -> type.setName(string(type, "__name__", v))));
    PyGetSetDescriptor.defineDeletable(t, "__qualname__",
        o -> PyStr.of(((PyType) o).qualname()),
        special("__qualname__", (type, v) -> type.setQualname(string(type, "__qualname__", v))));
    PyGetSetDescriptor.defineDeletable(t, "__bases__",
        o -> PyTuple.of(((PyType) o).bases().toArray(new PyObject[0])),
        special("__bases__", TypeAttributes::setBases));
    PyGetSetDescriptor.define(t, "__base__", o -> {
      PyType type = (PyType) o;
      return type.bases().isEmpty() ? PyNone.NONE : type.bases().get(0);
    }, null);
    PyGetSetDescriptor.define(t, "__mro__",
        o -> PyTuple.of(((PyType) o).mro().toArray(new PyObject[0])), null);
    PyGetSetDescriptor.defineDeletable(t, "__module__", TypeAttributes::module,
        special("__module__", (type, v) -> type.setOwn("__module__", v)));
    PyGetSetDescriptor.define(t, "__dict__", o -> new PyMappingProxy((PyType) o), null);
    PyGetSetDescriptor.defineDeletable(t, "__doc__", TypeAttributes::doc,
        special("__doc__", (type, v) -> type.setOwn("__doc__", v)));
  }

  /**
   * Returns the setter of a special attribute of a class defined in Python, which cannot be
   * deleted (CPython's {@code check_set_special_type_attr}; builtin types were refused before).
   */
  private static BiConsumer<PyObject, PyObject> special(
      String name, BiConsumer<PyType, PyObject> set) {
    return (o, value) -> {
      PyType type = (PyType) o;
      if (value == null) {
        throw PyErrors.typeError("cannot delete '" + name + "' attribute of immutable type '"
            + type.name() + "'");
      }
      set.accept(type, value);
    };
  }

  private static String string(PyType type, String name, PyObject value) {
    if (!(value instanceof PyStr)) {
      throw PyErrors.typeError("can only assign string to " + type.name() + "." + name
          + ", not '" + value.type().name() + "'");
    }
    return ((PyStr) value).value();
  }

  /** {@code cls.__bases__ = value}, with CPython's {@code type_set_bases} checks. */
  private static void setBases(PyType type, PyObject value) {
    if (!(value instanceof PyTuple tuple)) {
      throw PyErrors.typeError("can only assign tuple to " + type.name() + ".__bases__, not "
          + value.type().name());
    }
    if (tuple.size() == 0) {
      throw PyErrors.typeError(
          "can only assign non-empty tuple to " + type.name() + ".__bases__, not ()");
    }
    PyType[] bases = new PyType[tuple.size()];
    for (int i = 0; i < bases.length; i++) {
      if (!(tuple.get(i) instanceof PyType b)) {
        throw PyErrors.typeError(type.name() + ".__bases__ must be tuple of classes, not '"
            + tuple.get(i).type().name() + "'");
      }
      if (b.isSubtypeOf(type)) {
        throw PyErrors.typeError("a __bases__ item causes an inheritance cycle");
      }
      bases[i] = b;
    }
    type.replaceBases(bases);
  }

  private static PyObject module(PyObject o) {
    PyType type = (PyType) o;
    if (type.isBuiltin()) {
      return PyStr.of("builtins");
    }
    PyObject m = type.getOwn("__module__");
    if (m == null) {
      throw PyErrors.attributeError("__module__");
    }
    return m;
  }

  /** Returns {@code __doc__}: the class's own, through its {@code __get__} if it has one. */
  private static PyObject doc(PyObject o) {
    PyType type = (PyType) o;
    PyObject doc = type.getOwn("__doc__");
    if (doc == null) {
      return PyNone.NONE;
    }
    Slots.Ternary get = doc.type().descrGet;
    return type.isBuiltin() || get == null ? doc : get.apply(doc, null, type);
  }
}
