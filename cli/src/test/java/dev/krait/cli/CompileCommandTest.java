package dev.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.bytecode.CodeWriter;
import dev.krait.core.cache.CacheOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code krait --compile} against {@code compileall}, and the cache switches of the command. */
final class CompileCommandTest {

  /** Runs compileall as {@code python3 -m compileall DIR} does, then prints its verdict. */
  private static final String COMPILEALL =
      "import compileall, sys\n"
          + "ok = all([compileall.compile_dir(d) for d in sys.argv[1:]])\n"
          + "print('status', 0 if ok else 1)\n";

  @TempDir Path dir;

  private String krait(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = Main.run(args, stream, stream);
    return out.toString(StandardCharsets.UTF_8) + "status " + status + "\n";
  }

  private void tree() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.createDirectories(dir.resolve("__pycache__"));
    Files.writeString(dir.resolve("a.py"), "x = 1\n");
    Files.writeString(dir.resolve("bad.py"), "def f(:\n    pass\n");
    Files.writeString(dir.resolve("notes.txt"), "not Python\n");
    Files.writeString(dir.resolve("sub").resolve("b.py"), "import a\nprint(a.x)\n");
  }

  @Test
  void compilesATreeAsCompileall() throws IOException {
    CPython.assumeAvailable();
    tree();
    String root = dir.toString();
    assertEquals(CPython.run(COMPILEALL, root), krait("--compile", root));
    assertTrue(
        Files.exists(dir.resolve("__pycache__").resolve("a." + CodeWriter.CACHE_TAG + ".pyc")));
    assertTrue(Files.exists(
        dir.resolve("sub").resolve("__pycache__").resolve("b." + CodeWriter.CACHE_TAG + ".pyc")));
    // Second runs: only the file that does not compile is compiled again.
    assertEquals(CPython.run(COMPILEALL, root), krait("--compile", root));
  }

  @Test
  void compilesSingleFilesAndSaysWhatCannotBeListed() throws IOException {
    tree();
    String a = dir.resolve("a.py").toString();
    String missing = dir.resolve("missing").toString();
    assertEquals("Compiling '" + a + "'...\nListing '" + missing + "'...\nCan't list '" + missing
        + "'\nstatus 0\n", krait("--compile", a, missing));
    assertEquals("status 0\n", krait("--compile", a));
  }

  @Test
  void cacheSwitchesComeBeforeTheProgram() throws Exception {
    Options o = Options.parse(
        new String[] {"-B", "--check-hash-based-pycs", "never", "x.py", "-B"});
    assertTrue(o.dontWriteBytecode);
    assertEquals(List.of("x.py", "-B"), o.argv);
    CacheOptions cache = Main.cacheOptions(o, Map.of("PYTHONPYCACHEPREFIX", dir.toString()));
    assertEquals(CacheOptions.Mode.READ_ONLY, cache.mode());
    assertEquals(CacheOptions.HashCheck.NEVER, cache.hashCheck());
    assertEquals(dir.toAbsolutePath(), cache.prefix());
    CacheOptions env = Main.cacheOptions(
        Options.parse(new String[] {"x.py"}), Map.of("PYTHONDONTWRITEBYTECODE", "1"));
    assertEquals(CacheOptions.Mode.READ_ONLY, env.mode());
    assertEquals(CacheOptions.DEFAULTS, Main.cacheOptions(Options.parse(new String[] {"x.py"}),
        Map.of()));
  }

  @Test
  void sysShowsTheCacheSwitches() {
    assertEquals("True krait-" + CodeWriter.FORMAT_VERSION + "\nstatus 0\n", krait("-B", "-c",
        "import sys; print(sys.dont_write_bytecode, sys.implementation.cache_tag)"));
  }

  @Test
  void badHashCheckIsAUsageError() {
    String out = krait("--check-hash-based-pycs", "sometimes", "x.py");
    assertTrue(out.startsWith("krait: --check-hash-based-pycs must be one of 'default', 'always',"
        + " or 'never'\n"), out);
    assertTrue(out.endsWith("status 2\n"), out);
  }
}
