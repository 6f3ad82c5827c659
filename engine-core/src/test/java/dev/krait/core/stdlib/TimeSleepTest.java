package dev.krait.core.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.vm.ScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code time.sleep} waits as long as asked, and an interrupted thread stops it at once. */
final class TimeSleepTest {

  @Test
  void interruptingTheThreadEndsSleepWithKeyboardInterrupt() throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger status = new AtomicInteger(-1);
    String script = "import time\nprint('sleeping', flush=True)\ntry:\n"
        + "    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('interrupted')\n";
    Thread t = new Thread(() -> status.set(ScriptRunner.run(script, "sleep.py",
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8))));
    long start = System.nanoTime();
    t.start();
    while (!out.toString(StandardCharsets.UTF_8).contains("sleeping") && t.isAlive()) {
      Thread.sleep(10);
    }
    Thread.sleep(100);
    t.interrupt();
    t.join(10_000);
    assertFalse(t.isAlive(), "sleep was not interrupted");
    assertTrue(System.nanoTime() - start < 30_000_000_000L, "sleep ran its full time");
    assertEquals("sleeping\ninterrupted\n", out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(0, status.get());
  }

  @Test
  void sleepWaitsAtLeastTheTimeAsked() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int status = ScriptRunner.run("import time\ntime.sleep(0.2)\nprint('done')\n", "nap.py",
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, status);
    assertEquals("done\n", out.toString(StandardCharsets.UTF_8));
    assertTrue(System.nanoTime() - start >= 200_000_000L);
  }
}
