package dev.krait.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every program of {@code ../shared/conformance} in-process (with a timeout),
 * judging each as the corpus README says: stdout byte for byte against {@code NAME.out}; with a
 * {@code NAME.err}, exit status 1 and the last stderr line; otherwise status 0 and empty stderr.
 *
 * <p>A ratchet: every test listed in {@code conformance-passing.txt} must pass; newly passing
 * ones are printed to be added to the list. A multi-file test ({@code modules/FOLDER/}) runs its
 * {@code main.py} with the folder as the script's folder (so first on {@code sys.path}) and is
 * judged against {@code modules/FOLDER.out}.
 */
final class ConformanceTest {

  private static final Path CORPUS = Path.of("..", "..", "shared", "conformance");
  private static final int TIMEOUT_SECONDS = 20;

  @Test
  void passingTestsKeepPassing() throws IOException {
    Path corpus = CORPUS.toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(corpus), corpus + " is absent: conformance tests skipped");
    // Each test by name: a single-file program, or a modules/ folder's main.py.
    Map<String, Path> programs = new TreeMap<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      files
          .filter(f -> f.toString().endsWith(".py"))
          .filter(f -> !corpus.relativize(f).startsWith("modules"))
          .forEach(f -> programs.put(stripPy(corpus.relativize(f)), f));
    }
    for (Path folder : moduleFolders(corpus)) {
      programs.put(corpus.relativize(folder).toString().replace('\\', '/'),
          folder.resolve("main.py"));
    }
    Set<String> passing = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Path> test : programs.entrySet()) {
      String name = test.getKey();
      String why = judge(test.getValue(), corpus.resolve(name).toString());
      if (why == null) {
        passing.add(name);
      } else {
        failures.add(name + ": " + why);
      }
    }
    int total = programs.size();
    System.out.println("conformance: " + passing.size() + " of " + total + " pass");
    Set<String> required = ratchet();
    List<String> regressions = new ArrayList<>();
    for (String r : required) {
      if (!passing.contains(r)) {
        regressions.add(
            failures.stream().filter(f -> f.startsWith(r + ": ")).findFirst().orElse(r));
      }
    }
    Set<String> fresh = new TreeSet<>(passing);
    fresh.removeAll(required);
    if (!fresh.isEmpty()) {
      System.out.println(
          "newly passing (add to conformance-passing.txt):\n  " + String.join("\n  ", fresh));
    }
    assertEquals(List.of(), regressions, "listed conformance tests that no longer pass");
  }

  private static String stripPy(Path relative) {
    String name = relative.toString().replace('\\', '/');
    return name.substring(0, name.length() - 3);
  }

  private static List<Path> moduleFolders(Path corpus) throws IOException {
    Path modules = corpus.resolve("modules");
    if (!Files.isDirectory(modules)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(modules)) {
      return dirs.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
  }

  /**
   * Returns null when {@code program} conforms to {@code base.out} (and {@code base.err}), else
   * why not.
   */
  private static String judge(Path program, String base) throws IOException {
    byte[] expectedOut = Files.readAllBytes(Path.of(base + ".out"));
    Path errFile = Path.of(base + ".err");
    String text;
    try {
      text = Files.readString(program, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "unreadable as UTF-8";
    }
    PythonProcess.Result r;
    try {
      r = PythonProcess.krait(text, program.toAbsolutePath().toString(), TIMEOUT_SECONDS);
    } catch (IllegalStateException e) {
      return "timed out";
    }
    if (!new String(expectedOut, StandardCharsets.UTF_8).equals(r.out())) {
      return "stdout differs; stderr: " + r.lastErrLine();
    }
    if (Files.exists(errFile)) {
      String want = Files.readString(errFile, StandardCharsets.UTF_8).strip();
      if (r.status() != 1 || !r.lastErrLine().equals(want)) {
        return "expected status 1 and " + want + ", got " + r.status() + " " + r.lastErrLine();
      }
    } else if (r.status() != 0 || !r.err().isEmpty()) {
      return "status " + r.status() + ": " + r.lastErrLine();
    }
    return null;
  }

  private static Set<String> ratchet() throws IOException {
    Set<String> names = new TreeSet<>();
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance-passing.txt")) {
      if (in == null) {
        return names;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          names.add(t);
        }
      }
    }
    return names;
  }
}
