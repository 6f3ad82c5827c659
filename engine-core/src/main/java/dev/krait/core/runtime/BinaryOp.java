package dev.krait.core.runtime;

/** The binary number operators with their symbols and special method names. */
public enum BinaryOp {
  ADD("+", "add"),
  SUB("-", "sub"),
  MUL("*", "mul"),
  MATMUL("@", "matmul"),
  TRUEDIV("/", "truediv"),
  FLOORDIV("//", "floordiv"),
  MOD("%", "mod"),
  DIVMOD("divmod()", "divmod"),
  POW("** or pow()", "pow"),
  LSHIFT("<<", "lshift"),
  RSHIFT(">>", "rshift"),
  AND("&", "and"),
  XOR("^", "xor"),
  OR("|", "or");

  static final BinaryOp[] VALUES = values();

  private final String symbol;
  private final String dunder;
  private final String reflected;
  private final String inplace;

  BinaryOp(String symbol, String stem) {
    this.symbol = symbol;
    this.dunder = "__" + stem + "__";
    this.reflected = "__r" + stem + "__";
    this.inplace = stem.equals("divmod") ? null : "__i" + stem + "__";
  }

  /** Returns the operator as CPython's error messages print it, such as {@code +}. */
  public String symbol() {
    return symbol;
  }

  /** Returns the in-place symbol, such as {@code +=}, for error messages. */
  public String inplaceSymbol() {
    return this == POW ? "**=" : symbol + "=";
  }

  /** Returns the special method name, such as {@code __add__}. */
  public String dunder() {
    return dunder;
  }

  /** Returns the reflected special method name, such as {@code __radd__}. */
  public String reflected() {
    return reflected;
  }

  /** Returns the in-place special method name, such as {@code __iadd__} (null for divmod). */
  public String inplace() {
    return inplace;
  }
}
