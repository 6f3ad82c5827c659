package dev.krait.core.vm;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;

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
  }

  /** The default of {@code sys.getrecursionlimit()}. */
  public static final int DEFAULT_RECURSION_LIMIT = 1000;

  Frame frame;
  int depth;
  int recursionLimit = DEFAULT_RECURSION_LIMIT;
  /** The exception an {@code except} or {@code finally} block is handling, or null. */
  PyObject handled;
  /** The import state ({@code sys.modules}) of the context running on this thread, or null. */
  Imports imports;

  /** Returns the calling thread's state. */
  public static ThreadState current() {
    return CURRENT.get();
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

  /** Pushes {@code f} as the running frame, raising RecursionError beyond the limit. */
  void enter(Frame f) {
    if (++depth > recursionLimit) {
      --depth;
      throw PyErrors.make(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded");
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
  }
}
