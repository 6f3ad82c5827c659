package dev.krait.core.syntax;

import dev.krait.core.ast.Expr;
import dev.krait.core.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns expressions parsed as loads into assignment or deletion targets, and names what cannot
 * be one in CPython's words ({@code _PyPegen_get_invalid_target}, {@code _PyPegen_get_expr_name}).
 */
final class Targets {

  /** Which statement a target belongs to; it changes what counts as invalid. */
  enum Kind {
    STAR,
    FOR,
    DEL
  }

  private Targets() {}

  /**
   * Returns {@code e} rebuilt with context {@code ctx} (STORE or DEL) on it and, for tuples,
   * lists and starred expressions, on its elements; or null if it is not a valid target.
   */
  static Expr withContext(Expr e, ExprContext ctx) {
    if (e instanceof Expr.Name n) {
      return new Expr.Name(n.id(), ctx, n.start(), n.end());
    }
    if (e instanceof Expr.Attribute a) {
      return new Expr.Attribute(a.value(), a.attr(), ctx, a.start(), a.end());
    }
    if (e instanceof Expr.Subscript s) {
      return new Expr.Subscript(s.value(), s.slice(), ctx, s.start(), s.end());
    }
    if (e instanceof Expr.Starred s) {
      if (ctx == ExprContext.DEL) {
        return null;
      }
      Expr value = withContext(s.value(), ctx);
      return value == null ? null : new Expr.Starred(value, ctx, s.start(), s.end());
    }
    if (e instanceof Expr.Tuple t) {
      List<Expr> elts = allWithContext(t.elts(), ctx);
      return elts == null ? null : new Expr.Tuple(elts, ctx, t.start(), t.end());
    }
    if (e instanceof Expr.List l) {
      List<Expr> elts = allWithContext(l.elts(), ctx);
      return elts == null ? null : new Expr.List(elts, ctx, l.start(), l.end());
    }
    return null;
  }

  private static List<Expr> allWithContext(List<Expr> elts, ExprContext ctx) {
    if (elts.isEmpty()) {
      return elts;
    }
    ArrayList<Expr> out = new ArrayList<>(elts.size());
    for (Expr elt : elts) {
      Expr t = withContext(elt, ctx);
      if (t == null) {
        return null;
      }
      out.add(t);
    }
    return ExpressionParser.frozen(out);
  }

  /** Returns the part of {@code e} that cannot be a target of {@code kind}, or null. */
  static Expr invalidTarget(Expr e, Kind kind) {
    if (e instanceof Expr.List l) {
      return firstInvalid(l.elts(), kind);
    }
    if (e instanceof Expr.Tuple t) {
      return firstInvalid(t.elts(), kind);
    }
    if (e instanceof Expr.Starred s) {
      return kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
    }
    if (e instanceof Expr.Compare c) {
      // In `for a in b` the target was parsed as the comparison `a in b`.
      if (kind == Kind.FOR) {
        return c.ops().get(0) == dev.krait.core.ast.CmpOperator.IN
            ? invalidTarget(c.left(), kind)
            : null;
      }
      return e;
    }
    if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
      return null;
    }
    return e;
  }

  private static Expr firstInvalid(List<Expr> elts, Kind kind) {
    for (Expr elt : elts) {
      Expr bad = invalidTarget(elt, kind);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  /** Returns how CPython's error messages name the kind of expression {@code e}. */
  static String exprName(Expr e) {
    if (e instanceof Expr.Attribute) {
      return "attribute";
    } else if (e instanceof Expr.Subscript) {
      return "subscript";
    } else if (e instanceof Expr.Starred) {
      return "starred";
    } else if (e instanceof Expr.Name) {
      return "name";
    } else if (e instanceof Expr.List) {
      return "list";
    } else if (e instanceof Expr.Tuple) {
      return "tuple";
    } else if (e instanceof Expr.Lambda) {
      return "lambda";
    } else if (e instanceof Expr.Call) {
      return "function call";
    } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp
        || e instanceof Expr.UnaryOp) {
      return "expression";
    } else if (e instanceof Expr.GeneratorExp) {
      return "generator expression";
    } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      return "yield expression";
    } else if (e instanceof Expr.Await) {
      return "await expression";
    } else if (e instanceof Expr.ListComp) {
      return "list comprehension";
    } else if (e instanceof Expr.SetComp) {
      return "set comprehension";
    } else if (e instanceof Expr.DictComp) {
      return "dict comprehension";
    } else if (e instanceof Expr.Dict) {
      return "dict literal";
    } else if (e instanceof Expr.Set) {
      return "set display";
    } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
      return "f-string expression";
    } else if (e instanceof Expr.Constant c) {
      Object v = c.value();
      if (v == Expr.Singleton.NONE) {
        return "None";
      } else if (Boolean.FALSE.equals(v)) {
        return "False";
      } else if (Boolean.TRUE.equals(v)) {
        return "True";
      } else if (v == Expr.Singleton.ELLIPSIS) {
        return "ellipsis";
      }
      return "literal";
    } else if (e instanceof Expr.Compare) {
      return "comparison";
    } else if (e instanceof Expr.IfExp) {
      return "conditional expression";
    } else if (e instanceof Expr.NamedExpr) {
      return "named expression";
    }
    return "expression";
  }
}
