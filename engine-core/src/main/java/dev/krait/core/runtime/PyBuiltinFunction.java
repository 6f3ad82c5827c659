package dev.krait.core.runtime;

/** A builtin function not bound to an instance ({@code len}, {@code int.__new__}). */
public final class PyBuiltinFunction extends PyObject {

  /** A builtin function body, with {@link Slots.Call}'s argument convention. */
  @FunctionalInterface
  public interface Body {
    /** Returns the result. */
    PyObject call(PyObject[] args, String[] kwnames);
  }

  private final String name;
  private final Body body;

  /** Returns a builtin function named {@code name}. */
  public PyBuiltinFunction(String name, Body body) {
    this.name = name;
    this.body = body;
  }

  @Override
  public PyType type() {
    return PyBuiltinMethod.TYPE;
  }

  /** Returns {@code __name__}. */
  public String name() {
    return name;
  }

  /** Returns the result of calling the function. */
  public PyObject call(PyObject[] args, String[] kwnames) {
    return body.call(args, kwnames);
  }
}
