package dev.krait.core.runtime;

/**
 * {@code property(...)}, {@code staticmethod(f)} and {@code classmethod(f)} as callable types,
 * and the {@code getter}/{@code setter}/{@code deleter} methods of properties.
 */
final class DescriptorConstructors {

  private DescriptorConstructors() {}

  // property(fget=None, fset=None, fdel=None, doc=None)
  static PyObject newProperty(PyType type, PyObject[] args, String[] kwnames) {
    PyObject[] a = ArgParser.parse(
        "property", args, kwnames, new String[] {"fget", "fset", "fdel", "doc"}, 0, false);
    return new PyProperty(none(a[0]), none(a[1]), none(a[2]), none(a[3]), null);
  }

  private static PyObject none(PyObject o) {
    return o == PyNone.NONE ? null : o;
  }

  static PyObject newStaticMethod(PyType type, PyObject[] args, String[] kwnames) {
    return new PyStaticMethod(one("staticmethod", args, kwnames));
  }

  static PyObject newClassMethod(PyType type, PyObject[] args, String[] kwnames) {
    return new PyClassMethod(one("classmethod", args, kwnames));
  }

  private static PyObject one(String name, PyObject[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError(name + "() takes no keyword arguments");
    }
    if (args.length != 1) {
      throw PyErrors.typeError(name + " expected 1 argument, got " + args.length);
    }
    return args[0];
  }

  static void defineProperty(PyType t) {
    t.newSlot = DescriptorConstructors::newProperty;
    PyMethodDescriptor.define(t, "getter", (PyMethodDescriptor.Fn1) (p, f) -> {
      PyProperty q = (PyProperty) p;
      return new PyProperty(f, q.setter(), q.deleter(), q.docArgument(), q.attributeName());
    });
    PyMethodDescriptor.define(t, "setter", (PyMethodDescriptor.Fn1) (p, f) -> {
      PyProperty q = (PyProperty) p;
      return new PyProperty(q.getter(), f, q.deleter(), q.docArgument(), q.attributeName());
    });
    PyMethodDescriptor.define(t, "deleter", (PyMethodDescriptor.Fn1) (p, f) -> {
      PyProperty q = (PyProperty) p;
      return new PyProperty(q.getter(), q.setter(), f, q.docArgument(), q.attributeName());
    });
  }
}
