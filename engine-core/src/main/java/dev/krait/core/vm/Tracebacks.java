package dev.krait.core.vm;

import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Stmt;
import dev.krait.core.bytecode.LineTable;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.ExceptionGroups;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SyntaxError;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Formats uncaught exceptions as CPython 3.11 prints them: chained exceptions first, then
 * {@code Traceback (most recent call last):}, one {@code File} entry per frame with its stripped
 * source line and its {@code ~~^^} marker line, and the {@code Type: message} line; exception
 * groups boxed with their sub-exceptions.
 */
public final class Tracebacks {

  private Tracebacks() {}

  /** Returns the traceback text; {@code sources} gives the lines of a file, or null. */
  public static String format(PyBaseException e, Function<String, String[]> sources) {
    Printer p = new Printer(sources);
    p.exception(e);
    return p.out.toString();
  }

  /** Groups nested deeper than this print "... (max_group_depth is 10)". */
  private static final int MAX_GROUP_DEPTH = 10;
  /** Groups print at most this many sub-exceptions, then "and N more exceptions". */
  private static final int MAX_GROUP_WIDTH = 15;

  /**
   * One print of an exception with its chain, as CPython's print_exception_recursive: inside an
   * exception group every line gets an indented {@code | } margin, and the sub-exceptions are
   * boxed under {@code +---- n ----} separators.
   */
  private static final class Printer {
    final Function<String, String[]> sources;
    final StringBuilder out = new StringBuilder();
    final Map<PyObject, Boolean> seen = new IdentityHashMap<>();
    int depth;
    boolean needClose;

    Printer(Function<String, String[]> sources) {
      this.sources = sources;
    }

    void indent() {
      out.append(" ".repeat(2 * depth));
    }

    // Appends text (one or more whole lines), each line after the indent and the margin.
    void lines(String margin, String text) {
      for (String line : text.split("(?<=\n)")) {
        indent();
        out.append(margin).append(line);
      }
    }

    String margin() {
      return depth > 0 ? "| " : "";
    }

    void exception(PyBaseException e) {
      seen.put(e, Boolean.TRUE);
      PyObject cause = e.cause();
      PyObject context = e.context();
      if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
        chained(c, "The above exception was the direct cause of the following exception:\n");
      } else if (cause == null && context instanceof PyBaseException c && !e.suppressContext()
          && !seen.containsKey(c)) {
        chained(c, "During handling of the above exception, another exception occurred:\n");
      }
      if (ExceptionGroups.isGroup(e)) {
        group(e);
      } else {
        single(e);
      }
    }

    void chained(PyBaseException earlier, String message) {
      boolean close = needClose;
      exception(earlier);
      needClose = close;
      lines(margin(), "\n");
      lines(margin(), message);
      lines(margin(), "\n");
    }

    void single(PyBaseException e) {
      if (e.traceback() instanceof PyTraceback tb) {
        boolean group = ExceptionGroups.isGroup(e);
        indent();
        out.append(group && depth == 1 ? "+ " : margin())
            .append(group ? "Exception Group Traceback" : "Traceback")
            .append(" (most recent call last):\n");
        lines(margin(), entries(tb, sources));
      }
      SyntaxError located = e.type().isSubtypeOf(PyErrors.SYNTAX_ERROR) ? located(e) : null;
      lines(margin(), located != null ? syntaxError(located) : e.summary() + "\n");
      notes(e);
    }

    // The __notes__ after the message: each note's lines (str() of a non-str), then a newline.
    void notes(PyBaseException e) {
      PyObject notes = Abstract.lookupAttr(e, "__notes__");
      if (notes == null) {
        return;
      }
      if (notes.type().lookup("__getitem__") == null) {
        lines(margin(), safely(() -> Abstract.repr(notes), "<__notes__ repr() failed>") + "\n");
        return;
      }
      PyObject it = Abstract.iter(notes);
      for (PyObject note = Abstract.next(it); note != null; note = Abstract.next(it)) {
        PyObject text = note;
        String str = note instanceof PyStr ? null : safely(() -> Abstract.str(text), null);
        if (!(note instanceof PyStr) && str == null) {
          lines(margin(), "<note str() failed>\n");
          continue;
        }
        PyObject parts = Abstract.callMethod(str == null ? note : PyStr.of(str),
            "splitlines", PyBool.TRUE);
        PyObject lines = Abstract.iter(parts);
        for (PyObject line = Abstract.next(lines); line != null; line = Abstract.next(lines)) {
          indent();
          out.append(margin()).append(((PyStr) line).value());
        }
        out.append('\n');
      }
    }

    // The text of str() or repr() by f, or fallback when that raises.
    private static String safely(Supplier<PyStr> f, String fallback) {
      try {
        return f.get().value();
      } catch (PyException x) {
        return fallback;
      }
    }

    void group(PyBaseException e) {
      if (depth > MAX_GROUP_DEPTH) {
        lines(margin(), "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
        return;
      }
      if (depth == 0) {
        depth++;
      }
      single(e);
      PyTuple excs = ExceptionGroups.exceptionsOf(e);
      int n = Math.min(excs.size(), MAX_GROUP_WIDTH + 1);
      needClose = false;
      for (int i = 0; i < n; i++) {
        boolean last = i == n - 1;
        if (last) {
          needClose = true;
        }
        boolean truncated = i >= MAX_GROUP_WIDTH;
        indent();
        out.append(i == 0 ? "+-" : "  ").append("+---------------- ")
            .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
        depth++;
        if (!truncated) {
          exception((PyBaseException) excs.get(i));
        } else {
          int more = excs.size() - MAX_GROUP_WIDTH;
          lines(margin(), "and " + more + " more exception" + (more > 1 ? "s" : "") + "\n");
        }
        if (last && needClose) {
          indent();
          out.append("+------------------------------------\n");
          needClose = false;
        }
        depth--;
      }
      if (depth == 1) {
        depth--;
      }
    }
  }

  // The File entries of a traceback, a run of more than three equal ones cut short.
  private static String entries(PyTraceback tb, Function<String, String[]> sources) {
    StringBuilder out = new StringBuilder();
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
    return out.toString();
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
      String full = lines[line - 1];
      if (full.endsWith("\r")) {
        full = full.substring(0, full.length() - 1);
      }
      int indent = 0;
      while (indent < full.length() && isWhitespace(full.charAt(indent))) {
        indent++;
      }
      if (!full.isBlank()) {
        s.append("    ").append(full, indent, full.length()).append('\n');
        appendMarkers(t, full, indent, s);
      }
    }
    return s.toString();
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  /**
   * Appends 3.11's marker line under source line {@code full} (its first {@code indent}
   * characters not printed): {@code ^} under the failing instruction's span, or for a binary
   * operation or subscript {@code ~} under the operands and {@code ^} under the operator or the
   * index; nothing when plain {@code ^} would cover the whole line (CPython's tb_displayline).
   */
  private static void appendMarkers(PyTraceback t, String full, int indent, StringBuilder out) {
    LineTable positions = t.frame.code.lines();
    int startLine = positions.line(t.pc);
    int endLine = positions.endLine(t.pc);
    int startByte = positions.column(t.pc);
    int endByte = positions.endColumn(t.pc);
    if (startLine <= 0 || endLine <= 0 || startByte < 0 || endByte < 0) {
      return;
    }
    byte[] utf8 = full.getBytes(StandardCharsets.UTF_8);
    int start = characters(utf8, startByte);
    int end = characters(utf8, endByte);
    int[] anchors = null;
    if (startLine == endLine) {
      anchors = anchors(t.frame.code.filename(), full, start, end);
    } else {
      // A span over several lines is marked to the end of its first line.
      int[] chars = full.codePoints().toArray();
      int i = chars.length;
      while (--i >= 0 && isWhitespace(chars[i])) {
        // trailing whitespace is not marked
      }
      end = i + 1;
    }
    int strippedLength = full.codePointCount(0, full.length()) - indent;
    if (end - start == strippedLength && anchors == null) {
      return;
    }
    // Offsets count from the line's start; the source line was printed at column 4.
    for (int offset = indent - 3; offset <= end; offset++) {
      if (offset <= start) {
        out.append(' ');
      } else if (anchors != null && anchors[0] < offset && offset <= anchors[1]) {
        out.append('^');
      } else {
        out.append(anchors != null ? '~' : '^');
      }
    }
    out.append('\n');
  }

  // CPython's _PyPegen_byte_offset_to_character_offset: the characters the first col bytes of
  // the line decode to, an incomplete sequence counting one (and the terminator past the end).
  private static int characters(byte[] utf8, int col) {
    int n = 0;
    for (int i = 0; i < Math.min(col, utf8.length); i++) {
      if ((utf8[i] & 0xc0) != 0x80) {
        n++;
      }
    }
    return col > utf8.length ? n + 1 : n;
  }

  /**
   * Returns {leftEnd, rightStart}, the character range of the operator of a binary operation
   * or of the {@code [index]} of a subscript that is the whole span {@code [start, end)} of
   * {@code line}, or null for any other span.
   */
  private static int[] anchors(String filename, String line, int start, int end) {
    int from = line.offsetByCodePoints(0, Math.min(start, line.codePointCount(0, line.length())));
    int to = line.offsetByCodePoints(0, Math.min(end, line.codePointCount(0, line.length())));
    if (from >= to) {
      return null;
    }
    String segment = line.substring(from, to);
    List<Stmt> body;
    try {
      body = Parser.parseModule(segment, filename).body();
    } catch (SyntaxError e) {
      return null;
    }
    if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt s)) {
      return null;
    }
    int left;
    int right;
    if (s.value() instanceof Expr.BinOp b) {
      // The operator: the first character after the left operand that is neither whitespace
      // nor a closing parenthesis, with the next one if that is not whitespace (//, **, ...).
      int gap = b.right().start();
      left = b.left().end();
      while (left < gap && (isWhitespace(segment.charAt(left))
          || (segment.charAt(left) == ')' && left + 1 < gap))) {
        left++;
      }
      if (left >= gap) {
        return null;
      }
      right = left + 1 < gap && !isWhitespace(segment.charAt(left + 1)) ? left + 2 : left + 1;
    } else if (s.value() instanceof Expr.Subscript x) {
      // From the '[' after the value through the ']' after the index.
      left = x.value().end();
      while (left < segment.length() && segment.charAt(left) != '[') {
        left++;
      }
      right = x.slice().end() + 1;
      while (right < segment.length() && segment.charAt(right) != ']') {
        right++;
      }
      if (right < segment.length()) {
        right++;
      }
    } else {
      return null;
    }
    return new int[] {
      segment.codePointCount(0, left) + start, segment.codePointCount(0, right) + start
    };
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

  /** Returns a SyntaxError as CPython prints it when a script does not compile. */
  public static String syntaxError(SyntaxError e) {
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
