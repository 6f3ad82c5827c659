package dev.krait.core.runtime;

/**
 * A raised Python exception travelling through Java: stackless (no Java stack trace is
 * captured), wrapping the Python exception object.
 */
public final class PyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient PyBaseException value;

  /** Returns the Java carrier of {@code value}. */
  public PyException(PyBaseException value) {
    super(null, null, false, false);
    this.value = value;
  }

  /** Returns the Python exception object. */
  public PyBaseException value() {
    return value;
  }

  /** Returns whether the exception is an instance of {@code type} (an {@code except} match). */
  public boolean matches(PyType type) {
    return value.type().isSubtypeOf(type);
  }

  /** Returns {@code Type: message}, the last line of a traceback. */
  @Override
  public String getMessage() {
    return value.summary();
  }
}
