package dev.krait.jsr223;

import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import javax.script.Bindings;
import javax.script.ScriptContext;

/**
 * A {@link ScriptContext} with its own engine scope over another context's global scope and
 * streams: what {@code eval(script, bindings)} runs in. Unlike a new {@code
 * SimpleScriptContext} it allocates no reader or writers, which matters for a rule evaluated
 * over fresh {@code Bindings} in a hot loop.
 */
final class ScopedContext implements ScriptContext {

  private static final List<Integer> SCOPES = List.of(ENGINE_SCOPE, GLOBAL_SCOPE);

  private Bindings engine;
  private Bindings global;
  private Writer writer;
  private Writer errorWriter;
  private Reader reader;

  /** Makes a context whose engine scope is {@code engine}, the rest as in {@code base}. */
  ScopedContext(ScriptContext base, Bindings engine) {
    this.engine = Objects.requireNonNull(engine, "engine scope");
    this.global = base.getBindings(GLOBAL_SCOPE);
    this.writer = base.getWriter();
    this.errorWriter = base.getErrorWriter();
    this.reader = base.getReader();
  }

  @Override
  public void setBindings(Bindings bindings, int scope) {
    if (scope == ENGINE_SCOPE) {
      engine = Objects.requireNonNull(bindings, "engine scope");
    } else if (scope == GLOBAL_SCOPE) {
      global = bindings;
    } else {
      throw new IllegalArgumentException("invalid scope " + scope);
    }
  }

  @Override
  public Bindings getBindings(int scope) {
    if (scope == ENGINE_SCOPE) {
      return engine;
    } else if (scope == GLOBAL_SCOPE) {
      return global;
    }
    throw new IllegalArgumentException("invalid scope " + scope);
  }

  @Override
  public void setAttribute(String name, Object value, int scope) {
    Bindings b = getBindings(scope);
    if (b != null) {
      b.put(name, value);
    }
  }

  @Override
  public Object getAttribute(String name, int scope) {
    Bindings b = getBindings(scope);
    return b == null ? null : b.get(checked(name));
  }

  @Override
  public Object removeAttribute(String name, int scope) {
    Bindings b = getBindings(scope);
    return b == null ? null : b.remove(checked(name));
  }

  @Override
  public Object getAttribute(String name) {
    checked(name);
    if (engine.containsKey(name)) {
      return engine.get(name);
    }
    return global != null ? global.get(name) : null;
  }

  @Override
  public int getAttributesScope(String name) {
    checked(name);
    if (engine.containsKey(name)) {
      return ENGINE_SCOPE;
    }
    return global != null && global.containsKey(name) ? GLOBAL_SCOPE : -1;
  }

  private static String checked(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name cannot be empty");
    }
    return name;
  }

  @Override
  public Writer getWriter() {
    return writer;
  }

  @Override
  public Writer getErrorWriter() {
    return errorWriter;
  }

  @Override
  public void setWriter(Writer w) {
    writer = w;
  }

  @Override
  public void setErrorWriter(Writer w) {
    errorWriter = w;
  }

  @Override
  public Reader getReader() {
    return reader;
  }

  @Override
  public void setReader(Reader r) {
    reader = r;
  }

  @Override
  public List<Integer> getScopes() {
    return SCOPES;
  }
}
