package dev.krait.core.embed;

import dev.krait.api.Code;
import dev.krait.api.PyValue;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonException;
import dev.krait.api.Source;
import dev.krait.core.imports.ImportConfig;
import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.stdlib.StdlibModules;
import dev.krait.core.vm.Frame;
import dev.krait.core.vm.HostCalls;
import dev.krait.core.vm.Interpreter;
import dev.krait.core.vm.ModuleLoader;
import dev.krait.core.vm.ThreadState;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One interpreter state: the {@code __main__} globals and, made on first use, the import state
 * ({@code sys.modules}, {@code sys.argv}, streams). Every entry point runs through {@link
 * #within}, which makes this context the calling thread's for the call and puts back the
 * previous one after, and turns every failure into a {@link PythonException}.
 */
final class KraitContext implements PythonContext, ThreadState.Owner {

  /** A piece of work that runs with the context current. */
  @FunctionalInterface
  interface Action<T> {
    /** Returns the result. */
    T run();
  }

  /**
   * A piece of work over two arguments that runs with the context current: a method reference
   * or a lambda that captures nothing, so that a hot entry point allocates no closure.
   */
  @FunctionalInterface
  interface Step<A, B, T> {
    /** Returns the result for {@code a} and {@code b}, run in {@code cx} on {@code ts}. */
    T run(KraitContext cx, ThreadState ts, A a, B b);
  }

  private static final VarHandle RUNNING;
  private static final VarHandle LAST_STATE;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      RUNNING = lookup.findVarHandle(KraitContext.class, "running", boolean.class);
      LAST_STATE = lookup.findVarHandle(KraitContext.class, "lastState", ThreadState.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** What {@link #call} found last: the function bound to a name while the globals stood. */
  private record CallCache(String name, PyObject function, long globalsChanges) {}

  private final KraitEngine engine;
  private final PyDict globals = new PyDict();
  private Writer out;
  private Writer err;
  private boolean outDirty;
  private boolean errDirty;
  private Reader in;
  private List<String> argv;
  private Imports imports;
  private PyDict builtins;
  private int recursionLimit;
  private KraitCode lastRun;
  // A rule function is called again and again: while the globals did not change, the function
  // found last is still the one bound to its name (one comparison instead of a dict lookup).
  private CallCache lastCall;
  // The globals' change count at markGlobals(), or -1 before the first mark.
  private long markedChanges = -1;
  // True while a call runs, on lastState's thread: written with release semantics (a boolean,
  // so no GC write barrier either), read by cancel() from any thread.
  private boolean running;
  // The state of the thread that called in last: most calls come from the same thread, and
  // checking its owner is cheaper than the thread-local read. Racy on purpose (each thread
  // checks that the state it reads is its own); written with release semantics when the thread
  // changes, read by cancel(); it may keep one ended Thread object reachable.
  private ThreadState lastState;
  private boolean closed;
  // The engine's cancel flag as the outermost call running now found it.
  private AtomicBoolean cancelFlag;

  KraitContext(KraitEngine engine, Writer out, Writer err, Reader in, List<String> argv) {
    this.engine = engine;
    this.out = out;
    this.err = err;
    this.in = in;
    this.argv = List.copyOf(argv);
    this.recursionLimit = engine.options().limits().maxRecursionDepth();
    globals.putStr("__name__", PyStr.of("__main__"));
    globals.putStr("__doc__", PyNone.NONE);
  }

  @Override
  public KraitEngine engine() {
    return engine;
  }

  /** Returns the import state, made on first use (a context that never imports makes none). */
  @Override
  public Imports imports() {
    Imports i = imports;
    if (i == null) {
      // sys.path is the engine's module path alone: an embedded script does not see the host's
      // working directory unless the host puts it there.
      ImportConfig config = new ImportConfig(engine.modulePath(),
          new ModuleLoader(builtins(), engine.codeCache()));
      i = new Imports(StdlibModules.BUILTIN, config, engine.stdout(), engine.stderr(), argv,
          () -> recursionLimit, this::setRecursionLimit);
      i.setIn(in);
      if (!engine.options().hostAccess().classLookups().isEmpty()) {
        i.modules().putStr("java", JavaModule.create(this));
      }
      imports = i;
    }
    return i;
  }

  @Override
  public AtomicBoolean cancelFlag() {
    return cancelFlag;
  }

  // The context's own builtins namespace, copied from the engine's on first use: a script that
  // rebinds a builtin (through an imported module's __builtins__, or exec) changes this context
  // only.
  private PyDict builtins() {
    PyDict b = builtins;
    if (b == null) {
      b = engine.builtins().copy();
      builtins = b;
    }
    return b;
  }

  private void setRecursionLimit(int limit) {
    ThreadState.current().setRecursionLimit(limit);
    recursionLimit = limit;
  }

  /**
   * Returns {@code action}'s result, run with this context current on the calling thread; a
   * Python exception, a stack overflow or an internal failure leaves as {@link
   * PythonException}, and the thread's previous state is back in place.
   */
  <T> T within(Action<T> action) {
    return within((cx, ts, a, unused) -> a.run(), action, null);
  }

  /** As {@link #within(Action)}, for {@code step} over {@code a} and {@code b}. */
  <A, B, T> T within(Step<A, B, T> step, A a, B b) {
    if (closed) {
      throw new IllegalStateException("the context is closed");
    }
    ThreadState ts = lastState;
    if (ts == null || !ts.isCurrentThread()) {
      ts = ThreadState.current();
      LAST_STATE.setRelease(this, ts);
    }
    ThreadState.Owner previous = ts.context();
    if (previous == this) {
      // Re-entered from Java code a script of this context called: the state is in place.
      return translating(step, ts, a, b);
    }
    int previousLimit = ts.recursionLimit();
    PyObject previousHandled = ts.handled();
    AtomicBoolean flag = engine.cancelFlag();
    if (cancelFlag != flag) {
      // The engine's flag when the call starts: engine.cancel() stops the calls running then.
      cancelFlag = flag;
    }
    ts.install(this, recursionLimit);
    RUNNING.setRelease(this, true);
    try {
      return translating(step, ts, a, b);
    } finally {
      RUNNING.setRelease(this, false);
      ts.restore(previous, previousLimit, previousHandled);
      if (outDirty || errDirty) {
        flushQuietly();
      }
    }
  }

  /** Writes {@code s} to this context's stderr ({@code err}) or stdout Writer. */
  void write(boolean toErr, String s) {
    try {
      if (toErr) {
        err.write(s);
        errDirty = true;
      } else {
        out.write(s);
        outDirty = true;
      }
    } catch (IOException e) {
      throw PyErrors.make(PyErrors.OS_ERROR, String.valueOf(e.getMessage()));
    }
  }

  /** Flushes this context's stderr ({@code err}) or stdout Writer. */
  void flush(boolean toErr) {
    try {
      if (toErr) {
        err.flush();
        errDirty = false;
      } else {
        out.flush();
        outDirty = false;
      }
    } catch (IOException e) {
      throw PyErrors.make(PyErrors.OS_ERROR, String.valueOf(e.getMessage()));
    }
  }

  // After each call, so the host sees the output; the call is over, so a Writer that cannot
  // flush loses what it buffered, as a closed pipe would.
  private void flushQuietly() {
    try {
      if (outDirty) {
        outDirty = false;
        out.flush();
      }
      if (errDirty) {
        errDirty = false;
        err.flush();
      }
    } catch (IOException e) {
      // See above.
    }
  }

  private <A, B, T> T translating(Step<A, B, T> step, ThreadState ts, A a, B b) {
    try {
      return step.run(this, ts, a, b);
    } catch (PyException e) {
      throw Errors.toHost(e, this);
    } catch (StackOverflowError e) {
      throw Errors.toHost(Errors.recursion(), this);
    } catch (PythonException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Errors.toHost(Errors.internal(e), this);
    }
  }

  /** Returns the lines of source file {@code name} when this context or its engine ran it. */
  String[] sourceLines(String name) {
    KraitCode last = lastRun;
    if (last != null && last.source().name().equals(name)) {
      return last.lines();
    }
    return engine.cachedLines(name);
  }

  @Override
  public void exec(String source) {
    run(engine.compile(Source.of(source)));
  }

  @Override
  public void exec(Source source) {
    run(engine.compile(source));
  }

  @Override
  public Object eval(String source) {
    return run(engine.compile(Source.of(source)));
  }

  @Override
  public Object eval(Source source) {
    return run(engine.compile(source));
  }

  @Override
  public Object run(Code code) {
    if (!(code instanceof KraitCode k)) {
      throw new IllegalArgumentException("not code compiled by a Krait engine: " + code);
    }
    if (lastRun != k) {
      // Mostly the same code again: no reference store (and no GC write barrier) then.
      lastRun = k;
    }
    return within(KraitContext::runCode, k, null);
  }

  private Object runCode(ThreadState ts, KraitCode k, Object unused) {
    return Conversions.toJava(
        Interpreter.execute(Frame.forModule(k.code(), globals, builtins()), ts), this);
  }

  @Override
  public PyValue importModule(String name) {
    Objects.requireNonNull(name, "name");
    return within(() -> new PyValueHandle(imports().importModule(name), this));
  }

  @Override
  public Object get(String name) {
    PyObject v = globals.getStr(name);
    return v == null ? null : within(() -> Conversions.toJava(v, this));
  }

  @Override
  public PyValue getValue(String name) {
    PyObject v = globals.getStr(name);
    return v == null ? null : new PyValueHandle(v, this);
  }

  @Override
  public boolean contains(String name) {
    return globals.getStr(name) != null;
  }

  @Override
  public void set(String name, Object value) {
    Objects.requireNonNull(name, "name");
    globals.putStr(name, Conversions.toPython(value, this));
  }

  @Override
  public void remove(String name) {
    globals.delStr(name);
  }

  @Override
  public void markGlobals() {
    markedChanges = globals.changes();
  }

  @Override
  public boolean globalsChanged() {
    // The dict counts every store, insertion and deletion: one comparison, no pass.
    return markedChanges < 0 || globals.changes() != markedChanges;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Map<String, Object> globals() {
    // The keys of a module's globals are str: the view's keys are Strings.
    return (Map) new MapView(globals, this);
  }

  @Override
  public Object call(String name, Object... args) {
    return within(KraitContext::callNamed, name, args);
  }

  private Object callNamed(ThreadState ts, String name, Object[] args) {
    PyObject f = function(name);
    // One or two arguments (a rule's usual shape) go straight into the frame.
    int n = args == null ? 0 : args.length;
    PyObject result = n == 2
        ? HostCalls.call2(ts, f, Conversions.toPython(args[0], this),
            Conversions.toPython(args[1], this))
        : n == 1 ? HostCalls.call1(ts, f, Conversions.toPython(args[0], this))
        : Abstract.call(f, toPython(args));
    return Conversions.toJava(result, this);
  }

  // The global (or builtin) name: the function call(name) found last while the globals have
  // not changed since (an unchanged count means every name is bound to the same object).
  private PyObject function(String name) {
    CallCache last = lastCall;
    if (last != null && last.globalsChanges() == globals.changes() && name.equals(last.name())) {
      return last.function();
    }
    PyObject f = globals.getStr(name);
    if (f != null) {
      lastCall = new CallCache(name, f, globals.changes());
      return f;
    }
    f = builtins().getStr(name);
    if (f == null) {
      throw PyErrors.make(PyErrors.NAME_ERROR, "name '" + name + "' is not defined");
    }
    return f;
  }

  /** Returns {@code args} converted to Python. */
  PyObject[] toPython(Object[] args) {
    if (args == null) {
      return new PyObject[0];
    }
    PyObject[] a = new PyObject[args.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = Conversions.toPython(args[i], this);
    }
    return a;
  }

  @Override
  public PyValue toPython(Object value) {
    return new PyValueHandle(Conversions.toPython(value, this), this);
  }

  @Override
  public <T> T asInterface(Class<T> type) {
    if (!type.isInterface()) {
      throw new IllegalArgumentException(type + " is not an interface");
    }
    for (Method m : type.getMethods()) {
      if (!m.isDefault() && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
          && !JavaMembers.isObjectMethod(m)) {
        PyObject f = globals.getStr(m.getName());
        if (f == null || f.type().lookup("__call__") == null) {
          return null;
        }
      }
    }
    return Proxies.ofGlobals(globals, type, this);
  }

  @Override
  public Writer out() {
    return out;
  }

  @Override
  public void setOut(Writer w) {
    flushQuietly();
    out = Objects.requireNonNull(w, "out");
  }

  @Override
  public Writer err() {
    return err;
  }

  @Override
  public void setErr(Writer w) {
    flushQuietly();
    err = Objects.requireNonNull(w, "err");
  }

  @Override
  public Reader in() {
    return in;
  }

  @Override
  public void setIn(Reader r) {
    this.in = Objects.requireNonNull(r, "in");
    if (imports != null) {
      imports.setIn(r);
    }
  }

  @Override
  public List<String> argv() {
    return argv;
  }

  @Override
  public void setArgv(List<String> newArgv) {
    List<String> a = List.copyOf(newArgv);
    this.argv = a;
    if (imports != null) {
      within(() -> {
        PyList list = new PyList();
        for (String s : a) {
          list.append(PyStr.of(s));
        }
        Abstract.setAttr(imports.importModule("sys"), "argv", list);
        return null;
      });
    }
  }

  @Override
  public void cancel() {
    if ((boolean) RUNNING.getAcquire(this)) {
      // A run that ends meanwhile leaves the request on its thread's state, where the next
      // run's install forgets it.
      ThreadState ts = (ThreadState) LAST_STATE.getAcquire(this);
      if (ts != null) {
        ts.requestCancel();
      }
    }
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "PythonContext@" + Integer.toHexString(System.identityHashCode(this));
  }
}
