package dev.krait.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stdlib modules written in Python and bundled in the jar: found before {@code sys.path},
 * named {@code <krait-stdlib>/...}, compiled once per JVM and shared by every context, and shown
 * with their source lines in tracebacks.
 */
final class BundledModulesTest {

  private record Run(int status, String out, String err) {}

  private static Run run(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ScriptRunner.run(text, "/tmp/main.py",
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aSecondContextDoesNotRecompile() {
    String program = "import string, collections\nprint(string.digits)\n";
    assertEquals("0123456789\n", run(program).out());
    long compiled = BundledCode.compilations();
    Run second = run(program);
    assertEquals("0123456789\n", second.out());
    assertEquals(compiled, BundledCode.compilations(), "a second context recompiled");
  }

  @Test
  void threadsImportingAtOnceCompileEachSourceOnce() throws Exception {
    String program = "from dataclasses import dataclass\nimport typing, itertools\n"
        + "@dataclass\nclass P:\n    x: int\nprint(P(1), list(itertools.pairwise('abc')))\n";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Run>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> run(program)));
      }
      for (Future<Run> r : runs) {
        assertEquals("P(x=1) [('a', 'b'), ('b', 'c')]\n", r.get().out(), r.get().err());
      }
    } finally {
      pool.shutdown();
    }
    long sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/krait/core/stdlib/lib"))) {
      sources = files.filter(f -> f.toString().endsWith(".py")).count();
    }
    assertTrue(BundledCode.compilations() <= sources,
        BundledCode.compilations() + " compilations of " + sources + " sources");
  }

  @Test
  void contextsDoNotShareModuleObjects() {
    run("import string\nstring.digits = 'changed'\n");
    assertEquals("0123456789\n", run("import string\nprint(string.digits)\n").out());
  }

  @Test
  void specAndFileNameTheBundle() {
    Run r = run("import string, collections\n"
        + "print(string.__file__, collections.__file__, collections.__path__)\n"
        + "print(string.__spec__)\n"
        + "print(hasattr(string, '__cached__'), collections.__package__)\n");
    assertEquals("<krait-stdlib>/string.py <krait-stdlib>/collections/__init__.py"
        + " ['<krait-stdlib>/collections']\n"
        + "ModuleSpec(name='string', loader=None, origin='<krait-stdlib>/string.py')\n"
        + "False collections\n", r.out());
  }

  @Test
  void tracebacksShowTheBundledSource() {
    Run r = run("import string\nstring.capwords(5)\n");
    assertEquals(1, r.status());
    assertTrue(r.err().contains("  File \"<krait-stdlib>/string.py\", line ")
        && r.err().contains("in capwords\n    return (sep or ' ').join(")
        && r.err().endsWith("AttributeError: 'int' object has no attribute 'split'\n"),
        r.err());
  }

  @Test
  void aBundledModuleRunsAsMain() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ScriptRunner.runModule("keyword", ".", ScriptRunner.Settings.of(List.of()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMissingSubmoduleOfABundledPackage() {
    Run r = run("try:\n    import collections.nothing\n"
        + "except ImportError as e:\n    print(type(e).__name__, e)\n");
    assertEquals("ModuleNotFoundError No module named 'collections.nothing'\n", r.out());
  }
}
