package dev.krait.core.ast;

/** Whether a name, attribute, subscript, starred, list or tuple expression is read, bound or deleted. */
public enum ExprContext {
  LOAD("Load"),
  STORE("Store"),
  DEL("Del");

  private final String pythonName;

  ExprContext(String pythonName) {
    this.pythonName = pythonName;
  }

  /** Returns the name of the node class in CPython's {@code ast} module, such as {@code "Load"}. */
  public String pythonName() {
    return pythonName;
  }
}
