package dev.krait.core.syntax;

import dev.krait.core.ast.Expr;

/**
 * Parses the expression of one f-string replacement field; the parser implements it, so that
 * literal decoding needs no parser of its own.
 */
@FunctionalInterface
public interface FStringExpressions {

  /**
   * Returns the expression in {@code exprText}, parsed as if it were written in parentheses, with
   * node offsets in the file ({@code fileOffset} is the offset of the text's first character).
   *
   * @throws SyntaxError if the text is not a valid expression
   */
  Expr parse(String exprText, int fileOffset);
}
