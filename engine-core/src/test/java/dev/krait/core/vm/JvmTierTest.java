package dev.krait.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each program of {@code src/test/resources/tier} twice, every code object interpreted
 * and then every one translated by the JVM tier, and checks that the output and the traceback
 * are the same and that the code really was translated.
 */
final class JvmTierTest {

  /** One run's streams. */
  private record Run(String out, String err) {}

  @ParameterizedTest
  @ValueSource(strings = {"loops", "exceptions", "objects", "traceback"})
  void translatedCodeBehavesAsInterpreted(String name) throws IOException {
    String text = resource(name + ".py");
    Run interpreted = run(text, name + ".py", JvmTier::interpretOnly);
    List<CodeObject> translated = new ArrayList<>();
    Run compiled = run(text, name + ".py", co -> {
      if (JvmTier.translate(co) != null) {
        translated.add(co);
      }
    });
    assertEquals(interpreted.out(), compiled.out(), name + ": output");
    assertEquals(interpreted.err(), compiled.err(), name + ": traceback");
    assertFalse(interpreted.out().isEmpty() && interpreted.err().isEmpty(), "ran nothing");
    assertTrue(translated.size() > 1, name + ": translated " + translated.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"exceptions", "objects"})
  void everyCodeObjectIsTranslatedGeneratorsToo(String name) throws IOException {
    CodeObject module = ScriptRunner.compile(resource(name + ".py"), name + ".py");
    int generators = 0;
    for (CodeObject co : tree(module)) {
      generators += (co.flags() & CodeObject.CO_GENERATOR) != 0 ? 1 : 0;
      assertInstanceOf(TierCode.class, JvmTier.translate(co), co.qualname());
    }
    assertTrue(name.equals("exceptions") || generators > 0, "no generator in " + name);
  }

  @Test
  void asyncCodeStaysInterpreted() {
    CodeObject module = ScriptRunner.compile(
        "async def f():\n    return 1\nasync def g():\n    yield 1\n", "async.py");
    assertNull(JvmTier.translate(tree(module).get(1)));
    assertNull(JvmTier.translate(tree(module).get(2)));
  }

  @Test
  void codeOverTheClassFileLimitsStaysInterpreted() {
    StringBuilder text = new StringBuilder("def big(x):\n");
    for (int i = 0; i < 4000; i++) {
      text.append("    if x > ").append(i).append(": x = x - 1\n");
    }
    text.append("    return x\nprint(big(5000), big(3))\n");
    CodeObject module = ScriptRunner.compile(text.toString(), "big.py");
    CodeObject big = tree(module).get(1);
    assertNull(JvmTier.translate(big), "a method over 64 KB of JVM code");
    Run run = run(text.toString(), "big.py", co -> { });
    assertEquals("2500 1\n", run.out());
  }

  @Test
  void threadsShareOneTranslation() throws Exception {
    CodeObject co = tree(ScriptRunner.compile("def f(x): return x + 1\n", "shared.py")).get(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<TierCode>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> JvmTier.translate(co)));
      }
      TierCode first = results.get(0).get();
      assertInstanceOf(TierCode.class, first);
      for (Future<TierCode> r : results) {
        assertSame(first, r.get());
      }
      assertSame(first, co.tier());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void countsCallsBeforeTranslating() {
    CodeObject co = ScriptRunner.compile("def f(): return 1\n", "count.py");
    int before = JvmTier.translatedCount();
    for (int i = 0; i <= Math.max(JvmTier.THRESHOLD, 0); i++) {
      JvmTier.code(co);
    }
    if (JvmTier.THRESHOLD < 0) {
      assertNull(co.tier());
    } else {
      assertInstanceOf(TierCode.class, co.tier());
      assertEquals(before + 1, JvmTier.translatedCount());
    }
  }

  /** Runs {@code text} after applying {@code prepare} to each of its code objects. */
  private static Run run(String text, String filename, Consumer<CodeObject> prepare) {
    CodeObject code = ScriptRunner.compile(text, filename);
    tree(code).forEach(prepare);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    ThreadState ts = ThreadState.current();
    try {
      PyDict globals = new PyDict();
      globals.putStr("__name__", PyStr.of("__main__"));
      Interpreter.execute(Frame.forModule(code, globals, ScriptRunner.builtins(o)), ts);
    } catch (PyException x) {
      ScriptRunner.uncaught(x.value(), filename, text.split("\n", -1), e);
    } finally {
      ts.reset();
    }
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Returns {@code co} and the code objects nested in its constants, depth first. */
  private static List<CodeObject> tree(CodeObject co) {
    List<CodeObject> all = new ArrayList<>();
    all.add(co);
    for (PyObject c : co.consts()) {
      if (c instanceof CodeObject nested) {
        all.addAll(tree(nested));
      }
    }
    return all;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JvmTierTest.class.getResourceAsStream("/tier/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
