package dev.krait.core.runtime;

/**
 * A Python exception object (an instance of {@code BaseException} or any subclass, builtin or
 * defined in Python): args, chaining, traceback and the instance dict.
 */
public class PyBaseException extends PyObject {

  private final PyType type;
  PyDict dict = new PyDict();
  PyTuple args = PyTuple.EMPTY;
  PyObject cause;
  PyObject context;
  boolean suppressContext;
  PyObject traceback;
  /** Per-type attributes ({@code StopIteration.value}, {@code SystemExit.code}, ...). */
  final PyObject[] fields;

  /** Returns a new exception of {@code type} with {@code args}. */
  public PyBaseException(PyType type, PyTuple args) {
    this.type = type;
    this.args = args;
    this.fields = new PyObject[ExceptionTypes.fieldCount(type)];
  }

  @Override
  public PyType type() {
    return type;
  }

  @Override
  public PyDict dict() {
    return dict;
  }

  /** Returns {@code args}. */
  public PyTuple args() {
    return args;
  }

  /** Returns {@code __cause__}, or null. */
  public PyObject cause() {
    return cause;
  }

  /** Sets {@code __cause__} (and {@code __suppress_context__}, as {@code raise ... from}). */
  public void setCause(PyObject cause) {
    this.cause = cause;
    this.suppressContext = true;
  }

  /** Returns {@code __context__}, or null. */
  public PyObject context() {
    return context;
  }

  /** Sets {@code __context__}. */
  public void setContext(PyObject context) {
    this.context = context;
  }

  /** Returns {@code __suppress_context__}. */
  public boolean suppressContext() {
    return suppressContext;
  }

  /** Returns {@code __traceback__}, or null. */
  public PyObject traceback() {
    return traceback;
  }

  /** Sets {@code __traceback__}. */
  public void setTraceback(PyObject traceback) {
    this.traceback = traceback;
  }

  /** Returns the Java carrier to {@code throw}. */
  public PyException toThrowable() {
    return new PyException(this);
  }

  /**
   * Returns the traceback's last line: {@code Type: message}, or {@code Type} when the message
   * is empty; classes outside builtins and {@code __main__} are qualified by module.
   */
  public String summary() {
    String module = type.module();
    String name =
        module.equals("builtins") || module.equals("__main__")
            ? type.qualname()
            : module + "." + type.qualname();
    String message = Abstract.str(this).value();
    return message.isEmpty() ? name : name + ": " + message;
  }
}
