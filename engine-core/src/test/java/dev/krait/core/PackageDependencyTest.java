package dev.krait.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's dependencies pointing one way (DESIGN section 2) by reading the imports
 * of every main source file of engine-core.
 */
class PackageDependencyTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/krait/core");

  /**
   * The engine packages each package may import, besides itself and the JDK. A package missing
   * here may not exist: adding one means deciding its place in the pipeline.
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("ast", Set.of()),
          Map.entry("syntax", Set.of("ast")),
          Map.entry("symtable", Set.of("ast", "syntax")),
          Map.entry("runtime", Set.of("ast")),
          Map.entry("bytecode", Set.of("runtime")),
          Map.entry("compiler", Set.of("ast", "syntax", "symtable", "bytecode", "runtime")),
          Map.entry("builtins", Set.of("runtime")),
          Map.entry("imports", Set.of("runtime")),
          Map.entry("stdlib", Set.of("runtime", "imports", "bytecode")),
          Map.entry("cache", Set.of("bytecode", "compiler", "syntax")),
          Map.entry("classfile", Set.of()),
          Map.entry("vm", Set.of("ast", "syntax", "symtable", "compiler", "bytecode", "runtime",
              "builtins", "imports", "stdlib", "cache", "classfile")),
          // The embedding API's implementation is the only door in: it may use every package,
          // and no package uses it.
          Map.entry("embed", Set.of("ast", "syntax", "symtable", "compiler", "bytecode",
              "runtime", "builtins", "imports", "stdlib", "cache", "vm")));

  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?dev\\.krait\\.core\\.(\\w+)", Pattern.MULTILINE);

  @Test
  void everyPackageIsKnown() throws IOException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
    }
    assertTrue(
        ALLOWED.keySet().containsAll(packages),
        "packages without a declared place in the pipeline: " + without(packages, ALLOWED.keySet()));
  }

  @Test
  void importsPointOneWay() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : ALLOWED.entrySet()) {
      Path dir = SOURCES.resolve(entry.getKey());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .filter(f -> f.toString().endsWith(".java"))
            .forEach(f -> check(f, entry.getKey(), entry.getValue(), violations));
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void everyPackageIsDocumented() throws IOException {
    List<String> undocumented = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      dirs.filter(Files::isDirectory)
          .filter(d -> !Files.exists(d.resolve("package-info.java")))
          .forEach(d -> undocumented.add(d.getFileName().toString()));
    }
    assertEquals(List.of(), undocumented, "packages without a package-info.java");
  }

  private static void check(Path file, String pkg, Set<String> allowed, List<String> violations) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = IMPORT.matcher(text);
    while (m.find()) {
      String target = m.group(1);
      if (!target.equals(pkg) && !allowed.contains(target)) {
        violations.add(SOURCES.relativize(file) + " imports dev.krait.core." + target);
      }
    }
  }

  private static Set<String> without(Set<String> all, Set<String> known) {
    Set<String> rest = new TreeSet<>(all);
    rest.removeAll(known);
    return rest;
  }
}
