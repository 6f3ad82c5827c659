package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SyntaxError;
import java.io.PrintStream;

/**
 * One interactive session on the calling thread: a {@code __main__} namespace that lives from
 * statement to statement, each statement compiled in {@code single} mode (expression values
 * are shown) and each error printed as a traceback without ending the session.
 */
public final class InteractiveSession {

  private static final String FILENAME = "<stdin>";

  private final PrintStream out;
  private final PrintStream err;
  private final PyDict globals;
  private final PyDict builtins;

  /** Starts a session whose output and tracebacks go to {@code out} and {@code err}. */
  public InteractiveSession(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
    this.globals = ScriptRunner.loadModule("", FILENAME, "__main__", out, err);
    // The context's own builtins (with its __import__), not a second namespace beside them.
    this.builtins = (PyDict) globals.getStr("__builtins__");
  }

  /**
   * Returns whether {@code source} is the start of a statement that needs more lines: an open
   * bracket, a trailing backslash, or a compound statement not yet ended by an empty line.
   */
  public static boolean incomplete(String source) {
    String[] lines = source.split("\n", -1);
    String last = lines[lines.length - 1];
    if (lines[0].strip().endsWith(":")) {
      // A compound statement ends at an empty line.
      return lines.length == 1 || !last.isBlank();
    }
    if (last.strip().endsWith("\\")) {
      return true;
    }
    try {
      Parser.parseModule(source, FILENAME);
      return false;
    } catch (SyntaxError e) {
      return e.getMessage() != null && e.getMessage().contains("was never closed");
    }
  }

  /**
   * Runs one interactive statement; returns -1 to go on, or the exit status when the statement
   * raised SystemExit.
   */
  public int run(String source) {
    String[] lines = source.split("\r\n|\r|\n", -1);
    CodeObject code;
    try {
      code = Compiler.compileInteractive(
          Parser.parseModule(source, FILENAME), FILENAME, new LineMap(source));
    } catch (SyntaxError e) {
      err.print(Tracebacks.syntaxError(e));
      err.flush();
      return -1;
    }
    ThreadState ts = ThreadState.current();
    try {
      Interpreter.execute(Frame.forModule(code, globals, builtins), ts);
      return -1;
    } catch (PyException e) {
      out.flush();
      ts.handled = null;
      int status = ScriptRunner.uncaught(e.value(), FILENAME, lines, err);
      return e.matches(PyErrors.SYSTEM_EXIT) ? status : -1;
    } finally {
      out.flush();
    }
  }
}
