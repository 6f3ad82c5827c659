package dev.krait.core.runtime;

/** A Python value: every object the engine handles is one. */
public abstract class PyObject {

  /** Returns the Python type of this object ({@code type(self)}). */
  public abstract PyType type();

  /**
   * Returns the instance {@code __dict__}, or null when this object has none (most builtins).
   */
  public PyDict dict() {
    return null;
  }

  /** Returns Python's {@code repr(self)} as a Java string, for debugging and messages. */
  @Override
  public String toString() {
    return Abstract.repr(this).value();
  }
}
