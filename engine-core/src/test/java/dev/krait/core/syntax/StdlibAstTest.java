package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.ast.AstDump;
import dev.krait.core.ast.CPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parses every {@code .py} file of the local CPython 3.11 standard library and checks that our
 * {@link AstDump} of it equals CPython's {@code ast.dump(ast.parse(source))}, or that both reject
 * it.
 *
 * <p>CPython's dumps come from one run of the {@code cpython_ast_dump.py} resource and are cached
 * in {@code target/} keyed by CPython's version and the script, so reruns take seconds. Every
 * mismatch is written to {@code target/stdlib-ast-mismatches.txt}.
 */
final class StdlibAstTest {

  private static final String SCRIPT = "cpython_ast_dump.py";
  private static final int WINDOW_BEFORE = 80;
  private static final int WINDOW_AFTER = 160;

  @Test
  void everyStdlibFileDumpsAsInCPython() throws IOException {
    String version = CPython.require();
    Path stdlib = StdlibCorpus.stdlib();
    List<Path> files = StdlibCorpus.pythonFiles(stdlib);
    assertTrue(files.size() > 1000, "only " + files.size() + " .py files under " + stdlib);
    Path expected = StdlibCorpus.cpythonOutput(SCRIPT, "cpython-ast", version, files);

    Tally tally = new Tally();
    long started = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(expected, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.indexOf('\t');
        String path = line.substring(0, tab);
        tally.compare(path, line.substring(tab + 1), ourDump(Path.of(path)));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    Path report = StdlibCorpus.TARGET.resolve("stdlib-ast-mismatches.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, tally.mismatchReport, StandardCharsets.UTF_8);
    System.out.printf(
        "StdlibAstTest: %d files: %d identical dumps, %d rejected by both, %d mismatches"
            + " (%.1f s for decoding, parsing and dumping)%n",
        tally.files, tally.identical, tally.rejectedByBoth, tally.mismatches, seconds);
    System.out.printf(
        "StdlibAstTest: %d of the %d rejected by both have the same error line%n",
        tally.sameError, tally.rejectedByBoth);
    assertEquals(files.size(), tally.files, "CPython's output does not list every file");
    assertEquals(
        0,
        tally.mismatches,
        tally.mismatches + " mismatches, first: " + tally.firstMismatches + "; see " + report);
  }

  /** Returns our dump of a file, or our error in the format of the Python script. */
  private static String ourDump(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = SourceDecoder.decode(bytes, file.toString());
      return AstDump.dump(Parser.parseModule(text, file.toString()));
    } catch (SyntaxError e) {
      return e.summary();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return "CRASH " + e;
    }
  }

  /** Counts of the comparison, and the text of the mismatch report. */
  private static final class Tally {
    int files;
    int identical;
    int rejectedByBoth;
    int sameError;
    int mismatches;
    final List<String> firstMismatches = new ArrayList<>();
    final List<String> mismatchReport = new ArrayList<>();

    void compare(String path, String expected, String actual) {
      files++;
      boolean cpythonRejects = !expected.startsWith("Module(");
      boolean weReject = !actual.startsWith("Module(");
      if (expected.equals(actual)) {
        if (cpythonRejects) {
          rejectedByBoth++;
          sameError++;
        } else {
          identical++;
        }
        return;
      }
      if (cpythonRejects && weReject && !actual.startsWith("CRASH ")) {
        rejectedByBoth++;
        return;
      }
      mismatches++;
      if (firstMismatches.size() < 5) {
        firstMismatches.add(path);
      }
      int at = firstDifference(expected, actual);
      mismatchReport.add(path);
      mismatchReport.add("  at char " + at);
      mismatchReport.add("  cpython: " + window(expected, at));
      mismatchReport.add("  krait:   " + window(actual, at));
    }

    private static int firstDifference(String a, String b) {
      int n = Math.min(a.length(), b.length());
      for (int i = 0; i < n; i++) {
        if (a.charAt(i) != b.charAt(i)) {
          return i;
        }
      }
      return n;
    }

    private static String window(String text, int at) {
      int from = Math.max(0, at - WINDOW_BEFORE);
      int to = Math.min(text.length(), at + WINDOW_AFTER);
      return (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
    }
  }
}
