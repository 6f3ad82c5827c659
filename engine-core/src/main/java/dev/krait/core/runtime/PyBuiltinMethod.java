package dev.krait.core.runtime;

/** A builtin method bound to its instance ({@code (5).bit_length}). */
public final class PyBuiltinMethod extends PyObject {

  /** The builtin type {@code builtin_function_or_method}. */
  public static final PyType TYPE =
      PyType.builtin("builtin_function_or_method", PyBuiltinMethod.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.call =
        (m, args, kw) ->
            m instanceof PyBuiltinFunction
                ? ((PyBuiltinFunction) m).call(args, kw)
                : ((PyBuiltinMethod) m).descriptor.call(((PyBuiltinMethod) m).self, args, kw);
    TYPE.repr =
        m -> {
          if (m instanceof PyBuiltinFunction) {
            return PyStr.of("<built-in function " + ((PyBuiltinFunction) m).name() + ">");
          }
          PyBuiltinMethod b = (PyBuiltinMethod) m;
          return PyStr.of(
              "<built-in method "
                  + b.descriptor.name()
                  + " of "
                  + b.self.type().name()
                  + " object at 0x"
                  + Integer.toHexString(System.identityHashCode(b.self))
                  + ">");
        };
    // A getAttr slot, not descriptors in the type's dict, where type(len).__name__ would
    // find them before the metatype's.
    TYPE.getAttr = (m, attr) -> switch (attr) {
      case "__name__" -> PyStr.of(name(m));
      case "__qualname__" -> PyStr.of(
          m instanceof PyBuiltinMethod b ? b.self.type().qualname() + "." + name(m) : name(m));
      default -> Abstract.genericGetAttr(m, attr);
    };
    TYPE.ready();
  }

  private static String name(PyObject m) {
    return m instanceof PyBuiltinFunction f ? f.name() : ((PyBuiltinMethod) m).descriptor.name();
  }

  private final PyObject self;
  private final PyMethodDescriptor descriptor;

  PyBuiltinMethod(PyObject self, PyMethodDescriptor descriptor) {
    this.self = self;
    this.descriptor = descriptor;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns {@code __self__}. */
  public PyObject self() {
    return self;
  }
}
