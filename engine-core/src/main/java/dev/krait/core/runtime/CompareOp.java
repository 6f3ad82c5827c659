package dev.krait.core.runtime;

/** The six rich comparison operators, in CPython's {@code Py_LT}..{@code Py_GE} order. */
public enum CompareOp {
  LT("<", "__lt__"),
  LE("<=", "__le__"),
  EQ("==", "__eq__"),
  NE("!=", "__ne__"),
  GT(">", "__gt__"),
  GE(">=", "__ge__");

  private final String symbol;
  private final String dunder;

  CompareOp(String symbol, String dunder) {
    this.symbol = symbol;
    this.dunder = dunder;
  }

  /** Returns the operator as written in Python, such as {@code <=}. */
  public String symbol() {
    return symbol;
  }

  /** Returns the special method name, such as {@code __le__}. */
  public String dunder() {
    return dunder;
  }

  /** Returns the operator to try on the right operand: {@code a < b} is {@code b > a}. */
  public CompareOp swapped() {
    switch (this) {
      case LT:
        return GT;
      case LE:
        return GE;
      case GT:
        return LT;
      case GE:
        return LE;
      default:
        return this;
    }
  }

  /** Returns whether {@code cmp} (negative, zero or positive) satisfies this operator. */
  public boolean test(int cmp) {
    switch (this) {
      case LT:
        return cmp < 0;
      case LE:
        return cmp <= 0;
      case EQ:
        return cmp == 0;
      case NE:
        return cmp != 0;
      case GT:
        return cmp > 0;
      default:
        return cmp >= 0;
    }
  }
}
