package dev.krait.core.ast;

/** The operator of a {@code BoolOp}: {@code and} or {@code or}. */
public enum BoolOperator {
  AND("And"),
  OR("Or");

  private final String pythonName;

  BoolOperator(String pythonName) {
    this.pythonName = pythonName;
  }

  /** Returns the name of the node class in CPython's {@code ast} module, such as {@code "And"}. */
  public String pythonName() {
    return pythonName;
  }
}
