package dev.krait.core.symtable;

import dev.krait.core.ast.Mod;
import dev.krait.core.ast.Node;
import dev.krait.core.syntax.LineMap;
import java.util.Map;

/**
 * The scopes of one parsed module and the map from each scope-creating node to its scope, as
 * CPython 3.11's {@code _PySymtable_Build} computes them.
 *
 * <p>Example: {@code SymbolTable.build(Parser.parseModule(text, name), name, new
 * LineMap(text)).top().lookup("x").scope()}.
 */
public final class SymbolTable {

  private final Scope top;
  private final Map<Node, Scope> scopes;
  private final FutureFeatures future;

  private SymbolTable(Scope top, Map<Node, Scope> scopes, FutureFeatures future) {
    this.top = top;
    this.scopes = scopes;
    this.future = future;
  }

  /**
   * Returns the analysed table of {@code module} (a {@code Module}, {@code Interactive} or
   * {@code Expression}).
   *
   * @throws dev.krait.core.syntax.SyntaxError with CPython's message and location for what the
   *     symbol table (or the future-statement check before it) rejects
   */
  public static SymbolTable build(Mod module, String filename, LineMap lines) {
    Errors errors = new Errors(filename, lines);
    FutureFeatures future = FutureFeatures.of(module, errors);
    ScopeBuilder builder = new ScopeBuilder(errors, future.annotations());
    Scope top = builder.build(module);
    new ScopeAnalyzer(errors).analyze(top);
    return new SymbolTable(top, builder.scopes(), future);
  }

  /** Returns the module's scope, the root of the tree of scopes. */
  public Scope top() {
    return top;
  }

  /**
   * Returns the scope of a node that opens one (the {@code Mod}, a {@code FunctionDef}, {@code
   * AsyncFunctionDef}, {@code ClassDef}, {@code Lambda} or comprehension), found by identity, or
   * null for any other node.
   */
  public Scope scopeOf(Node node) {
    return scopes.get(node);
  }

  /** Returns the module's {@code from __future__} features. */
  public FutureFeatures future() {
    return future;
  }

  /**
   * Returns {@code name} as stored and compiled inside class {@code className}: a private name
   * {@code __x} becomes {@code _Cls__x} (leading underscores of the class name dropped), while
   * dunder names, dotted names and names outside a class (null) stay as they are.
   */
  public static String mangle(String className, String name) {
    if (className == null || !name.startsWith("__")) {
      return name;
    }
    if (name.endsWith("__") || name.indexOf('.') >= 0) {
      return name;
    }
    int i = 0;
    while (i < className.length() && className.charAt(i) == '_') {
      i++;
    }
    if (i == className.length()) {
      return name;
    }
    return "_" + className.substring(i) + name;
  }
}
