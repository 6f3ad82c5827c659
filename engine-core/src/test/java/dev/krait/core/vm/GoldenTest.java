package dev.krait.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each golden script {@code golden/<feature>/<case>.py} under Krait and under CPython 3.11
 * and compares stdout byte for byte, the exit status, and stderr (the traceback, with 3.11's
 * {@code ~~^^} marker lines). The expected output is always CPython's, produced here.
 */
final class GoldenTest {

  @TestFactory
  Stream<DynamicTest> goldenScripts() throws IOException, URISyntaxException {
    assumeTrue(PythonProcess.cpythonAvailable(), "python3 (CPython 3.11) not found: skipped");
    Path root = Path.of(GoldenTest.class.getResource("/golden").toURI());
    List<Path> scripts;
    try (Stream<Path> files = Files.walk(root)) {
      scripts = files.filter(f -> f.toString().endsWith(".py")).sorted()
          .collect(Collectors.toList());
    }
    assertFalse(scripts.isEmpty(), "no golden scripts under " + root);
    return scripts.stream()
        .map(s -> DynamicTest.dynamicTest(root.relativize(s).toString(), () -> check(s)));
  }

  private static void check(Path script) throws IOException {
    PythonProcess.Result expected = PythonProcess.cpython(script);
    String text = Files.readString(script, StandardCharsets.UTF_8);
    PythonProcess.Result actual =
        PythonProcess.krait(text, script.toAbsolutePath().toString(), 30);
    assertEquals(expected.out(), actual.out(), "stdout of " + script + "\n" + actual.err());
    assertEquals(expected.err(), actual.err(), "stderr of " + script);
    assertEquals(expected.status(), actual.status(), "exit status of " + script);
  }
}
