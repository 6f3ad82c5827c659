package dev.krait.core.ast;

/** A comparison operator of a {@code Compare} chain. */
public enum CmpOperator {
  EQ("Eq"),
  NOT_EQ("NotEq"),
  LT("Lt"),
  LTE("LtE"),
  GT("Gt"),
  GTE("GtE"),
  IS("Is"),
  IS_NOT("IsNot"),
  IN("In"),
  NOT_IN("NotIn");

  private final String pythonName;

  CmpOperator(String pythonName) {
    this.pythonName = pythonName;
  }

  /** Returns the name of the node class in CPython's {@code ast} module, such as {@code "Eq"}. */
  public String pythonName() {
    return pythonName;
  }
}
