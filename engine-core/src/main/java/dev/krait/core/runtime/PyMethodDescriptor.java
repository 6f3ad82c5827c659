package dev.krait.core.runtime;

/**
 * A method of a builtin type, stored in its dict ({@code int.bit_length}): a Java lambda of fixed
 * arity, or taking the general argument vector, bound to an instance on attribute access.
 */
public final class PyMethodDescriptor extends PyObject {

  /** The builtin type {@code method_descriptor}. */
  public static final PyType TYPE =
      PyType.builtin("method_descriptor", PyMethodDescriptor.class, PyType.OBJECT);

  static {
    TYPE.methodDescriptor = true;
    TYPE.baseType = false;
    TYPE.descrGet =
        (d, obj, owner) -> obj == null ? d : new PyBuiltinMethod(obj, (PyMethodDescriptor) d);
    TYPE.call = (d, args, kw) -> ((PyMethodDescriptor) d).callUnbound(args, kw);
    TYPE.repr =
        d ->
            PyStr.of(
                "<method '"
                    + ((PyMethodDescriptor) d).name
                    + "' of '"
                    + ((PyMethodDescriptor) d).owner.name()
                    + "' objects>");
    TYPE.ready();
  }

  /** A method taking only {@code self}. */
  @FunctionalInterface
  public interface Fn0 {
    /** Returns the result. */
    PyObject call(PyObject self);
  }

  /** A method taking {@code self} and one positional argument. */
  @FunctionalInterface
  public interface Fn1 {
    /** Returns the result. */
    PyObject call(PyObject self, PyObject a);
  }

  /** A method taking {@code self} and two positional arguments. */
  @FunctionalInterface
  public interface Fn2 {
    /** Returns the result. */
    PyObject call(PyObject self, PyObject a, PyObject b);
  }

  /** A method taking {@code self} and the general argument vector (see {@link Slots.Call}). */
  @FunctionalInterface
  public interface FnN {
    /** Returns the result. */
    PyObject call(PyObject self, PyObject[] args, String[] kwnames);
  }

  private final PyType owner;
  private final String name;
  private final int arity; // 0, 1, 2, or -1 for FnN
  private final Fn0 fn0;
  private final Fn1 fn1;
  private final Fn2 fn2;
  private final FnN fnN;
  private final boolean slotWrapper;

  private PyMethodDescriptor(
      PyType owner, String name, int arity, Fn0 f0, Fn1 f1, Fn2 f2, FnN fn, boolean wrapper) {
    this.owner = owner;
    this.name = name;
    this.arity = arity;
    this.fn0 = f0;
    this.fn1 = f1;
    this.fn2 = f2;
    this.fnN = fn;
    this.slotWrapper = wrapper;
  }

  /** Defines {@code owner.name} as a method taking no arguments. */
  static void define(PyType owner, String name, Fn0 fn) {
    owner.define(name, new PyMethodDescriptor(owner, name, 0, fn, null, null, null, false));
  }

  /** Defines {@code owner.name} as a method taking one positional argument. */
  static void define(PyType owner, String name, Fn1 fn) {
    owner.define(name, new PyMethodDescriptor(owner, name, 1, null, fn, null, null, false));
  }

  /** Defines {@code owner.name} as a method taking two positional arguments. */
  static void define(PyType owner, String name, Fn2 fn) {
    owner.define(name, new PyMethodDescriptor(owner, name, 2, null, null, fn, null, false));
  }

  /** Defines {@code owner.name} as a method parsing its own arguments. */
  static void define(PyType owner, String name, FnN fn) {
    owner.define(name, new PyMethodDescriptor(owner, name, -1, null, null, null, fn, false));
  }

  /** Returns a slot wrapper ({@code int.__add__}) of the given arity. */
  static PyMethodDescriptor wrapper(PyType owner, String name, int arity, Object fn) {
    return new PyMethodDescriptor(
        owner,
        name,
        arity,
        arity == 0 ? (Fn0) fn : null,
        arity == 1 ? (Fn1) fn : null,
        arity == 2 ? (Fn2) fn : null,
        arity < 0 ? (FnN) fn : null,
        true);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the method's name. */
  public String name() {
    return name;
  }

  /** Returns the type that defines the method. */
  public PyType owner() {
    return owner;
  }

  /** Returns the result of calling the method on {@code self} with no arguments. */
  public PyObject call0(PyObject self) {
    if (arity == 0) {
      return fn0.call(checkSelf(self));
    }
    return call(self, new PyObject[0], null);
  }

  /** Returns the result of calling the method on {@code self} with one argument. */
  public PyObject call1(PyObject self, PyObject a) {
    if (arity == 1) {
      return fn1.call(checkSelf(self), a);
    }
    return call(self, new PyObject[] {a}, null);
  }

  /** Returns the result of calling the method on {@code self} with two arguments. */
  public PyObject call2(PyObject self, PyObject a, PyObject b) {
    if (arity == 2) {
      return fn2.call(checkSelf(self), a, b);
    }
    return call(self, new PyObject[] {a, b}, null);
  }

  /** Returns the result of calling the method on {@code self} with {@code args}. */
  public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
    checkSelf(self);
    if (arity < 0) {
      return fnN.call(self, args, kwnames);
    }
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError(qualname() + "() takes no keyword arguments");
    }
    if (args.length != arity) {
      throw PyErrors.typeError(arityMessage(args.length));
    }
    switch (arity) {
      case 0:
        return fn0.call(self);
      case 1:
        return fn1.call(self, args[0]);
      default:
        return fn2.call(self, args[0], args[1]);
    }
  }

  private String arityMessage(int given) {
    if (slotWrapper) {
      return "expected " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + given;
    }
    switch (arity) {
      case 0:
        return qualname() + "() takes no arguments (" + given + " given)";
      case 1:
        return qualname() + "() takes exactly one argument (" + given + " given)";
      default:
        return name + " expected " + arity + " arguments, got " + given;
    }
  }

  private String qualname() {
    return owner.name() + "." + name;
  }

  private PyObject callUnbound(PyObject[] args, String[] kwnames) {
    int positional = args.length - (kwnames == null ? 0 : kwnames.length);
    if (positional < 1) {
      throw PyErrors.typeError(
          "unbound method " + qualname() + "() needs an argument");
    }
    PyObject[] rest = new PyObject[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    return call(args[0], rest, kwnames);
  }

  private PyObject checkSelf(PyObject self) {
    if (!self.type().isSubtypeOf(owner)) {
      throw PyErrors.typeError(
          "descriptor '"
              + name
              + "' for '"
              + owner.name()
              + "' objects doesn't apply to a '"
              + self.type().name()
              + "' object");
    }
    return self;
  }
}
