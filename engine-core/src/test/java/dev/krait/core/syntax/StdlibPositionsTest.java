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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks the position of every node of every standard-library file CPython parses: the class,
 * {@code lineno}, {@code col_offset}, {@code end_lineno} and {@code end_col_offset} of each node
 * that has them, visited in the same pre-order on our tree and on CPython's.
 *
 * <p>CPython's positions come from the {@code cpython_positions.py} resource, cached in {@code
 * target/} as {@link StdlibAstTest} caches its dumps. Counts and the first mismatches are written
 * to {@code target/stdlib-positions-mismatches.txt}. Files that CPython rejects are left to
 * {@link StdlibAstTest}.
 */
final class StdlibPositionsTest {

  private static final String SCRIPT = "cpython_positions.py";
  private static final int REPORTED_FILES = 200;
  private static final int REPORTED_PER_FILE = 5;

  @Test
  void everyStdlibNodeIsWhereCPythonPutsIt() throws IOException {
    String version = CPython.require();
    List<Path> files = StdlibCorpus.pythonFiles(StdlibCorpus.stdlib());
    assertTrue(files.size() > 1000, "only " + files.size() + " .py files in the stdlib");
    Path expected = StdlibCorpus.cpythonOutput(SCRIPT, "cpython-positions", version, files);

    Tally tally = new Tally();
    long started = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(expected, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.indexOf('\t');
        String path = line.substring(0, tab);
        tally.compare(path, line.substring(tab + 1));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    Path report = StdlibCorpus.TARGET.resolve("stdlib-positions-mismatches.txt");
    List<String> summary = tally.summary(seconds);
    List<String> text = new ArrayList<>(summary);
    text.add("");
    text.addAll(tally.details);
    Files.createDirectories(report.getParent());
    Files.write(report, text, StandardCharsets.UTF_8);
    summary.forEach(s -> System.out.println("StdlibPositionsTest: " + s));
    assertEquals(files.size(), tally.files + tally.rejectedByCPython, "CPython skipped files");
    assertEquals(
        0,
        tally.mismatchedFiles,
        tally.mismatchedFiles + " files with wrong positions, first: " + tally.firstMismatches
            + "; see " + report);
  }

  /** Returns our positions of a file in the script's format, or "!" and our error. */
  private static Ours ours(Path file) {
    try {
      String text = SourceDecoder.decode(Files.readAllBytes(file), file.toString());
      LineMap lines = new LineMap(text);
      return new Ours(encode(Parser.parseModule(text, file.toString()), lines), lines);
    } catch (SyntaxError e) {
      return new Ours("!" + e.summary(), null);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return new Ours("!CRASH " + e, null);
    }
  }

  /** Returns the positions of the tree's nodes in the format of {@code cpython_positions.py}. */
  private static String encode(dev.krait.core.ast.Node tree, LineMap lines) {
    StringBuilder out = new StringBuilder(4096);
    int[] previousLine = {0};
    PreOrder.forEachLocated(
        tree,
        node -> {
          int line = lines.line(node.start());
          if (out.length() > 0) {
            out.append(' ');
          }
          out.append(AstDump.pythonName(node))
              .append(' ')
              .append(line - previousLine[0])
              .append(' ')
              .append(lines.utf8Column(node.start()))
              .append(' ')
              .append(lines.line(node.end()) - line)
              .append(' ')
              .append(lines.utf8Column(node.end()));
          previousLine[0] = line;
        });
    return out.toString();
  }

  /** Our positions of one file, and the line map to quote its source lines. */
  private record Ours(String encoded, LineMap lines) {}

  /** One node's class and absolute position. */
  private record Position(String pythonClass, int line, int col, int endLine, int endCol) {

    /** Returns the nodes of an encoded line, with its line deltas resolved. */
    static List<Position> decode(String encoded) {
      List<Position> nodes = new ArrayList<>();
      if (encoded.isEmpty()) {
        return nodes;
      }
      String[] words = encoded.split(" ");
      int line = 0;
      for (int i = 0; i + 4 < words.length; i += 5) {
        line += Integer.parseInt(words[i + 1]);
        nodes.add(
            new Position(
                words[i],
                line,
                Integer.parseInt(words[i + 2]),
                line + Integer.parseInt(words[i + 3]),
                Integer.parseInt(words[i + 4])));
      }
      return nodes;
    }

    boolean samePlace(Position other) {
      return line == other.line
          && col == other.col
          && endLine == other.endLine
          && endCol == other.endCol;
    }

    String place() {
      return line + ":" + col + "-" + endLine + ":" + endCol;
    }
  }

  /** Counts of the comparison, and the text of the mismatch report. */
  private static final class Tally {
    int files;
    int rejectedByCPython;
    int identicalFiles;
    int mismatchedFiles;
    long nodes;
    long mismatchedNodes;
    final Map<String, Integer> mismatchesByClass = new TreeMap<>();
    final List<String> firstMismatches = new ArrayList<>();
    final List<String> details = new ArrayList<>();

    void compare(String path, String expected) {
      if (expected.startsWith("!")) {
        rejectedByCPython++;
        return;
      }
      files++;
      Ours ours = ours(Path.of(path));
      if (expected.equals(ours.encoded())) {
        identicalFiles++;
        nodes += Position.decode(expected).size();
        return;
      }
      mismatchedFiles++;
      boolean reported = mismatchedFiles <= REPORTED_FILES;
      List<Position> theirs = Position.decode(expected);
      nodes += theirs.size();
      if (ours.encoded().startsWith("!")) {
        mismatchedNodes += theirs.size();
        note(path, path + ": we reject it: " + ours.encoded().substring(1), reported);
        return;
      }
      List<Position> mine = Position.decode(ours.encoded());
      int reportedHere = 0;
      int n = Math.min(theirs.size(), mine.size());
      for (int i = 0; i < n; i++) {
        Position cpython = theirs.get(i);
        Position krait = mine.get(i);
        if (!cpython.pythonClass().equals(krait.pythonClass())) {
          mismatchedNodes += theirs.size() - i;
          note(
              path,
              path + ": node " + i + " is " + krait.pythonClass() + " at " + krait.place()
                  + " but CPython's is " + cpython.pythonClass() + " at " + cpython.place()
                  + "; the rest of the file is not compared",
              reported);
          return;
        }
        if (cpython.samePlace(krait)) {
          continue;
        }
        mismatchedNodes++;
        mismatchesByClass.merge(cpython.pythonClass(), 1, Integer::sum);
        if (reportedHere++ < REPORTED_PER_FILE) {
          note(
              path,
              path + ":" + cpython.line() + ": node " + i + " " + cpython.pythonClass()
                  + ": krait " + krait.place() + ", CPython " + cpython.place(),
              reported);
          if (reported && cpython.line() <= ours.lines().lineCount()) {
            details.add("    | " + ours.lines().lineText(cpython.line()));
          }
        }
      }
      if (theirs.size() != mine.size()) {
        mismatchedNodes += Math.abs(theirs.size() - mine.size());
        note(
            path,
            path + ": krait has " + mine.size() + " nodes with positions, CPython "
                + theirs.size(),
            reported);
      }
    }

    private void note(String path, String line, boolean reported) {
      if (firstMismatches.size() < 3) {
        firstMismatches.add(line);
      }
      if (reported) {
        details.add(line);
      }
    }

    List<String> summary(double seconds) {
      List<String> lines = new ArrayList<>();
      lines.add(
          String.format(
              "%d files CPython parses (%d it rejects are left out): %d with every position"
                  + " equal, %d with mismatches (%.1f s)",
              files, rejectedByCPython, identicalFiles, mismatchedFiles, seconds));
      lines.add(
          String.format("%d nodes with positions, %d mismatched", nodes, mismatchedNodes));
      if (!mismatchesByClass.isEmpty()) {
        lines.add("mismatched nodes by class: " + mismatchesByClass);
      }
      return lines;
    }
  }
}
