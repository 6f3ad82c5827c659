package dev.krait.core.symtable;

/** Where a name resolves in its scope once the table is analysed, as CPython's scope codes. */
public enum SymbolScope {
  /** Bound in this scope and not captured by a nested scope. */
  LOCAL(1),
  /** Declared {@code global} here (or by an enclosing {@code global} a nested scope sees). */
  GLOBAL_EXPLICIT(2),
  /** Not bound in any enclosing function: a module global or a builtin. */
  GLOBAL_IMPLICIT(3),
  /** Bound in an enclosing function scope and read through a cell. */
  FREE(4),
  /** Bound here and captured by a nested scope, so stored in a cell. */
  CELL(5);

  private final int code;

  SymbolScope(int code) {
    this.code = code;
  }

  /** Returns CPython's number for this scope, such as 4 for {@code FREE}. */
  public int code() {
    return code;
  }
}
