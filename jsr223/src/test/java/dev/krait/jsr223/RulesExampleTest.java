package dev.krait.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The example application runs as the README says ({@code java -cp ...
 * examples/rules/RulesExample.java}, a single-file source launch) and prints what its rules
 * decide.
 */
class RulesExampleTest {

  @Test
  void rulesExampleRunsAndDecides() throws Exception {
    Path dir = Path.of("..", "examples", "rules").toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(dir.resolve("RulesExample.java")), dir.toString());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        dir.resolve("RulesExample.java").toString(), dir.resolve("rules.py").toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the example did not finish");
    String expected = """
        == JSR-223 (javax.script) ==
        A-1 | free shipping: true | many items: true | greeting: Dear Ann, | discount: 0.12 \
        | flags: []
        B-2 | free shipping: false | many items: false | greeting: Dear Bob, | discount: 0.0 \
        | flags: [hazardous, export]
        B-3 | free shipping: true | many items: false | greeting: Dear Bob, | discount: 0.05 \
        | flags: [large order, new customer]
        through an interface: 0.12
        == Krait's API (dev.krait.api) ==
        A-1 | discount: 0.12 | flags: []
        B-2 | discount: 0.00 | flags: [hazardous, export]
        B-3 | discount: 0.05 | flags: [large order, new customer]
        A-1 | vip treatment: true
        B-2 | vip treatment: false
        B-3 | vip treatment: true
        """;
    assertEquals(expected, out);
    assertEquals(0, p.exitValue());
  }
}
