package dev.krait.core.embed;

import dev.krait.api.PythonException;
import dev.krait.api.PythonSyntaxError;
import dev.krait.core.ast.Mod;
import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SyntaxError;
import dev.krait.core.vm.Frame;
import dev.krait.core.vm.Interpreter;
import dev.krait.core.vm.ThreadState;
import dev.krait.core.vm.PyTraceback;
import dev.krait.core.vm.Tracebacks;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Errors across the API boundary, both ways: a Python exception (or a Java failure inside the
 * VM) becomes the host's {@link PythonException}; a Java exception thrown by host code becomes a
 * Python exception of a type named after its Java class, which keeps the Java exception.
 */
final class Errors {

  private Errors() {}

  /** The attribute of a Python exception that holds the Java exception it stands for. */
  static final String JAVA_EXCEPTION = "java_exception";

  /** Returns the host's view of Python exception {@code e} raised in context {@code cx}. */
  static PythonException toHost(PyException e, KraitContext cx) {
    PyBaseException v = e.value();
    List<PythonException.Frame> frames = new ArrayList<>();
    if (v.traceback() instanceof PyTraceback tb) {
      for (PyTraceback t = tb; t != null; t = t.next()) {
        int column = t.column();
        frames.add(new PythonException.Frame(t.code().filename(), t.line(),
            column < 0 ? 0 : column + 1, t.code().name()));
      }
    }
    List<String> typeNames = new ArrayList<>();
    for (PyType t : v.type().mro()) {
      typeNames.add(t.name());
    }
    Function<String, String[]> sources = cx == null ? f -> null : cx::sourceLines;
    String traceback;
    String message;
    try {
      traceback = Tracebacks.format(v, sources);
      message = Abstract.str(v).value();
    } catch (PyException | StackOverflowError failed) {
      message = "<exception str() failed>";
      traceback = v.type().name() + ": " + message + "\n";
    }
    return new PythonException(qualifiedName(v.type()), typeNames, message, frames, traceback,
        cx == null ? null : new PyValueHandle(v, cx), javaCause(v));
  }

  private static String qualifiedName(PyType t) {
    String module = t.module();
    return module.equals("builtins") || module.equals("__main__")
        ? t.qualname() : module + "." + t.qualname();
  }

  // The Java exception that started it: on the exception or along its cause/context chain.
  private static Throwable javaCause(PyBaseException v) {
    Map<PyObject, Boolean> seen = new IdentityHashMap<>();
    for (PyObject e = v; e instanceof PyBaseException b && seen.put(b, true) == null;
        e = b.cause() != null ? b.cause() : b.context()) {
      PyDict d = b.dict();
      PyObject j = d == null ? null : d.getStr(JAVA_EXCEPTION);
      if (j instanceof PyJavaObject o && o.target() instanceof Throwable t) {
        return t;
      }
    }
    return null;
  }

  /** Returns the host's view of a source that does not compile. */
  static PythonSyntaxError syntaxError(SyntaxError e) {
    return new PythonSyntaxError(e.type(), e.msg(), e.filename(), e.line(), e.column(),
        e.endLine(), e.endColumn(), e.text(), Tracebacks.syntaxError(e));
  }

  /** Returns a Python RecursionError for a Java stack overflow outside the VM's loop. */
  static PyException recursion() {
    return PyErrors.make(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded");
  }

  /** Returns a Python SystemError for a Java failure in the engine (a bug). */
  static PyException internal(Throwable t) {
    return PyErrors.make(PyErrors.SYSTEM_ERROR, "internal error: " + t);
  }

  /**
   * Returns the Python exception for {@code t}, thrown by host code a script called: the
   * original Python exception when {@code t} carries one back, RecursionError for a stack
   * overflow, else an instance of the engine's type for {@code t}'s class (named like {@code
   * java.lang.IllegalStateException}, a subclass of {@code Exception}) whose {@code
   * java_exception} attribute is {@code t}.
   */
  static PyException fromJava(Throwable t, KraitContext cx) {
    if (t instanceof PyException pe) {
      return pe;
    }
    if (t instanceof PythonException pe && pe.pythonValue() instanceof PyValueHandle h
        && h.object() instanceof PyBaseException b) {
      return new PyException(b);
    }
    if (t instanceof StackOverflowError) {
      return recursion();
    }
    PyType type = cx.engine().javaExceptionType(t.getClass());
    String message = t.getMessage();
    PyObject[] args = message == null ? new PyObject[0] : new PyObject[] {PyStr.of(message)};
    PyBaseException e = (PyBaseException) Abstract.call(type, args);
    e.dict().putStr(JAVA_EXCEPTION, new PyJavaObject(t, cx));
    return new PyException(e);
  }

  /**
   * Returns a new Python exception type for Java class {@code c}: {@code c}'s simple name in a
   * module named by its package, a subclass of {@code base}. It is made by running a {@code
   * class} statement, as a script would.
   */
  static PyType newJavaExceptionType(Class<?> c, PyType base, PyDict builtins) {
    String name = c.getSimpleName().isEmpty() ? "JavaException" : c.getSimpleName();
    name = name.replaceAll("[^A-Za-z0-9_]", "_");
    PyDict ns = new PyDict();
    ns.putStr("__name__", PyStr.of(c.getPackageName()));
    ns.putStr("base", base);
    String text = "class " + name + "(base):\n    pass\n";
    Mod.Module module = Parser.parseModule(text, "<java>");
    CodeObject code = Compiler.compileModule(module, "<java>", new LineMap(text));
    Interpreter.execute(Frame.forModule(code, ns, builtins), ThreadState.current());
    return (PyType) ns.getStr(name);
  }
}
