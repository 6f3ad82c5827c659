package dev.krait.core.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dispatch method small enough for HotSpot to compile (it never compiles a method over
 * 8,000 bytes of bytecode): reads its size with {@code javap} and fails above 6,000 bytes.
 */
final class InterpreterSizeTest {

  private static final int BUDGET = 6000;

  @Test
  void dispatchMethodStaysUnderBudget() throws URISyntaxException {
    Optional<ToolProvider> javap = ToolProvider.findFirst("javap");
    assumeTrue(javap.isPresent(), "javap is not available in this JDK: skipped");
    Path classes =
        Path.of(Interpreter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = javap.get().run(new PrintWriter(out), new PrintWriter(err),
        "-c", "-p", "-cp", classes.toString(), Interpreter.class.getName());
    assertTrue(status == 0, "javap failed: " + err);
    String text = out.toString();
    int start = text.indexOf(" run(");
    assertTrue(start >= 0, "no run method in\n" + text);
    int end = text.indexOf("Exception table:", start);
    int next = text.indexOf("\n\n", start);
    String body = text.substring(start, end > 0 && (next < 0 || end < next) ? end : next);
    int last = -1;
    Matcher m = Pattern.compile("(?m)^\\s+(\\d+): ").matcher(body);
    while (m.find()) {
      last = Integer.parseInt(m.group(1));
    }
    assertTrue(last > 0, "no instructions found");
    System.out.println("Interpreter.run: about " + last + " bytes of JVM bytecode");
    assertTrue(last < BUDGET, "Interpreter.run is " + last + " bytes, over " + BUDGET);
  }
}
