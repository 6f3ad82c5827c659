package dev.krait.jsr223;

import dev.krait.api.PythonException;
import dev.krait.api.PythonSyntaxError;
import javax.script.ScriptException;

/** Python errors as {@code javax.script} reports them. */
final class ScriptErrors {

  private ScriptErrors() {}

  /**
   * Returns {@code e} as a {@link ScriptException} with the file, line and 1-based column where
   * it happened (the innermost frame; -1 when unknown), the Python traceback as its message and
   * {@code e} as its cause.
   */
  static ScriptException toScript(PythonException e) {
    String file = null;
    int line = -1;
    int column = -1;
    if (e instanceof PythonSyntaxError s) {
      file = s.file();
      line = s.line();
      column = s.column() > 0 ? s.column() : -1;
    } else if (e.innermost() != null) {
      PythonException.Frame f = e.innermost();
      file = f.file();
      line = f.line();
      column = f.column() > 0 ? f.column() : -1;
    }
    String traceback = e.formatTraceback();
    if (traceback.endsWith("\n")) {
      traceback = traceback.substring(0, traceback.length() - 1);
    }
    ScriptException se = new ScriptException(traceback, file, line, column);
    se.initCause(e);
    return se;
  }
}
