package dev.krait.core.ast;

import java.util.Arrays;

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
   * (code points beyond the BMP as surrogate pairs); a {@link CodePoints} for a str that a Java
   * String cannot hold, because a high surrogate code point is followed by a low one (every other
   * str constant is a String); a {@code byte[]}. {@code kind} is {@code "u"} for a {@code u"..."}
   * string, else null.
   */
  record Constant(Object value, String kind, int start, int end) implements Expr {}

  /**
   * A str value as its code points, used only where a String would misread it: when a lone high
   * surrogate is followed by a lone low surrogate, as in <code>'&#92;ud834&#92;udd1e'</code>,
   * which Python keeps as two code points and Java would read as one. The array is copied in and
   * out.
   */
  record CodePoints(int[] codePoints) {
    public CodePoints {
      codePoints = codePoints.clone();
    }

    /** Returns a copy of the code points. */
    @Override
    public int[] codePoints() {
      return codePoints.clone();
    }

    /** Returns the number of code points: Python's {@code len} of the str. */
    public int length() {
      return codePoints.length;
    }

    /** Returns the code point at {@code index}. */
    public int codePointAt(int index) {
      return codePoints[index];
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CodePoints that && Arrays.equals(codePoints, that.codePoints);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
      return "CodePoints" + Arrays.toString(codePoints);
    }
  }

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
