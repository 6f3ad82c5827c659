package dev.krait.core.ast;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      Path script = Files.createTempFile("krait-", ".py");
      try {
        Files.write(script, in.readAllBytes());
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(arguments);
        return run(command, stdin);
      } finally {
        Files.deleteIfExists(script);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String run(List<String> arguments, String stdin) {
    List<String> command = new ArrayList<>();
    command.add(EXECUTABLE);
    command.add("-X");
    command.add("utf8");
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PYTHONIOENCODING", "utf-8:surrogateescape");
    builder.environment().remove("PYTHONSTARTUP");
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      // Feed stdin from another thread so a large output cannot deadlock against a large input.
      CompletableFuture<Void> feeder =
          CompletableFuture.runAsync(
              () -> {
                try (OutputStream out = process.getOutputStream()) {
                  out.write(stdin.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      try (InputStream in = process.getInputStream()) {
        in.transferTo(output);
      }
      int status = process.waitFor();
      feeder.join();
      if (status != 0) {
        throw new IllegalStateException("python3 exited with status " + status + ": " + command);
      }
      return output.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
