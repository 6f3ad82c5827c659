package dev.krait.core.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a corpus of error cases, the format shared by the parser's and the symbol table's
 * {@code errors/*.txt} test resources.
 *
 * <p>One file per area: cases are separated by lines that are exactly {@code ---}; a case's
 * leading lines starting with {@code ## } are comments, its line starting with {@code ### } is
 * the expected {@code TYPE: MSG (line N, column C)}, and its other lines are the source.
 */
public final class ErrorCorpus {

  /** One snippet of a corpus and the error CPython gives for it. */
  public record Case(String area, int line, String source, String expected) {
    @Override
    public String toString() {
      return area + ".txt:" + line;
    }
  }

  private ErrorCorpus() {}

  /**
   * Returns every case of the {@code errors/*.txt} resources beside {@code anchor}'s class
   * file, in file and line order.
   */
  public static List<Case> load(Class<?> anchor) {
    URL url = anchor.getResource("errors");
    if (url == null) {
      throw new IllegalStateException("missing test resource directory errors/");
    }
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String area = file.getFileName().toString().replace(".txt", "");
        cases.addAll(parse(area, Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return cases;
  }

  /** Returns the cases of one corpus file; see the class comment for the format. */
  public static List<Case> parse(String area, String text) {
    List<Case> cases = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int end = lines.length;
    if (end > 0 && lines[end - 1].isEmpty()) {
      end--;
    }
    int caseStart = 0;
    for (int i = 0; i <= end; i++) {
      if (i == end || lines[i].equals("---")) {
        cases.add(parseCase(area, lines, caseStart, i));
        caseStart = i + 1;
      }
    }
    return cases;
  }

  private static Case parseCase(String area, String[] lines, int from, int to) {
    int first = from;
    while (first < to && lines[first].startsWith("## ")) {
      first++;
    }
    StringBuilder source = new StringBuilder();
    String expected = null;
    for (int i = first; i < to; i++) {
      if (lines[i].startsWith("### ")) {
        expected = lines[i].substring(4);
      } else {
        source.append(lines[i]).append('\n');
      }
    }
    if (expected == null) {
      throw new IllegalStateException(
          area + ".txt:" + (first + 1) + ": case without a ### expected line");
    }
    return new Case(area, first + 1, source.toString(), expected);
  }
}
