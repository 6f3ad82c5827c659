package dev.krait.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Python source text and the name it has in tracebacks (its file name); immutable. Two sources
 * are equal when their names and texts are.
 *
 * <pre>{@code
 * Source inline = Source.of("print('hi')");                // named "<string>"
 * Source named = Source.of("rules.py", "x > 10");
 * Source file = Source.fromPath(Path.of("jobs/nightly.py"));
 * }</pre>
 */
public final class Source {

  private final String name;
  private final String text;
  private final Path path;

  private Source(String name, String text, Path path) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
    this.path = path;
  }

  /** Returns {@code text} named {@code <string>}, as CPython names {@code exec}'s source. */
  public static Source of(String text) {
    return new Source("<string>", text, null);
  }

  /** Returns {@code text} named {@code name}. */
  public static Source of(String name, String text) {
    return new Source(name, text, null);
  }

  /** Returns the UTF-8 text of the file {@code path}, named by the path. */
  public static Source fromPath(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    return new Source(path.toString(), text, path);
  }

  /** Returns the name tracebacks show as the file. */
  public String name() {
    return name;
  }

  /** Returns the source text. */
  public String text() {
    return text;
  }

  /** Returns the file the text was read from, if any. */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Source s && s.name.equals(name) && s.text.equals(text);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + text.hashCode();
  }

  @Override
  public String toString() {
    return "Source[" + name + "]";
  }
}
