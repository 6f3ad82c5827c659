package dev.krait.core.symtable;

import dev.krait.core.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table, CPython's symbol table entry: the module, a class body, or a
 * function scope (a {@code def}, a {@code lambda} or a comprehension), with its symbols in the
 * order they were first seen and its child scopes in source order.
 */
public final class Scope {

  /** The kind of block, as CPython's {@code _Py_block_ty}. */
  public enum Kind {
    MODULE("module"),
    CLASS("class"),
    FUNCTION("function"),
    /**
     * The throwaway block that holds an annotation under {@code from __future__ import
     * annotations}; never a child of another scope and never analysed.
     */
    ANNOTATION("annotation");

    private final String pythonName;

    Kind(String pythonName) {
      this.pythonName = pythonName;
    }

    /** Returns the name {@code symtable.SymbolTable.get_type()} gives, such as "function". */
    public String pythonName() {
      return pythonName;
    }
  }

  /** Which comprehension a function scope is, as CPython's {@code _Py_comprehension_ty}. */
  public enum ComprehensionKind {
    NONE(""),
    LIST("list comprehension"),
    SET("set comprehension"),
    DICT("dict comprehension"),
    GENERATOR("generator expression");

    final String description;

    ComprehensionKind(String description) {
      this.description = description;
    }
  }

  /** A {@code global} or {@code nonlocal} (or walrus) declaration, for error locations. */
  record Directive(String name, int start, int end) {}

  private final Kind kind;
  private final String name;
  private final Node node;
  private final int line;
  private final boolean nested;
  final Map<String, Symbol> symbols = new LinkedHashMap<>();
  final List<String> varnames = new ArrayList<>();
  final List<Scope> children = new ArrayList<>();
  final List<Directive> directives = new ArrayList<>();
  ComprehensionKind comprehension = ComprehensionKind.NONE;
  boolean compIterTarget;
  int compIterExpr;
  boolean generator;
  boolean coroutine;
  boolean returnsValue;
  boolean varargs;
  boolean varkeywords;
  boolean free;
  boolean childFree;
  boolean needsClassClosure;

  Scope(Kind kind, String name, Node node, int line, Scope parent) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.line = line;
    this.nested = parent != null && (parent.nested || parent.kind == Kind.FUNCTION);
  }

  /** Returns the kind of block. */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the scope's name: "top" for the module, the class or function name, or "lambda",
   * "listcomp", "setcomp", "dictcomp", "genexpr".
   */
  public String name() {
    return name;
  }

  /** Returns the node that opens the scope: the module, def, class, lambda or comprehension. */
  public Node node() {
    return node;
  }

  /** Returns the 1-based line of the node (the {@code def}, not a decorator); 0 for the module. */
  public int line() {
    return line;
  }

  /** Returns whether the scope is inside a function scope, directly or through classes. */
  public boolean isNested() {
    return nested;
  }

  /** Returns whether this function scope is a generator: {@code yield}, or a genexpr. */
  public boolean isGenerator() {
    return generator;
  }

  /**
   * Returns whether this function scope is a coroutine: an {@code async def}, or a scope with
   * {@code await} or an asynchronous comprehension.
   */
  public boolean isCoroutine() {
    return coroutine;
  }

  /** Returns which comprehension this scope is, or {@link ComprehensionKind#NONE}. */
  public ComprehensionKind comprehension() {
    return comprehension;
  }

  /** Returns whether a {@code return} statement in this scope has a value. */
  public boolean returnsValue() {
    return returnsValue;
  }

  /** Returns whether the function takes {@code *args}. */
  public boolean hasVarargs() {
    return varargs;
  }

  /** Returns whether the function takes {@code **kwargs}. */
  public boolean hasVarkeywords() {
    return varkeywords;
  }

  /** Returns whether the scope has free variables (or, nested, reads implicit globals). */
  public boolean hasFree() {
    return free;
  }

  /** Returns whether a scope nested in this one has free variables. */
  public boolean hasChildFree() {
    return childFree;
  }

  /** Returns whether this class body needs the implicit {@code __class__} cell. */
  public boolean needsClassClosure() {
    return needsClassClosure;
  }

  /** Returns the nested scopes in source order (annotation scopes excluded). */
  public List<Scope> children() {
    return Collections.unmodifiableList(children);
  }

  /** Returns the symbols by stored (mangled) name, in the order first seen. */
  public Map<String, Symbol> symbols() {
    return Collections.unmodifiableMap(symbols);
  }

  /** Returns the symbol of a stored (already mangled) name, or null. */
  public Symbol lookup(String name) {
    return symbols.get(name);
  }

  /**
   * Returns the parameters in CPython's {@code co_varnames} order: positional-only, positional,
   * keyword-only, {@code *args}, {@code **kwargs}; {@code .0} for a comprehension.
   */
  public List<String> parameters() {
    return Collections.unmodifiableList(varnames);
  }

  /** Returns the names whose scope is LOCAL or CELL, in symbol order. */
  public List<String> locals() {
    List<String> out = new ArrayList<>();
    for (Symbol s : symbols.values()) {
      if (s.isLocal()) {
        out.add(s.name());
      }
    }
    return out;
  }

  /** Returns the names whose scope is global, explicit or implicit, in symbol order. */
  public List<String> globals() {
    List<String> out = new ArrayList<>();
    for (Symbol s : symbols.values()) {
      if (s.isGlobal()) {
        out.add(s.name());
      }
    }
    return out;
  }

  /** Returns the names declared {@code nonlocal} (or bound outward by a walrus), in order. */
  public List<String> nonlocals() {
    List<String> out = new ArrayList<>();
    for (Symbol s : symbols.values()) {
      if (s.isNonlocal()) {
        out.add(s.name());
      }
    }
    return out;
  }

  /** Returns the names whose scope is FREE, in symbol order. */
  public List<String> frees() {
    List<String> out = new ArrayList<>();
    for (Symbol s : symbols.values()) {
      if (s.isFree()) {
        out.add(s.name());
      }
    }
    return out;
  }

  /**
   * Returns the names the code object keeps in cells, sorted as CPython's compiler orders {@code
   * co_cellvars}: the CELL symbols, or just {@code __class__} for a class needing it.
   */
  public List<String> cellvars() {
    List<String> out = new ArrayList<>();
    for (Symbol s : symbols.values()) {
      if (s.scope() == SymbolScope.CELL) {
        out.add(s.name());
      }
    }
    if (needsClassClosure) {
      out.add("__class__");
    }
    Collections.sort(out);
    return out;
  }

  /**
   * Returns the names the code object receives from its closure, sorted as CPython's compiler
   * orders {@code co_freevars}: the FREE symbols and the DEF_FREE_CLASS ones of a class.
   */
  public List<String> freevars() {
    List<String> out = new ArrayList<>();
    for (Symbol s : symbols.values()) {
      if (s.scope() == SymbolScope.FREE || s.has(Symbol.DEF_FREE_CLASS)) {
        out.add(s.name());
      }
    }
    Collections.sort(out);
    return out;
  }

  @Override
  public String toString() {
    return kind.pythonName() + " " + name + " line " + line;
  }
}
