package dev.krait.core.vm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a script under CPython or in-process under Krait, capturing both streams and the status. */
final class PythonProcess {

  private static final String EXECUTABLE = System.getProperty("krait.python3", "python3");
  private static Boolean available;

  /** One run's exit status and output. */
  record Result(int status, String out, String err) {

    /** Returns the last non-empty line of stderr, or "". */
    String lastErrLine() {
      String[] lines = err.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private PythonProcess() {}

  /** Returns whether {@code python3} is CPython 3.11. */
  static synchronized boolean cpythonAvailable() {
    if (available == null) {
      try {
        Process p = new ProcessBuilder(EXECUTABLE, "-c", "import sys; print(sys.version)")
            .redirectErrorStream(true).start();
        String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        available = p.waitFor(30, TimeUnit.SECONDS) && v.startsWith("3.11.");
      } catch (IOException | InterruptedException e) {
        available = false;
      }
    }
    return available;
  }

  /** Returns CPython's result of running {@code script} from its own folder. */
  static Result cpython(Path script) {
    try {
      ProcessBuilder b =
          new ProcessBuilder(List.of(EXECUTABLE, script.getFileName().toString()))
              .directory(script.getParent().toFile());
      b.environment().put("PYTHONIOENCODING", "utf-8");
      b.environment().put("PYTHONDONTWRITEBYTECODE", "1");
      Process p = b.start();
      p.getOutputStream().close();
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      byte[] out = readAll(p.getInputStream());
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("python3 did not finish: " + script);
      }
      return new Result(
          p.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          new String(err.get(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns Krait's result of running {@code text} as {@code filename}, on its own thread,
   * interrupted after {@code timeoutSeconds} (a KeyboardInterrupt in the script).
   */
  static Result krait(String text, String filename, int timeoutSeconds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8);
    int[] status = {-1};
    Thread t = new Thread(null, () -> status[0] = ScriptRunner.run(text, filename, o, e),
        "krait-test", 64L << 20);
    t.start();
    try {
      t.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
      if (t.isAlive()) {
        t.interrupt();
        t.join(5000);
        throw new IllegalStateException(new TimeoutException(filename + " timed out"));
      }
    } catch (InterruptedException x) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(x);
    }
    o.flush();
    e.flush();
    return new Result(
        status[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
