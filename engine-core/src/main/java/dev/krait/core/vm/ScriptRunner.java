package dev.krait.core.vm;

import dev.krait.core.ast.Mod;
import dev.krait.core.builtins.Builtins;
import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.cache.CacheOptions;
import dev.krait.core.cache.CodeCache;
import dev.krait.core.bytecode.Disassembler;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.imports.ImportConfig;
import dev.krait.core.imports.ImportFunction;
import dev.krait.core.imports.Imports;
import dev.krait.core.imports.MainModuleFinder;
import dev.krait.core.imports.ModuleSpec;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.stdlib.StdlibModules;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SyntaxError;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a Python program as {@code python3 FILE.py} does: parse, compile, run as {@code
 * __main__}; an uncaught exception prints CPython's traceback to stderr and gives exit status 1,
 * {@code SystemExit} gives its code.
 */
public final class ScriptRunner {

  private ScriptRunner() {}

  /** Returns the code object of {@code text}, raising {@link SyntaxError}. */
  public static CodeObject compile(String text, String filename) {
    Mod.Module module = Parser.parseModule(text, filename);
    return Compiler.compileModule(module, filename, new LineMap(text));
  }

  /** Returns {@code e} as CPython prints a SyntaxError (the lines after "Traceback"). */
  public static String formatSyntaxError(SyntaxError e) {
    return Tracebacks.syntaxError(e);
  }

  /** Returns the disassembly of {@code text} and of every code object in it. */
  public static String disassemble(String text, String filename) {
    return Disassembler.disassemble(compile(text, filename));
  }

  /**
   * Returns the exit status after running {@code text} as the main program {@code filename},
   * writing its output to {@code out} and tracebacks to {@code err} (both flushed).
   */
  public static int run(String text, String filename, PrintStream out, PrintStream err) {
    return run(text, filename, List.of(filename), out, err);
  }

  /**
   * How a program runs: its {@code sys.argv}, the folders searched after the script's own on
   * {@code sys.path}, the bytecode cache its imported modules are read from and written to, and
   * what its {@code sys.stdin} reads.
   */
  public record Settings(List<String> argv, List<String> modulePath, CodeCache cache, Reader in) {

    /** Checks and copies the lists. */
    public Settings {
      argv = List.copyOf(argv);
      modulePath = List.copyOf(modulePath);
      Objects.requireNonNull(cache, "cache");
      Objects.requireNonNull(in, "in");
    }

    /** As the canonical constructor, with a {@code sys.stdin} at its end from the start. */
    public Settings(List<String> argv, List<String> modulePath, CodeCache cache) {
      this(argv, modulePath, cache, Reader.nullReader());
    }

    /**
     * Returns the settings of a program run with {@code argv} by a tool or a test: no module
     * path, and a cache that reads {@code __pycache__} but never writes it.
     */
    public static Settings of(List<String> argv) {
      return new Settings(argv, List.of(),
          new CodeCache(CacheOptions.DEFAULTS.withMode(CacheOptions.Mode.READ_ONLY)));
    }
  }

  /**
   * As {@link #run(String, String, PrintStream, PrintStream)}, with {@code argv} as the
   * program's {@code sys.argv}.
   */
  public static int run(
      String text, String filename, List<String> argv, PrintStream out, PrintStream err) {
    return run(text, filename, Settings.of(argv), out, err);
  }

  /** As {@link #run(String, String, PrintStream, PrintStream)}, with {@code settings}. */
  public static int run(
      String text, String filename, Settings settings, PrintStream out, PrintStream err) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    CodeObject code;
    try {
      code = compile(text, filename);
    } catch (SyntaxError e) {
      err.print(Tracebacks.syntaxError(e));
      err.flush();
      return 1;
    }
    ThreadState ts = ThreadState.current();
    try {
      PyDict builtins = startContext(ts, scriptFolder(filename), settings, out, err);
      PyDict globals = mainModule(ts.imports, filename).dict();
      globals.putStr("__builtins__", ts.imports.importModule("builtins"));
      Interpreter.execute(Frame.forModule(code, globals, builtins), ts);
      out.flush();
      return 0;
    } catch (PyException e) {
      out.flush();
      return uncaught(e.value(), filename, lines, err);
    } catch (StackOverflowError e) {
      return recursionError(out, err);
    } finally {
      ts.reset();
    }
  }

  /**
   * Returns the exit status after running the module {@code module} as the main program, as
   * {@code python3 -m MODULE ARGS} does: {@code folder} (the current folder, for the command)
   * first on {@code sys.path} and the settings' module path after it, a package runs its {@code
   * __main__} submodule, {@code sys.argv[0]} is the module's file (the settings' {@code argv}
   * are the arguments after the module name).
   */
  public static int runModule(String module, String folder, Settings settings,
      PrintStream out, PrintStream err) {
    ThreadState ts = ThreadState.current();
    List<String> argv = new ArrayList<>();
    argv.add("-m");
    argv.addAll(settings.argv());
    try {
      startContext(ts, folder,
          new Settings(argv, settings.modulePath(), settings.cache(), settings.in()), out, err);
      ModuleSpec spec;
      try {
        spec = MainModuleFinder.find(ts.imports, module);
      } catch (MainModuleFinder.NotRunnable e) {
        out.flush();
        err.println("krait: " + e.getMessage());
        err.flush();
        return 1;
      }
      ts.imports.setArgv0(spec.codeLocation());
      ts.imports.runAsMain(spec);
      out.flush();
      return 0;
    } catch (PyException e) {
      out.flush();
      return uncaught(e.value(), null, null, err);
    } catch (StackOverflowError e) {
      return recursionError(out, err);
    } finally {
      ts.reset();
    }
  }

  /**
   * Runs {@code text} as the module {@code name} (so its {@code if __name__ == '__main__'} part
   * does not run) in a fresh context on this thread and returns the module's globals; that
   * context stays on the thread so the module's functions can be called afterwards (the
   * benchmarks call {@code run(n)} this way). Raises {@link SyntaxError} or {@link
   * PyException}.
   */
  public static PyDict loadModule(
      String text, String filename, String name, PrintStream out, PrintStream err) {
    CodeObject code = compile(text, filename);
    ThreadState ts = ThreadState.current();
    PyDict builtins =
        startContext(ts, scriptFolder(filename), Settings.of(List.of(filename)), out, err);
    PyDict globals = new PyDict();
    globals.putStr("__name__", PyStr.of(name));
    globals.putStr("__doc__", PyNone.NONE);
    globals.putStr("__file__", PyStr.of(filename));
    globals.putStr("__builtins__", builtins);
    Interpreter.execute(Frame.forModule(code, globals, builtins), ts);
    return globals;
  }

  /**
   * Returns a new builtins namespace: the {@code builtins} package's functions and types and
   * those that need the VM ({@code __build_class__}, {@code super}, {@code exec}, ...).
   */
  public static PyDict builtins(PrintStream out) {
    PyDict builtins = Builtins.create(out);
    ClassBuilder.install(builtins);
    CodeBuiltins.install(builtins);
    return builtins;
  }

  // A fresh context on the thread: its builtins (returned) and its import state, whose sys.path
  // is first then the settings' module path.
  private static PyDict startContext(
      ThreadState ts, String first, Settings settings, PrintStream out, PrintStream err) {
    ts.reset();
    PyDict builtins = builtins(out);
    ImportConfig config = ImportConfig.of(
        first, settings.modulePath(), new ModuleLoader(builtins, settings.cache()));
    ts.imports = new Imports(StdlibModules.BUILTIN, config, out, err, settings.argv(),
        ts::recursionLimit, ts::setRecursionLimit);
    CacheOptions cache = settings.cache().options();
    ts.imports.setCacheSwitches(!cache.writes(),
        cache.prefix() == null ? null : cache.prefix().toString());
    ts.imports.setIn(settings.in());
    builtins.putStr("__import__", ImportFunction.of(ts.imports));
    return builtins;
  }

  // The __main__ module of a script, in sys.modules, as CPython makes it.
  private static PyModule mainModule(Imports imports, String filename) {
    PyModule main = new PyModule("__main__");
    main.put("__package__", PyNone.NONE);
    main.put("__file__", PyStr.of(filename));
    imports.modules().putStr("__main__", main);
    return main;
  }

  // sys.path[0] for a script: its folder, links resolved; "" (the current folder) for -c and -.
  private static String scriptFolder(String filename) {
    if (filename.startsWith("<")) {
      return "";
    }
    Path file = Path.of(filename).toAbsolutePath();
    try {
      file = file.toRealPath();
    } catch (IOException | SecurityException e) {
      // A script given as text under a made-up name: its folder as written.
    }
    Path dir = file.getParent();
    return dir == null ? "" : dir.toString();
  }

  private static int recursionError(PrintStream out, PrintStream err) {
    out.flush();
    err.println("RecursionError: maximum recursion depth exceeded");
    err.flush();
    return 1;
  }

  static int uncaught(PyBaseException e, String filename, String[] lines, PrintStream err) {
    if (e.type().isSubtypeOf(PyErrors.SYSTEM_EXIT)) {
      PyObject code = e.args().size() == 0 ? PyNone.NONE : e.args().size() == 1
          ? e.args().get(0) : e.args();
      if (code == PyNone.NONE) {
        return 0;
      }
      if (code instanceof PyInt i) {
        return (int) i.longValue();
      }
      err.println(Abstract.str(code).value());
      err.flush();
      return 1;
    }
    // As CPython's linecache: no source lines for a pseudo-file such as <string> or <stdin>.
    err.print(Tracebacks.format(e, f -> f.startsWith("<") && f.endsWith(">") ? null
        : f.equals(filename) ? lines : ModuleLoader.sourceLines(f)));
    err.flush();
    return 1;
  }
}
