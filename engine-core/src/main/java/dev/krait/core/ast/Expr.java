package dev.krait.core.ast;

/** An expression node, one record per kind of expression in CPython's {@code ast} module. */
public sealed interface Expr extends Located {

  record BoolOp(BoolOperator op, java.util.List<Expr> values, int start, int end) implements Expr {}

  record NamedExpr(Expr target, Expr value, int start, int end) implements Expr {}

  record BinOp(Expr left, Operator op, Expr right, int start, int end) implements Expr {}

  record UnaryOp(UnaryOperator op, Expr operand, int start, int end) implements Expr {}

  record Lambda(Arguments args, Expr body, int start, int end) implements Expr {}

  record IfExp(Expr test, Expr body, Expr orelse, int start, int end) implements Expr {}

  record Dict(
      java.util.List<Expr> keys,
      java.util.List<Expr> values,
      int start,
      int end)
      implements Expr {}

  record Set(java.util.List<Expr> elts, int start, int end) implements Expr {}

  record ListComp(
      Expr elt,
      java.util.List<Comprehension> generators,
      int start,
      int end)
      implements Expr {}

  record SetComp(
      Expr elt,
      java.util.List<Comprehension> generators,
      int start,
      int end)
      implements Expr {}

  record DictComp(
      Expr key,
      Expr value,
      java.util.List<Comprehension> generators,
      int start,
      int end)
      implements Expr {}

  record GeneratorExp(
      Expr elt,
      java.util.List<Comprehension> generators,
      int start,
      int end)
      implements Expr {}

  record Await(Expr value, int start, int end) implements Expr {}

  record Yield(Expr value, int start, int end) implements Expr {}

  record YieldFrom(Expr value, int start, int end) implements Expr {}

  record Compare(
      Expr left,
      java.util.List<CmpOperator> ops,
      java.util.List<Expr> comparators,
      int start,
      int end)
      implements Expr {}

  record Call(
      Expr func,
      java.util.List<Expr> args,
      java.util.List<Keyword> keywords,
      int start,
      int end)
      implements Expr {}

  record FormattedValue(
      Expr value,
      int conversion,
      Expr formatSpec,
      int start,
      int end)
      implements Expr {}

  record JoinedStr(java.util.List<Expr> values, int start, int end) implements Expr {}

  /**
   * A literal value. {@code value} is one of: {@link Singleton#NONE} or {@link Singleton#ELLIPSIS};
   * a {@link Boolean}; a {@link Long}, or a {@link java.math.BigInteger} when the int does not fit
   * in a long; a {@link Double}; an {@link Imaginary} for a {@code j} literal; a {@link String}
   * (code points beyond the BMP as surrogate pairs); a {@code byte[]}. {@code kind} is {@code "u"}
   * for a {@code u"..."} string, else null.
   */
  record Constant(Object value, String kind, int start, int end) implements Expr {}

  /** The Python constants that have no natural Java value. */
  enum Singleton {
    NONE,
    ELLIPSIS
  }

  /** The value of an imaginary literal such as {@code 2.5j}: a complex number with real part 0. */
  record Imaginary(double imag) {}

  record Attribute(Expr value, String attr, ExprContext ctx, int start, int end) implements Expr {}

  record Subscript(Expr value, Expr slice, ExprContext ctx, int start, int end) implements Expr {}

  record Starred(Expr value, ExprContext ctx, int start, int end) implements Expr {}

  record Name(String id, ExprContext ctx, int start, int end) implements Expr {}

  record List(java.util.List<Expr> elts, ExprContext ctx, int start, int end) implements Expr {}

  record Tuple(java.util.List<Expr> elts, ExprContext ctx, int start, int end) implements Expr {}

  record Slice(Expr lower, Expr upper, Expr step, int start, int end) implements Expr {}
}
