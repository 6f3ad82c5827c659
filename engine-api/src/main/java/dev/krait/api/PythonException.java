package dev.krait.api;

import java.util.List;
import java.util.Objects;

/**
 * A Python exception that a script did not handle, as it reaches Java: the Python type, the
 * message, the frames of its traceback (innermost last, as Python prints them) and the
 * traceback text in CPython's format. When a Java exception thrown by host code started it,
 * that exception is the {@link #getCause() cause}.
 *
 * <pre>{@code
 * try {
 *   cx.exec(Source.of("job.py", "def f():\n    return 1 / 0\nf()\n"));
 * } catch (PythonException e) {
 *   e.pythonType();                 // "ZeroDivisionError"
 *   e.pythonMessage();              // "division by zero"
 *   e.frames().get(1).line();       // 2
 *   System.err.print(e.formatTraceback());
 * }
 * }</pre>
 */
public class PythonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One entry of a traceback. */
  public record Frame(String file, int line, int column, String function) {

    /**
     * Makes a frame of {@code file} at {@code line} and 1-based {@code column} (0 when unknown)
     * in {@code function} ({@code <module>} at the top level).
     */
    public Frame {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(function, "function");
    }
  }

  private final String pythonType;
  private final List<String> typeNames;
  private final String pythonMessage;
  private final List<Frame> frames;
  private final String traceback;
  private final transient PyValue value;

  /**
   * Makes the exception of Python type {@code pythonType} (its qualified name, as tracebacks
   * print it) whose type and bases are named {@code typeNames} (its MRO's {@code __name__}s),
   * with {@code str(exc)} {@code pythonMessage}, {@code frames} innermost last, the traceback
   * text {@code traceback}, the exception object {@code value} (or null) and the Java exception
   * {@code cause} that started it (or null).
   */
  public PythonException(String pythonType, List<String> typeNames, String pythonMessage,
      List<Frame> frames, String traceback, PyValue value, Throwable cause) {
    super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage, cause);
    this.pythonType = pythonType;
    this.typeNames = List.copyOf(typeNames);
    this.pythonMessage = pythonMessage;
    this.frames = List.copyOf(frames);
    this.traceback = traceback;
    this.value = value;
  }

  /** Returns the Python type's name as tracebacks print it ({@code ValueError}, {@code m.Err}). */
  public String pythonType() {
    return pythonType;
  }

  /**
   * Returns true when the exception is an instance of the Python type named {@code typeName}
   * ({@code e.isInstance("LookupError")} for a {@code KeyError}).
   */
  public boolean isInstance(String typeName) {
    return typeNames.contains(typeName);
  }

  /** Returns {@code str(exc)}, the message after the type in a traceback. */
  public String pythonMessage() {
    return pythonMessage;
  }

  /** Returns the frames of the traceback, outermost first and innermost last. */
  public List<Frame> frames() {
    return frames;
  }

  /** Returns the innermost frame, or null when there is none. */
  public Frame innermost() {
    return frames.isEmpty() ? null : frames.get(frames.size() - 1);
  }

  /** Returns the traceback as CPython 3.11 prints it for an uncaught exception. */
  public String formatTraceback() {
    return traceback;
  }

  /** Returns the Python exception object, or null (after serialization, or for limits). */
  public PyValue pythonValue() {
    return value;
  }
}
