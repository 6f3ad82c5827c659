package dev.krait.core.ast;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the reference {@code python3} (CPython 3.11) for tests that compare against it. */
public final class CPython {

  private static final String EXECUTABLE = System.getProperty("krait.python3", "python3");
  private static volatile String version;

  private CPython() {}

  /**
   * Returns CPython's {@code sys.version} (first word), skipping the calling test through JUnit's
   * {@code Assumptions} when {@code python3} cannot be run or is not 3.11.
   */
  public static String require() {
    String v = version();
    assumeTrue(v != null, "python3 is not available: test skipped");
    assumeTrue(v.startsWith("3.11."), "python3 is " + v + ", not CPython 3.11: test skipped");
    return v;
  }

  /** Returns CPython's version such as {@code 3.11.7}, or null when python3 cannot be run. */
  public static String version() {
    if (version == null) {
      try {
        version = run(List.of("-c", "import sys; print(sys.version.split()[0])"), "").strip();
      } catch (RuntimeException e) {
        return null;
      }
    }
    return version;
  }

  /**
   * Returns the standard output of {@code python3 -c script} fed {@code stdin}, both as UTF-8.
   *
   * @throws IllegalStateException if python3 exits with a non-zero status
   */
  public static String runScript(String script, String stdin) {
    return run(List.of("-c", script), stdin);
  }

  /**
   * Returns the standard output of the Python script resource {@code resource} (beside
   * {@code anchor}) run with {@code arguments} and fed {@code stdin}.
   */
  public static String runResource(
      Class<?> anchor, String resource, List<String> arguments, String stdin) {
    Path script = extractResource(anchor, resource);
    try {
      List<String> command = new ArrayList<>();
      command.add(script.toString());
      command.addAll(arguments);
      return run(command, stdin);
    } finally {
      deleteQuietly(script);
    }
  }

  /**
   * Runs the Python script resource {@code resource} (beside {@code anchor}) fed {@code stdin},
   * with its standard output going to {@code output}, for outputs too large to hold twice.
   */
  public static void runResourceToFile(
      Class<?> anchor, String resource, String stdin, Path output) {
    Path script = extractResource(anchor, resource);
    try {
      runToFile(List.of(script.toString()), stdin, output);
    } finally {
      deleteQuietly(script);
    }
  }

  private static Path extractResource(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      Path script = Files.createTempFile("krait-", ".py");
      Files.write(script, in.readAllBytes());
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file is harmless.
    }
  }

  private static String run(List<String> arguments, String stdin) {
    try {
      Path output = Files.createTempFile("krait-", ".out");
      try {
        runToFile(arguments, stdin, output);
        return Files.readString(output, StandardCharsets.UTF_8);
      } finally {
        deleteQuietly(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void runToFile(List<String> arguments, String stdin, Path output) {
    List<String> command = new ArrayList<>();
    command.add(EXECUTABLE);
    command.add("-X");
    command.add("utf8");
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PYTHONIOENCODING", "utf-8");
    builder.environment().remove("PYTHONSTARTUP");
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.redirectOutput(output.toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      int status = process.waitFor();
      if (status != 0) {
        throw new IllegalStateException("python3 exited with status " + status + ": " + command);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      process.destroy();
    }
  }
}
