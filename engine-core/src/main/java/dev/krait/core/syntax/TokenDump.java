package dev.krait.core.syntax;

import dev.krait.core.ast.ConstantRepr;
import java.util.List;

/** Prints tokens one per line, in the layout of {@code python3 -m tokenize -e}. */
public final class TokenDump {

  private TokenDump() {}

  /**
   * Returns one line per token: {@code 1,0-1,5:} (start line,column - end line,column; lines
   * 1-based, columns 0-based chars) padded to 20, the kind name padded to 15, then Python's repr
   * of the token text.
   */
  public static String dump(List<Token> tokens, LineMap lines) {
    StringBuilder out = new StringBuilder(tokens.size() * 48);
    for (Token token : tokens) {
      int mark = out.length();
      // A token's end is shown as the column after its last char, on that char's line.
      int last = Math.max(token.start(), token.end() - 1);
      int endColumn = lines.column(last) + (token.end() > token.start() ? 1 : 0);
      out.append(lines.line(token.start()))
          .append(',')
          .append(lines.column(token.start()))
          .append('-')
          .append(lines.line(last))
          .append(',')
          .append(endColumn)
          .append(':');
      pad(out, mark + 20);
      mark = out.length();
      out.append(token.kind().name());
      pad(out, mark + 15);
      out.append(ConstantRepr.str(token.text())).append('\n');
    }
    return out.toString();
  }

  /** Returns the dump of {@code text} lexed with COMMENT and NL tokens. */
  public static String dump(String text, String filename) {
    Lexer lexer = new Lexer(text, filename, true);
    return dump(lexer.tokenize(), lexer.lineMap());
  }

  private static void pad(StringBuilder out, int width) {
    do {
      out.append(' ');
    } while (out.length() < width);
  }
}
