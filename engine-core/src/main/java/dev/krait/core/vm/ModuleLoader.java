package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.cache.CacheOptions;
import dev.krait.core.cache.CodeCache;
import dev.krait.core.imports.Imports;
import dev.krait.core.imports.ModuleExecutor;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.syntax.SourceDecoder;
import dev.krait.core.syntax.SyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The VM's side of an import: compiles a module file and runs its code with the module's dict as
 * globals and the context's builtins. A compile error becomes the Python {@code SyntaxError} the
 * importing code can catch.
 */
public final class ModuleLoader implements ModuleExecutor {

  private final PyDict builtins;
  private final CodeCache cache;

  /**
   * Returns the loader of a context whose modules see {@code builtins} and whose code comes
   * through {@code cache}.
   */
  public ModuleLoader(PyDict builtins, CodeCache cache) {
    this.builtins = builtins;
    this.cache = cache;
  }
  @Override
  public PyDict builtins() {
    return builtins;
  }


  @Override
  public void execute(PyModule module, Path file) {
    CodeObject code;
    try {
      code = codeFor(file);
    } catch (SyntaxError e) {
      throw syntaxError(e);
    }
    run(module, code);
  }

  @Override
  public void executeBundled(PyModule module, String resource) {
    CodeObject code;
    try {
      code = BundledCode.get(resource);
    } catch (SyntaxError e) {
      throw syntaxError(e);
    } catch (UncheckedIOException e) {
      throw PyErrors.make(PyErrors.IMPORT_ERROR, "cannot read the bundled module " + resource);
    }
    run(module, code);
  }

  // Runs a module's code with its dict as globals, called from the importing frame.
  private void run(PyModule module, CodeObject code) {
    PyDict globals = module.dict();
    if (globals.getStr("__builtins__") == null) {
      globals.putStr("__builtins__", builtins);
    }
    // The importing frame is the module frame's caller: the VM returns to it afterwards.
    ThreadState ts = ThreadState.current();
    Interpreter.execute(new Frame(code, null, globals, builtins, globals, ts.frame), ts);
  }

  // The one place a module file becomes code: from __pycache__ or compiled (and cached).
  private CodeObject codeFor(Path file) {
    try {
      return cacheFor(ThreadState.current().imports()).load(file);
    } catch (IOException e) {
      throw PyErrors.make(PyErrors.IMPORT_ERROR, "source not available through get_data()");
    }
  }

  /**
   * Returns the cache to use now: as CPython's importlib, {@code sys.dont_write_bytecode} and
   * {@code sys.pycache_prefix} are read at each import, so a program may change them (they start
   * from the cache's options).
   */
  private CodeCache cacheFor(Imports imports) {
    CacheOptions base = cache.options();
    if (base.mode() == CacheOptions.Mode.OFF
        || !(imports.modules().getStr("sys") instanceof PyModule sys)) {
      return cache;
    }
    PyObject dont = sys.dict().getStr("dont_write_bytecode");
    PyObject prefix = sys.dict().getStr("pycache_prefix");
    CacheOptions now = base
        .withMode(dont != null && Abstract.isTrue(dont)
            ? CacheOptions.Mode.READ_ONLY : CacheOptions.Mode.READ_WRITE)
        .withPrefix(prefix instanceof PyStr p && !p.value().isEmpty() ? Path.of(p.value()) : null);
    return now.equals(base) ? cache : new CodeCache(now);
  }

  /** Returns the Python exception for a compile error, its fields set as CPython's. */
  static PyException syntaxError(SyntaxError e) {
    // CPython's text is the whole source line, its newline included.
    PyObject text = e.text() == null ? PyNone.NONE
        : PyStr.of(e.text().endsWith("\n") ? e.text() : e.text() + "\n");
    PyObject[] details = {
      PyStr.of(e.filename()), PyInt.of(e.line()), PyInt.of(e.column()), text,
      PyInt.of(e.endLine()), PyInt.of(e.endColumn())
    };
    PyType type = switch (e.type()) {
      case "IndentationError" -> PyErrors.INDENTATION_ERROR;
      case "TabError" -> PyErrors.TAB_ERROR;
      default -> PyErrors.SYNTAX_ERROR;
    };
    // SyntaxError's __init__ sets msg, filename, lineno, ... from these two arguments.
    PyException x = PyErrors.make(type, PyStr.of(e.msg()), PyTuple.of(details));
    return x;
  }

  /**
   * Returns the lines of the source file {@code filename} for a traceback (read now, as
   * CPython's {@code linecache} does; a bundled stdlib module's from the jar), or null when it
   * cannot be read.
   */
  static String[] sourceLines(String filename) {
    String[] bundled = BundledCode.sourceLines(filename);
    if (bundled != null) {
      return bundled;
    }
    if (filename.startsWith("<")) {
      return null;
    }
    try {
      String text = SourceDecoder.decode(Files.readAllBytes(Path.of(filename)), filename);
      return text.split("\r\n|\r|\n", -1);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
