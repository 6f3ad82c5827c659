package dev.krait.jsr223;

import dev.krait.api.Code;
import javax.script.Bindings;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/**
 * A script compiled once: immutable, so one instance may be evaluated from many threads at once,
 * each with its own {@code ScriptContext} or {@code Bindings}, and by any Krait engine.
 */
final class KraitCompiledScript extends CompiledScript {

  private final KraitScriptEngine engine;
  private final Code code;

  KraitCompiledScript(KraitScriptEngine engine, Code code) {
    this.engine = engine;
    this.code = code;
  }

  /**
   * Returns the value of the script's last statement when it is an expression statement, else
   * null, run with the scopes and streams of {@code context}.
   */
  @Override
  public Object eval(ScriptContext context) throws ScriptException {
    return engine.run(code, context);
  }

  /** As {@link #eval(ScriptContext)} with {@code bindings} as the engine scope. */
  @Override
  public Object eval(Bindings bindings) throws ScriptException {
    ScriptContext base = engine.getContext();
    return eval(bindings == null ? base : new ScopedContext(base, bindings));
  }

  @Override
  public ScriptEngine getEngine() {
    return engine;
  }

  @Override
  public String toString() {
    return "CompiledScript[" + code.source().name() + "]";
  }
}
