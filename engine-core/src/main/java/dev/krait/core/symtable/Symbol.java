package dev.krait.core.symtable;

/**
 * One name of one scope: the raw facts the walk recorded (CPython's {@code DEF_*} and {@code USE}
 * flags, with the same bit values) and the {@link SymbolScope} the analysis resolved it to.
 */
public final class Symbol {

  /** Declared {@code global} in this scope. */
  public static final int DEF_GLOBAL = 1;
  /** Bound in this scope (assignment, {@code del}, {@code def}, {@code for}, {@code as}, ...). */
  public static final int DEF_LOCAL = 2;
  /** A parameter of this function. */
  public static final int DEF_PARAM = 4;
  /** Declared {@code nonlocal} in this scope. */
  public static final int DEF_NONLOCAL = 8;
  /** Read in this scope. */
  public static final int USE = 16;
  /** Kept for CPython's numbering; 3.11 never sets it. */
  public static final int DEF_FREE = 32;
  /** Bound (or global) in this class body and also free in a method of it. */
  public static final int DEF_FREE_CLASS = 64;
  /** Bound by an {@code import}. */
  public static final int DEF_IMPORT = 128;
  /** The target of an annotated assignment with a simple name. */
  public static final int DEF_ANNOT = 256;
  /** An iteration variable of a comprehension. */
  public static final int DEF_COMP_ITER = 512;
  /** The flags that make a name local to its scope. */
  public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

  private static final String[] FLAG_NAMES = {
    "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
    "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"
  };

  private final String name;
  private int flags;
  private SymbolScope scope;

  Symbol(String name, int flags) {
    this.name = name;
    this.flags = flags;
  }

  /** Returns the name as stored: mangled ({@code _Cls__x}) for private names in a class. */
  public String name() {
    return name;
  }

  /** Returns the {@code DEF_*} and {@code USE} bits. */
  public int flags() {
    return flags;
  }

  /** Returns where the name resolves; null only in an annotation scope, which is never analysed. */
  public SymbolScope scope() {
    return scope;
  }

  /** Returns whether all the bits of {@code flag} are set. */
  public boolean has(int flag) {
    return (flags & flag) == flag;
  }

  /** Returns whether the name is a parameter of its function. */
  public boolean isParameter() {
    return (flags & DEF_PARAM) != 0;
  }

  /** Returns whether the name is read in its scope. */
  public boolean isReferenced() {
    return (flags & USE) != 0;
  }

  /** Returns whether the name is bound by an assignment-like statement in its scope. */
  public boolean isAssigned() {
    return (flags & DEF_LOCAL) != 0;
  }

  /** Returns whether the name is bound by an import. */
  public boolean isImported() {
    return (flags & DEF_IMPORT) != 0;
  }

  /** Returns whether the name is declared {@code nonlocal}. */
  public boolean isNonlocal() {
    return (flags & DEF_NONLOCAL) != 0;
  }

  /** Returns whether the name is the target of a simple annotated assignment. */
  public boolean isAnnotated() {
    return (flags & DEF_ANNOT) != 0;
  }

  /** Returns whether the name resolves to a global, explicit or implicit. */
  public boolean isGlobal() {
    return scope == SymbolScope.GLOBAL_EXPLICIT || scope == SymbolScope.GLOBAL_IMPLICIT;
  }

  /** Returns whether the name is local to its scope, in a cell or not. */
  public boolean isLocal() {
    return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL;
  }

  /** Returns whether the name is free: bound in an enclosing function. */
  public boolean isFree() {
    return scope == SymbolScope.FREE;
  }

  /** Returns the set flags' names joined by {@code |}, such as {@code DEF_LOCAL|USE}. */
  public static String flagNames(int flags) {
    StringBuilder out = new StringBuilder();
    for (int bit = 0; bit < FLAG_NAMES.length; bit++) {
      if ((flags & (1 << bit)) != 0) {
        if (out.length() > 0) {
          out.append('|');
        }
        out.append(FLAG_NAMES[bit]);
      }
    }
    return out.length() == 0 ? "0" : out.toString();
  }

  void addFlags(int flag) {
    flags |= flag;
  }

  void setScope(SymbolScope scope) {
    this.scope = scope;
  }

  @Override
  public String toString() {
    return name + " " + scope + " " + flagNames(flags);
  }
}
