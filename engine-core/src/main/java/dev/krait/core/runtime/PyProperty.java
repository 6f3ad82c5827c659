package dev.krait.core.runtime;

/** A {@code property}: a data descriptor calling its getter, setter and deleter. */
public final class PyProperty extends PyObject {

  /** The builtin type {@code property}. */
  public static final PyType TYPE = PyType.builtin("property", PyProperty.class, PyType.OBJECT);

  static {
    TYPE.descrGet =
        (d, obj, owner) -> {
          PyProperty p = (PyProperty) d;
          if (obj == null) {
            return p;
          }
          if (p.getter == null) {
            throw PyErrors.attributeError(p.message(obj, "getter"));
          }
          return Abstract.call(p.getter, new PyObject[] {obj}, null);
        };
    TYPE.descrSet =
        (d, obj, value) -> {
          PyProperty p = (PyProperty) d;
          PyObject f = value == null ? p.deleter : p.setter;
          if (f == null) {
            throw PyErrors.attributeError(p.message(obj, value == null ? "deleter" : "setter"));
          }
          Abstract.call(f, value == null ? new PyObject[] {obj} : new PyObject[] {obj, value},
              null);
        };
    DescriptorConstructors.defineProperty(TYPE);
    PyGetSetDescriptor.define(TYPE, "fget", p -> orNone(((PyProperty) p).getter), null);
    PyGetSetDescriptor.define(TYPE, "fset", p -> orNone(((PyProperty) p).setter), null);
    PyGetSetDescriptor.define(TYPE, "fdel", p -> orNone(((PyProperty) p).deleter), null);
    PyGetSetDescriptor.define(TYPE, "__doc__", p -> ((PyProperty) p).doc(),
        (p, v) -> ((PyProperty) p).doc = v);
    PyMethodDescriptor.define(TYPE, "__set_name__", (PyMethodDescriptor.Fn2) (p, owner, n) -> {
      ((PyProperty) p).name = n;
      return PyNone.NONE;
    });
    TYPE.ready();
  }

  private final PyObject getter;
  private final PyObject setter;
  private final PyObject deleter;
  /** The {@code doc} argument, or null to use the getter's {@code __doc__}. */
  private PyObject doc;
  /** The attribute name given by {@code __set_name__}, or null. */
  private PyObject name;

  /**
   * Returns a property; absent functions are null, {@code doc} is null to take the getter's
   * docstring and {@code name} (from {@code __set_name__}) is null when not known yet.
   */
  public PyProperty(
      PyObject getter, PyObject setter, PyObject deleter, PyObject doc, PyObject name) {
    this.getter = getter;
    this.setter = setter;
    this.deleter = deleter;
    this.doc = doc;
    this.name = name;
  }

  private static PyObject orNone(PyObject o) {
    return o == null ? PyNone.NONE : o;
  }

  /** Returns {@code __doc__}: the {@code doc} argument, else the getter's docstring. */
  private PyObject doc() {
    if (doc != null && doc != PyNone.NONE) {
      return doc;
    }
    PyObject d = getter == null ? null : Abstract.lookupAttr(getter, "__doc__");
    return d == null ? PyNone.NONE : d;
  }

  private String message(PyObject obj, String what) {
    // 3.11: "property 'x' of 'T' object has no setter", naming the type by its qualname.
    String owner = obj.type().qualname();
    return name == null
        ? "property of '" + owner + "' object has no " + what
        : "property " + Abstract.repr(name).value() + " of '" + owner + "' object has no "
            + what;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns {@code fget}, or null. */
  public PyObject getter() {
    return getter;
  }

  /** Returns {@code fset}, or null. */
  public PyObject setter() {
    return setter;
  }

  /** Returns {@code fdel}, or null. */
  public PyObject deleter() {
    return deleter;
  }

  /** Returns the {@code doc} argument, or null when the getter's docstring is used. */
  PyObject docArgument() {
    return doc;
  }

  /** Returns the name given by {@code __set_name__}, or null. */
  PyObject attributeName() {
    return name;
  }
}
