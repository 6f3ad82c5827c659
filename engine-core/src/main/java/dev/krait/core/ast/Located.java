package dev.krait.core.ast;

/**
 * A node with a source position: CPython's {@code lineno}, {@code col_offset},
 * {@code end_lineno} and {@code end_col_offset} attributes.
 *
 * <p>Positions are kept as {@code char} offsets into the decoded source text, half-open
 * ({@code start} inclusive, {@code end} exclusive); the file's {@code LineMap} turns an offset
 * into a line and column only when one is needed.
 */
public sealed interface Located extends Node
    permits Stmt, Expr, Pattern, Arg, Keyword, Alias, ExceptHandler {

  /** Returns the offset of the node's first character. */
  int start();

  /** Returns the offset just past the node's last character. */
  int end();
}
