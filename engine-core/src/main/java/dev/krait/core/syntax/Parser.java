package dev.krait.core.syntax;

import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Mod;
import dev.krait.core.ast.Stmt;
import java.util.List;

/**
 * Parses Python 3.11 source into the {@code ast} tree CPython's {@code ast.parse} builds, or
 * raises the {@link SyntaxError} CPython raises.
 *
 * <p>As in CPython's pegen, a first pass parses without error rules; only if it fails, a second
 * pass re-parses with CPython's {@code invalid_*} checks to find a specific message, and failing
 * that the error is a generic "invalid syntax" where the first pass stopped. Valid code pays
 * nothing for error reporting.
 */
public final class Parser {

  private enum Mode {
    FILE,
    EVAL,
    FSTRING
  }

  private Parser() {}

  /**
   * Returns the module parsed from {@code text} (CPython's {@code exec} mode).
   *
   * @throws SyntaxError if the text is not valid Python 3.11
   */
  public static Mod.Module parseModule(String text, String filename) {
    Lexer lexer = new Lexer(text, filename);
    Object body = run(lexer, lexer.lineMap(), filename, Mode.FILE, 0, null);
    @SuppressWarnings("unchecked")
    List<Stmt> statements = (List<Stmt>) body;
    return new Mod.Module(statements, List.of());
  }

  /**
   * Returns the expression parsed from {@code text} (CPython's {@code eval} mode).
   *
   * @throws SyntaxError if the text is not one valid expression list
   */
  public static Mod.Expression parseExpression(String text, String filename) {
    Lexer lexer = new Lexer(text, filename);
    return new Mod.Expression((Expr) run(lexer, lexer.lineMap(), filename, Mode.EVAL, 0, null));
  }

  /**
   * Returns the expression of an f-string replacement field whose text starts at
   * {@code fileOffset} of the file; as CPython's {@code fstring_compile_expr}, the text is
   * parsed in parentheses, and errors carry an "f-string: " prefix.
   */
  static Expr fstringExpression(String text, int fileOffset, String filename, LineMap lines) {
    String wrapped = "(" + text + ")";
    Lexer lexer = new Lexer(wrapped, filename);
    return (Expr) run(lexer, lines, filename, Mode.FSTRING, fileOffset - 1, wrapped);
  }

  private static Object run(Lexer lexer, LineMap lines, String filename, Mode mode, int shift,
      String fstringText) {
    List<Token> list = lexer.tokenize();
    Token[] tokens = list.toArray(new Token[0]);
    if (shift != 0) {
      for (int i = 0; i < tokens.length; i++) {
        Token t = tokens[i];
        tokens[i] = new Token(t.kind(), t.start() + shift, t.end() + shift, t.text());
      }
    }
    SyntaxError lexError = lexer.error();
    StatementParser first = parser(tokens, filename, lines, lexError, false, shift, fstringText);
    try {
      return parse(first, mode);
    } catch (TokenCursor.ParseFailure failure) {
      // Fall through to the error pass.
    } catch (SyntaxError e) {
      throw reported(e, first, first.furthest, lexer);
    }
    StatementParser second = parser(tokens, filename, lines, lexError, true, shift, fstringText);
    try {
      parse(second, mode);
    } catch (TokenCursor.ParseFailure failure) {
      // No specific error: report the generic one where the first pass stopped.
    } catch (SyntaxError e) {
      throw reported(e, first, Math.max(first.furthest, second.furthest), lexer);
    }
    throw reported(genericError(first), first, Math.max(first.furthest, second.furthest), lexer);
  }

  /**
   * Returns the error CPython reports for a parse error {@code e}: after any parse error it
   * tokenizes the rest of the file, and a tokenizer error found there can take precedence; an
   * unclosed bracket does when it was opened on a line before that of {@code fetched}, the
   * furthest token the parse looked at.
   */
  private static SyntaxError reported(SyntaxError e, StatementParser p, int fetched,
      Lexer lexer) {
    if (p.fstring || e == p.lexError || e.msg().startsWith("unexpected ")) {
      // "unexpected indent" is reported before CPython looks at the rest of the file.
      return e;
    }
    int index = Math.min(fetched, p.tokens.length - 1);
    int line = Math.max(e.line(), p.lines.line(p.tokens[index].start()));
    SyntaxError override = lexer.overridingError(line);
    return override != null ? override : e;
  }

  private static StatementParser parser(Token[] tokens, String filename, LineMap lines,
      SyntaxError lexError, boolean errorPass, int shift, String fstringText) {
    StatementParser p = new StatementParser(tokens, filename, lines, lexError, errorPass);
    if (fstringText != null) {
      p.fstring = true;
      p.fstringText = fstringText;
      p.fstringBase = shift;
    }
    return p;
  }

  private static Object parse(StatementParser p, Mode mode) {
    return switch (mode) {
      case FILE -> p.file();
      case EVAL -> p.eval();
      case FSTRING -> p.fstring();
    };
  }

  /** Returns CPython's error for a parse that no rule explains ({@code _PyPegen_set_syntax_error}). */
  private static SyntaxError genericError(StatementParser p) {
    int index = Math.min(p.furthest, p.tokens.length - 1);
    Token t = p.tokens[index];
    if (t.kind() == TokenKind.ERRORTOKEN && p.lexError != null) {
      return p.lexError;
    }
    if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
      return p.indentationError(index,
          t.kind() == TokenKind.INDENT ? "unexpected indent" : "unexpected unindent");
    }
    return p.errorAtToken(index, "invalid syntax");
  }
}
