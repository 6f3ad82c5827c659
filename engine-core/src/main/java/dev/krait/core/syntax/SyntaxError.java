package dev.krait.core.syntax;

/**
 * A Python {@code SyntaxError} (or its subclasses {@code IndentationError} and
 * {@code TabError}) found while lexing or parsing, with CPython's message and location.
 *
 * <p>Lines are 1-based. Columns are 1-based character offsets within the line, as CPython's
 * {@code SyntaxError.offset} and {@code end_offset}; an end of 0 means none is known.
 */
public final class SyntaxError extends RuntimeException {

  private final String type;
  private final String msg;
  private final String filename;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;
  private final String text;

  /**
   * Creates an error.
   *
   * @param type the Python class name: {@code SyntaxError}, {@code IndentationError} or
   *     {@code TabError}
   * @param text the source line the error is on, or null
   */
  public SyntaxError(
      String type,
      String msg,
      String filename,
      int line,
      int column,
      int endLine,
      int endColumn,
      String text) {
    super(msg, null, false, false);
    this.type = type;
    this.msg = msg;
    this.filename = filename;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.text = text;
  }

  /** Returns the Python exception class name, such as {@code IndentationError}. */
  public String type() {
    return type;
  }

  /** Returns the message without the location, as CPython's {@code msg}. */
  public String msg() {
    return msg;
  }

  /** Returns the file name given to the lexer or parser. */
  public String filename() {
    return filename;
  }

  /** Returns the 1-based line of the error. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column of the error, as CPython's {@code offset}. */
  public int column() {
    return column;
  }

  /** Returns the 1-based line where the error's range ends. */
  public int endLine() {
    return endLine;
  }

  /** Returns the 1-based column where the error's range ends, or 0. */
  public int endColumn() {
    return endColumn;
  }

  /** Returns the text of the offending source line, or null. */
  public String text() {
    return text;
  }

  /** Returns {@code "TYPE: MSG (line N, column C)"}, the form {@code krait --dump-ast} prints. */
  public String summary() {
    return type + ": " + msg + " (line " + line + ", column " + column + ")";
  }
}
