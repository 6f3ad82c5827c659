package dev.krait.core.compiler;

import dev.krait.core.ast.Arg;
import dev.krait.core.ast.Arguments;
import dev.krait.core.ast.CmpOperator;
import dev.krait.core.ast.Comprehension;
import dev.krait.core.ast.ConstantRepr;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Keyword;
import java.util.List;

/**
 * Turns an annotation back into source text, as CPython's {@code ast_unparse.c} does under
 * {@code from __future__ import annotations}: the text is what {@code __annotations__} holds.
 * Parentheses come only from precedence, so {@code (a)} reads {@code a} and {@code -x ** -y}
 * reads {@code -x ** (-y)}, exactly as CPython 3.11 prints them.
 */
final class AnnotationUnparser {

  // Binding strengths, weakest first (CPython's PR_TUPLE ... PR_ATOM).
  private static final int TUPLE = 0;
  private static final int TEST = 1;
  private static final int OR = 2;
  private static final int AND = 3;
  private static final int NOT = 4;
  private static final int CMP = 5;
  private static final int BOR = 6;
  private static final int BXOR = 7;
  private static final int BAND = 8;
  private static final int SHIFT = 9;
  private static final int ARITH = 10;
  private static final int TERM = 11;
  private static final int FACTOR = 12;
  private static final int POWER = 13;
  private static final int AWAIT = 14;
  private static final int ATOM = 15;

  private final StringBuilder out = new StringBuilder();

  private AnnotationUnparser() {}

  /** Returns the source text CPython 3.11 stores for the annotation {@code e}. */
  static String unparse(Expr e) {
    AnnotationUnparser u = new AnnotationUnparser();
    u.expr(e, TEST);
    return u.out.toString();
  }

  private void open(boolean needed) {
    if (needed) {
      out.append('(');
    }
  }

  private void close(boolean needed) {
    if (needed) {
      out.append(')');
    }
  }

  private void joined(List<Expr> items, int level) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      expr(items.get(i), level);
    }
  }

  private void expr(Expr e, int level) {
    if (e instanceof Expr.BoolOp b) {
      boolOp(b, level);
    } else if (e instanceof Expr.BinOp b) {
      binOp(b, level);
    } else if (e instanceof Expr.UnaryOp u) {
      unaryOp(u, level);
    } else if (e instanceof Expr.Lambda l) {
      lambda(l, level);
    } else if (e instanceof Expr.IfExp i) {
      open(level > TEST);
      expr(i.body(), TEST + 1);
      out.append(" if ");
      expr(i.test(), TEST + 1);
      out.append(" else ");
      expr(i.orelse(), TEST);
      close(level > TEST);
    } else if (e instanceof Expr.Dict d) {
      dict(d);
    } else if (e instanceof Expr.Set s) {
      out.append('{');
      joined(s.elts(), TEST);
      out.append('}');
    } else if (e instanceof Expr.ListComp c) {
      comprehension("[", c.elt(), null, c.generators(), "]");
    } else if (e instanceof Expr.SetComp c) {
      comprehension("{", c.elt(), null, c.generators(), "}");
    } else if (e instanceof Expr.DictComp c) {
      comprehension("{", c.key(), c.value(), c.generators(), "}");
    } else if (e instanceof Expr.GeneratorExp g) {
      comprehension("(", g.elt(), null, g.generators(), ")");
    } else if (e instanceof Expr.Await a) {
      open(level > AWAIT);
      out.append("await ");
      expr(a.value(), ATOM);
      close(level > AWAIT);
    } else if (e instanceof Expr.Yield y) {
      if (y.value() == null) {
        out.append("(yield)");
      } else {
        out.append("(yield ");
        expr(y.value(), TEST);
        out.append(')');
      }
    } else if (e instanceof Expr.YieldFrom y) {
      out.append("(yield from ");
      expr(y.value(), TEST);
      out.append(')');
    } else {
      primary(e, level);
    }
  }

  private void primary(Expr e, int level) {
    if (e instanceof Expr.Compare c) {
      compare(c, level);
    } else if (e instanceof Expr.Call c) {
      call(c);
    } else if (e instanceof Expr.FormattedValue f) {
      fString(List.of(f));
    } else if (e instanceof Expr.JoinedStr j) {
      fString(j.values());
    } else if (e instanceof Expr.Constant c) {
      constant(c);
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value(), ATOM);
      // '1.real' would lex as a float: an int literal keeps a space before the dot.
      boolean intLiteral = a.value() instanceof Expr.Constant k
          && (k.value() instanceof Long || k.value() instanceof java.math.BigInteger);
      out.append(intLiteral ? " ." : ".").append(a.attr());
    } else if (e instanceof Expr.Subscript s) {
      expr(s.value(), ATOM);
      out.append('[');
      expr(s.slice(), TUPLE);
      out.append(']');
    } else if (e instanceof Expr.Starred s) {
      out.append('*');
      expr(s.value(), BOR);
    } else if (e instanceof Expr.Name n) {
      out.append(n.id());
    } else if (e instanceof Expr.List l) {
      out.append('[');
      joined(l.elts(), TEST);
      out.append(']');
    } else if (e instanceof Expr.Tuple t) {
      tuple(t, level);
    } else if (e instanceof Expr.Slice s) {
      slice(s);
    } else if (e instanceof Expr.NamedExpr n) {
      open(level > TUPLE);
      expr(n.target(), ATOM);
      out.append(" := ");
      expr(n.value(), ATOM);
      close(level > TUPLE);
    }
  }

  private void boolOp(Expr.BoolOp b, int level) {
    boolean and = b.op() == dev.krait.core.ast.BoolOperator.AND;
    int strength = and ? AND : OR;
    open(level > strength);
    for (int i = 0; i < b.values().size(); i++) {
      if (i > 0) {
        out.append(and ? " and " : " or ");
      }
      expr(b.values().get(i), strength + 1);
    }
    close(level > strength);
  }

  private void binOp(Expr.BinOp b, int level) {
    String symbol;
    int strength;
    switch (b.op()) {
      case ADD -> { symbol = " + "; strength = ARITH; }
      case SUB -> { symbol = " - "; strength = ARITH; }
      case MULT -> { symbol = " * "; strength = TERM; }
      case MAT_MULT -> { symbol = " @ "; strength = TERM; }
      case DIV -> { symbol = " / "; strength = TERM; }
      case MOD -> { symbol = " % "; strength = TERM; }
      case FLOOR_DIV -> { symbol = " // "; strength = TERM; }
      case LSHIFT -> { symbol = " << "; strength = SHIFT; }
      case RSHIFT -> { symbol = " >> "; strength = SHIFT; }
      case BIT_OR -> { symbol = " | "; strength = BOR; }
      case BIT_XOR -> { symbol = " ^ "; strength = BXOR; }
      case BIT_AND -> { symbol = " & "; strength = BAND; }
      default -> { symbol = " ** "; strength = POWER; }
    }
    // '**' groups to the right, every other operator to the left.
    int rightAssoc = symbol.equals(" ** ") ? 1 : 0;
    open(level > strength);
    expr(b.left(), strength + rightAssoc);
    out.append(symbol);
    expr(b.right(), strength + 1 - rightAssoc);
    close(level > strength);
  }

  private void unaryOp(Expr.UnaryOp u, int level) {
    String symbol;
    int strength = FACTOR;
    switch (u.op()) {
      case INVERT -> symbol = "~";
      case UADD -> symbol = "+";
      case USUB -> symbol = "-";
      default -> {
        symbol = "not ";
        strength = NOT;
      }
    }
    open(level > strength);
    out.append(symbol);
    expr(u.operand(), strength);
    close(level > strength);
  }

  private void lambda(Expr.Lambda l, int level) {
    open(level > TEST);
    int positional = l.args().args().size() + l.args().posonlyargs().size();
    out.append(positional > 0 ? "lambda " : "lambda");
    arguments(l.args());
    out.append(": ");
    expr(l.body(), TEST);
    close(level > TEST);
  }

  private void arguments(Arguments args) {
    boolean first = true;
    int posOnly = args.posonlyargs().size();
    int positional = posOnly + args.args().size();
    int defaults = args.defaults().size();
    for (int i = 0; i < positional; i++) {
      first = separate(first);
      arg(i < posOnly ? args.posonlyargs().get(i) : args.args().get(i - posOnly));
      int d = i - positional + defaults;
      if (d >= 0) {
        out.append('=');
        expr(args.defaults().get(d), TEST);
      }
      if (posOnly > 0 && i + 1 == posOnly) {
        out.append(", /");
      }
    }
    if (args.vararg() != null || !args.kwonlyargs().isEmpty()) {
      first = separate(first);
      out.append('*');
      if (args.vararg() != null) {
        arg(args.vararg());
      }
    }
    for (int i = 0; i < args.kwonlyargs().size(); i++) {
      first = separate(first);
      arg(args.kwonlyargs().get(i));
      Expr d = args.kwDefaults().get(i);
      if (d != null) {
        out.append('=');
        expr(d, TEST);
      }
    }
    if (args.kwarg() != null) {
      separate(first);
      out.append("**");
      arg(args.kwarg());
    }
  }

  private boolean separate(boolean first) {
    if (!first) {
      out.append(", ");
    }
    return false;
  }

  private void arg(Arg a) {
    out.append(a.arg());
    if (a.annotation() != null) {
      out.append(": ");
      expr(a.annotation(), TEST);
    }
  }

  private void dict(Expr.Dict d) {
    out.append('{');
    for (int i = 0; i < d.values().size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      Expr key = d.keys().get(i);
      if (key == null) {
        out.append("**");
        expr(d.values().get(i), BOR);
      } else {
        expr(key, TEST);
        out.append(": ");
        expr(d.values().get(i), TEST);
      }
    }
    out.append('}');
  }

  private void comprehension(
      String left, Expr elt, Expr value, List<Comprehension> generators, String right) {
    out.append(left);
    expr(elt, TEST);
    if (value != null) {
      out.append(": ");
      expr(value, TEST);
    }
    for (Comprehension g : generators) {
      out.append(g.isAsync() != 0 ? " async for " : " for ");
      expr(g.target(), TUPLE);
      out.append(" in ");
      expr(g.iter(), TEST + 1);
      for (Expr test : g.ifs()) {
        out.append(" if ");
        expr(test, TEST + 1);
      }
    }
    out.append(right);
  }

  private void compare(Expr.Compare c, int level) {
    open(level > CMP);
    expr(c.left(), CMP + 1);
    for (int i = 0; i < c.ops().size(); i++) {
      out.append(comparison(c.ops().get(i)));
      expr(c.comparators().get(i), CMP + 1);
    }
    close(level > CMP);
  }

  private static String comparison(CmpOperator op) {
    return switch (op) {
      case EQ -> " == ";
      case NOT_EQ -> " != ";
      case LT -> " < ";
      case LTE -> " <= ";
      case GT -> " > ";
      case GTE -> " >= ";
      case IS -> " is ";
      case IS_NOT -> " is not ";
      case IN -> " in ";
      case NOT_IN -> " not in ";
    };
  }

  private void call(Expr.Call c) {
    expr(c.func(), ATOM);
    // A lone generator argument keeps its own parentheses: f(x for x in y).
    if (c.args().size() == 1 && c.keywords().isEmpty()
        && c.args().get(0) instanceof Expr.GeneratorExp g) {
      expr(g, TEST);
      return;
    }
    out.append('(');
    joined(c.args(), TEST);
    boolean first = c.args().isEmpty();
    for (Keyword k : c.keywords()) {
      first = separate(first);
      out.append(k.arg() == null ? "**" : k.arg() + "=");
      expr(k.value(), TEST);
    }
    out.append(')');
  }

  private void tuple(Expr.Tuple t, int level) {
    if (t.elts().isEmpty()) {
      out.append("()");
      return;
    }
    open(level > TUPLE);
    joined(t.elts(), TEST);
    if (t.elts().size() == 1) {
      out.append(',');
    }
    close(level > TUPLE);
  }

  private void slice(Expr.Slice s) {
    if (s.lower() != null) {
      expr(s.lower(), TEST);
    }
    out.append(':');
    if (s.upper() != null) {
      expr(s.upper(), TEST);
    }
    if (s.step() != null) {
      out.append(':');
      expr(s.step(), TEST);
    }
  }

  private void constant(Expr.Constant c) {
    if (c.value() == Expr.Singleton.ELLIPSIS) {
      out.append("...");
      return;
    }
    if ("u".equals(c.kind())) {
      out.append('u');
    }
    String repr = ConstantRepr.repr(c.value());
    // An infinite float has no literal: CPython writes the overflowing literal 1e309.
    if (c.value() instanceof Double || c.value() instanceof Expr.Imaginary) {
      repr = repr.replace("inf", "1e309");
    }
    out.append(repr);
  }

  /** Appends an f-string: 'f' and the repr of its body, where literal braces are doubled. */
  private void fString(List<Expr> values) {
    StringBuilder body = new StringBuilder();
    fStringBody(values, body);
    out.append('f').append(ConstantRepr.str(body.toString()));
  }

  private static void fStringBody(List<Expr> values, StringBuilder body) {
    for (Expr v : values) {
      if (v instanceof Expr.Constant c && c.value() instanceof String s) {
        body.append(s.replace("{", "{{").replace("}", "}}"));
      } else if (v instanceof Expr.FormattedValue f) {
        formattedValue(f, body);
      } else if (v instanceof Expr.JoinedStr j) {
        fStringBody(j.values(), body);
      }
    }
  }

  private static void formattedValue(Expr.FormattedValue f, StringBuilder body) {
    AnnotationUnparser inner = new AnnotationUnparser();
    inner.expr(f.value(), TEST + 1);
    String text = inner.out.toString();
    body.append('{');
    if (text.startsWith("{")) {
      // '{{' would read as an escaped brace.
      body.append(' ');
    }
    body.append(text);
    if (f.conversion() > 0) {
      body.append('!').append((char) f.conversion());
    }
    if (f.formatSpec() != null) {
      body.append(':');
      fStringBody(List.of(f.formatSpec()), body);
    }
    body.append('}');
  }
}
