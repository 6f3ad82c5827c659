package dev.krait.core.ast;

/** A unary operator: {@code ~}, {@code not}, {@code +} or {@code -}. */
public enum UnaryOperator {
  INVERT("Invert"),
  NOT("Not"),
  UADD("UAdd"),
  USUB("USub");

  private final String pythonName;

  UnaryOperator(String pythonName) {
    this.pythonName = pythonName;
  }

  /** Returns the name of the node class in CPython's {@code ast} module, such as {@code "Invert"}. */
  public String pythonName() {
    return pythonName;
  }
}
