package dev.krait.core.vm;

import dev.krait.core.ast.Mod;
import dev.krait.core.builtins.Builtins;
import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.bytecode.Disassembler;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.stdlib.StdlibModules;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SyntaxError;
import java.io.PrintStream;
import java.util.List;

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
   * As {@link #run(String, String, PrintStream, PrintStream)}, with {@code argv} as the
   * program's {@code sys.argv}.
   */
  public static int run(
      String text, String filename, List<String> argv, PrintStream out, PrintStream err) {
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
    ts.reset();
    ts.imports = new Imports(
        StdlibModules.BUILTIN, out, err, argv, ts::recursionLimit, ts::setRecursionLimit);
    PyDict builtins = builtins(out);
    PyDict globals = new PyDict();
    globals.putStr("__name__", PyStr.of("__main__"));
    globals.putStr("__doc__", PyNone.NONE);
    globals.putStr("__file__", PyStr.of(filename));
    try {
      Interpreter.execute(Frame.forModule(code, globals, builtins), ts);
      out.flush();
      return 0;
    } catch (PyException e) {
      out.flush();
      return uncaught(e.value(), filename, lines, err);
    } catch (StackOverflowError e) {
      out.flush();
      err.println("RecursionError: maximum recursion depth exceeded");
      err.flush();
      return 1;
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
    ts.reset();
    ts.imports = new Imports(StdlibModules.BUILTIN, out, err, List.of(filename),
        ts::recursionLimit, ts::setRecursionLimit);
    PyDict builtins = builtins(out);
    PyDict globals = new PyDict();
    globals.putStr("__name__", PyStr.of(name));
    globals.putStr("__doc__", PyNone.NONE);
    globals.putStr("__file__", PyStr.of(filename));
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
    err.print(Tracebacks.format(e, f -> f.equals(filename) ? lines : null));
    err.flush();
    return 1;
  }
}
