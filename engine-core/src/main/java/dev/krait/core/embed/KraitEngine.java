package dev.krait.core.embed;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.krait.api.Code;
import dev.krait.api.EngineOptions;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonEngine;
import dev.krait.api.Source;
import dev.krait.core.ast.Mod;
import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyType;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SyntaxError;
import dev.krait.core.vm.ScriptRunner;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Krait engine: the options, a bounded cache of compiled code by source, the builtins every
 * context shares (their {@code print} writes to the running context's {@code sys.stdout}), and
 * the Python types that stand for Java exception classes, and the flag {@link #cancel()} sets.
 */
final class KraitEngine implements PythonEngine {

  private static final int CODE_CACHE_SIZE = 512;

  private final EngineOptions options;
  private final PyDict builtins;
  private final Cache<Source, KraitCode> codes =
      CacheBuilder.newBuilder().maximumSize(CODE_CACHE_SIZE).build();
  private final Map<Class<?>, PyType> javaExceptionTypes = new ConcurrentHashMap<>();
  // Calls running now hold the current flag; cancel() sets it and puts a fresh one for the
  // calls that start after (no registry of contexts, so creating one costs nothing here).
  private volatile AtomicBoolean cancelFlag = new AtomicBoolean();
  private final ContextStream stdout = new ContextStream(this, false);
  private final ContextStream stderr = new ContextStream(this, true);
  private volatile boolean closed;

  KraitEngine(EngineOptions options) {
    this.options = options;
    if (!options.modulePath().isEmpty()) {
      throw new UnsupportedOperationException(
          "modulePath: importing modules from directories is not implemented yet (issue 4)");
    }
    List<String> unenforced = options.limits().unenforced();
    if (!unenforced.isEmpty()) {
      throw new UnsupportedOperationException(
          "limits not enforced yet (the sandbox issue): " + unenforced);
    }
    this.builtins = ScriptRunner.builtins(stdout);
  }

  @Override
  public EngineOptions options() {
    return options;
  }

  /** Returns the engine's {@code sys.stdout} stream (it writes to the running context). */
  ContextStream stdout() {
    return stdout;
  }

  /** Returns the engine's {@code sys.stderr} stream. */
  ContextStream stderr() {
    return stderr;
  }

  /** Returns the builtins namespace every context of this engine runs with. */
  PyDict builtins() {
    return builtins;
  }

  @Override
  public Code compile(Source source) {
    Objects.requireNonNull(source, "source");
    checkOpen();
    KraitCode code = codes.getIfPresent(source);
    if (code == null) {
      code = new KraitCode(this, source, compileModule(source));
      codes.put(source, code);
    }
    return code;
  }

  private static CodeObject compileModule(Source source) {
    String text = source.text();
    try {
      Mod.Module module = Parser.parseModule(text, source.name());
      return Compiler.compileModule(module, source.name(), new LineMap(text), true);
    } catch (SyntaxError e) {
      throw Errors.syntaxError(e);
    } catch (PyException e) {
      throw Errors.toHost(e, null);
    } catch (StackOverflowError e) {
      throw Errors.toHost(PyErrors.make(PyErrors.RECURSION_ERROR,
          "maximum recursion depth exceeded during compilation"), null);
    } catch (RuntimeException e) {
      throw Errors.toHost(Errors.internal(e), null);
    }
  }

  /** Returns the lines of the cached source named {@code name}, or null. */
  String[] cachedLines(String name) {
    for (KraitCode c : codes.asMap().values()) {
      if (c.source().name().equals(name)) {
        return c.lines();
      }
    }
    return null;
  }

  @Override
  public PythonContext newContext() {
    return newContext(options.out(), options.err(), options.in(), List.of(""));
  }

  KraitContext newContext(Writer out, Writer err, Reader in, List<String> argv) {
    checkOpen();
    return new KraitContext(this, out, err, in, argv);
  }

  @Override
  public PythonContext.Builder contextBuilder() {
    return new ContextBuilder(this);
  }

  /** Returns the Python exception type that stands for Java exception class {@code c}. */
  PyType javaExceptionType(Class<?> c) {
    PyType t = javaExceptionTypes.get(c);
    if (t != null) {
      return t;
    }
    Class<?> sup = c.getSuperclass();
    PyType base = c == Throwable.class || c == Exception.class || c == Error.class
        || sup == null ? PyErrors.EXCEPTION : javaExceptionType(sup);
    t = Errors.newJavaExceptionType(c, base, builtins);
    PyType raced = javaExceptionTypes.putIfAbsent(c, t);
    return raced != null ? raced : t;
  }

  /** Returns the flag the calls starting now watch for {@link #cancel()}. */
  AtomicBoolean cancelFlag() {
    return cancelFlag;
  }

  @Override
  public synchronized void cancel() {
    AtomicBoolean running = cancelFlag;
    cancelFlag = new AtomicBoolean();
    running.set(true);
  }

  @Override
  public void close() {
    closed = true;
    codes.invalidateAll();
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the engine is closed");
    }
  }

  /** Collects a context's own streams and argv. */
  private static final class ContextBuilder implements PythonContext.Builder {

    private final KraitEngine engine;
    private Writer out;
    private Writer err;
    private Reader in;
    private List<String> argv = List.of("");

    ContextBuilder(KraitEngine engine) {
      this.engine = engine;
      this.out = engine.options.out();
      this.err = engine.options.err();
      this.in = engine.options.in();
    }

    @Override
    public PythonContext.Builder out(Writer w) {
      this.out = Objects.requireNonNull(w, "out");
      return this;
    }

    @Override
    public PythonContext.Builder err(Writer w) {
      this.err = Objects.requireNonNull(w, "err");
      return this;
    }

    @Override
    public PythonContext.Builder in(Reader r) {
      this.in = Objects.requireNonNull(r, "in");
      return this;
    }

    @Override
    public PythonContext.Builder argv(List<String> a) {
      this.argv = List.copyOf(a);
      return this;
    }

    @Override
    public PythonContext build() {
      return engine.newContext(out, err, in, argv);
    }
  }
}
