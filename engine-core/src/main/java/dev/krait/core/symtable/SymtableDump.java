package dev.krait.core.symtable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Prints a symbol table as text, one line per scope and per symbol, in the format the test
 * resource {@code cpython_symtable_dump.py} prints from CPython's {@code symtable} module.
 *
 * <p>A scope line is {@code TYPE NAME line N}, plus {@code nested} when nested; a function
 * scope's next line is {@code params A, B} when it has parameters; then come its symbols sorted
 * by name, each {@code NAME SCOPE FLAGS}; then its children, each indented two more spaces.
 */
public final class SymtableDump {

  /** Python's order of str values: by code point, which differs from Java's for astral chars. */
  private static final Comparator<String> BY_CODE_POINT =
      (a, b) -> {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return Arrays.compare(x, y);
      };

  private SymtableDump() {}

  /** Returns the dump of the table, each line ending in a newline. */
  public static String dump(SymbolTable table) {
    StringBuilder out = new StringBuilder();
    dump(table.top(), "", out);
    return out.toString();
  }

  private static void dump(Scope scope, String indent, StringBuilder out) {
    out.append(indent)
        .append(scope.kind().pythonName())
        .append(' ')
        .append(scope.name())
        .append(" line ")
        .append(scope.line());
    if (scope.isNested()) {
      out.append(" nested");
    }
    out.append('\n');
    String inner = indent + "  ";
    if (!scope.parameters().isEmpty()) {
      out.append(inner).append("params ").append(String.join(", ", scope.parameters()));
      out.append('\n');
    }
    List<Symbol> symbols = new ArrayList<>(scope.symbols().values());
    symbols.sort((a, b) -> BY_CODE_POINT.compare(a.name(), b.name()));
    for (Symbol s : symbols) {
      out.append(inner)
          .append(s.name())
          .append(' ')
          .append(s.scope())
          .append(' ')
          .append(Symbol.flagNames(s.flags()))
          .append('\n');
    }
    for (Scope child : scope.children()) {
      dump(child, inner, out);
    }
  }
}
