package dev.krait.core.runtime;

/**
 * The builtin exception types of CPython 3.11 and one-call factories for raising them, such as
 * {@code throw PyErrors.typeError("...")}.
 */
public final class PyErrors {

  private PyErrors() {}

  // The hierarchy, in the order of the documentation's tree; each line is one type.

  /** The builtin exception type of that name. */
  public static final PyType BASE_EXCEPTION = ExceptionTypes.make("BaseException", PyType.OBJECT);
  /** The builtin exception type of that name. */
  public static final PyType BASE_EXCEPTION_GROUP =
      ExceptionTypes.make("BaseExceptionGroup", BASE_EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType GENERATOR_EXIT = ExceptionTypes.make("GeneratorExit", BASE_EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType KEYBOARD_INTERRUPT =
      ExceptionTypes.make("KeyboardInterrupt", BASE_EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType SYSTEM_EXIT = ExceptionTypes.make("SystemExit", BASE_EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType EXCEPTION = ExceptionTypes.make("Exception", BASE_EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType ARITHMETIC_ERROR = ExceptionTypes.make("ArithmeticError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType FLOATING_POINT_ERROR =
      ExceptionTypes.make("FloatingPointError", ARITHMETIC_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType OVERFLOW_ERROR =
      ExceptionTypes.make("OverflowError", ARITHMETIC_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType ZERO_DIVISION_ERROR =
      ExceptionTypes.make("ZeroDivisionError", ARITHMETIC_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType ASSERTION_ERROR = ExceptionTypes.make("AssertionError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType ATTRIBUTE_ERROR = ExceptionTypes.make("AttributeError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType BUFFER_ERROR = ExceptionTypes.make("BufferError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType EOF_ERROR = ExceptionTypes.make("EOFError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType EXCEPTION_GROUP =
      ExceptionTypes.make("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType IMPORT_ERROR = ExceptionTypes.make("ImportError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType MODULE_NOT_FOUND_ERROR =
      ExceptionTypes.make("ModuleNotFoundError", IMPORT_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType LOOKUP_ERROR = ExceptionTypes.make("LookupError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType INDEX_ERROR = ExceptionTypes.make("IndexError", LOOKUP_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType KEY_ERROR = ExceptionTypes.make("KeyError", LOOKUP_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType MEMORY_ERROR = ExceptionTypes.make("MemoryError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType NAME_ERROR = ExceptionTypes.make("NameError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType UNBOUND_LOCAL_ERROR =
      ExceptionTypes.make("UnboundLocalError", NAME_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType OS_ERROR = ExceptionTypes.make("OSError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType BLOCKING_IO_ERROR = ExceptionTypes.make("BlockingIOError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType CHILD_PROCESS_ERROR =
      ExceptionTypes.make("ChildProcessError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType CONNECTION_ERROR = ExceptionTypes.make("ConnectionError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType BROKEN_PIPE_ERROR =
      ExceptionTypes.make("BrokenPipeError", CONNECTION_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType CONNECTION_ABORTED_ERROR =
      ExceptionTypes.make("ConnectionAbortedError", CONNECTION_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType CONNECTION_REFUSED_ERROR =
      ExceptionTypes.make("ConnectionRefusedError", CONNECTION_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType CONNECTION_RESET_ERROR =
      ExceptionTypes.make("ConnectionResetError", CONNECTION_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType FILE_EXISTS_ERROR = ExceptionTypes.make("FileExistsError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType FILE_NOT_FOUND_ERROR =
      ExceptionTypes.make("FileNotFoundError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType INTERRUPTED_ERROR = ExceptionTypes.make("InterruptedError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType IS_A_DIRECTORY_ERROR =
      ExceptionTypes.make("IsADirectoryError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType NOT_A_DIRECTORY_ERROR =
      ExceptionTypes.make("NotADirectoryError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType PERMISSION_ERROR = ExceptionTypes.make("PermissionError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType PROCESS_LOOKUP_ERROR =
      ExceptionTypes.make("ProcessLookupError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType TIMEOUT_ERROR = ExceptionTypes.make("TimeoutError", OS_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType REFERENCE_ERROR = ExceptionTypes.make("ReferenceError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType RUNTIME_ERROR = ExceptionTypes.make("RuntimeError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType NOT_IMPLEMENTED_ERROR =
      ExceptionTypes.make("NotImplementedError", RUNTIME_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType RECURSION_ERROR = ExceptionTypes.make("RecursionError", RUNTIME_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType STOP_ASYNC_ITERATION =
      ExceptionTypes.make("StopAsyncIteration", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType STOP_ITERATION = ExceptionTypes.make("StopIteration", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType SYNTAX_ERROR = ExceptionTypes.make("SyntaxError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType INDENTATION_ERROR =
      ExceptionTypes.make("IndentationError", SYNTAX_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType TAB_ERROR = ExceptionTypes.make("TabError", INDENTATION_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType SYSTEM_ERROR = ExceptionTypes.make("SystemError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType TYPE_ERROR = ExceptionTypes.make("TypeError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType VALUE_ERROR = ExceptionTypes.make("ValueError", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType UNICODE_ERROR = ExceptionTypes.make("UnicodeError", VALUE_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType UNICODE_DECODE_ERROR =
      ExceptionTypes.make("UnicodeDecodeError", UNICODE_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType UNICODE_ENCODE_ERROR =
      ExceptionTypes.make("UnicodeEncodeError", UNICODE_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType UNICODE_TRANSLATE_ERROR =
      ExceptionTypes.make("UnicodeTranslateError", UNICODE_ERROR);
  /** The builtin exception type of that name. */
  public static final PyType WARNING = ExceptionTypes.make("Warning", EXCEPTION);
  /** The builtin exception type of that name. */
  public static final PyType BYTES_WARNING = ExceptionTypes.make("BytesWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType DEPRECATION_WARNING =
      ExceptionTypes.make("DeprecationWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType ENCODING_WARNING = ExceptionTypes.make("EncodingWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType FUTURE_WARNING = ExceptionTypes.make("FutureWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType IMPORT_WARNING = ExceptionTypes.make("ImportWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType PENDING_DEPRECATION_WARNING =
      ExceptionTypes.make("PendingDeprecationWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType RESOURCE_WARNING = ExceptionTypes.make("ResourceWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType RUNTIME_WARNING = ExceptionTypes.make("RuntimeWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType SYNTAX_WARNING = ExceptionTypes.make("SyntaxWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType UNICODE_WARNING = ExceptionTypes.make("UnicodeWarning", WARNING);
  /** The builtin exception type of that name. */
  public static final PyType USER_WARNING = ExceptionTypes.make("UserWarning", WARNING);

  static {
    ExceptionTypes.defineBase(BASE_EXCEPTION);
    ExceptionTypes.ready(BASE_EXCEPTION);
    ExceptionGroups.define(BASE_EXCEPTION_GROUP);
    ExceptionTypes.defineStr(BASE_EXCEPTION_GROUP);
    ExceptionTypes.ready(BASE_EXCEPTION_GROUP);
    ExceptionTypes.ready(GENERATOR_EXIT);
    ExceptionTypes.ready(KEYBOARD_INTERRUPT);
    ExceptionTypes.field(SYSTEM_EXIT, "code", 0);
    ExceptionTypes.ready(SYSTEM_EXIT);
    ExceptionTypes.ready(EXCEPTION);
    ExceptionTypes.ready(ARITHMETIC_ERROR);
    ExceptionTypes.ready(FLOATING_POINT_ERROR);
    ExceptionTypes.ready(OVERFLOW_ERROR);
    ExceptionTypes.ready(ZERO_DIVISION_ERROR);
    ExceptionTypes.ready(ASSERTION_ERROR);
    ExceptionTypes.field(ATTRIBUTE_ERROR, "name", 0);
    ExceptionTypes.field(ATTRIBUTE_ERROR, "obj", 1);
    ExceptionTypes.ready(ATTRIBUTE_ERROR);
    ExceptionTypes.ready(BUFFER_ERROR);
    ExceptionTypes.ready(EOF_ERROR);
    ExceptionTypes.ready(EXCEPTION_GROUP);
    ExceptionTypes.field(IMPORT_ERROR, "msg", 0);
    ExceptionTypes.field(IMPORT_ERROR, "name", 1);
    ExceptionTypes.field(IMPORT_ERROR, "path", 2);
    ExceptionTypes.defineStr(IMPORT_ERROR);
    ExceptionTypes.ready(IMPORT_ERROR);
    ExceptionTypes.ready(MODULE_NOT_FOUND_ERROR);
    ExceptionTypes.ready(LOOKUP_ERROR);
    ExceptionTypes.ready(INDEX_ERROR);
    ExceptionTypes.defineStr(KEY_ERROR);
    ExceptionTypes.ready(KEY_ERROR);
    ExceptionTypes.ready(MEMORY_ERROR);
    ExceptionTypes.field(NAME_ERROR, "name", 0);
    ExceptionTypes.ready(NAME_ERROR);
    ExceptionTypes.ready(UNBOUND_LOCAL_ERROR);
    ExceptionTypes.field(OS_ERROR, "errno", 0);
    ExceptionTypes.field(OS_ERROR, "strerror", 1);
    ExceptionTypes.field(OS_ERROR, "filename", 2);
    ExceptionTypes.field(OS_ERROR, "filename2", 3);
    ExceptionTypes.defineStr(OS_ERROR);
    ExceptionTypes.ready(OS_ERROR);
    ExceptionTypes.ready(BLOCKING_IO_ERROR);
    ExceptionTypes.ready(CHILD_PROCESS_ERROR);
    ExceptionTypes.ready(CONNECTION_ERROR);
    ExceptionTypes.ready(BROKEN_PIPE_ERROR);
    ExceptionTypes.ready(CONNECTION_ABORTED_ERROR);
    ExceptionTypes.ready(CONNECTION_REFUSED_ERROR);
    ExceptionTypes.ready(CONNECTION_RESET_ERROR);
    ExceptionTypes.ready(FILE_EXISTS_ERROR);
    ExceptionTypes.ready(FILE_NOT_FOUND_ERROR);
    ExceptionTypes.ready(INTERRUPTED_ERROR);
    ExceptionTypes.ready(IS_A_DIRECTORY_ERROR);
    ExceptionTypes.ready(NOT_A_DIRECTORY_ERROR);
    ExceptionTypes.ready(PERMISSION_ERROR);
    ExceptionTypes.ready(PROCESS_LOOKUP_ERROR);
    ExceptionTypes.ready(TIMEOUT_ERROR);
    ExceptionTypes.ready(REFERENCE_ERROR);
    ExceptionTypes.ready(RUNTIME_ERROR);
    ExceptionTypes.ready(NOT_IMPLEMENTED_ERROR);
    ExceptionTypes.ready(RECURSION_ERROR);
    ExceptionTypes.ready(STOP_ASYNC_ITERATION);
    ExceptionTypes.field(STOP_ITERATION, "value", 0);
    ExceptionTypes.ready(STOP_ITERATION);
    ExceptionTypes.field(SYNTAX_ERROR, "msg", 0);
    ExceptionTypes.field(SYNTAX_ERROR, "filename", 1);
    ExceptionTypes.field(SYNTAX_ERROR, "lineno", 2);
    ExceptionTypes.field(SYNTAX_ERROR, "offset", 3);
    ExceptionTypes.field(SYNTAX_ERROR, "text", 4);
    ExceptionTypes.field(SYNTAX_ERROR, "end_lineno", 5);
    ExceptionTypes.field(SYNTAX_ERROR, "end_offset", 6);
    ExceptionTypes.defineStr(SYNTAX_ERROR);
    ExceptionTypes.ready(SYNTAX_ERROR);
    ExceptionTypes.ready(INDENTATION_ERROR);
    ExceptionTypes.ready(TAB_ERROR);
    ExceptionTypes.ready(SYSTEM_ERROR);
    ExceptionTypes.ready(TYPE_ERROR);
    ExceptionTypes.ready(VALUE_ERROR);
    UnicodeErrors.define(UNICODE_ENCODE_ERROR, UNICODE_DECODE_ERROR);
    ExceptionTypes.ready(UNICODE_ERROR);
    ExceptionTypes.ready(UNICODE_DECODE_ERROR);
    ExceptionTypes.ready(UNICODE_ENCODE_ERROR);
    ExceptionTypes.ready(UNICODE_TRANSLATE_ERROR);
    ExceptionTypes.ready(WARNING);
    ExceptionTypes.ready(BYTES_WARNING);
    ExceptionTypes.ready(DEPRECATION_WARNING);
    ExceptionTypes.ready(ENCODING_WARNING);
    ExceptionTypes.ready(FUTURE_WARNING);
    ExceptionTypes.ready(IMPORT_WARNING);
    ExceptionTypes.ready(PENDING_DEPRECATION_WARNING);
    ExceptionTypes.ready(RESOURCE_WARNING);
    ExceptionTypes.ready(RUNTIME_WARNING);
    ExceptionTypes.ready(SYNTAX_WARNING);
    ExceptionTypes.ready(UNICODE_WARNING);
    ExceptionTypes.ready(USER_WARNING);
  }

  /** Returns an exception of {@code type} constructed with {@code args}, ready to throw. */
  public static PyException make(PyType type, PyObject... args) {
    PyBaseException e = new PyBaseException(type, PyTuple.of(args));
    type.init.init(e, args, null);
    return e.toThrowable();
  }

  /** Returns an exception of {@code type} with one string argument, ready to throw. */
  public static PyException make(PyType type, String message) {
    return make(type, PyStr.of(message));
  }

  /** Returns a {@code TypeError}. */
  public static PyException typeError(String message) {
    return make(TYPE_ERROR, message);
  }

  /** Returns a {@code ValueError}. */
  public static PyException valueError(String message) {
    return make(VALUE_ERROR, message);
  }

  /** Returns an {@code AttributeError}. */
  public static PyException attributeError(String message) {
    return make(ATTRIBUTE_ERROR, message);
  }

  /** Returns an {@code OverflowError}. */
  public static PyException overflowError(String message) {
    return make(OVERFLOW_ERROR, message);
  }

  /** Returns a {@code ZeroDivisionError}. */
  public static PyException zeroDivisionError(String message) {
    return make(ZERO_DIVISION_ERROR, message);
  }

  /** Returns an {@code IndexError}. */
  public static PyException indexError(String message) {
    return make(INDEX_ERROR, message);
  }

  /** Returns a {@code KeyError} for {@code key}. */
  public static PyException keyError(PyObject key) {
    return make(KEY_ERROR, key);
  }

  /** Returns a {@code RuntimeError}. */
  public static PyException runtimeError(String message) {
    return make(RUNTIME_ERROR, message);
  }

  /** Returns a {@code StopIteration} without a value. */
  public static PyException stopIteration() {
    return make(STOP_ITERATION);
  }
}
