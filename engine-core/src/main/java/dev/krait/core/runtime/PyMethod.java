package dev.krait.core.runtime;

/** A bound method: a callable with its first argument ({@code __self__}) fixed. */
public final class PyMethod extends PyObject {

  /** The builtin type {@code method}. */
  public static final PyType TYPE = PyType.builtin("method", PyMethod.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.call =
        (m, args, kw) -> {
          PyMethod pm = (PyMethod) m;
          PyObject[] all = new PyObject[args.length + 1];
          all[0] = pm.self;
          System.arraycopy(args, 0, all, 1, args.length);
          return Abstract.call(pm.function, all, kw);
        };
    TYPE.ready();
  }

  private final PyObject function;
  private final PyObject self;

  /** Returns {@code function} bound to {@code self}. */
  public PyMethod(PyObject function, PyObject self) {
    this.function = function;
    this.self = self;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns {@code __func__}. */
  public PyObject function() {
    return function;
  }

  /** Returns {@code __self__}. */
  public PyObject self() {
    return self;
  }
}
