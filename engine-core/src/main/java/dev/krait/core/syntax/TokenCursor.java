package dev.krait.core.syntax;

/**
 * The token list a parser walks by index, with the error bookkeeping that all parse rules share.
 *
 * <p>Rules fail by calling {@link #fail()}, which throws the stackless {@link ParseFailure}: one
 * throw per failed parse, never used for backtracking. The first pass ({@code errorPass} false)
 * only records where it failed; the second pass re-parses with CPython's {@code invalid_*} checks
 * switched on and throws a {@link SyntaxError} with a specific message where one applies.
 */
abstract class TokenCursor {

  /** Thrown when no rule can consume the current token; carries no data. */
  static final class ParseFailure extends RuntimeException {
    static final ParseFailure INSTANCE = new ParseFailure();

    private ParseFailure() {
      super(null, null, false, false);
    }
  }

  final Token[] tokens;
  final TokenKind[] kinds;
  final String filename;
  final LineMap lines;
  /** The lexer's error, raised when the parse reaches the ERRORTOKEN that ends the list. */
  final SyntaxError lexError;
  /** Whether CPython's second, error-reporting pass is running. */
  boolean errorPass;
  /** Whether this parses one f-string replacement field (errors get an "f-string: " prefix). */
  boolean fstring;
  /** For an f-string field: the parenthesized text parsed, and the file offset it stands at. */
  String fstringText;
  int fstringBase;

  int pos;
  /** The furthest token index at which a rule failed. */
  int furthest;

  TokenCursor(Token[] tokens, String filename, LineMap lines, SyntaxError lexError,
      boolean errorPass) {
    this.tokens = tokens;
    this.filename = filename;
    this.lines = lines;
    this.lexError = lexError;
    this.errorPass = errorPass;
    this.kinds = new TokenKind[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      kinds[i] = tokens[i].kind();
    }
  }

  /** Returns the kind of the current token. */
  final TokenKind kind() {
    return kinds[pos];
  }

  /** Returns the kind of the token {@code n} places ahead, or ENDMARKER past the end. */
  final TokenKind peek(int n) {
    int i = pos + n;
    if (i >= kinds.length) {
      return TokenKind.ENDMARKER;
    }
    // CPython's lookahead fetches the token: a generic error is placed at the furthest one.
    if (i > furthest) {
      furthest = i;
    }
    return kinds[i];
  }

  final boolean at(TokenKind k) {
    return kinds[pos] == k;
  }

  /** Returns whether the current token is the soft keyword (a NAME) spelled {@code word}. */
  final boolean atSoft(String word) {
    return kinds[pos] == TokenKind.NAME && tokens[pos].text().equals(word);
  }

  final Token token() {
    return tokens[pos];
  }

  /** Consumes the current token if it is of kind {@code k}; returns whether it did. */
  final boolean accept(TokenKind k) {
    if (kinds[pos] == k) {
      pos++;
      return true;
    }
    return false;
  }

  /** Consumes a token of kind {@code k} or fails. */
  final void expect(TokenKind k) {
    if (kinds[pos] != k) {
      fail();
    }
    pos++;
  }

  /** Consumes a token of kind {@code k}, or raises CPython's {@code expected 'X'} error. */
  final void expectForced(TokenKind k) {
    if (kinds[pos] != k) {
      throw errorAtToken(pos, "expected '" + k.text() + "'");
    }
    pos++;
  }

  /** Consumes a NAME and returns its text, or fails. */
  final String name() {
    if (kinds[pos] != TokenKind.NAME) {
      fail();
    }
    return tokens[pos++].text();
  }

  /** Returns the start offset of the current token. */
  final int start() {
    return tokens[pos].start();
  }

  /** Returns the end offset of the last consumed token. */
  final int prevEnd() {
    return tokens[pos - 1].end();
  }

  /** Gives up on the parse at the current token. */
  final RuntimeException fail() {
    return failAt(pos);
  }

  final RuntimeException failAt(int index) {
    if (index > furthest) {
      furthest = index;
    }
    if (kinds[index] == TokenKind.ERRORTOKEN && lexError != null) {
      throw lexError;
    }
    throw ParseFailure.INSTANCE;
  }

  // ---- Error construction: CPython's RAISE_SYNTAX_ERROR family. ----

  /** Returns an error spanning the char range {@code [start, end)}. */
  final SyntaxError errorAt(int start, int end, String msg) {
    return error("SyntaxError", start, end, msg);
  }

  /** Returns an error located at the token with index {@code index}. */
  final SyntaxError errorAtToken(int index, String msg) {
    return errorAtToken("SyntaxError", index, msg);
  }

  /** Returns an IndentationError at the token with index {@code index}. */
  final SyntaxError indentationError(int index, String msg) {
    return errorAtToken("IndentationError", index, msg);
  }

  private SyntaxError errorAtToken(String type, int index, String msg) {
    Token t = tokens[index];
    if (t.kind() == TokenKind.ERRORTOKEN && lexError != null) {
      // CPython's tokenizer raises its error as soon as the parser fetches that token.
      return lexError;
    }
    int after = index;
    while (kinds[after] == TokenKind.DEDENT) {
      after++;
    }
    if (kinds[after] == TokenKind.ENDMARKER && !fstring) {
      // At the end of input CPython's tokenizer stands at the end of the last line read, with
      // its line break (one is implied when the file lacks it); no end is known.
      int eof = tokens[after].start();
      boolean broken = eof > 0 && lines.column(eof) == 0;
      int line = lines.line(broken ? eof - 1 : eof);
      int column = broken ? lines.column(eof - 1) + 1 : lines.column(eof) + 1;
      return new SyntaxError(type, msg, filename, line, column, line, -1, lines.lineText(line));
    }
    if ((t.kind() == TokenKind.DEDENT || t.kind() == TokenKind.INDENT) && !fstring) {
      // CPython's layout tokens have no column: it reports where its tokenizer stands, just
      // after the indentation, as a 0-based column and with no end.
      int line = lines.line(t.end());
      return new SyntaxError(type, msg, filename, line, lines.column(t.end()), line, -1,
          lines.lineText(line));
    }
    // CPython's NEWLINE token leaves the line break out of its range.
    int end = t.kind() == TokenKind.NEWLINE ? t.start() : t.end();
    return error(type, t.start(), end, msg);
  }

  /** Returns an error starting at {@code start} with no known end (RAISE_..._STARTING_FROM). */
  final SyntaxError errorFrom(int start, String msg) {
    return error("SyntaxError", start, -1, msg);
  }


  final SyntaxError error(String type, int start, int end, String msg) {
    if (fstring) {
      // CPython 3.11 places these errors in the parenthesized field text, on the file's line.
      int line = lines.line(start);
      int endColumn = end < 0 ? 0 : end - fstringBase + 1;
      return new SyntaxError(type, "f-string: " + msg, filename, line, start - fstringBase + 1,
          end < 0 ? line : lines.line(end), endColumn, fstringText + "\n");
    }
    int line = lines.line(start);
    int column = lines.column(start) + 1;
    int endLine = end < 0 ? line : lines.line(end);
    int endColumn = end < 0 ? 0 : lines.column(end) + 1;
    return new SyntaxError(type, msg, filename, line, column, endLine, endColumn,
        lines.lineText(line));
  }

  /** Returns the 1-based line of the token with index {@code index}. */
  final int lineOf(int index) {
    return lines.line(tokens[index].start());
  }
}
