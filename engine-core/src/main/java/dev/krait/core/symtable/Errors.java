package dev.krait.core.symtable;

import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.SyntaxError;

/** Builds the symbol table's {@code SyntaxError}s with CPython's locations for one file. */
final class Errors {

  private final String filename;
  private final LineMap lines;

  Errors(String filename, LineMap lines) {
    this.filename = filename;
    this.lines = lines;
  }

  LineMap lines() {
    return lines;
  }

  /**
   * Returns an error spanning the char offsets {@code start} to {@code end}. Columns count UTF-8
   * bytes plus one, as CPython's symtable passes the AST's byte offsets through unconverted; the
   * text is null, as CPython leaves it for errors raised after parsing.
   */
  SyntaxError at(String msg, int start, int end) {
    return new SyntaxError(
        "SyntaxError",
        msg,
        filename,
        lines.line(start),
        lines.utf8Column(start) + 1,
        lines.line(end),
        lines.utf8Column(end) + 1,
        null);
  }

  /** Returns an error at a start offset with no known end, as CPython's future-statement checks. */
  SyntaxError atStart(String msg, int start, int columnAdjust) {
    int line = lines.line(start);
    return new SyntaxError(
        "SyntaxError", msg, filename, line, lines.utf8Column(start) + columnAdjust, line, 0, null);
  }
}
