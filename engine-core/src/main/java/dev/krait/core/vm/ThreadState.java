package dev.krait.core.vm;

import dev.krait.core.builtins.InputFunction;
import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicBoolean;
import dev.krait.core.runtime.PyType;
import dev.krait.core.stdlib.StdlibModules;

/**
 * What the VM keeps per thread: the frame running, the Python recursion depth and its limit
 * ({@code sys.getrecursionlimit()}), and the exception being handled ({@code sys.exc_info()}).
 */
public final class ThreadState {

  // A thread runs one script at a time; builtins and slots reached from Java (a Python function
  // called through Abstract.call) find the running thread's state here.
  private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

  static {
    // A class first initialized on an exhausted Java stack fails for good (every later use
    // throws NoClassDefFoundError), so what raising RecursionError needs is initialized now.
    for (Class<?> c : new Class<?>[] {
      PyTraceback.class, PyException.class, PyBaseException.class, PyErrors.class, Ops.class
    }) {
      try {
        Class.forName(c.getName(), true, c.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    StdlibModules.handledExceptionSource(() -> current().handled);
    InputFunction.setSysAttributes(name -> {
      Imports imports = current().imports();
      return imports == null ? null : imports.sysAttr(name);
    });
  }

  /** The default of {@code sys.getrecursionlimit()}. */
  public static final int DEFAULT_RECURSION_LIMIT = 1000;

  // The thread whose state this is (the thread-local's initial value is made on it).
  private final Thread thread = Thread.currentThread();
  Frame frame;
  int depth;
  int recursionLimit = DEFAULT_RECURSION_LIMIT;
  /** The exception an {@code except} or {@code finally} block is handling, or null. */
  PyObject handled;
  /**
   * The import state ({@code sys.modules}) of a script run with no embedding context (the
   * command line), or null; an embedding context's own is read through {@link #owner}.
   */
  Imports imports;
  /** The embedding context running on this thread, or null (its imports replace the field's). */
  private Owner owner;
  /** Set by another thread to stop the running script at its next backward jump. */
  private boolean cancelRequested;

  private static final VarHandle CANCEL_REQUESTED;

  static {
    // type(name, bases, dict) takes __module__ from the calling frame's globals.
    PyType.setCallerGlobals(() -> {
      Frame f = current().frame;
      return f == null ? null : f.globals;
    });
    try {
      CANCEL_REQUESTED = MethodHandles.lookup()
          .findVarHandle(ThreadState.class, "cancelRequested", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Returns the calling thread's state. */
  public static ThreadState current() {
    return CURRENT.get();
  }

  /**
   * Returns true when this is the calling thread's state: what a caller that remembers the
   * state it used last checks, cheaper than the thread-local read of {@link #current()}.
   */
  public boolean isCurrentThread() {
    return thread == Thread.currentThread();
  }

  /** Returns the recursion limit. */
  public int recursionLimit() {
    return recursionLimit;
  }

  /** Sets the recursion limit, as {@code sys.setrecursionlimit}. */
  public void setRecursionLimit(int limit) {
    if (limit < 1) {
      throw PyErrors.valueError("recursion limit must be greater or equal than 1");
    }
    recursionLimit = limit;
  }

  /**
   * An embedding context as the VM sees it while it runs on a thread: what {@link #install}
   * makes current, in one reference (one store per call into the context).
   */
  public interface Owner {
    /** Returns the context's import state ({@code sys.modules}, streams). */
    Imports imports();

    /** Returns the engine-wide cancel flag (set: stop), or null. */
    AtomicBoolean cancelFlag();
  }

  /** Returns the import state of the context running on this thread, or null. */
  public Imports imports() {
    Owner o = owner;
    return o != null ? o.imports() : imports;
  }

  /** Returns the exception an {@code except} or {@code finally} block is handling, or null. */
  public PyObject handled() {
    return handled;
  }

  /** Returns the embedding context running on this thread, or null. */
  public Owner context() {
    return owner;
  }

  /**
   * Makes an embedding context current on this thread for one call into it: the context (its
   * import state and cancel flag), its recursion limit, no exception being handled. {@link
   * #restore} puts back what was current.
   */
  public void install(Owner context, int contextRecursionLimit) {
    CANCEL_REQUESTED.setOpaque(this, false);
    owner = context;
    recursionLimit = contextRecursionLimit;
    if (handled != null) {
      handled = null;
    }
  }

  /** Puts back the state {@link #install} replaced (null: no context). */
  public void restore(Owner previous, int previousRecursionLimit, PyObject previousHandled) {
    owner = previous;
    recursionLimit = previousRecursionLimit;
    if (handled != previousHandled) {
      handled = previousHandled;
    }
  }

  /**
   * Asks the script running on this thread to stop: from any thread, it raises KeyboardInterrupt
   * at the script's next backward jump. {@link #install} forgets an earlier request.
   */
  public void requestCancel() {
    CANCEL_REQUESTED.setOpaque(this, true);
  }

  /** Raises KeyboardInterrupt when a cancel was requested or the Java thread was interrupted. */
  void checkInterrupt() {
    Owner o = owner;
    AtomicBoolean all = o == null ? null : o.cancelFlag();
    if ((boolean) CANCEL_REQUESTED.getOpaque(this) || (all != null && all.getOpaque())) {
      CANCEL_REQUESTED.setOpaque(this, false);
      throw PyErrors.make(PyErrors.KEYBOARD_INTERRUPT);
    }
    if (Thread.interrupted()) {
      throw PyErrors.make(PyErrors.KEYBOARD_INTERRUPT);
    }
  }

  /** Pushes {@code f} as the running frame, raising RecursionError beyond the limit. */
  /**
   * Pushes {@code f} as the running frame, raising RecursionError beyond the limit and
   * KeyboardInterrupt when the thread was interrupted.
   */
  // Calls entered on this thread, counted to check for interrupts now and then.
  private int calls;

  void enter(Frame f) {
    if (++depth > recursionLimit) {
      --depth;
      throw PyErrors.make(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
    if ((++calls & 0xff) == 0) {
      // Every 256 calls, as backward jumps every 1,024: code that only calls is stopped too.
      try {
        checkInterrupt();
      } catch (PyException e) {
        --depth;
        throw e;
      }
    }
    frame = f;
  }

  /** Pops {@code f}. */
  void leave(Frame f) {
    depth--;
    frame = f.back;
  }

  /** Returns to a clean state after a script ends (the next one starts afresh). */
  void reset() {
    frame = null;
    depth = 0;
    handled = null;
    imports = null;
    owner = null;
    recursionLimit = DEFAULT_RECURSION_LIMIT;
  }
}
