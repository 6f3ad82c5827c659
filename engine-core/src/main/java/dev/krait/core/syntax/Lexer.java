package dev.krait.core.syntax;

import dev.krait.core.ast.ConstantRepr;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits decoded Python source into tokens exactly as CPython 3.11's tokenizer does.
 *
 * <p>The lexer runs over the whole text at once and never throws: on the first error it ends the
 * token list with an {@link TokenKind#ERRORTOKEN} and keeps the error for {@link #error()}, which
 * the parser raises when it reaches that token, so an earlier parse error wins as in CPython.
 * CPython also lets some tokenizer errors found later in the file replace a parse error; {@link
 * #overridingError(int)} tells the parser when.
 */
public final class Lexer {

  private static final int TAB_SIZE = 8;
  // CPython's MAXINDENT and MAXLEVEL.
  private static final int MAX_INDENT = 100;
  private static final int MAX_LEVEL = 200;
  private static final int EOF = -1;

  /** How a lexing error interacts with parse errors, as in CPython's pegen. */
  private enum ErrorKind {
    /** Raised by the tokenizer itself: it replaces any parse error, even an earlier one. */
    RAISED,
    /** A bracket still open at the end: it replaces parse errors on later lines only. */
    UNCLOSED,
    /** Reported only when the parser reaches it (indentation, line continuation, EOF). */
    STATE
  }

  private final String text;
  private final String filename;
  private final boolean keepComments;
  private final int n;

  private ArrayList<Token> tokens;
  private LineMap lineMap;
  private int pos;
  private int lineNo = 1;
  private int lineStart;

  private final int[] indents = new int[MAX_INDENT + 1];
  private final int[] altIndents = new int[MAX_INDENT + 1];
  private int indent;

  private final char[] parens = new char[MAX_LEVEL];
  private final int[] parenLines = new int[MAX_LEVEL];
  private final int[] parenOffsets = new int[MAX_LEVEL];
  private int level;

  private NumberScanner numberScanner;

  // After a character no token starts with, CPython's parser reports "invalid syntax" there; the
  // tokenizer still runs on (muted) because a later tokenizer error may take precedence.
  private boolean muted;
  private SyntaxError invalidChar;
  private int invalidCharLine;

  private SyntaxError error;
  private ErrorKind errorKind;
  private int unclosedLine;
  private SyntaxError reported;

  /** Creates a lexer for the parser: no COMMENT or NL tokens. */
  public Lexer(String text, String filename) {
    this(text, filename, false);
  }

  /**
   * Creates a lexer; with {@code keepComments} it also emits COMMENT tokens and NL tokens for
   * line breaks that do not end a logical line, as Python's {@code tokenize} module does.
   */
  public Lexer(String text, String filename, boolean keepComments) {
    this.text = text;
    this.filename = filename;
    this.keepComments = keepComments;
    this.n = text.length();
  }

  /** Returns all tokens, ending with ENDMARKER, or with ERRORTOKEN if lexing failed. */
  public List<Token> tokenize() {
    if (tokens == null) {
      tokens = new ArrayList<>(Math.max(16, n / 4));
      run();
      resolveReportedError();
    }
    return Collections.unmodifiableList(tokens);
  }

  /** Returns the error the final ERRORTOKEN stands for, or null if lexing succeeded. */
  public SyntaxError error() {
    tokenize();
    return reported;
  }

  /**
   * Returns the lexing error that CPython reports instead of a parse error found on 1-based line
   * {@code parseErrorLine}, or null if the parse error stands.
   *
   * <p>After a parse error CPython tokenizes the rest of the file: an error the tokenizer raises
   * itself (a bad literal, an unterminated string, an unmatched bracket, an invalid character)
   * replaces the parse error, and a bracket left open at the end replaces it when the bracket was
   * opened on an earlier line.
   */
  public SyntaxError overridingError(int parseErrorLine) {
    tokenize();
    if (error == null) {
      return null;
    }
    if (errorKind == ErrorKind.RAISED
        || (errorKind == ErrorKind.UNCLOSED && unclosedLine < parseErrorLine)) {
      return error;
    }
    return null;
  }

  /** Returns the line map of the text, shared with the parser. */
  public LineMap lineMap() {
    if (lineMap == null) {
      lineMap = new LineMap(text);
    }
    return lineMap;
  }

  private void resolveReportedError() {
    reported = error;
    if (invalidChar != null) {
      reported = invalidChar;
      if (error != null
          && (errorKind == ErrorKind.RAISED
              || (errorKind == ErrorKind.UNCLOSED && unclosedLine < invalidCharLine))) {
        reported = error;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The main loop: one iteration per physical line start.

  private void run() {
    if (text.indexOf('\0') >= 0) {
      // CPython rejects the whole text before tokenizing it, without a location.
      error =
          new SyntaxError(
              "SyntaxError",
              "source code string cannot contain null bytes",
              filename,
              0,
              0,
              0,
              0,
              null);
      errorKind = ErrorKind.RAISED;
      tokens.add(new Token(TokenKind.ERRORTOKEN, 0, 0, ""));
      return;
    }
    while (true) {
      if (pos >= n) {
        endOfInput();
        return;
      }
      int lineBegin = pos;
      boolean blank = false;
      if (!measureIndent()) {
        return;
      }
      if (pos >= n) {
        // Only whitespace before the end: CPython sees a blank line, then the end.
        endOfInput();
        return;
      }
      char first = text.charAt(pos);
      if (first == '#' || first == '\n' || first == '\r') {
        blank = true;
      }
      if (!blank && level == 0 && !indentation(lineBegin)) {
        return;
      }
      if (!lexLine(blank)) {
        return;
      }
    }
  }

  private int col;
  private int altCol;

  /** Skips the leading whitespace of a line, leaving its width in {@code col}/{@code altCol}. */
  private boolean measureIndent() {
    int c1 = 0;
    int c8 = 0;
    int contCol = -1;
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == ' ') {
        c8++;
        c1++;
      } else if (c == '\t') {
        c8 = (c8 / TAB_SIZE + 1) * TAB_SIZE;
        c1++;
      } else if (c == '\f') {
        c8 = 0;
        c1 = 0;
      } else if (c == '\\') {
        // Indentation cannot be split over lines: the first backslash's column decides it.
        contCol = contCol < 0 ? c8 : contCol;
        if (!continuation()) {
          return false;
        }
        continue;
      } else {
        break;
      }
      pos++;
    }
    col = contCol >= 0 ? contCol : c8;
    altCol = contCol >= 0 ? contCol : c1;
    return true;
  }

  /** Checks the indentation of a logical line's first line and emits INDENT or DEDENTs. */
  private boolean indentation(int lineBegin) {
    if (col == indents[indent]) {
      if (altCol != altIndents[indent]) {
        return tabError();
      }
    } else if (col > indents[indent]) {
      if (indent + 1 >= MAX_INDENT) {
        return fail(
            "IndentationError", "too many levels of indentation", ErrorKind.STATE, lineNo, 1, 0);
      }
      if (altCol <= altIndents[indent]) {
        return tabError();
      }
      indent++;
      indents[indent] = col;
      altIndents[indent] = altCol;
      add(new Token(TokenKind.INDENT, lineBegin, pos, ""));
    } else {
      int target = indent;
      while (target > 0 && col < indents[target]) {
        target--;
      }
      if (col != indents[target]) {
        return fail(
            "IndentationError",
            "unindent does not match any outer indentation level",
            ErrorKind.STATE,
            lineNo,
            lineLengthPlusBreak(),
            -1);
      }
      if (altCol != altIndents[target]) {
        return tabError();
      }
      while (indent > target) {
        indent--;
        add(new Token(TokenKind.DEDENT, pos, pos, ""));
      }
    }
    return true;
  }

  private boolean tabError() {
    return fail(
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        ErrorKind.STATE,
        lineNo,
        1,
        0);
  }

  /** Handles the end of the text at the start of a line: DEDENTs and ENDMARKER, or an error. */
  private void endOfInput() {
    if (level > 0) {
      int open = level - 1;
      int line = parenLines[open];
      unclosedLine = line;
      fail(
          "SyntaxError",
          "'" + parens[open] + "' was never closed",
          ErrorKind.UNCLOSED,
          line,
          codePoints(lineStartOf(parenOffsets[open]), parenOffsets[open]) + 1,
          0);
      return;
    }
    while (indent > 0) {
      indent--;
      add(new Token(TokenKind.DEDENT, n, n, ""));
    }
    add(new Token(TokenKind.ENDMARKER, n, n, ""));
  }

  /**
   * Lexes the tokens of one physical line through its line break; returns false after an error.
   * A backslash continuation keeps going on the next physical line.
   */
  private boolean lexLine(boolean blank) {
    while (true) {
      char c = 0;
      while (pos < n && ((c = text.charAt(pos)) == ' ' || c == '\t' || c == '\f')) {
        pos++;
      }
      if (pos >= n) {
        // CPython appends the missing final line break.
        if (!blank && level == 0) {
          add(new Token(TokenKind.NEWLINE, n, n, ""));
        } else if (keepComments) {
          add(new Token(TokenKind.NL, n, n, ""));
        }
        return true;
      }
      int start = pos;
      if (c == '\n' || c == '\r') {
        pos++;
        if (c == '\r' && pos < n && text.charAt(pos) == '\n') {
          pos++;
        }
        if (!blank && level == 0) {
          add(new Token(TokenKind.NEWLINE, start, pos, ""));
        } else if (keepComments) {
          add(new Token(TokenKind.NL, start, pos, ""));
        }
        newLine();
        return true;
      }
      boolean ok;
      if (c < 0x80) {
        if (isAsciiLetter(c)) {
          ok = nameOrString(start);
        } else if (c >= '0' && c <= '9') {
          ok = number(start, start, false);
        } else if (c == '\'' || c == '"') {
          ok = string(start, start);
        } else if (c == '#') {
          while (pos < n && (c = text.charAt(pos)) != '\n' && c != '\r') {
            pos++;
          }
          if (keepComments) {
            add(new Token(TokenKind.COMMENT, start, pos, text.substring(start, pos)));
          }
          ok = true;
        } else if (c == '.') {
          ok = dot(start);
        } else if (c == '\\') {
          ok = continuation();
        } else {
          ok = operator(start, c);
        }
      } else {
        ok = nameOrString(start);
      }
      if (!ok) {
        return false;
      }
    }
  }

  /** Records that a line break was just consumed. */
  private void newLine() {
    lineNo++;
    lineStart = pos;
  }

  /** Consumes a backslash and the line break after it; returns false after an error. */
  private boolean continuation() {
    pos++;
    if (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
      // CPython's offset is just past the character after the backslash.
      return fail(
          "SyntaxError",
          "unexpected character after line continuation character",
          ErrorKind.STATE,
          lineNo,
          codePoints(lineStart, pos) + 1,
          0);
    }
    int breakStart = pos;
    if (pos < n) {
      pos += text.charAt(pos) == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n' ? 2 : 1;
    }
    if (pos >= n) {
      pos = breakStart;
      return fail(
          "SyntaxError",
          "unexpected EOF while parsing",
          ErrorKind.STATE,
          lineNo,
          lineLengthPlusBreak(),
          -1);
    }
    newLine();
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Names and strings

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isPotentialIdentifierChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c >= 0x80;
  }

  private int at(int i) {
    return i < n ? text.charAt(i) : EOF;
  }

  private boolean nameOrString(int start) {
    // A string prefix is at most one each of b/u/r/f in the combinations CPython accepts.
    boolean b = false;
    boolean r = false;
    boolean u = false;
    boolean f = false;
    int p = start;
    while (p < n) {
      char c = text.charAt(p);
      if (!(b || u || f) && (c == 'b' || c == 'B')) {
        b = true;
      } else if (!(b || u || r || f) && (c == 'u' || c == 'U')) {
        u = true;
      } else if (!(r || u) && (c == 'r' || c == 'R')) {
        r = true;
      } else if (!(f || b || u) && (c == 'f' || c == 'F')) {
        f = true;
      } else {
        break;
      }
      p++;
      int q = at(p);
      if (q == '\'' || q == '"') {
        return string(start, p);
      }
    }
    boolean ascii = true;
    p = start;
    while (p < n) {
      char c = text.charAt(p);
      if (c < 0x80) {
        if (!isPotentialIdentifierChar(c)) {
          break;
        }
      } else {
        ascii = false;
      }
      p++;
    }
    pos = p;
    if (ascii) {
      String name = text.substring(start, p);
      TokenKind kind = p - start <= 8 ? TokenKind.forText(name) : null;
      add(new Token(kind == null ? TokenKind.NAME : kind, start, p, name));
      return true;
    }
    return nonAsciiName(start, p);
  }

  /** Checks a name with non-ASCII characters by XID_Start/XID_Continue and NFKC-normalizes it. */
  private boolean nonAsciiName(int start, int end) {
    int i = start;
    boolean firstChar = true;
    while (i < end) {
      int cp = text.codePointAt(i);
      boolean valid;
      if (cp < 0x80) {
        valid = firstChar ? isAsciiLetter((char) cp) : isPotentialIdentifierChar(cp);
      } else {
        valid = firstChar ? UnicodeIdentifiers.isStart(cp) : UnicodeIdentifiers.isContinue(cp);
      }
      int next = i + Character.charCount(cp);
      if (!valid) {
        pos = next;
        String hex = String.format("%04X", cp);
        String msg =
            ConstantRepr.isPrintable(cp)
                ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        int column = codePoints(lineStart, next);
        return fail("SyntaxError", msg, ErrorKind.RAISED, lineNo, column, column);
      }
      firstChar = false;
      i = next;
    }
    String name = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC);
    add(new Token(TokenKind.NAME, start, end, name));
    return true;
  }

  /**
   * Lexes a string literal whose prefix starts at {@code start} and whose opening quote is at
   * {@code quotePos}; only finds where it ends (escapes are decoded later).
   */
  private boolean string(int start, int quotePos) {
    char quote = text.charAt(quotePos);
    int firstLine = lineNo;
    int firstLineStart = lineStart;
    int p = quotePos + 1;
    int quoteSize = 1;
    int endQuoteSize = 0;
    if (at(p) == quote) {
      if (at(p + 1) == quote) {
        quoteSize = 3;
        p += 2;
      } else {
        p++;
        endQuoteSize = 1;
      }
    }
    while (endQuoteSize != quoteSize) {
      if (p >= n) {
        // The last line break was already counted; CPython names the line it ended.
        int detected = lineStart == n && n > 0 && lineNo > firstLine ? lineNo - 1 : lineNo;
        pos = p;
        return unterminated(start, quoteSize, firstLine, firstLineStart, detected);
      }
      char c = text.charAt(p++);
      if (c == quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c == '\\') {
        if (p >= n) {
          continue;
        }
        c = text.charAt(p++);
        if (c == '\r' && at(p) == '\n') {
          p++;
        }
        if (c == '\n' || c == '\r') {
          pos = p;
          newLine();
        }
      } else if (c == '\n' || c == '\r') {
        if (quoteSize == 1) {
          pos = p - 1;
          return unterminated(start, quoteSize, firstLine, firstLineStart, lineNo);
        }
        if (c == '\r' && at(p) == '\n') {
          p++;
        }
        pos = p;
        newLine();
      }
    }
    pos = p;
    add(new Token(TokenKind.STRING, start, p, text.substring(start, p)));
    return true;
  }

  private boolean unterminated(
      int start, int quoteSize, int firstLine, int firstLineStart, int detected) {
    String kind = quoteSize == 3 ? "triple-quoted string" : "string";
    String msg = "unterminated " + kind + " literal (detected at line " + detected + ")";
    int column = codePoints(firstLineStart, start) + 1;
    return fail("SyntaxError", msg, ErrorKind.RAISED, firstLine, column, column);
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  private boolean number(int start, int scanFrom, boolean fraction) {
    NumberScanner scanner = numbers();
    int end = fraction ? scanner.scanFraction(scanFrom) : scanner.scan(start);
    if (end < 0) {
      pos = Math.min(scanner.errorOffset(), n);
      fail(
          "SyntaxError",
          scanner.errorMessage(),
          ErrorKind.RAISED,
          lineNo,
          codePoints(lineStart, scanner.errorOffset()),
          codePoints(lineStart, scanner.errorEndOffset()));
      return false;
    }
    pos = end;
    add(new Token(TokenKind.NUMBER, start, end, text.substring(start, end)));
    return true;
  }

  private NumberScanner numbers() {
    if (numberScanner == null) {
      numberScanner = new NumberScanner(text);
    }
    return numberScanner;
  }

  // ---------------------------------------------------------------------------------------------
  // Operators and brackets

  private boolean dot(int start) {
    int next = at(start + 1);
    if (next >= '0' && next <= '9') {
      return number(start, start + 1, true);
    }
    if (at(start + 1) == '.' && at(start + 2) == '.') {
      return op(TokenKind.ELLIPSIS, start, 3);
    }
    return op(TokenKind.DOT, start, 1);
  }

  private boolean operator(int start, char c) {
    int c2 = at(start + 1);
    switch (c) {
      case '(':
      case '[':
      case '{':
        return open(start, c);
      case ')':
      case ']':
      case '}':
        return close(start, c);
      case ':':
        return c2 == '=' ? op(TokenKind.COLONEQUAL, start, 2) : op(TokenKind.COLON, start, 1);
      case ',':
        return op(TokenKind.COMMA, start, 1);
      case ';':
        return op(TokenKind.SEMI, start, 1);
      case '~':
        return op(TokenKind.TILDE, start, 1);
      case '+':
        return c2 == '=' ? op(TokenKind.PLUSEQUAL, start, 2) : op(TokenKind.PLUS, start, 1);
      case '-':
        if (c2 == '>') {
          return op(TokenKind.RARROW, start, 2);
        }
        return c2 == '=' ? op(TokenKind.MINEQUAL, start, 2) : op(TokenKind.MINUS, start, 1);
      case '*':
        if (c2 == '*') {
          return at(start + 2) == '='
              ? op(TokenKind.DOUBLESTAREQUAL, start, 3)
              : op(TokenKind.DOUBLESTAR, start, 2);
        }
        return c2 == '=' ? op(TokenKind.STAREQUAL, start, 2) : op(TokenKind.STAR, start, 1);
      case '/':
        if (c2 == '/') {
          return at(start + 2) == '='
              ? op(TokenKind.DOUBLESLASHEQUAL, start, 3)
              : op(TokenKind.DOUBLESLASH, start, 2);
        }
        return c2 == '=' ? op(TokenKind.SLASHEQUAL, start, 2) : op(TokenKind.SLASH, start, 1);
      case '%':
        return c2 == '=' ? op(TokenKind.PERCENTEQUAL, start, 2) : op(TokenKind.PERCENT, start, 1);
      case '&':
        return c2 == '=' ? op(TokenKind.AMPEREQUAL, start, 2) : op(TokenKind.AMPER, start, 1);
      case '|':
        return c2 == '=' ? op(TokenKind.VBAREQUAL, start, 2) : op(TokenKind.VBAR, start, 1);
      case '^':
        return c2 == '='
            ? op(TokenKind.CIRCUMFLEXEQUAL, start, 2)
            : op(TokenKind.CIRCUMFLEX, start, 1);
      case '@':
        return c2 == '=' ? op(TokenKind.ATEQUAL, start, 2) : op(TokenKind.AT, start, 1);
      case '=':
        return c2 == '=' ? op(TokenKind.EQEQUAL, start, 2) : op(TokenKind.EQUAL, start, 1);
      case '!':
        return c2 == '=' ? op(TokenKind.NOTEQUAL, start, 2) : invalidCharacter(start, c);
      case '<':
        if (c2 == '<') {
          return at(start + 2) == '='
              ? op(TokenKind.LEFTSHIFTEQUAL, start, 3)
              : op(TokenKind.LEFTSHIFT, start, 2);
        }
        if (c2 == '>') {
          // CPython lexes "<>" as NOTEQUAL (for PEP 401); its parser then rejects the spelling.
          pos = start + 2;
          add(new Token(TokenKind.NOTEQUAL, start, start + 2, "<>"));
          return true;
        }
        return c2 == '=' ? op(TokenKind.LESSEQUAL, start, 2) : op(TokenKind.LESS, start, 1);
      case '>':
        if (c2 == '>') {
          return at(start + 2) == '='
              ? op(TokenKind.RIGHTSHIFTEQUAL, start, 3)
              : op(TokenKind.RIGHTSHIFT, start, 2);
        }
        return c2 == '='
            ? op(TokenKind.GREATEREQUAL, start, 2)
            : op(TokenKind.GREATER, start, 1);
      default:
        return invalidCharacter(start, c);
    }
  }

  private boolean op(TokenKind kind, int start, int length) {
    pos = start + length;
    add(new Token(kind, start, pos, kind.text()));
    return true;
  }

  private boolean open(int start, char c) {
    if (level >= MAX_LEVEL) {
      pos = start + 1;
      int column = codePoints(lineStart, pos);
      return fail(
          "SyntaxError", "too many nested parentheses", ErrorKind.RAISED, lineNo, column, column);
    }
    parens[level] = c;
    parenLines[level] = lineNo;
    parenOffsets[level] = start;
    level++;
    return op(c == '(' ? TokenKind.LPAR : c == '[' ? TokenKind.LSQB : TokenKind.LBRACE, start, 1);
  }

  private boolean close(int start, char c) {
    pos = start + 1;
    int column = codePoints(lineStart, pos);
    if (level == 0) {
      return fail("SyntaxError", "unmatched '" + c + "'", ErrorKind.RAISED, lineNo, column, column);
    }
    level--;
    char opening = parens[level];
    if (!((opening == '(' && c == ')') || (opening == '[' && c == ']')
        || (opening == '{' && c == '}'))) {
      String msg =
          "closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'";
      if (parenLines[level] != lineNo) {
        msg += " on line " + parenLines[level];
      }
      return fail("SyntaxError", msg, ErrorKind.RAISED, lineNo, column, column);
    }
    return op(c == ')' ? TokenKind.RPAR : c == ']' ? TokenKind.RSQB : TokenKind.RBRACE, start, 1);
  }

  /** Handles an ASCII character that starts no token. */
  private boolean invalidCharacter(int start, char c) {
    pos = start + 1;
    if (!ConstantRepr.isPrintable(c)) {
      int column = codePoints(lineStart, pos);
      return fail(
          "SyntaxError",
          String.format("invalid non-printable character U+%04X", (int) c),
          ErrorKind.RAISED,
          lineNo,
          column,
          column);
    }
    if (!muted) {
      // CPython hands such a character to its parser, which finds no rule for it.
      int column = codePoints(lineStart, start) + 1;
      invalidChar =
          new SyntaxError(
              "SyntaxError",
              "invalid syntax",
              filename,
              lineNo,
              column,
              lineNo,
              column + 1,
              lineMap().lineText(lineNo));
      invalidCharLine = lineNo;
      tokens.add(new Token(TokenKind.ERRORTOKEN, start, start + 1, ""));
      muted = true;
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Shared helpers

  private void add(Token token) {
    if (!muted) {
      tokens.add(token);
    }
  }

  /** Returns the char offset where the line holding {@code offset} starts. */
  private int lineStartOf(int offset) {
    LineMap map = lineMap();
    return map.lineStart(map.line(offset));
  }

  /** Returns the number of code points between two char offsets (CPython counts code points). */
  private int codePoints(int from, int to) {
    return text.codePointCount(from, Math.min(to, n));
  }

  /** Returns the length of the current line plus one for its (possibly implied) line break. */
  private int lineLengthPlusBreak() {
    int end = lineStart;
    while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return codePoints(lineStart, end) + 1;
  }

  /** Records an error and ends the token list with ERRORTOKEN; returns false for the caller. */
  private boolean fail(
      String type, String msg, ErrorKind kind, int line, int column, int endColumn) {
    error =
        new SyntaxError(
            type, msg, filename, line, column, line, endColumn, lineMap().lineText(line));
    errorKind = kind;
    if (!muted) {
      int at = Math.min(pos, n);
      tokens.add(new Token(TokenKind.ERRORTOKEN, at, at, ""));
    }
    return false;
  }
}
