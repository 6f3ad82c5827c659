package dev.krait.core.syntax;

import dev.krait.core.ast.AstDump;
import dev.krait.core.ast.CPython;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs literal cases through {@link StringLiterals} and through CPython, giving both results as
 * comparable text: the {@code ast.dump} of the expression (or the SyntaxError and its location),
 * then the positions of the literal's nodes.
 */
final class LiteralCases {

  /**
   * For each source (one expression statement), prints CPython's result: the dump of the
   * statement's value, and the positions of JoinedStr, FormattedValue, Constant and Name nodes.
   */
  private static final String PYTHON =
      String.join(
          "\n",
          "import ast, sys, warnings",
          "warnings.simplefilter('ignore')",
          "def where(n):",
          "    return '%d:%d-%d:%d' % (n.lineno, n.col_offset, n.end_lineno, n.end_offset)",
          "def spans(n, out):",
          "    if isinstance(n, ast.JoinedStr):",
          "        out.append('J@' + where(n))",
          "        for v in n.values: spans(v, out)",
          "    elif isinstance(n, ast.FormattedValue):",
          "        out.append('F@' + where(n))",
          "        spans(n.value, out)",
          "        if n.format_spec: spans(n.format_spec, out)",
          "    elif isinstance(n, ast.Constant):",
          "        out.append('C@' + where(n))",
          "    elif isinstance(n, ast.Name):",
          "        out.append('N@' + where(n))",
          "    else:",
          "        out.append('E@' + where(n))",
          "results = []",
          "for src in sys.stdin.read().split('\\0'):",
          "    try:",
          "        value = ast.parse(src).body[0].value",
          "        if isinstance(value, ast.Tuple): value = value.elts[0]",
          "        out = []",
          "        spans(value, out)",
          "        results.append(ast.dump(value) + '\\n' + ' '.join(out))",
          "    except SyntaxError as e:",
          "        results.append('ERR %s (%d:%d-%d:%d)' % (e.msg, e.lineno, e.offset,",
          "                       e.end_lineno, e.end_offset))",
          "sys.stdout.write('\\0'.join(results))")
          .replace("n.end_offset", "n.end_col_offset");

  private LiteralCases() {}

  /** Returns CPython's result for each source. */
  static List<String> cpython(List<String> sources) {
    CPython.require();
    return List.of(CPython.runScript(PYTHON, String.join("\0", sources)).split("\0", -1));
  }

  /** Returns our result for each source, parsing each field's expression with {@code exprs}. */
  static List<String> krait(List<String> sources, ExprParserFactory exprs) {
    List<String> results = new ArrayList<>();
    for (String source : sources) {
      results.add(krait(source, exprs));
    }
    return results;
  }

  /** Returns our result for each source, parsed whole by {@link Parser#parseModule}. */
  static List<String> kraitParser(List<String> sources) {
    List<String> results = new ArrayList<>();
    for (String source : sources) {
      try {
        Stmt statement = Parser.parseModule(source, "<test>").body().get(0);
        Expr value = ((Stmt.ExprStmt) statement).value();
        if (value instanceof Expr.Tuple tuple) {
          value = tuple.elts().get(0);
        }
        LineMap lines = new LineMap(source);
        List<String> spans = new ArrayList<>();
        spans(value, lines, spans);
        results.add(AstDump.dump(value) + "\n" + String.join(" ", spans));
      } catch (SyntaxError e) {
        results.add("ERR %s (%d:%d-%d:%d)"
            .formatted(e.msg(), e.line(), e.column(), e.endLine(), e.endColumn()));
      }
    }
    return results;
  }

  /** Makes the field-expression parser for one source text. */
  interface ExprParserFactory {
    FStringExpressions create(String source, LineMap lines);
  }

  private static String krait(String source, ExprParserFactory exprs) {
    Lexer lexer = new Lexer(source, "<test>");
    List<Token> tokens = lexer.tokenize();
    LineMap lines = lexer.lineMap();
    // A case may open a parenthesis to spread its strings over lines.
    int i = tokens.get(0).kind() == TokenKind.LPAR ? 1 : 0;
    List<Token> strings = new ArrayList<>();
    while (tokens.get(i).kind() == TokenKind.STRING) {
      strings.add(tokens.get(i++));
    }
    if (strings.isEmpty()) {
      throw new IllegalArgumentException("case does not start with a string: " + source);
    }
    try {
      Expr value =
          StringLiterals.concatenate(
              strings, tokens.get(i), "<test>", lines, exprs.create(source, lines));
      List<String> spans = new ArrayList<>();
      spans(value, lines, spans);
      return AstDump.dump(value) + "\n" + String.join(" ", spans);
    } catch (SyntaxError e) {
      return "ERR %s (%d:%d-%d:%d)"
          .formatted(e.msg(), e.line(), e.column(), e.endLine(), e.endColumn());
    }
  }

  private static void spans(Expr node, LineMap lines, List<String> out) {
    if (node instanceof Expr.JoinedStr joined) {
      out.add("J@" + where(node, lines));
      for (Expr value : joined.values()) {
        spans(value, lines, out);
      }
    } else if (node instanceof Expr.FormattedValue formatted) {
      out.add("F@" + where(node, lines));
      spans(formatted.value(), lines, out);
      if (formatted.formatSpec() != null) {
        spans(formatted.formatSpec(), lines, out);
      }
    } else if (node instanceof Expr.Constant) {
      out.add("C@" + where(node, lines));
    } else if (node instanceof Expr.Name) {
      out.add("N@" + where(node, lines));
    } else {
      out.add("E@" + where(node, lines));
    }
  }

  private static String where(Expr node, LineMap lines) {
    return lines.line(node.start())
        + ":"
        + lines.utf8Column(node.start())
        + "-"
        + lines.line(node.end())
        + ":"
        + lines.utf8Column(node.end());
  }
}
