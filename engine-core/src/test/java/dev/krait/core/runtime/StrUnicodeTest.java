package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Case mappings and character predicates of every one-code-point str, against python3: one line
 * per method listing the code points (as ranges) where the predicate holds or the mapping changes
 * the character.
 */
class StrUnicodeTest {

  private static final String[] MAPPINGS = {
    "lower", "upper", "casefold", "title", "capitalize", "swapcase"
  };
  private static final String[] PREDICATES = {
    "isspace", "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "islower", "isupper",
    "istitle", "isidentifier", "isprintable"
  };

  @Test
  void everyCodePointMatchesCPython() {
    CPython.require();
    StringBuilder script = new StringBuilder("import sys\n");
    script.append("for m in ").append(pyList(MAPPINGS)).append(":\n")
        .append(" f = getattr(str, m)\n")
        .append(" print(m, ' '.join('%x:%s' % (c, '.'.join('%x' % ord(d) for d in f(chr(c))))"
            + " for c in range(0x110000) if f(chr(c)) != chr(c)))\n");
    script.append("for m in ").append(pyList(PREDICATES)).append(":\n")
        .append(" f = getattr(str, m)\n")
        .append(" out = []\n start = None\n")
        .append(" for c in range(0x110001):\n")
        .append("  t = c < 0x110000 and f(chr(c))\n")
        .append("  if t and start is None: start = c\n")
        .append("  if not t and start is not None:\n")
        .append("   out.append('%x-%x' % (start, c - 1)); start = None\n")
        .append(" print(m, ' '.join(out))\n");
    String[] expected = CPython.runScript(script.toString(), "").split("\n");
    List<String> failures = new ArrayList<>();
    int line = 0;
    for (String m : MAPPINGS) {
      StringBuilder got = new StringBuilder(m);
      boolean first = true;
      for (int c = 0; c < 0x110000; c++) {
        PyStr s = PyStr.ofCodePoint(c);
        PyStr r = (PyStr) Abstract.callMethod(s, m);
        if (!r.equalsStr(s)) {
          got.append(first ? " " : " ").append(Integer.toHexString(c)).append(':');
          first = false;
          for (int i = 0; i < r.length(); i++) {
            got.append(i > 0 ? "." : "").append(Integer.toHexString(r.codePointAt(i)));
          }
        }
      }
      if (first) {
        got.append(' ');
      }
      compare(expected[line++], got.toString(), failures);
    }
    for (String m : PREDICATES) {
      StringBuilder got = new StringBuilder(m).append(' ');
      int start = -1;
      boolean first = true;
      for (int c = 0; c <= 0x110000; c++) {
        boolean t = c < 0x110000
            && Abstract.callMethod(PyStr.ofCodePoint(c), m) == PyBool.TRUE;
        if (t && start < 0) {
          start = c;
        }
        if (!t && start >= 0) {
          got.append(first ? "" : " ").append(Integer.toHexString(start)).append('-')
              .append(Integer.toHexString(c - 1));
          first = false;
          start = -1;
        }
      }
      compare(expected[line++], got.toString(), failures);
    }
    assertEquals(List.of(), failures);
  }

  private static void compare(String expected, String got, List<String> failures) {
    String[] e = expected.split(" ");
    String[] g = got.split(" ");
    java.util.Set<String> es = new java.util.LinkedHashSet<>(List.of(e));
    java.util.Set<String> gs = new java.util.LinkedHashSet<>(List.of(g));
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (String x : es) {
      if (!gs.contains(x)) {
        missing.add(x);
      }
    }
    for (String x : gs) {
      if (!es.contains(x)) {
        extra.add(x);
      }
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
      System.out.println(e[0] + " missing(" + missing.size() + ") " + missing);
      System.out.println(e[0] + " extra(" + extra.size() + ") " + extra);
      failures.add(e[0] + ": " + missing.size() + " missing, " + extra.size() + " extra");
    }
  }

  private static String pyList(String[] names) {
    StringBuilder sb = new StringBuilder("[");
    for (String n : names) {
      sb.append('\'').append(n).append("',");
    }
    return sb.append(']').toString();
  }
}
