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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every single-file program of {@code ../shared/conformance} in-process (with a timeout),
 * judging each as the corpus README says: stdout byte for byte against {@code NAME.out}; with a
 * {@code NAME.err}, exit status 1 and the last stderr line; otherwise status 0 and empty stderr.
 *
 * <p>A ratchet: every test listed in {@code conformance-passing.txt} must pass; newly passing
 * ones are printed to be added to the list. Multi-file tests ({@code modules/}) wait for imports.
 */
final class ConformanceTest {

  private static final Path CORPUS = Path.of("..", "..", "shared", "conformance");
  private static final int TIMEOUT_SECONDS = 20;

  @Test
  void passingTestsKeepPassing() throws IOException {
    Path corpus = CORPUS.toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(corpus), corpus + " is absent: conformance tests skipped");
    List<Path> programs;
    try (Stream<Path> files = Files.walk(corpus)) {
      programs =
          files
              .filter(f -> f.toString().endsWith(".py"))
              .filter(f -> !corpus.relativize(f).startsWith("modules"))
              .sorted()
              .collect(Collectors.toList());
    }
    Set<String> passing = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (Path program : programs) {
      String name = corpus.relativize(program).toString().replace('\\', '/');
      name = name.substring(0, name.length() - 3);
      String why = judge(program);
      if (why == null) {
        passing.add(name);
      } else {
        failures.add(name + ": " + why);
      }
    }
    int total = programs.size() + countModules(corpus);
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

  private static int countModules(Path corpus) throws IOException {
    Path modules = corpus.resolve("modules");
    if (!Files.isDirectory(modules)) {
      return 0;
    }
    try (Stream<Path> dirs = Files.list(modules)) {
      return (int) dirs.filter(Files::isDirectory).count();
    }
  }

  /** Returns null when {@code program} conforms, else why not. */
  private static String judge(Path program) throws IOException {
    String base = program.toString().substring(0, program.toString().length() - 3);
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
