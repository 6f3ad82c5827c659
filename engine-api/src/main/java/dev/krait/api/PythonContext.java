package dev.krait.api;

import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * One Python interpreter state: a {@code __main__} module with its globals and its own {@code
 * sys.modules}, {@code sys.argv} and streams, over the code and builtins its {@link PythonEngine}
 * shares. Creating one is cheap (microseconds, a few kilobytes); two contexts never see each
 * other's modules, globals or output.
 *
 * <p>A context is used by one thread at a time (for the duration of a call it becomes the calling
 * thread's interpreter state); different contexts run in parallel on different threads.
 * Arguments and results follow the conversion table of {@link PyValue}: Java {@code null},
 * {@code Boolean}, {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, {@code
 * String}, {@code byte[]}, {@code List}, {@code Map}, {@code Set} become Python {@code None},
 * {@code bool}, {@code int}, {@code float}, {@code str}, {@code bytes}, {@code list}, {@code
 * dict}, {@code set} and back; other Java objects enter as themselves.
 *
 * <pre>{@code
 * try (PythonContext cx = engine.newContext()) {
 *   cx.set("order", order);                          // a Java object, identity kept
 *   cx.exec("big = order.total > 100");              // calls order.getTotal()
 *   boolean big = (Boolean) cx.get("big");
 *   Object n = cx.eval("len([1, 2, 3])");           // Integer 3
 *   cx.exec("def greet(name): return 'hi ' + name");
 *   Object s = cx.call("greet", "Ann");              // "hi Ann"
 * }
 * }</pre>
 */
public interface PythonContext extends AutoCloseable {

  /** Returns the engine that made this context. */
  PythonEngine engine();

  /**
   * Runs {@code source} as the body of {@code __main__}, raising {@link PythonSyntaxError} or
   * {@link PythonException}.
   */
  void exec(String source);

  /** As {@link #exec(String)}, for a named source (its name appears in tracebacks). */
  void exec(Source source);

  /**
   * Runs {@code source} in {@code __main__} and returns the value of its last statement when that
   * is an expression statement, converted to Java; else null.
   */
  Object eval(String source);

  /** As {@link #eval(String)}, for a named source. */
  Object eval(Source source);

  /**
   * Runs compiled {@code code} in {@code __main__} and returns, as {@link #eval(String)}, the
   * value of its last statement when that is an expression, converted to Java; else null.
   */
  Object run(Code code);

  /** Returns the module {@code name}, imported into this context's {@code sys.modules}. */
  PyValue importModule(String name);

  /**
   * Returns the global {@code name} of {@code __main__} converted to Java, or null when it is
   * {@code None} or not bound (tell them apart with {@link #contains(String)}).
   */
  Object get(String name);

  /** Returns the global {@code name} of {@code __main__} as a handle, or null when not bound. */
  PyValue getValue(String name);

  /** Returns true when {@code __main__} binds {@code name}. */
  boolean contains(String name);

  /** Binds the global {@code name} of {@code __main__} to {@code value} converted to Python. */
  void set(String name, Object value);

  /** Unbinds the global {@code name} of {@code __main__}; does nothing when it is not bound. */
  void remove(String name);

  /**
   * Returns a live view of the globals of {@code __main__}: reads convert values to Java, writes
   * convert them to Python, and changes show both ways.
   */
  Map<String, Object> globals();

  /**
   * Calls the global callable {@code name} of {@code __main__} with {@code args} converted to
   * Python and returns its result converted to Java. Raises {@link PythonException} of type
   * {@code NameError} when {@code name} is not bound.
   */
  Object call(String name, Object... args);

  /** Returns {@code value} converted to Python, as a handle usable with this context. */
  PyValue toPython(Object value);

  /**
   * Remembers the objects the globals of {@code __main__} are bound to now, for {@link
   * #globalsChanged()}. A host that keeps its own map in step with the globals (the JSR-223
   * engine does) marks them after it copied its values in, and after a run skips its scan when
   * nothing changed. Costs a read of the globals' change count; the default does nothing.
   */
  default void markGlobals() {}

  /**
   * Returns true when a global of {@code __main__} was bound, rebound or unbound since the last
   * {@link #markGlobals()}, or when there was none; false means every name is bound to the very
   * object it was bound to then. The default always returns true.
   */
  default boolean globalsChanged() {
    return true;
  }

  /**
   * Returns an implementation of {@code type} whose methods call the global functions of
   * {@code __main__} of the same names, or null when one of the interface's abstract methods
   * has no such callable.
   */
  <T> T asInterface(Class<T> type);

  /** Returns where {@code print} and {@code sys.stdout} write. */
  Writer out();

  /** Makes {@code print} and {@code sys.stdout} write to {@code out} from the next call on. */
  void setOut(Writer out);

  /** Returns where {@code sys.stderr} writes. */
  Writer err();

  /** Makes {@code sys.stderr} write to {@code err} from the next call on. */
  void setErr(Writer err);

  /** Returns where {@code input()} and {@code sys.stdin} read. */
  Reader in();

  /** Makes {@code input()} and {@code sys.stdin} read from {@code in} from the next call on. */
  void setIn(Reader in);

  /** Returns this context's {@code sys.argv}. */
  List<String> argv();

  /** Sets this context's {@code sys.argv}. */
  void setArgv(List<String> argv);

  /**
   * Asks the script running in this context to stop: it ends with a {@link PythonException} of
   * type {@code KeyboardInterrupt}. Safe to call from any thread; the context stays usable.
   */
  void cancel();

  /** Closes the context: later calls fail with {@link IllegalStateException}. */
  @Override
  void close();

  /**
   * Makes a {@link PythonContext} with its own streams and {@code sys.argv}; anything not set
   * is the engine's.
   *
   * <pre>{@code
   * StringWriter out = new StringWriter();
   * try (PythonContext cx = engine.contextBuilder().out(out).argv(List.of("job.py", "-v")).build()) {
   *   cx.exec("import sys; print(sys.argv)");
   * }
   * }</pre>
   */
  interface Builder {

    /** Sets where {@code print} and {@code sys.stdout} write. */
    Builder out(Writer out);

    /** Sets where {@code sys.stderr} writes. */
    Builder err(Writer err);

    /** Sets where {@code input()} and {@code sys.stdin} read. */
    Builder in(Reader in);

    /** Sets {@code sys.argv}; {@code ['']} by default, as CPython's {@code -c}. */
    Builder argv(List<String> argv);

    /** Returns the new context. */
    PythonContext build();
  }
}
