package dev.krait.core.vm;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.syntax.SyntaxError;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Formats uncaught exceptions as CPython 3.11 prints them: chained exceptions first, then
 * {@code Traceback (most recent call last):}, one {@code File} entry per frame with its stripped
 * source line, and the {@code Type: message} line. The {@code ^^^^} markers of 3.11 are not
 * printed yet.
 */
final class Tracebacks {

  private Tracebacks() {}

  /** Returns the traceback text; {@code sources} gives the lines of a file, or null. */
  static String format(PyBaseException e, Function<String, String[]> sources) {
    StringBuilder out = new StringBuilder();
    append(e, sources, out, new IdentityHashMap<>());
    return out.toString();
  }

  private static void append(
      PyBaseException e,
      Function<String, String[]> sources,
      StringBuilder out,
      Map<PyObject, Boolean> seen) {
    seen.put(e, Boolean.TRUE);
    PyObject cause = e.cause();
    PyObject context = e.context();
    if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
      append(c, sources, out, seen);
      out.append("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (cause == null && context instanceof PyBaseException c && !e.suppressContext()
        && !seen.containsKey(c)) {
      append(c, sources, out, seen);
      out.append(
          "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (e.traceback() instanceof PyTraceback tb) {
      out.append("Traceback (most recent call last):\n");
      String last = null;
      int repeats = 0;
      for (PyTraceback t = tb; t != null; t = t.next) {
        String entry = entry(t, sources);
        if (entry.equals(last)) {
          repeats++;
          if (repeats >= 3) {
            continue;
          }
        } else {
          flushRepeats(out, repeats);
          repeats = 0;
          last = entry;
        }
        out.append(entry);
      }
      flushRepeats(out, repeats);
    }
    SyntaxError located = e.type().isSubtypeOf(PyErrors.SYNTAX_ERROR) ? located(e) : null;
    if (located != null) {
      out.append(syntaxError(located));
    } else {
      out.append(e.summary()).append('\n');
    }
  }

  // A SyntaxError object that says where it is (file and line), as CPython prints it with its
  // source line and caret; null for one raised without a location.
  private static SyntaxError located(PyBaseException e) {
    PyObject file = Abstract.lookupAttr(e, "filename");
    PyObject line = Abstract.lookupAttr(e, "lineno");
    if (!(file instanceof PyStr f) || !(line instanceof PyInt n)) {
      return null;
    }
    PyObject text = Abstract.lookupAttr(e, "text");
    return new SyntaxError(e.type().name(), Abstract.str(Abstract.getAttr(e, "msg")).value(),
        f.value(), (int) n.longValue(), intField(e, "offset"), intField(e, "end_lineno"),
        intField(e, "end_offset"), text instanceof PyStr t ? t.value() : null);
  }

  private static int intField(PyBaseException e, String name) {
    return Abstract.lookupAttr(e, name) instanceof PyInt i ? (int) i.longValue() : 0;
  }

  private static void flushRepeats(StringBuilder out, int repeats) {
    if (repeats >= 3) {
      int more = repeats - 2;
      out.append("  [Previous line repeated ").append(more).append(" more time")
          .append(more == 1 ? "" : "s").append("]\n");
    }
  }

  private static String entry(PyTraceback t, Function<String, String[]> sources) {
    String file = t.frame.code.filename();
    int line = t.line();
    StringBuilder s = new StringBuilder();
    s.append("  File \"").append(file).append("\", line ").append(line).append(", in ")
        .append(t.frame.code.name()).append('\n');
    String[] lines = sources.apply(file);
    if (lines != null && line >= 1 && line <= lines.length) {
      String text = lines[line - 1].strip();
      if (!text.isEmpty()) {
        s.append("    ").append(text).append('\n');
      }
    }
    return s.toString();
  }

  /** Returns a SyntaxError as CPython prints it when a script does not compile. */
  static String syntaxError(SyntaxError e) {
    StringBuilder out = new StringBuilder();
    out.append("  File \"").append(e.filename()).append("\", line ").append(e.line()).append('\n');
    String text = e.text();
    if (text != null) {
      String line = text.stripTrailing();
      int indent = line.length() - line.stripLeading().length();
      String stripped = line.stripLeading();
      if (!stripped.isEmpty()) {
        out.append("    ").append(stripped).append('\n');
        int col = Math.max(1, e.column()) - indent;
        int endCol = e.endLine() == e.line() && e.endColumn() > e.column()
            ? e.endColumn() - indent : col + 1;
        col = Math.max(1, Math.min(col, stripped.length() + 1));
        endCol = Math.max(col + 1, Math.min(endCol, stripped.length() + 1));
        out.append("    ").append(" ".repeat(col - 1)).append("^".repeat(endCol - col))
            .append('\n');
      }
    }
    out.append(e.type()).append(": ").append(e.msg()).append('\n');
    return out.toString();
  }
}
