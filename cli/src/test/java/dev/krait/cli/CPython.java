package dev.krait.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the reference {@code python3} (CPython 3.11) to get the expected output of a test. */
final class CPython {

  /** The interpreter to run; {@code -Dkrait.python3=...} as in engine-core's tests. */
  private static final String EXECUTABLE = System.getProperty("krait.python3", "python3");

  private static Boolean available;

  private CPython() {}

  /** Skips the calling test, with a message saying why, when python3 3.11 is not on the PATH. */
  static void assumeAvailable() {
    if (available == null) {
      try {
        available = run("import sys; print(sys.version_info[:2] == (3, 11))").equals("True\n");
      } catch (IOException | IllegalStateException e) {
        available = false;
      }
      if (!available) {
        // Surefire shows skip reasons only in its reports: say it once where people look.
        System.err.println(
            "cli tests: " + EXECUTABLE + " (CPython 3.11) not found: CPython comparisons skipped");
      }
    }
    assumeTrue(available, EXECUTABLE + " (CPython 3.11) not found: test skipped");
  }

  /** Returns the standard output of {@code python3 -c script args...}, failing on non-zero exit. */
  static String run(String script, String... args) throws IOException {
    return runWithInput("", script, args);
  }

  /** As {@link #run(String, String...)}, with {@code input} (UTF-8) as the standard input. */
  static String runWithInput(String input, String script, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(EXECUTABLE, "-c", script));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("PYTHONIOENCODING", "utf-8");
    Process process = builder.start();
    try (var stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = process.getInputStream()) {
      in.transferTo(out);
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("python3 did not finish: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("python3 exited with " + process.exitValue());
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
