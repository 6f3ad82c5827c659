package dev.krait.core.symtable;

import dev.krait.core.ast.Alias;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Mod;
import dev.krait.core.ast.Stmt;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__ import ...} statements at the top of a module, read as CPython's
 * {@code future.c} does before it builds the symbol table.
 *
 * @param annotations whether {@code annotations} (PEP 563, postponed evaluation) is on
 * @param barryAsBdfl whether {@code barry_as_FLUFL} is on
 */
public record FutureFeatures(boolean annotations, boolean barryAsBdfl) {

  /** Features that are always on in Python 3 and only accepted. */
  private static final Set<String> MANDATORY =
      Set.of(
          "nested_scopes",
          "generators",
          "division",
          "absolute_import",
          "with_statement",
          "print_function",
          "unicode_literals",
          "generator_stop");

  /** Returns the features a module turns on; an expression or empty module has none. */
  static FutureFeatures of(Mod mod, Errors errors) {
    List<Stmt> body;
    if (mod instanceof Mod.Module m) {
      body = m.body();
    } else if (mod instanceof Mod.Interactive i) {
      body = i.body();
    } else {
      return new FutureFeatures(false, false);
    }
    boolean annotations = false;
    boolean barry = false;
    boolean done = false;
    int prevLine = 0;
    int i = hasDocstring(body) ? 1 : 0;
    for (; i < body.size(); i++) {
      Stmt s = body.get(i);
      int line = errors.lines().line(s.start());
      // Future imports may only follow other future imports, but ones later on the same line
      // (after a semicolon) are checked here rather than by the compiler.
      if (done && line > prevLine) {
        break;
      }
      prevLine = line;
      if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
        if (done) {
          // CPython reports this one at the 0-based column, unlike the feature errors.
          throw errors.atStart(
              "from __future__ imports must occur at the beginning of the file", s.start(), 0);
        }
        for (Alias a : f.names()) {
          String feature = a.name();
          if (feature.equals("annotations")) {
            annotations = true;
          } else if (feature.equals("barry_as_FLUFL")) {
            barry = true;
          } else if (feature.equals("braces")) {
            throw errors.atStart("not a chance", s.start(), 1);
          } else if (!MANDATORY.contains(feature)) {
            throw errors.atStart(
                "future feature " + feature + " is not defined", s.start(), 1);
          }
        }
      } else {
        done = true;
      }
    }
    return new FutureFeatures(annotations, barry);
  }

  private static boolean hasDocstring(List<Stmt> body) {
    return !body.isEmpty()
        && body.get(0) instanceof Stmt.ExprStmt e
        && e.value() instanceof Expr.Constant c
        && c.value() instanceof String;
  }
}
