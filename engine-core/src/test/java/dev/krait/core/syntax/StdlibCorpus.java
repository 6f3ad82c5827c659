package dev.krait.core.syntax;

import com.google.common.hash.Hashing;
import dev.krait.core.ast.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The local CPython standard library's source files, and CPython's outputs for them cached. */
final class StdlibCorpus {

  /** Maven's build directory of the module, where the caches and reports go. */
  static final Path TARGET = Path.of("target");

  private StdlibCorpus() {}

  /** Returns the directory of the standard library of the reference python3. */
  static Path stdlib() {
    return Path.of(
        CPython.runScript("import sysconfig; print(sysconfig.get_paths()['stdlib'])", "").strip());
  }

  /** Returns the {@code .py} files under the stdlib directory, outside site-packages, sorted. */
  static List<Path> pythonFiles(Path stdlib) throws IOException {
    try (Stream<Path> walk = Files.walk(stdlib)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".py"))
          .filter(p -> !stdlib.relativize(p).toString().contains("site-packages"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /**
   * Returns the file holding the output of the Python script resource {@code script} fed the
   * files' paths, one a line, running python3 only when no output is cached under {@code
   * target/cacheDir} for this CPython version, script text and list of files.
   */
  static Path cpythonOutput(String script, String cacheDir, String version, List<Path> files)
      throws IOException {
    String fileList =
        files.stream().map(Path::toString).collect(Collectors.joining("\n", "", "\n"));
    byte[] scriptBytes;
    try (InputStream in = StdlibCorpus.class.getResourceAsStream(script)) {
      scriptBytes = in.readAllBytes();
    }
    String key =
        Hashing.sha256()
            .newHasher()
            .putBytes(scriptBytes)
            .putString(fileList, StandardCharsets.UTF_8)
            .hash()
            .toString()
            .substring(0, 12);
    Path cache = TARGET.resolve(cacheDir).resolve("stdlib-" + version + "-" + key + ".txt");
    if (!Files.exists(cache)) {
      Files.createDirectories(cache.getParent());
      Path partial = Files.createTempFile(cache.getParent(), "stdlib-", ".partial");
      CPython.runResourceToFile(StdlibCorpus.class, script, fileList, partial);
      Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
    }
    return cache;
  }
}
