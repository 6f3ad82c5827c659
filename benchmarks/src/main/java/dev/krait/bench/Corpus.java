package dev.krait.bench;

import dev.krait.core.syntax.SourceDecoder;
import dev.krait.core.syntax.SyntaxError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The decoded Python files a syntax benchmark runs over: by default CPython's standard library.
 *
 * <p>Which files, in order of preference: the list file named by the system property {@code
 * krait.bench.files} (one path a line; {@code vs-cpython.sh} writes the files CPython's
 * {@code ast.parse} accepts, so both sides time the same files); else every {@code .py} file under
 * the directory named by {@code krait.stdlib}, or under {@code python3}'s {@code stdlib} path,
 * except {@code site-packages}.
 */
final class Corpus {

  /** One decoded source file. */
  record Source(String path, String text, int lines) {}

  private final List<Source> sources;
  private final long lines;

  private Corpus(List<Source> sources) {
    this.sources = List.copyOf(sources);
    long total = 0;
    for (Source source : sources) {
      total += source.lines();
    }
    this.lines = total;
  }

  /** Returns the files that decode and satisfy {@code accept}, reporting skipped ones on stderr. */
  static Corpus load(String purpose, Predicate<Source> accept) {
    List<Path> paths = paths();
    List<Source> sources = new ArrayList<>(paths.size());
    int undecodable = 0;
    List<String> rejected = new ArrayList<>();
    for (Path path : paths) {
      String text;
      try {
        text = SourceDecoder.decode(Files.readAllBytes(path), path.toString());
      } catch (SyntaxError e) {
        undecodable++;
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Source source = new Source(path.toString(), text, countLines(text));
      if (accept.test(source)) {
        sources.add(source);
      } else {
        rejected.add(source.path());
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no Python files to benchmark; set -Dkrait.stdlib=DIR");
    }
    Corpus corpus = new Corpus(sources);
    System.err.printf(
        "%n%s corpus: %d files, %d lines (skipped %d that do not decode, %d that %s rejects)%n",
        purpose, sources.size(), corpus.lines(), undecodable, rejected.size(), purpose);
    if (System.getProperty("krait.bench.files") != null && !rejected.isEmpty()) {
      // The list holds only files CPython accepts: each of these is a Krait bug.
      System.err.println("  files CPython accepts but Krait rejects: " + rejected);
    }
    return corpus;
  }

  /** Returns the files, in a stable order. */
  List<Source> sources() {
    return sources;
  }

  /** Returns the total number of lines of all the files. */
  long lines() {
    return lines;
  }

  /** Returns the number of lines of {@code text}, counting a last line without a line break. */
  static int countLines(String text) {
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      lines++;
    }
    return lines;
  }

  private static List<Path> paths() {
    try {
      String list = System.getProperty("krait.bench.files");
      if (list != null) {
        List<Path> paths = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(list), StandardCharsets.UTF_8)) {
          if (!line.isEmpty()) {
            paths.add(Path.of(line));
          }
        }
        return paths;
      }
      Path root = Path.of(System.getProperty("krait.stdlib", pythonStdlib()));
      try (Stream<Path> walk = Files.walk(root)) {
        return walk.filter(path -> path.toString().endsWith(".py"))
            .filter(path -> !root.relativize(path).toString().contains("site-packages"))
            .filter(Files::isRegularFile)
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the standard library directory of {@code python3}. */
  private static String pythonStdlib() throws IOException {
    Process process =
        new ProcessBuilder(
                "python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String dir;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      dir = in.readLine();
    }
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (dir == null || dir.isEmpty()) {
      throw new IOException("python3 did not name its stdlib; set -Dkrait.stdlib=DIR");
    }
    return dir;
  }
}
