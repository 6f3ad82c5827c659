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
    TYPE.ready();
  }

  private final PyObject getter;
  private final PyObject setter;
  private final PyObject deleter;
  private final String name;

  /** Returns a property; absent functions are null; {@code name} is its attribute name. */
  public PyProperty(PyObject getter, PyObject setter, PyObject deleter, String name) {
    this.getter = getter;
    this.setter = setter;
    this.deleter = deleter;
    this.name = name;
  }

  private String message(PyObject obj, String what) {
    // 3.11: "property 'x' of 'T' object has no setter".
    String owner = obj.type().name();
    return name == null
        ? "property of '" + owner + "' object has no " + what
        : "property '" + name + "' of '" + owner + "' object has no " + what;
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
}
