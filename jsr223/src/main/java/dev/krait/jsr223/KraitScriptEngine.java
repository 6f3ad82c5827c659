package dev.krait.jsr223;

import dev.krait.api.Code;
import dev.krait.api.PyValue;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonException;
import dev.krait.api.Source;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Objects;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;

/**
 * Python 3.11 through {@code javax.script}: a script's globals are its {@code ScriptContext}'s
 * bindings. A name is read from the engine scope, else the global scope, else the builtins;
 * every name a script binds at top level (variables, functions, classes, imports) is in the
 * engine-scope {@code Bindings} afterwards, converted by the conversion table of {@link PyValue}
 * (Java objects keep their identity). {@code print}, {@code sys.stdout}, {@code sys.stderr} and
 * {@code input()} use the context's writer, error writer and reader. {@link #eval(String)}
 * returns the value of the script's last statement when it is an expression, else null;
 * evaluating the same text again reuses its compiled code.
 *
 * <pre>{@code
 * ScriptEngine py = new ScriptEngineManager().getEngineByName("python");
 * py.put("order", order);                                 // any Java object
 * Object big = py.eval("order.total > 100");              // Boolean
 * py.eval("def discount(o): return 0.1 if o.total > 100 else 0");
 * Object d = ((Invocable) py).invokeFunction("discount", order);
 * CompiledScript rule = ((Compilable) py).compile("x > 10 and y in ('a', 'b')");
 * Bindings b = py.createBindings();
 * b.put("x", 11);
 * b.put("y", "a");
 * Object ok = rule.eval(b);                               // Boolean.TRUE
 * }</pre>
 *
 * <p>Thread-safe ({@code THREADING} is {@code MULTITHREADED}): see {@link
 * KraitScriptEngineFactory#getParameter(String)}.
 */
public final class KraitScriptEngine extends AbstractScriptEngine
    implements Compilable, Invocable {

  private static final String DEFAULT_FILE_NAME = "<string>";
  // The actions of the hot entry points: they capture nothing, so a call allocates no closure.
  private static final Namespaces.Action<Code, Void, Object> RUN = (cx, code, none) -> cx.run(code);
  private static final Namespaces.Action<String, Object[], Object> CALL = PythonContext::call;

  /**
   * What {@link #invokeFunction} found last: a callable bound to {@code name} in the engine
   * scope {@code scope}, which had made {@code changes} changes then. While it makes no more, a
   * call of the same name needs no lookup.
   */
  private record Found(KraitBindings scope, long changes, String name) {}

  private final KraitScriptEngineFactory factory;
  private final Namespaces namespaces;
  // Racy on purpose: any value it holds was checked by some thread, and records are immutable.
  private Found lastFound;

  KraitScriptEngine(KraitScriptEngineFactory factory, Namespaces namespaces) {
    super(new KraitBindings());
    this.factory = factory;
    this.namespaces = namespaces;
  }

  @Override
  public Object eval(String script, ScriptContext context) throws ScriptException {
    Objects.requireNonNull(script, "script");
    return run(compile(script, fileName(context)), context);
  }

  @Override
  public Object eval(Reader reader, ScriptContext context) throws ScriptException {
    return eval(read(reader), context);
  }

  /** As {@link #eval(String, ScriptContext)} with {@code bindings} as the engine scope. */
  @Override
  public Object eval(String script, Bindings bindings) throws ScriptException {
    return eval(script, new ScopedContext(context, bindings));
  }

  /** As {@link #eval(Reader, ScriptContext)} with {@code bindings} as the engine scope. */
  @Override
  public Object eval(Reader reader, Bindings bindings) throws ScriptException {
    return eval(reader, new ScopedContext(context, bindings));
  }

  /**
   * Binds {@code key} in the engine scope; holds the scope's lock, which a script running over it
   * on another thread holds for its run.
   */
  @Override
  public void put(String key, Object value) {
    Bindings b = getBindings(ScriptContext.ENGINE_SCOPE);
    synchronized (b) {
      b.put(key, value);
    }
  }

  /** Returns the value of {@code key} in the engine scope, holding the scope's lock. */
  @Override
  public Object get(String key) {
    Bindings b = getBindings(ScriptContext.ENGINE_SCOPE);
    synchronized (b) {
      return b.get(key);
    }
  }

  /** Returns new, empty bindings for this engine. */
  @Override
  public Bindings createBindings() {
    return new KraitBindings();
  }

  @Override
  public ScriptEngineFactory getFactory() {
    return factory;
  }

  /**
   * Returns {@code script} compiled, named by the {@link ScriptEngine#FILENAME} of this engine's
   * context (or {@code <string>}) in tracebacks. The result may be evaluated from many threads
   * at once, with different contexts or bindings.
   */
  @Override
  public CompiledScript compile(String script) throws ScriptException {
    Objects.requireNonNull(script, "script");
    return new KraitCompiledScript(this, compile(script, fileName(context)));
  }

  @Override
  public CompiledScript compile(Reader script) throws ScriptException {
    return compile(read(script));
  }

  private Code compile(String script, String fileName) throws ScriptException {
    try {
      return namespaces.python().compile(Source.of(fileName, script));
    } catch (PythonException e) {
      throw ScriptErrors.toScript(e);
    }
  }

  private static String fileName(ScriptContext context) {
    Object f;
    if ((context instanceof ScopedContext || context.getClass() == SimpleScriptContext.class)
        && context.getBindings(ScriptContext.ENGINE_SCOPE) instanceof KraitBindings k
        && !k.mayHoldFileName()) {
      // The two scopes of these contexts, and no file name in the engine scope: the global
      // scope's, if any (invokeFunction asks each time).
      Bindings global = context.getBindings(ScriptContext.GLOBAL_SCOPE);
      f = global == null || global.isEmpty() ? null : global.get(ScriptEngine.FILENAME);
    } else {
      f = context.getAttribute(ScriptEngine.FILENAME);
    }
    return f != null ? f.toString() : DEFAULT_FILE_NAME;
  }

  private static String read(Reader reader) throws ScriptException {
    Objects.requireNonNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = reader.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new ScriptException(e);
    }
    return sb.toString();
  }

  /** Returns the value of {@code code}'s last expression statement, run in {@code context}. */
  Object run(Code code, ScriptContext context) throws ScriptException {
    Objects.requireNonNull(context, "context");
    return within(context, code.source().name(), RUN, code, null);
  }

  private <A, B, T> T within(ScriptContext sc, String fileName,
      Namespaces.Action<A, B, T> action, A a, B b) throws ScriptException {
    try {
      return namespaces.run(sc, fileName, action, a, b);
    } catch (PythonException e) {
      throw ScriptErrors.toScript(e);
    } catch (ScriptException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ScriptException(e);
    }
  }

  /**
   * Calls the function {@code name} the scripts defined (or any callable in the engine or global
   * scope, or a builtin) with {@code args} converted to Python, and returns its result converted
   * to Java. Throws {@link NoSuchMethodException} when no such callable is bound.
   */
  @Override
  public Object invokeFunction(String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    Objects.requireNonNull(name, "name");
    ScriptContext sc = context;
    Bindings engineScope = sc.getBindings(ScriptContext.ENGINE_SCOPE);
    Found last = lastFound;
    if (last != null && last.scope() == engineScope && last.changes() == last.scope().changes()
        && name.equals(last.name())) {
      // The rule called again, its Bindings unchanged: still bound, still callable.
      return within(sc, fileName(sc), CALL, name, args);
    }
    // Mostly a function the engine scope binds: one lookup instead of getAttribute's two.
    Object bound = engineScope.get(name);
    boolean inEngineScope = bound != null;
    if (bound == null) {
      bound = sc.getAttribute(name);
    }
    if (bound != null || sc.getAttributesScope(name) != -1) {
      if (!(bound instanceof PyValue f) || !f.isCallable()) {
        throw new NoSuchMethodException("no function " + name);
      }
      if (inEngineScope && engineScope instanceof KraitBindings k && k.changes() >= 0) {
        lastFound = new Found(k, k.changes(), name);
      }
      return within(sc, fileName(sc), CALL, name, args);
    }
    if (!Namespace.isIdentifier(name)) {
      throw new NoSuchMethodException("no function " + name);
    }
    // Not bound in a scope: a builtin, or nothing.
    Object[] found = new Object[1];
    Object result = within(context, fileName(context), (cx, unused, none) -> {
      Object builtin;
      try {
        builtin = cx.eval(name);
      } catch (PythonException e) {
        if (e.isInstance("NameError")) {
          return null;
        }
        throw e;
      }
      if (!(builtin instanceof PyValue f) || !f.isCallable()) {
        return null;
      }
      found[0] = Boolean.TRUE;
      return cx.call(name, args);
    }, null, null);
    if (found[0] == null) {
      throw new NoSuchMethodException("no function " + name);
    }
    return result;
  }

  /**
   * Calls the method {@code name} of {@code thiz} (a Python object a script returned or bound,
   * or any Java object, as a script would call it) with {@code args}. Throws {@link
   * NoSuchMethodException} when it has no such callable attribute.
   */
  @Override
  public Object invokeMethod(Object thiz, String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    Objects.requireNonNull(name, "name");
    if (thiz == null) {
      throw new IllegalArgumentException("thiz is null");
    }
    Object[] found = new Object[1];
    Object result = within(context, fileName(context), (cx, unused, none) -> {
      PyValue self = thiz instanceof PyValue p ? p : cx.toPython(thiz);
      if (!self.hasAttribute(name) || !self.getAttribute(name).isCallable()) {
        return null;
      }
      found[0] = Boolean.TRUE;
      return self.invokeMember(name, args).asJava();
    }, null, null);
    if (found[0] == null) {
      throw new NoSuchMethodException("no method " + name + " on " + thiz);
    }
    return result;
  }

  /**
   * Returns {@code type} implemented by the functions the scripts defined, or null when one of
   * its abstract methods has no function of the same name.
   */
  @Override
  public <T> T getInterface(Class<T> type) {
    checkInterface(type);
    for (Method m : type.getMethods()) {
      if (isAbstract(m)
          && !(context.getAttribute(m.getName()) instanceof PyValue f && f.isCallable())) {
        return null;
      }
    }
    return proxy(type, (self, m, args) -> invokeFunction(m.getName(), arguments(args)));
  }

  /**
   * Returns {@code type} implemented by the methods of {@code thiz}, or null when one of its
   * abstract methods has no method of the same name.
   */
  @Override
  public <T> T getInterface(Object thiz, Class<T> type) {
    checkInterface(type);
    if (!(thiz instanceof PyValue self)) {
      throw new IllegalArgumentException("not a Python object: " + thiz);
    }
    for (Method m : type.getMethods()) {
      if (isAbstract(m) && !(self.hasAttribute(m.getName())
          && self.getAttribute(m.getName()).isCallable())) {
        return null;
      }
    }
    return proxy(type, (proxy, m, args) -> invokeMethod(thiz, m.getName(), arguments(args)));
  }

  private static void checkInterface(Class<?> type) {
    if (type == null || !type.isInterface()) {
      throw new IllegalArgumentException("not an interface: " + type);
    }
  }

  private static boolean isAbstract(Method m) {
    return Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m);
  }

  // equals, hashCode and toString may be redeclared by an interface; the proxy answers them.
  private static boolean isObjectMethod(Method m) {
    try {
      Object.class.getMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object[] arguments(Object[] args) {
    return args == null ? new Object[0] : args;
  }

  /** A call of the proxy's Python side. */
  @FunctionalInterface
  private interface Call {
    Object invoke(Object proxy, Method m, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Call call) {
    InvocationHandler h = (proxy, m, args) -> {
      if (m.getDeclaringClass() == Object.class || isObjectMethod(m)) {
        return switch (m.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> type.getName() + "@python";
        };
      }
      if (m.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, m, args);
      }
      try {
        return returned(call.invoke(proxy, m, args), m.getReturnType());
      } catch (ScriptException e) {
        // The interface's methods declare no ScriptException: the Python error, unchecked.
        throw e.getCause() instanceof PythonException pe ? pe : new IllegalStateException(e);
      }
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
  }

  // A Python int comes back as Integer, Long or BigInteger; a primitive or boxed return type
  // asks for one of them.
  private static Object returned(Object value, Class<?> type) {
    if (value instanceof PyValue v && type != Object.class && type != PyValue.class
        && type != void.class) {
      return v.as(box(type));
    }
    if (value instanceof Number n && type != Object.class && !type.isInstance(value)) {
      Class<?> t = box(type);
      if (t == Long.class) {
        return n.longValue();
      } else if (t == Integer.class) {
        return n.intValue();
      } else if (t == Double.class) {
        return n.doubleValue();
      } else if (t == Float.class) {
        return n.floatValue();
      } else if (t == Short.class) {
        return n.shortValue();
      } else if (t == Byte.class) {
        return n.byteValue();
      }
    }
    return value;
  }

  private static Class<?> box(Class<?> t) {
    if (!t.isPrimitive()) {
      return t;
    }
    return switch (t.getName()) {
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "double" -> Double.class;
      case "float" -> Float.class;
      case "short" -> Short.class;
      case "byte" -> Byte.class;
      case "char" -> Character.class;
      case "boolean" -> Boolean.class;
      default -> Void.class;
    };
  }
}
