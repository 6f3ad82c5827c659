package dev.krait.core.symtable;

import dev.krait.core.syntax.SyntaxError;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The second pass: resolves every symbol of every scope to a {@link SymbolScope}, top down,
 * passing each scope the names its enclosing functions bind and collecting the names its nested
 * scopes need from it, as CPython's {@code analyze_block}.
 *
 * <p>Class bodies are the subtle case: their own bindings are invisible to nested scopes, so the
 * sets handed to a class's children are copied before the class's names are analysed.
 */
final class ScopeAnalyzer {

  private final Errors errors;

  ScopeAnalyzer(Errors errors) {
    this.errors = errors;
  }

  void analyze(Scope top) {
    analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
  }

  /**
   * Resolves the names of {@code scope} and of its children.
   *
   * @param bound names bound by enclosing function scopes (null for the module), mutable copy
   * @param free receives the names free in this scope or below that an enclosing scope must bind
   * @param global names declared global in enclosing scopes, mutable copy
   */
  private void analyzeBlock(Scope scope, Set<String> bound, Set<String> free, Set<String> global) {
    boolean isClass = scope.kind() == Scope.Kind.CLASS;
    Set<String> local = new HashSet<>();
    Set<String> newGlobal = new HashSet<>();
    Set<String> newFree = new HashSet<>();
    Set<String> newBound = new HashSet<>();
    if (isClass) {
      newGlobal.addAll(global);
      if (bound != null) {
        newBound.addAll(bound);
      }
    }
    for (Symbol symbol : scope.symbols.values()) {
      analyzeName(scope, symbol, bound, local, free, global);
    }
    if (!isClass) {
      if (scope.kind() == Scope.Kind.FUNCTION) {
        newBound.addAll(local);
      }
      if (bound != null) {
        newBound.addAll(bound);
      }
      newGlobal.addAll(global);
    } else {
      // Methods see the class being defined as the implicit __class__ cell.
      newBound.add("__class__");
    }
    for (Scope child : scope.children) {
      Set<String> childFree = new HashSet<>(newFree);
      analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
      newFree.addAll(childFree);
      if (child.free || child.childFree) {
        scope.childFree = true;
      }
    }
    if (scope.kind() == Scope.Kind.FUNCTION) {
      analyzeCells(scope, newFree);
    } else if (isClass && newFree.remove("__class__")) {
      scope.needsClassClosure = true;
    }
    updateSymbols(scope, bound, newFree, isClass);
    free.addAll(newFree);
  }

  private void analyzeName(
      Scope scope,
      Symbol symbol,
      Set<String> bound,
      Set<String> local,
      Set<String> free,
      Set<String> global) {
    String name = symbol.name();
    int flags = symbol.flags();
    if ((flags & Symbol.DEF_GLOBAL) != 0) {
      if ((flags & Symbol.DEF_NONLOCAL) != 0) {
        throw atDirective(scope, name, "name '" + name + "' is nonlocal and global");
      }
      symbol.setScope(SymbolScope.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound != null) {
        bound.remove(name);
      }
      return;
    }
    if ((flags & Symbol.DEF_NONLOCAL) != 0) {
      if (bound == null) {
        throw atDirective(scope, name, "nonlocal declaration not allowed at module level");
      }
      if (!bound.contains(name)) {
        throw atDirective(scope, name, "no binding for nonlocal '" + name + "' found");
      }
      symbol.setScope(SymbolScope.FREE);
      scope.free = true;
      free.add(name);
      return;
    }
    if ((flags & Symbol.DEF_BOUND) != 0) {
      symbol.setScope(SymbolScope.LOCAL);
      local.add(name);
      global.remove(name);
      return;
    }
    if (bound != null && bound.contains(name)) {
      symbol.setScope(SymbolScope.FREE);
      scope.free = true;
      free.add(name);
      return;
    }
    // A name declared global by an enclosing scope is still called implicit, as CPython does.
    if (!global.contains(name) && scope.isNested()) {
      scope.free = true;
    }
    symbol.setScope(SymbolScope.GLOBAL_IMPLICIT);
  }

  private SyntaxError atDirective(Scope scope, String name, String msg) {
    for (Scope.Directive d : scope.directives) {
      if (d.name().equals(name)) {
        return errors.at(msg, d.start(), d.end());
      }
    }
    throw new IllegalStateException("no directive recorded for " + name + " in " + scope);
  }

  /** A local that a nested scope reads becomes a cell, and no longer free further out. */
  private static void analyzeCells(Scope scope, Set<String> free) {
    for (Symbol symbol : scope.symbols.values()) {
      if (symbol.scope() == SymbolScope.LOCAL && free.remove(symbol.name())) {
        symbol.setScope(SymbolScope.CELL);
      }
    }
  }

  /**
   * Records the names free in nested scopes that this scope only passes through: added as FREE
   * here unless global, or marked DEF_FREE_CLASS in a class that also binds them itself.
   */
  private static void updateSymbols(
      Scope scope, Set<String> bound, Set<String> free, boolean isClass) {
    // CPython walks a hash set here; sorting keeps our symbol order deterministic.
    for (String name : new TreeSet<>(free)) {
      Symbol symbol = scope.symbols.get(name);
      if (symbol != null) {
        if (isClass && (symbol.flags() & (Symbol.DEF_BOUND | Symbol.DEF_GLOBAL)) != 0) {
          symbol.addFlags(Symbol.DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound != null && !bound.contains(name)) {
        continue;
      }
      Symbol passed = new Symbol(name, 0);
      passed.setScope(SymbolScope.FREE);
      scope.symbols.put(name, passed);
    }
  }
}
