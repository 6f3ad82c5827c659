package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bytes, bytearray and the codecs, case by case against python3 (one process per file). */
class BytesTest {

  private static List<String> cases(String resource) throws IOException {
    try (InputStream in = BytesTest.class.getResourceAsStream(resource)) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    }
  }

  private static void check(String resource) throws IOException {
    CPython.require();
    List<String> cases = cases(resource);
    String[] expected =
        CPython.runScript(MiniEval.PYTHON, String.join("\n", cases) + "\n").split("\n");
    assertEquals(cases.size(), expected.length, "python3 printed one line per case");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String got = MiniEval.run(cases.get(i));
      if (!got.equals(expected[i])) {
        failures.add(cases.get(i) + "\n    expected " + expected[i] + "\n    got      " + got);
      }
    }
    Files.writeString(Path.of("target", "failures-" + resource), String.join("\n", failures));
    assertEquals("", String.join("\n", failures.subList(0, Math.min(60, failures.size()))),
        failures.size() + " of " + cases.size() + " cases differ");
  }

  @Test
  void bytesMatchCPython() throws IOException {
    check("bytes_cases.txt");
  }

  @Test
  void bytearrayMatchesCPython() throws IOException {
    check("bytearray_cases.txt");
  }

  @Test
  void codecsMatchCPython() throws IOException {
    check("codec_cases.txt");
  }

  @Test
  void formattingMatchesCPython() throws IOException {
    check("bytes_format_cases.txt");
  }
}
