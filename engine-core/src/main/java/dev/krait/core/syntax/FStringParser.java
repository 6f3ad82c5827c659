package dev.krait.core.syntax;

import dev.krait.core.ast.Expr;

/**
 * Splits the body of one f-string token into literal text and replacement fields, as CPython
 * 3.11's {@code string_parser.c} does: the f-string is a single token, scanned here by hand, and
 * each field's expression is handed to the parser through {@link FStringExpressions}.
 */
final class FStringParser {

  /** CPython's limit on brackets open at once inside one replacement field. */
  private static final int MAX_BRACKETS = 200;

  private final Token token;
  private final String text;
  private final int end;
  private final boolean raw;
  private final Token first;
  private final Token last;
  private final FStringExpressions exprs;
  private final StringLiterals.Errors errors;
  /** The index in {@code text} being scanned. */
  private int pos;

  FStringParser(
      Token token,
      StringLiterals.Literal literal,
      Token first,
      Token last,
      FStringExpressions exprs,
      StringLiterals.Errors errors) {
    this.token = token;
    this.text = token.text();
    this.end = literal.bodyEnd;
    this.raw = literal.raw;
    this.first = first;
    this.last = last;
    this.exprs = exprs;
    this.errors = errors;
    this.pos = literal.bodyStart;
  }

  /** Adds the text and fields of the whole f-string to {@code parts}. */
  void parseInto(StringLiterals.JoinedParts parts) {
    parts.markFString();
    concat(parts, 0);
  }

  // fstring: (literal | '{' field '}')*, ending at the closing quote (level 0) or at the '}'
  // that closes the format spec being parsed (level 1).
  private void concat(StringLiterals.JoinedParts parts, int level) {
    while (true) {
      int literalStart = pos;
      boolean doubledBrace = scanLiteral(level);
      int literalEnd = doubledBrace ? pos - 1 : pos;
      if (literalEnd > literalStart) {
        parts.addText(decode(literalStart, literalEnd));
      }
      if (doubledBrace) {
        continue;
      }
      if (pos >= end || text.charAt(pos) == '}') {
        break;
      }
      parseField(parts, level);
    }
    if (level == 0 && pos < end - 1) {
      throw errors.atLastToken("f-string: unexpected end of string");
    }
    if (level != 0 && (pos >= end || text.charAt(pos) != '}')) {
      throw errors.atLastToken("f-string: expecting '}'");
    }
  }

  /**
   * Moves {@code pos} over literal text, up to a single brace or the end, and returns true if it
   * stopped just past a doubled brace at the top level (the first brace of the pair is the last
   * character of the literal).
   */
  private boolean scanLiteral(int level) {
    int s = pos;
    while (s < end) {
      char ch = text.charAt(s++);
      if (!raw && ch == '\\' && s < end) {
        ch = text.charAt(s++);
        if (ch == 'N') {
          // The braces of \N{NAME} are part of the escape, not a field.
          if (s < end && text.charAt(s++) == '{') {
            while (s < end && text.charAt(s++) != '}') {
              // Skip the name.
            }
            continue;
          }
          break;
        }
      }
      if (ch == '{' || ch == '}') {
        // Doubled braces only count at the top level, else f'{0:{3}}' would not end.
        if (level == 0) {
          if (s < end && text.charAt(s) == ch) {
            pos = s + 1;
            return true;
          }
          if (ch == '}') {
            throw errors.atLastToken("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    pos = s;
    return false;
  }

  private Object decode(int from, int to) {
    if (raw) {
      return StringEscapes.raw(text, from, to);
    }
    try {
      return StringEscapes.decodeStr(text, from, to);
    } catch (StringEscapes.DecodeError e) {
      throw errors.atLastToken(e.getMessage());
    }
  }

  // field: '{' expression ['='] ['!' conversion] [':' format_spec] '}'
  private void parseField(StringLiterals.JoinedParts parts, int level) {
    if (level >= 2) {
      throw errors.atLastToken("f-string: expressions nested too deeply");
    }
    pos++;
    int exprStart = pos;
    scanExpression();
    int exprEnd = pos;
    if (pos >= end) {
      throw errors.atLastToken("f-string: expecting '}'");
    }
    Expr expression = parseExpression(exprStart, exprEnd);
    String selfDocumenting = null;
    if (text.charAt(pos) == '=') {
      pos++;
      while (pos < end && isPythonSpace(text.charAt(pos))) {
        pos++;
      }
      selfDocumenting = text.substring(exprStart, pos);
      if (pos >= end) {
        throw errors.atLastToken("f-string: expecting '}'");
      }
    }
    int conversion = -1;
    if (text.charAt(pos) == '!') {
      pos++;
      if (pos >= end) {
        throw errors.atLastToken("f-string: expecting '}'");
      }
      conversion = text.charAt(pos++);
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        throw errors.atLastToken(
            "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (pos >= end) {
      throw errors.atLastToken("f-string: expecting '}'");
    }
    Expr formatSpec = null;
    if (text.charAt(pos) == ':') {
      pos++;
      if (pos >= end) {
        throw errors.atLastToken("f-string: expecting '}'");
      }
      StringLiterals.JoinedParts spec = new StringLiterals.JoinedParts(first, last);
      spec.markFString();
      concat(spec, level + 1);
      // CPython gives the spec (and its trailing text) the span of the current token only.
      formatSpec = spec.finish(token, token, token);
    }
    if (pos >= end || text.charAt(pos) != '}') {
      throw errors.atLastToken("f-string: expecting '}'");
    }
    pos++;
    if (selfDocumenting != null && formatSpec == null && conversion == -1) {
      conversion = 'r';
    }
    if (selfDocumenting != null) {
      parts.addText(selfDocumenting);
    }
    parts.addValue(
        new Expr.FormattedValue(expression, conversion, formatSpec, first.start(), last.end()));
  }

  /**
   * Moves {@code pos} to the character that ends the field's expression: {@code !}, {@code :},
   * {@code =} or <code>}</code> outside brackets and strings. Like CPython, this only finds the
   * end; the parser reports what is wrong inside.
   */
  private void scanExpression() {
    char quote = 0;
    boolean triple = false;
    char[] brackets = new char[MAX_BRACKETS];
    int depth = 0;
    for (; pos < end; pos++) {
      char ch = text.charAt(pos);
      if (ch == '\\') {
        throw errors.atLastToken("f-string expression part cannot include a backslash");
      }
      if (quote != 0) {
        if (ch == quote) {
          if (!triple) {
            quote = 0;
          } else if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
            pos += 2;
            quote = 0;
          }
        }
      } else if (ch == '\'' || ch == '"') {
        triple = pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch;
        if (triple) {
          pos += 2;
        }
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (depth >= MAX_BRACKETS) {
          throw errors.atLastToken("f-string: too many nested parenthesis");
        }
        brackets[depth++] = ch;
      } else if (ch == '#') {
        throw errors.atLastToken("f-string expression part cannot include '#'");
      } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>'
          || ch == '<')) {
        if (pos + 1 < end) {
          char next = text.charAt(pos + 1);
          // "!=", "==", "<=" and ">=" are operators, not the end of the expression.
          if (next == '=' && ch != ':' && ch != '}') {
            pos++;
            continue;
          }
          if (ch == '>' || ch == '<') {
            continue;
          }
        }
        return;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (depth == 0) {
          throw errors.atLastToken("f-string: unmatched '" + ch + "'");
        }
        char opening = brackets[--depth];
        if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']'
            || opening == '{' && ch == '}')) {
          throw errors.atLastToken(
              "f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                  + opening + "'");
        }
      }
    }
    if (quote != 0) {
      throw errors.atLastToken("f-string: unterminated string");
    }
    if (depth != 0) {
      throw errors.atLastToken("f-string: unmatched '" + brackets[depth - 1] + "'");
    }
  }

  private Expr parseExpression(int from, int to) {
    int s = from;
    while (s < to && isExpressionSpace(text.charAt(s))) {
      s++;
    }
    if (s == to) {
      char terminator = text.charAt(to);
      if (terminator == '!' || terminator == ':' || terminator == '=') {
        throw errors.atLastToken("f-string: expression required before '" + terminator + "'");
      }
      throw errors.atLastToken("f-string: empty expression not allowed");
    }
    return exprs.parse(text.substring(from, to), token.start() + from);
  }

  /** Returns whether the tokenizer skips {@code c} as whitespace (CR included: it is a CR LF). */
  private static boolean isExpressionSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** Returns whether {@code c} is ASCII whitespace as C's {@code isspace}. */
  private static boolean isPythonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
  }
}
