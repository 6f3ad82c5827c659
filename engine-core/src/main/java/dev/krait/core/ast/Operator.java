package dev.krait.core.ast;

/** A binary arithmetic or bitwise operator, as in {@code BinOp} and {@code AugAssign}. */
public enum Operator {
  ADD("Add"),
  SUB("Sub"),
  MULT("Mult"),
  MAT_MULT("MatMult"),
  DIV("Div"),
  MOD("Mod"),
  POW("Pow"),
  LSHIFT("LShift"),
  RSHIFT("RShift"),
  BIT_OR("BitOr"),
  BIT_XOR("BitXor"),
  BIT_AND("BitAnd"),
  FLOOR_DIV("FloorDiv");

  private final String pythonName;

  Operator(String pythonName) {
    this.pythonName = pythonName;
  }

  /** Returns the name of the node class in CPython's {@code ast} module, such as {@code "Add"}. */
  public String pythonName() {
    return pythonName;
  }
}
