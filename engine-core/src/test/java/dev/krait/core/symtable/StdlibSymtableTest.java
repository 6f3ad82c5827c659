package dev.krait.core.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import dev.krait.core.ast.CPython;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SourceDecoder;
import dev.krait.core.syntax.SyntaxError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds the symbol table of every {@code .py} file of the local CPython 3.11 standard library
 * and checks that our {@link SymtableDump} equals what {@code cpython_symtable_dump.py} prints
 * from CPython's {@code symtable} module, or that both reject the file with the same message and
 * line.
 *
 * <p>CPython's output is cached in {@code target/} keyed by its version, the script and the file
 * list; mismatches are written to {@code target/stdlib-symtable-mismatches.txt}.
 */
final class StdlibSymtableTest {

  private static final String SCRIPT = "cpython_symtable_dump.py";
  private static final Path TARGET = Path.of("target");

  @Test
  void everyStdlibFileHasCPythonsSymbolTable() throws IOException {
    String version = CPython.require();
    Path stdlib =
        Path.of(
            CPython.runScript("import sysconfig; print(sysconfig.get_paths()['stdlib'])", "")
                .strip());
    List<Path> files = pythonFiles(stdlib);
    assertTrue(files.size() > 1000, "only " + files.size() + " .py files under " + stdlib);
    Path expected = cpythonDumps(version, files);

    int total = 0;
    int identical = 0;
    int rejectedByBoth = 0;
    List<String> mismatches = new ArrayList<>();
    List<String> report = new ArrayList<>();
    long started = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(expected, StandardCharsets.UTF_8)) {
      String path = null;
      StringBuilder dump = new StringBuilder();
      String line;
      while (true) {
        line = in.readLine();
        if (line == null || line.startsWith("### ")) {
          if (path != null) {
            total++;
            String want = dump.toString();
            String got = ourDump(Path.of(path));
            if (!want.equals(got)) {
              mismatches.add(path);
              report.add(path);
              report.add("  cpython: " + firstDifferentLine(want, got, true));
              report.add("  krait:   " + firstDifferentLine(want, got, false));
            } else if (want.startsWith("module ")) {
              identical++;
            } else {
              rejectedByBoth++;
            }
          }
          if (line == null) {
            break;
          }
          path = line.substring(4);
          dump.setLength(0);
        } else {
          dump.append(line).append('\n');
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Files.createDirectories(TARGET);
    Path reportFile = TARGET.resolve("stdlib-symtable-mismatches.txt");
    Files.write(reportFile, report, StandardCharsets.UTF_8);
    System.out.printf(
        "StdlibSymtableTest: %d files: %d identical tables, %d rejected by both with the same"
            + " error, %d mismatches (%.1f s for decoding, parsing, building and dumping)%n",
        total, identical, rejectedByBoth, mismatches.size(), seconds);
    assertEquals(files.size(), total, "CPython's output does not list every file");
    assertEquals(
        List.of(),
        mismatches.subList(0, Math.min(5, mismatches.size())),
        mismatches.size() + " mismatches; see " + reportFile);
  }

  private static List<Path> pythonFiles(Path stdlib) throws IOException {
    try (Stream<Path> walk = Files.walk(stdlib)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".py"))
          .filter(p -> !stdlib.relativize(p).toString().contains("site-packages"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Returns the file of CPython's dumps for the files, running python3 unless cached. */
  private static Path cpythonDumps(String version, List<Path> files) throws IOException {
    String fileList =
        files.stream().map(Path::toString).collect(Collectors.joining("\n", "", "\n"));
    byte[] script;
    try (InputStream in = StdlibSymtableTest.class.getResourceAsStream(SCRIPT)) {
      script = in.readAllBytes();
    }
    String key =
        Hashing.sha256()
            .newHasher()
            .putBytes(script)
            .putString(fileList, StandardCharsets.UTF_8)
            .hash()
            .toString()
            .substring(0, 12);
    Path cache =
        TARGET.resolve("cpython-symtable").resolve("stdlib-" + version + "-" + key + ".txt");
    if (!Files.exists(cache)) {
      Files.createDirectories(cache.getParent());
      Path partial = Files.createTempFile(cache.getParent(), "stdlib-", ".partial");
      CPython.runResourceToFile(StdlibSymtableTest.class, SCRIPT, fileList, partial);
      Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
    }
    return cache;
  }

  /** Returns our dump of a file, or our error in the format of the Python script. */
  private static String ourDump(Path file) {
    try {
      String text = SourceDecoder.decode(Files.readAllBytes(file), file.toString());
      SymbolTable table =
          SymbolTable.build(
              Parser.parseModule(text, file.toString()), file.toString(), new LineMap(text));
      return SymtableDump.dump(table);
    } catch (SyntaxError e) {
      return e.summary() + "\n";
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return "CRASH " + e + "\n";
    }
  }

  private static String firstDifferentLine(String want, String got, boolean ofWant) {
    String[] a = want.split("\n", -1);
    String[] b = got.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "(end)";
      String y = i < b.length ? b[i] : "(end)";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": " + (ofWant ? x : y);
      }
    }
    return "(same)";
  }
}
