package dev.krait.api;

import java.util.List;

/**
 * Source that does not compile: a Python {@code SyntaxError} (or {@code IndentationError},
 * {@code TabError}) with where it is.
 *
 * <pre>{@code
 * try {
 *   engine.compile(Source.of("rule.py", "x = (1,"));
 * } catch (PythonSyntaxError e) {
 *   e.file();        // "rule.py"
 *   e.line();        // 1
 *   e.column();      // 5, 1-based as CPython's SyntaxError.offset
 *   e.text();        // "x = (1,"
 * }
 * }</pre>
 */
public class PythonSyntaxError extends PythonException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;
  private final String text;

  /**
   * Makes the error of type {@code pythonType} with message {@code msg} at {@code line} and
   * 1-based {@code column} (to {@code endLine}, {@code endColumn}) of {@code file}, whose line
   * reads {@code text} (or null), formatted as CPython prints it in {@code traceback}.
   */
  public PythonSyntaxError(String pythonType, String msg, String file, int line, int column,
      int endLine, int endColumn, String text, String traceback) {
    super(pythonType, typeNames(pythonType), msg, List.of(new Frame(file, line, column, "<module>")), traceback, null, null);
    this.file = file;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.text = text;
  }

  private static List<String> typeNames(String type) {
    List<String> bases = List.of("SyntaxError", "Exception", "BaseException", "object");
    return switch (type) {
      case "TabError" -> List.of("TabError", "IndentationError", "SyntaxError", "Exception",
          "BaseException", "object");
      case "IndentationError" -> List.of("IndentationError", "SyntaxError", "Exception",
          "BaseException", "object");
      default -> bases;
    };
  }

  /** Returns the file name. */
  public String file() {
    return file;
  }

  /** Returns the 1-based line. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column (CPython's {@code offset}). */
  public int column() {
    return column;
  }

  /** Returns the 1-based line where the error ends. */
  public int endLine() {
    return endLine;
  }

  /** Returns the 1-based column where the error ends. */
  public int endColumn() {
    return endColumn;
  }

  /** Returns the text of the line, or null when unknown. */
  public String text() {
    return text;
  }
}
