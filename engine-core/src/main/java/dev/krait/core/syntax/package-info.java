/**
 * Source text to syntax tree: {@link dev.krait.core.syntax.Lexer} turns decoded text into
 * tokens (INDENT/DEDENT, all literals), {@link dev.krait.core.syntax.Parser} builds the
 * {@code ast} tree by recursive descent, one method per grammar rule with the rule in a comment.
 * Errors are {@link dev.krait.core.syntax.SyntaxError} with CPython's message and location.
 *
 * <p>Imports only {@code dev.krait.core.ast} and the JDK.
 */
package dev.krait.core.syntax;
