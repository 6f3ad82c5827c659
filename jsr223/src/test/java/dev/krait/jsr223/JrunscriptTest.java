package dev.krait.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK's own {@code javax.script} client, {@code jrunscript}, runs Python with this module on
 * its class path: {@code jrunscript -cp ... -l python -e "print(6*7)"} prints {@code 42}. (The
 * cli's {@code krait.jar} bundles this module; {@code benchmarks/startup.sh} uses it the same way.)
 */
class JrunscriptTest {

  private static Path jrunscript() {
    Path p = Path.of(System.getProperty("java.home"), "bin", "jrunscript");
    assumeTrue(Files.isExecutable(p), "no jrunscript in " + p.getParent() + ": skipped");
    return p;
  }

  private static String run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(jrunscript().toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-l");
    command.add("python");
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "jrunscript did not finish");
    // Newer JDKs (21 and later) warn first that the tool is deprecated: not the engine's output.
    return out.replaceFirst("\\AWarning: jrunscript is deprecated[^\n]*\n", "");
  }

  @Test
  void evaluatesAnExpression() throws Exception {
    assertEquals("42\n", run(List.of("-e", "print(6*7)")));
  }

  @Test
  void runsAFileWithFilenameAndArguments(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("job.py");
    Files.writeString(script, "import sys\nprint(sys.argv[1:], sys.argv[0].endswith('job.py'))\n"
        + "def f():\n    return 1 / 0\nf()\n");
    String out = run(List.of("-f", script.toString(), "a", "b"));
    String expected = "['a', 'b'] True\n"
        + "script error in file " + script + " : Traceback (most recent call last):\n"
        + "  File \"" + script + "\", line 5, in <module>\n"
        + "    f()\n"
        + "  File \"" + script + "\", line 4, in f\n"
        + "    return 1 / 0\n";
    assertTrue(out.startsWith(expected), out);
    assertTrue(out.endsWith("ZeroDivisionError: division by zero in " + script
        + " at line number 4 at column number 12\n"), out);
  }
}
