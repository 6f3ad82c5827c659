package dev.krait.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.bytecode.CodeWriter;
import dev.krait.core.cache.CacheOptions;
import dev.krait.core.cache.CodeCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports through the bytecode cache, end to end: the imported module's cache file is written
 * and used, the main script's never is, {@code sys} switches are honoured at import time.
 */
final class CachedImportTest {

  private static final String MAIN = "import helper\nprint(helper.greet('cache'))\n";
  private static final String HELPER_V1 = "def greet(n):\n    return 'hello ' + n\n";
  private static final String HELPER_V2 = "def greet(n):\n    return 'HELLO ' + n\n";

  @TempDir Path dir;

  private String run(CacheOptions cache) throws IOException {
    Path main = dir.resolve("main.py");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int status = ScriptRunner.run(Files.readString(main), main.toString(),
        new ScriptRunner.Settings(List.of("main.py"), List.of(), new CodeCache(cache)), out, out);
    return bytes.toString(StandardCharsets.UTF_8) + "status " + status;
  }

  private Path pyc(String module) {
    return dir.resolve("__pycache__").resolve(module + "." + CodeWriter.CACHE_TAG + ".pyc");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void importedModulesAreCachedAndTheCacheIsUsed() throws IOException {
    write("main.py", MAIN);
    write("helper.py", HELPER_V1);
    // Unchecked hash-based files are trusted: running the stale file proves it was used.
    CacheOptions unchecked =
        CacheOptions.DEFAULTS.withInvalidation(CacheOptions.Invalidation.UNCHECKED_HASH);
    assertEquals("hello cache\nstatus 0", run(unchecked));
    assertTrue(Files.exists(pyc("helper")));
    assertFalse(Files.exists(pyc("main")), "the main script is never cached");
    write("helper.py", HELPER_V2);
    assertEquals("hello cache\nstatus 0", run(unchecked));
    // Checking every hash-based file (--check-hash-based-pycs always) finds it stale.
    assertEquals("HELLO cache\nstatus 0",
        run(CacheOptions.DEFAULTS.withHashCheck(CacheOptions.HashCheck.ALWAYS)));
    assertEquals("HELLO cache\nstatus 0", run(unchecked));
  }

  @Test
  void inProcessRunsWriteNothing() throws IOException {
    write("main.py", MAIN);
    write("helper.py", HELPER_V1);
    CacheOptions toolDefault = ScriptRunner.Settings.of(List.of()).cache().options();
    assertEquals("hello cache\nstatus 0", run(toolDefault));
    assertFalse(Files.exists(dir.resolve("__pycache__")));
  }

  @Test
  void sysSwitchesAreReadAtImportTime() throws IOException {
    write("main.py", "import sys\nsys.dont_write_bytecode = True\nimport helper\n"
        + "print(helper.greet('x'), sys.implementation.cache_tag)\n");
    write("helper.py", HELPER_V1);
    assertEquals("hello x " + CodeWriter.CACHE_TAG + "\nstatus 0", run(CacheOptions.DEFAULTS));
    assertFalse(Files.exists(pyc("helper")));
    Path prefix = dir.resolve("prefix");
    write("main.py", "import sys\nsys.pycache_prefix = " + pyString(prefix) + "\nimport helper\n"
        + "print(sys.dont_write_bytecode)\n");
    assertEquals("False\nstatus 0", run(CacheOptions.DEFAULTS));
    assertFalse(Files.exists(pyc("helper")));
    Path abs = dir.toAbsolutePath();
    assertTrue(Files.exists(prefix.resolve(abs.getRoot().relativize(abs))
        .resolve("helper." + CodeWriter.CACHE_TAG + ".pyc")));
  }

  private static String pyString(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
