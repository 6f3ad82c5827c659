package dev.krait.core.syntax;

import dev.krait.core.ast.Expr;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code Constant} or {@code JoinedStr} for a run of adjacent STRING tokens, as
 * CPython 3.11's {@code _PyPegen_concatenate_strings} does.
 */
public final class StringLiterals {

  private StringLiterals() {}

  /**
   * Returns the node for the adjacent STRING tokens {@code strings}; errors are placed at the
   * last of them. Prefer the overload that takes the following token.
   *
   * @throws SyntaxError with CPython's message for a bad escape, bytes mixed with str, or a
   *     malformed f-string
   */
  public static Expr concatenate(
      List<Token> strings, String filename, LineMap lines, FStringExpressions exprs) {
    return concatenate(strings, null, filename, lines, exprs);
  }

  /**
   * Returns the node for the adjacent STRING tokens {@code strings}: an {@link Expr.Constant}
   * (str or bytes), or an {@link Expr.JoinedStr} when one of them is an f-string.
   *
   * @param following the token after the strings, or null: CPython reports most literal errors at
   *     the parser's last token, which is that one
   * @param exprs parses the expression of each f-string replacement field
   * @throws SyntaxError with CPython's message for a bad escape, bytes mixed with str, or a
   *     malformed f-string
   */
  public static Expr concatenate(
      List<Token> strings,
      Token following,
      String filename,
      LineMap lines,
      FStringExpressions exprs) {
    Token first = strings.get(0);
    Token last = strings.get(strings.size() - 1);
    Errors errors = new Errors(filename, lines, following != null ? following : last);
    if (strings.size() == 1) {
      // The common case: one plain literal needs no joining.
      Literal literal = Literal.of(first.text());
      if (!literal.fString) {
        Object value = decode(first, literal, errors);
        String kind = literal.bytes ? null : JoinedParts.kind(first);
        return new Expr.Constant(value, kind, first.start(), first.end());
      }
    }
    boolean bytesMode = false;
    ByteArrayOutputStream bytes = null;
    JoinedParts parts = new JoinedParts(first, last);
    for (int i = 0; i < strings.size(); i++) {
      Token token = strings.get(i);
      Literal literal = Literal.of(token.text());
      if (i != 0 && bytesMode != literal.bytes) {
        // The token is decoded first, so its own errors win over the mix.
        decode(token, literal, errors);
        throw errors.atLastToken("cannot mix bytes and nonbytes literals");
      }
      bytesMode = literal.bytes;
      if (literal.fString) {
        new FStringParser(token, literal, first, last, exprs, errors).parseInto(parts);
      } else if (bytesMode) {
        byte[] value = (byte[]) decode(token, literal, errors);
        if (bytes == null) {
          bytes = new ByteArrayOutputStream(value.length);
        }
        bytes.writeBytes(value);
      } else {
        parts.addText(decode(token, literal, errors));
      }
    }
    if (bytesMode) {
      return new Expr.Constant(bytes.toByteArray(), null, first.start(), last.end());
    }
    return parts.finish(first, first, last);
  }

  private static Object decode(Token token, Literal literal, Errors errors) {
    if (literal.fString) {
      return null;
    }
    String text = token.text();
    try {
      if (literal.bytes) {
        for (int i = literal.bodyStart; i < literal.bodyEnd; i++) {
          if (text.charAt(i) >= 0x80) {
            throw errors.at(token, "bytes can only contain ASCII literal characters");
          }
        }
        if (literal.raw) {
          String value = StringEscapes.raw(text, literal.bodyStart, literal.bodyEnd);
          byte[] result = new byte[value.length()];
          for (int i = 0; i < result.length; i++) {
            result[i] = (byte) value.charAt(i);
          }
          return result;
        }
        return StringEscapes.decodeBytes(text, literal.bodyStart, literal.bodyEnd);
      }
      return literal.raw
          ? StringEscapes.raw(text, literal.bodyStart, literal.bodyEnd)
          : StringEscapes.decodeStr(text, literal.bodyStart, literal.bodyEnd);
    } catch (StringEscapes.DecodeError e) {
      throw errors.atLastToken(e.getMessage());
    }
  }

  /** The shape of one STRING token: its prefix letters and where its body lies. */
  static final class Literal {
    final boolean bytes;
    final boolean raw;
    final boolean fString;
    final int bodyStart;
    final int bodyEnd;

    private Literal(boolean bytes, boolean raw, boolean fString, int bodyStart, int bodyEnd) {
      this.bytes = bytes;
      this.raw = raw;
      this.fString = fString;
      this.bodyStart = bodyStart;
      this.bodyEnd = bodyEnd;
    }

    static Literal of(String text) {
      boolean bytes = false;
      boolean raw = false;
      boolean fString = false;
      int i = 0;
      for (; ; i++) {
        char c = text.charAt(i);
        if (c == 'b' || c == 'B') {
          bytes = true;
        } else if (c == 'r' || c == 'R') {
          raw = true;
        } else if (c == 'f' || c == 'F') {
          fString = true;
        } else if (c != 'u' && c != 'U') {
          break;
        }
      }
      char quote = text.charAt(i);
      boolean triple =
          text.length() - i >= 6 && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote;
      int quotes = triple ? 3 : 1;
      return new Literal(bytes, raw, fString, i + quotes, text.length() - quotes);
    }
  }

  /**
   * The values of a JoinedStr being built: literal text waiting to become a Constant, and the
   * nodes so far. As CPython, empty text never makes a Constant and adjacent text merges. Text is
   * a str value: a String, or an {@link Expr.CodePoints}.
   */
  static final class JoinedParts {
    private final Token first;
    private final Token last;
    private final List<Expr> values = new ArrayList<>();
    /** The first piece of text waiting, alone: the common case needs no copy. */
    private Object pending;
    /** All the text waiting, once a second piece came. */
    private StrBuilder pendingMore;
    private boolean fString;

    JoinedParts(Token first, Token last) {
      this.first = first;
      this.last = last;
    }

    void addText(Object text) {
      // A CodePoints is never empty.
      if (text instanceof String s && s.isEmpty()) {
        return;
      }
      if (pending == null) {
        pending = text;
      } else {
        if (pendingMore == null) {
          pendingMore = new StrBuilder(32);
          pendingMore.append(pending);
        }
        pendingMore.append(text);
      }
    }

    void addValue(Expr value) {
      flush(first, first, last);
      values.add(value);
    }

    void markFString() {
      fString = true;
    }

    /**
     * Returns the finished node; the trailing text's Constant takes its {@code u} kind from
     * {@code kindToken} and its span from {@code start} to {@code end}, as CPython's quirk has it.
     */
    Expr finish(Token kindToken, Token start, Token end) {
      if (!fString) {
        Object value = pending == null ? "" : pendingText();
        return new Expr.Constant(value, kind(kindToken), start.start(), end.end());
      }
      flush(kindToken, start, end);
      return new Expr.JoinedStr(List.copyOf(values), start.start(), end.end());
    }

    private void flush(Token kindToken, Token start, Token end) {
      if (pending != null) {
        values.add(
            new Expr.Constant(pendingText(), kind(kindToken), start.start(), end.end()));
        pending = null;
        pendingMore = null;
      }
    }

    private Object pendingText() {
      return pendingMore == null ? pending : pendingMore.value();
    }

    static String kind(Token token) {
      // Only a lower-case u counts, as CPython checks the token's first byte.
      return token.text().charAt(0) == 'u' ? "u" : null;
    }
  }

  /** Makes SyntaxErrors at the places CPython reports them. */
  static final class Errors {
    private final String filename;
    private final LineMap lines;
    private final Token lastToken;

    Errors(String filename, LineMap lines, Token lastToken) {
      this.filename = filename;
      this.lines = lines;
      this.lastToken = lastToken;
    }

    /** Returns an error at the parser's last token, where CPython's RAISE_SYNTAX_ERROR puts it. */
    SyntaxError atLastToken(String msg) {
      int end = lastToken.kind() == TokenKind.NEWLINE ? lastToken.start() : lastToken.end();
      return at(lastToken.start(), end, msg);
    }

    SyntaxError at(Token token, String msg) {
      return at(token.start(), token.end(), msg);
    }

    private SyntaxError at(int start, int end, String msg) {
      int line = lines.line(start);
      return new SyntaxError(
          "SyntaxError",
          msg,
          filename,
          line,
          lines.column(start) + 1,
          lines.line(end),
          lines.column(end) + 1,
          lines.lineText(line));
    }
  }
}
