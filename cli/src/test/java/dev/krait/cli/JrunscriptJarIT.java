package dev.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded {@code krait.jar} carries the JSR-223 engine and its {@code META-INF/services}
 * entry: {@code jrunscript -cp cli/target/krait.jar -l python -e "print(6*7)"} prints {@code 42}.
 * Runs after {@code package} (the {@code krait-jar} execution of surefire in the cli pom).
 */
class JrunscriptJarIT {

  @Test
  void jrunscriptRunsPythonFromTheJar() throws Exception {
    Path jrunscript = Path.of(System.getProperty("java.home"), "bin", "jrunscript");
    assumeTrue(Files.isExecutable(jrunscript), "no jrunscript in this JDK: skipped");
    Path jar = Path.of(System.getProperty("krait.jar", "target/krait.jar"));
    assertTrue(Files.isRegularFile(jar), jar + " is missing");
    Process p = new ProcessBuilder(jrunscript.toString(), "-cp", jar.toString(), "-l", "python",
        "-e", "print(6*7)").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "jrunscript did not finish");
    // Newer JDKs (21 and later) warn first that the tool is deprecated: not the engine's output.
    assertEquals("42\n", out.replaceFirst("\\AWarning: jrunscript is deprecated[^\n]*\n", ""));
    assertEquals(0, p.exitValue());
  }
}
