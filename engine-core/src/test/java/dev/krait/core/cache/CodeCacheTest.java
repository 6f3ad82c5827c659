package dev.krait.core.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.bytecode.CodeReader;
import dev.krait.core.bytecode.CodeWriter;
import dev.krait.core.bytecode.Disassembler;
import dev.krait.core.syntax.SyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code __pycache__} cache: hits and misses observed through the compilation counter (a
 * fresh {@link CodeCache} per load plays a new process), never through timing.
 */
final class CodeCacheTest {

  private static final String V1 = "def f(x):\n    return x + 1\n\nANSWER = f(41)\n";
  private static final String V2 = "def f(x):\n    return x + 2\n\nANSWER = f(40)\n";
  private static final FileTime WHEN = FileTime.fromMillis(1_700_000_000_000L);

  @TempDir Path dir;
  private Path source;

  @BeforeEach
  void writeSource() throws IOException {
    source = dir.resolve("pkg").resolve("mod.py");
    Files.createDirectories(source.getParent());
    writeSource(V1, WHEN);
  }

  private void writeSource(String text, FileTime mtime) throws IOException {
    Files.writeString(source, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(source, mtime);
  }

  private Path pyc() {
    return source.getParent().resolve("__pycache__")
        .resolve("mod." + CodeWriter.CACHE_TAG + ".pyc");
  }

  /** Loads through a new cache and returns it, asserting how many compilations that took. */
  private CodeCache load(CacheOptions options, int compilations, String expectedSource)
      throws IOException {
    CodeCache cache = new CodeCache(options);
    CodeObject code = cache.load(source);
    assertEquals(compilations, cache.compilations(), "compilations");
    assertEquals(1 - compilations, cache.hits(), "hits");
    assertEquals(disassembly(expectedSource), Disassembler.disassemble(code));
    return cache;
  }

  private CodeCache load(int compilations, String expectedSource) throws IOException {
    return load(CacheOptions.DEFAULTS, compilations, expectedSource);
  }

  private String disassembly(String text) throws IOException {
    Path other = dir.resolve("reference").resolve("mod.py");
    Files.createDirectories(other.getParent());
    Files.writeString(other, text, StandardCharsets.UTF_8);
    CodeObject code = new CodeCache(CacheOptions.DEFAULTS.withMode(CacheOptions.Mode.OFF))
        .load(other);
    return Disassembler.disassemble(code).replace(other.toString(), source.toString());
  }

  @Test
  void freshCompileWritesTheCacheFile() throws IOException {
    CodeCache cache = load(1, V1);
    assertEquals(1, cache.writes());
    byte[] data = Files.readAllBytes(pyc());
    assertArrayEquals(new byte[] {'K', (byte) CodeWriter.FORMAT_VERSION, '\r', '\n'},
        Arrays.copyOf(data, 4));
    assertEquals(pyc(), cache.cachePath(source));
  }

  @Test
  void theCacheFileIsReadableByWhoeverMayReadTheSource() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
        "no POSIX permissions on this file system");
    Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rwxr--r--"));
    load(1, V1);
    assertEquals("rw-r--r--",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(pyc())));
  }

  @Test
  void secondLoadDoesNotCompile() throws IOException {
    load(1, V1);
    CodeCache second = load(0, V1);
    assertEquals(0, second.writes());
  }

  @Test
  void codeFromTheCacheNamesTheSourceWhereItIsNow() throws IOException {
    load(1, V1);
    Path moved = dir.resolve("elsewhere");
    Files.move(source.getParent(), moved);
    source = moved.resolve("mod.py");
    CodeObject code = new CodeCache(CacheOptions.DEFAULTS).load(source);
    assertEquals(source.toString(), code.filename());
    assertEquals(source.toString(), ((CodeObject) code.constant(0)).filename());
  }

  @Test
  void staleModificationTimeRecompilesAndRewrites() throws IOException {
    load(1, V1);
    writeSource(V2, FileTime.fromMillis(WHEN.toMillis() + 5000));
    assertEquals(V1.length(), Files.size(source), "same size: only the time tells");
    load(1, V2);
    load(0, V2);
  }

  @Test
  void staleSizeRecompiles() throws IOException {
    load(1, V1);
    writeSource("ANSWER = 1234\n", WHEN);
    load(1, "ANSWER = 1234\n");
    load(0, "ANSWER = 1234\n");
  }

  @Test
  void checkedHashNoticesAChangeTimeAndSizeMiss() throws IOException {
    CacheOptions checked =
        CacheOptions.DEFAULTS.withInvalidation(CacheOptions.Invalidation.CHECKED_HASH);
    load(checked, 1, V1);
    Files.setLastModifiedTime(source, FileTime.fromMillis(WHEN.toMillis() + 99_000));
    load(checked, 0, V1);
    writeSource(V2, WHEN);
    load(checked, 1, V2);
    load(checked, 0, V2);
  }

  @Test
  void uncheckedHashTrustsTheStaleFile() throws IOException {
    CacheOptions unchecked =
        CacheOptions.DEFAULTS.withInvalidation(CacheOptions.Invalidation.UNCHECKED_HASH);
    load(unchecked, 1, V1);
    writeSource(V2 + "# longer\n", FileTime.fromMillis(WHEN.toMillis() + 7000));
    load(unchecked, 0, V1);
    // --check-hash-based-pycs always: the same file is now checked, found stale, rebuilt.
    load(unchecked.withHashCheck(CacheOptions.HashCheck.ALWAYS), 1, V2 + "# longer\n");
  }

  @Test
  void checkedHashCanBeTrustedWithNever() throws IOException {
    CacheOptions checked =
        CacheOptions.DEFAULTS.withInvalidation(CacheOptions.Invalidation.CHECKED_HASH);
    load(checked, 1, V1);
    writeSource(V2, WHEN);
    load(checked.withHashCheck(CacheOptions.HashCheck.NEVER), 0, V1);
  }

  @Test
  void truncatedFilesAreMisses() throws IOException {
    load(1, V1);
    byte[] good = Files.readAllBytes(pyc());
    for (int n : new int[] {0, 1, 4, 15, 16, 17, good.length / 2, good.length - 1}) {
      Files.write(pyc(), Arrays.copyOf(good, n));
      load(1, V1);
      assertArrayEquals(good, Files.readAllBytes(pyc()), "rewritten after truncation to " + n);
    }
  }

  @Test
  void wrongMagicIsAMiss() throws IOException {
    load(1, V1);
    byte[] data = Files.readAllBytes(pyc());
    data[3] = '\r';
    Files.write(pyc(), data);
    load(1, V1);
    load(0, V1);
  }

  @Test
  void wrongVersionIsAMiss() throws IOException {
    load(1, V1);
    byte[] data = Files.readAllBytes(pyc());
    data[1] = (byte) (CodeWriter.FORMAT_VERSION + 1);
    Files.write(pyc(), data);
    load(1, V1);
    load(0, V1);
  }

  @Test
  void payloadOfAnotherFormatVersionIsAMiss() throws IOException {
    load(1, V1);
    byte[] data = Files.readAllBytes(pyc());
    // The header says N but the payload was written by another version (its first varint).
    data[CodeCache.HEADER_SIZE] = (byte) (CodeWriter.FORMAT_VERSION + 1);
    Files.write(pyc(), data);
    load(1, V1);
  }

  @Test
  void otherVersionsFilesAreLeftAlone() throws IOException {
    Path old = pyc().resolveSibling("mod.krait-0.pyc");
    Files.createDirectories(old.getParent());
    Files.writeString(old, "an old format");
    load(1, V1);
    load(0, V1);
    assertEquals("an old format", Files.readString(old));
  }

  @Test
  void corruptPayloadIsAMiss() throws IOException {
    load(1, V1);
    byte[] data = Files.readAllBytes(pyc());
    data[data.length / 2] ^= 0x40;
    Files.write(pyc(), data);
    load(1, V1);
    load(0, V1);
  }

  @Test
  void randomGarbageIsAMiss() throws IOException {
    load(1, V1);
    byte[] good = Files.readAllBytes(pyc());
    Random random = new Random(1);
    for (int i = 0; i < 40; i++) {
      byte[] garbage = new byte[random.nextInt(good.length * 2)];
      random.nextBytes(garbage);
      if (i % 2 == 0 && garbage.length > CodeCache.HEADER_SIZE) {
        System.arraycopy(good, 0, garbage, 0, CodeCache.HEADER_SIZE); // a valid header
      }
      Files.write(pyc(), garbage);
      load(1, V1);
    }
    load(0, V1);
  }

  @Test
  void readOnlyFolderTurnsWritingOffSilently() throws IOException {
    Path folder = source.getParent();
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(folder), "running as root: the folder stays writable");
      CodeCache cache = load(1, V1);
      assertEquals(0, cache.writes());
      assertFalse(Files.exists(pyc()));
      load(1, V1);
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void cacheFolderThatCannotBeMadeTurnsWritingOff() throws IOException {
    // A file where __pycache__ should be: fails for root too, unlike permissions.
    Files.writeString(source.getParent().resolve("__pycache__"), "in the way");
    CodeCache cache = load(1, V1);
    assertEquals(0, cache.writes());
    load(1, V1);
    assertEquals("in the way", Files.readString(source.getParent().resolve("__pycache__")));
  }

  @Test
  void readOnlyCacheFileIsReplacedOrLeftButNeverFails() throws IOException {
    load(1, V1);
    Files.write(pyc(), new byte[] {1, 2, 3});
    Files.setPosixFilePermissions(pyc(), PosixFilePermissions.fromString("r--r--r--"));
    load(1, V1);
    load(0, V1);
  }

  @Test
  void prefixFolderMirrorsTheAbsolutePath() throws IOException {
    Path prefix = dir.resolve("prefix");
    CacheOptions options = CacheOptions.DEFAULTS.withPrefix(prefix);
    CodeCache cache = load(options, 1, V1);
    Path abs = source.toAbsolutePath().getParent();
    Path expected = prefix.resolve(abs.getRoot().relativize(abs))
        .resolve("mod." + CodeWriter.CACHE_TAG + ".pyc");
    assertEquals(expected, cache.cachePath(source));
    assertTrue(Files.exists(expected));
    assertFalse(Files.exists(source.getParent().resolve("__pycache__")));
    load(options, 0, V1);
  }

  @Test
  void readOnlyModeReadsButNeverWrites() throws IOException {
    CacheOptions dontWrite = CacheOptions.DEFAULTS.withMode(CacheOptions.Mode.READ_ONLY);
    load(dontWrite, 1, V1);
    assertFalse(Files.exists(pyc()));
    load(1, V1);
    load(dontWrite, 0, V1);
  }

  @Test
  void offModeNeitherReadsNorWrites() throws IOException {
    load(1, V1);
    CacheOptions off = CacheOptions.DEFAULTS.withMode(CacheOptions.Mode.OFF);
    load(off, 1, V1); // a valid file is there, but not read
    Files.delete(pyc());
    load(off, 1, V1);
    assertFalse(Files.exists(pyc()), "OFF wrote a cache file");
  }

  @Test
  void environmentSwitches() {
    CacheOptions o = CacheOptions.DEFAULTS.withEnvironment(
        Map.of("PYTHONDONTWRITEBYTECODE", "1", "PYTHONPYCACHEPREFIX", dir.toString()));
    assertEquals(CacheOptions.Mode.READ_ONLY, o.mode());
    assertEquals(dir.toAbsolutePath(), o.prefix());
    assertEquals(CacheOptions.DEFAULTS,
        CacheOptions.DEFAULTS.withEnvironment(Map.of("PYTHONDONTWRITEBYTECODE", "")));
  }

  @Test
  void syntaxErrorWritesNothing() throws IOException {
    writeSource("def f(:\n", WHEN);
    CodeCache cache = new CodeCache(CacheOptions.DEFAULTS);
    assertThrows(SyntaxError.class, () -> cache.load(source));
    assertFalse(Files.exists(pyc()));
  }

  @Test
  void missingSourceIsAnIoError() {
    CodeCache cache = new CodeCache(CacheOptions.DEFAULTS);
    assertThrows(IOException.class, () -> cache.load(dir.resolve("absent.py")));
  }

  /**
   * Many threads, each a separate cache (as separate engines), load the same module while the
   * file is rewritten again and again (deleting it forces rewrites); a watcher reads the file
   * the whole time. Nobody sees a torn file and every load gives the right code.
   */
  @Test
  void concurrentWritersNeverTearTheFile() throws Exception {
    String expected = disassembly(V1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    AtomicBoolean done = new AtomicBoolean();
    // The loaders start once the watcher runs, and the watcher stops once the loaders are done
    // and it has read a whole file (the last load leaves one): on a fast machine the loads
    // could otherwise be over before the watcher's thread was first scheduled.
    CountDownLatch watching = new CountDownLatch(1);
    try {
      Future<Integer> watcher = pool.submit(() -> {
        int complete = 0;
        watching.countDown();
        while (!done.get() || complete == 0) {
          byte[] data;
          try {
            data = Files.readAllBytes(pyc());
          } catch (IOException e) {
            continue; // not there right now
          }
          CodeReader.read(data, CodeCache.HEADER_SIZE, null); // throws if torn
          complete++;
        }
        return complete;
      });
      List<Future<Long>> loaders = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Callable<Long> loader = () -> {
          watching.await();
          long compiled = 0;
          for (int i = 0; i < 60; i++) {
            CodeCache cache = new CodeCache(CacheOptions.DEFAULTS);
            assertEquals(expected, Disassembler.disassemble(cache.load(source)));
            compiled += cache.compilations();
            if (i % 10 == 0) {
              Files.deleteIfExists(pyc());
            }
          }
          return compiled;
        };
        loaders.add(pool.submit(loader));
      }
      for (Future<Long> f : loaders) {
        f.get(120, TimeUnit.SECONDS);
      }
      done.set(true);
      assertTrue(watcher.get(60, TimeUnit.SECONDS) > 0, "the watcher never saw the file");
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    try (var files = Files.list(pyc().getParent())) {
      assertEquals(List.of(pyc()), files.toList(), "temp files left behind");
    }
    load(0, V1);
  }

  /** Two JVMs compile and write the same module at once; both run and the file is valid. */
  @Test
  void twoProcessesWritingAtOnce() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      processes.add(new ProcessBuilder(java, "-cp", classpath, CacheLoadMain.class.getName(),
          source.toString(), "20").redirectErrorStream(true).start());
    }
    for (Process p : processes) {
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process timed out");
      assertEquals(0, p.exitValue(), output);
    }
    // Either process may have deleted the file last: one more load leaves a valid one.
    new CodeCache(CacheOptions.DEFAULTS).load(source);
    load(0, V1);
  }
}
