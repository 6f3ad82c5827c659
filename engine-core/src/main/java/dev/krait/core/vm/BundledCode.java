package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.imports.BundledFinder;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The code of the stdlib modules written in Python and bundled in the jar (see {@link
 * BundledFinder}), compiled once per JVM on first import and then shared by every engine and
 * context. A {@link CodeObject} is immutable; each context runs it into its own module object,
 * so nothing here is visible to, or changeable by, a Python program.
 */
final class BundledCode {

  // Resource name -> its compiled code; filled lazily, atomically per key.
  private static final ConcurrentMap<String, CodeObject> CODE = new ConcurrentHashMap<>();
  private static final AtomicLong COMPILATIONS = new AtomicLong();

  private BundledCode() {}

  /**
   * Returns the code of the bundled module source {@code resource}, compiled on the first call
   * in this JVM; its {@code co_filename} is the module's {@code __file__}.
   *
   * @throws dev.krait.core.syntax.SyntaxError if the bundled source does not compile
   */
  static CodeObject get(String resource) {
    return CODE.computeIfAbsent(resource, BundledCode::compile);
  }

  /** Returns how many bundled sources this JVM has compiled (for tests: never one twice). */
  static long compilations() {
    return COMPILATIONS.get();
  }

  /**
   * Returns the source lines of the bundled module whose file name is {@code filename}, for a
   * traceback, or null when {@code filename} is not one.
   */
  static String[] sourceLines(String filename) {
    String resource = BundledFinder.resourceOf(filename);
    if (resource == null) {
      return null;
    }
    try {
      return text(resource, filename).split("\r\n|\r|\n", -1);
    } catch (UncheckedIOException e) {
      return null;
    }
  }

  private static CodeObject compile(String resource) {
    String filename = BundledFinder.fileOf(resource);
    String text = text(resource, filename);
    CodeObject code =
        Compiler.compileModule(Parser.parseModule(text, filename), filename, new LineMap(text));
    COMPILATIONS.incrementAndGet();
    return code;
  }

  private static String text(String resource, String filename) {
    try (InputStream in = BundledCode.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("no resource " + resource));
      }
      return SourceDecoder.decode(in.readAllBytes(), filename);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
