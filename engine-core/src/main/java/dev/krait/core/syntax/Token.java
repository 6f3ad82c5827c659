package dev.krait.core.syntax;

/**
 * One token: its kind, its half-open {@code char} range in the decoded source, and its text.
 *
 * <p>{@code text} is the identifier for a NAME (NFKC-normalized, as Python requires), the source
 * text for a NUMBER, STRING, COMMENT or operator, and the empty string for the layout tokens
 * NEWLINE, NL, INDENT, DEDENT and ENDMARKER.
 */
public record Token(TokenKind kind, int start, int end, String text) {}
