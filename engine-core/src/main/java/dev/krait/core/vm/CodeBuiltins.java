package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.ArgParser;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyBuiltinFunction;
import dev.krait.core.runtime.PyByteArray;
import dev.krait.core.runtime.PyBytes;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SourceDecoder;
import dev.krait.core.syntax.SyntaxError;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The builtins that need the compiler or the running frame: {@code compile}, {@code exec},
 * {@code eval}, {@code globals}, {@code locals}, {@code vars} and {@code dir}.
 */
final class CodeBuiltins {

  private CodeBuiltins() {}

  private static final String[] COMPILE_PARAMS = {
    "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"
  };

  /** Adds the functions to {@code builtins}. */
  static void install(PyDict builtins) {
    fn(builtins, "compile", CodeBuiltins::compile);
    fn(builtins, "exec", (a, k) -> run("exec", a, k));
    fn(builtins, "eval", (a, k) -> run("eval", a, k));
    fn(builtins, "globals", (a, k) -> {
      noArgs("globals", a, k);
      return caller().globals;
    });
    fn(builtins, "locals", (a, k) -> {
      noArgs("locals", a, k);
      return locals(caller());
    });
    fn(builtins, "vars", CodeBuiltins::vars);
    fn(builtins, "dir", CodeBuiltins::dir);
  }

  private static void fn(PyDict builtins, String name, PyBuiltinFunction.Body body) {
    builtins.putStr(name, new PyBuiltinFunction(name, body));
  }

  private static void noArgs(String name, PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError(name + "() takes no keyword arguments");
    }
    if (args.length > 0) {
      throw PyErrors.typeError(name + "() takes no arguments (" + args.length + " given)");
    }
  }

  /** Returns the Python frame that called the builtin running now. */
  private static Frame caller() {
    Frame f = ThreadState.current().frame;
    if (f == null) {
      throw PyErrors.make(PyErrors.SYSTEM_ERROR, "no Python frame is running");
    }
    return f;
  }

  /**
   * Returns the locals of {@code f} as a dict: the namespace of a module or class body, else a
   * snapshot of its fast locals and cells (unbound ones left out), as CPython's {@code locals()}.
   */
  static PyDict locals(Frame f) {
    if (f.locals != null) {
      return f.locals;
    }
    PyDict d = new PyDict();
    CodeObject code = f.code;
    for (int slot = 0; slot < code.localsPlusSize(); slot++) {
      PyObject v = f.fast[slot];
      if (v instanceof PyCell c && code.isCellOrFree(slot)) {
        v = c.get();
      }
      if (v != null) {
        d.putStr(code.slotName(slot), v);
      }
    }
    return d;
  }

  // ---- compile, exec, eval ----

  // compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
  private static PyObject compile(PyObject[] args, String[] kw) {
    PyObject[] a = ArgParser.parse("compile", args, kw, COMPILE_PARAMS, 3, false);
    String filename = Abstract.str(a[1]).value();
    if (!(a[2] instanceof PyStr m)) {
      throw PyErrors.typeError(
          "compile() argument 'mode' must be str, not " + a[2].type().name());
    }
    String mode = m.value();
    if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
      throw PyErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (a[3] != null && Abstract.index(a[3]).longValue() != 0) {
      throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
          "compile() flags are not supported (there is no ast module yet)");
    }
    if (a[0] instanceof CodeObject code) {
      return code;
    }
    String text = sourceText("compile", a[0]);
    if (mode.equals("single")) {
      throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
          "compile() mode 'single' (interactive statements) is not implemented");
    }
    return compileText(text, filename, mode.equals("eval"));
  }

  /** Returns the source text of a str, bytes or bytearray argument of compile/exec/eval. */
  private static String sourceText(String fn, PyObject source) {
    if (source instanceof PyStr s) {
      String text = s.value();
      if (text.indexOf('\0') >= 0) {
        throw PyErrors.make(PyErrors.SYNTAX_ERROR, "source code string cannot contain null bytes");
      }
      return text;
    }
    byte[] bytes;
    if (source instanceof PyBytes b) {
      bytes = b.toArray();
    } else if (source instanceof PyByteArray b) {
      bytes = b.toArray();
    } else {
      String what = fn.equals("compile") ? "string, bytes or AST object"
          : "string, bytes or code object";
      throw PyErrors.typeError(fn + "() arg 1 must be a " + what);
    }
    for (byte x : bytes) {
      if (x == 0) {
        throw PyErrors.make(PyErrors.SYNTAX_ERROR, "source code string cannot contain null bytes");
      }
    }
    try {
      return SourceDecoder.decode(bytes, "<string>");
    } catch (SyntaxError e) {
      throw toPython(e);
    }
  }

  /** Compiles {@code text} as a module or (with {@code eval}) an expression. */
  static CodeObject compileText(String text, String filename, boolean eval) {
    try {
      if (eval) {
        return Compiler.compileExpression(
            Parser.parseExpression(text, filename), filename, new LineMap(text));
      }
      return Compiler.compileModule(
          Parser.parseModule(text, filename), filename, new LineMap(text));
    } catch (SyntaxError e) {
      throw toPython(e);
    }
  }

  /** Returns the Python {@code SyntaxError} (or subclass) of a compile error. */
  static PyException toPython(SyntaxError e) {
    PyType type = switch (e.type()) {
      case "IndentationError" -> PyErrors.INDENTATION_ERROR;
      case "TabError" -> PyErrors.TAB_ERROR;
      default -> PyErrors.SYNTAX_ERROR;
    };
    PyObject text = e.text() == null ? PyNone.NONE : PyStr.of(e.text());
    PyTuple details = PyTuple.of(
        PyStr.of(e.filename()), PyInt.of(e.line()), PyInt.of(e.column()), text,
        PyInt.of(e.endLine()), PyInt.of(e.endColumn()));
    PyObject exc = Abstract.call(type, PyStr.of(e.msg()), details);
    return new PyException((PyBaseException) exc);
  }

  // exec(source, globals=None, locals=None, /, *, closure=None); eval(source, globals, locals, /)
  private static PyObject run(String fn, PyObject[] args, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    if (nkw > 0) {
      throw PyErrors.typeError(fn + "() takes no keyword arguments");
    }
    if (args.length < 1 || args.length > 3) {
      throw PyErrors.typeError(args.length < 1
          ? fn + " expected at least 1 argument, got 0"
          : fn + " expected at most 3 arguments, got " + args.length);
    }
    PyObject source = args[0];
    PyObject g = args.length > 1 ? args[1] : PyNone.NONE;
    PyObject l = args.length > 2 ? args[2] : PyNone.NONE;
    if (g != PyNone.NONE && !(g instanceof PyDict)) {
      throw PyErrors.typeError(fn.equals("exec")
          ? "exec() globals must be a dict, not " + g.type().name()
          : "globals must be a dict");
    }
    if (l != PyNone.NONE && !(l instanceof PyDict)) {
      if (Abstract.lookupAttr(l, "__getitem__") == null) {
        throw PyErrors.typeError(fn.equals("exec")
            ? "locals must be a mapping or None, not " + l.type().name()
            : "locals must be a mapping");
      }
      throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
          fn + "() with a locals mapping that is not a dict is not implemented");
    }
    Frame caller = caller();
    PyDict globals;
    PyDict locals;
    if (g == PyNone.NONE) {
      globals = caller.globals;
      locals = l == PyNone.NONE ? locals(caller) : (PyDict) l;
    } else {
      globals = (PyDict) g;
      locals = l == PyNone.NONE ? globals : (PyDict) l;
    }
    PyDict builtins = builtinsOf(globals, caller.builtins);
    CodeObject code;
    if (source instanceof CodeObject c) {
      if (!c.freevars().isEmpty()) {
        throw PyErrors.typeError("code object passed to " + fn + "() may not contain free variables");
      }
      code = c;
    } else {
      String text = sourceText(fn, source);
      if (fn.equals("eval")) {
        text = stripLeadingBlanks(text);
      }
      code = compileText(text, "<string>", fn.equals("eval"));
    }
    ThreadState ts = ThreadState.current();
    PyObject result = Interpreter.execute(
        new Frame(code, null, globals, builtins, locals, ts.frame), ts);
    return fn.equals("exec") ? PyNone.NONE : result;
  }

  /**
   * Returns the builtins code run with {@code globals} sees: its {@code __builtins__} entry (a
   * dict or a module), else {@code current}, which is then stored there as CPython does.
   */
  private static PyDict builtinsOf(PyDict globals, PyDict current) {
    PyObject b = globals.getStr("__builtins__");
    if (b instanceof PyDict d) {
      return d;
    }
    if (b instanceof PyModule m && m.dict() != null) {
      return m.dict();
    }
    if (b == null) {
      globals.putStr("__builtins__", current);
    }
    return current;
  }

  // eval() ignores leading spaces and tabs, as CPython does.
  private static String stripLeadingBlanks(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(i);
  }

  // ---- vars, dir ----

  private static PyObject vars(PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError("vars() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError("vars expected at most 1 argument, got " + args.length);
    }
    if (args.length == 0) {
      return locals(caller());
    }
    PyObject d = Abstract.lookupAttr(args[0], "__dict__");
    if (d == null) {
      throw PyErrors.typeError("vars() argument must have __dict__ attribute");
    }
    return d;
  }

  private static PyObject dir(PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError("dir() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError("dir expected at most 1 argument, got " + args.length);
    }
    PyList names;
    if (args.length == 0) {
      names = PyList.of(locals(caller()).keys());
    } else {
      PyObject o = args[0];
      PyObject listed = o.type().lookup("__dir__") != null
          ? Abstract.callMethod(o, "__dir__")
          : defaultDir(o);
      names = new PyList();
      PyObject it = Abstract.iter(listed);
      for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
        names.append(x);
      }
    }
    Abstract.callMethod(names, "sort");
    return names;
  }

  /**
   * Returns {@code object.__dir__}'s answer (for a type, {@code type.__dir__}'s; for a module,
   * its namespace): the instance's {@code __dict__} keys and those of every class in the MRO.
   */
  static PyList defaultDir(PyObject o) {
    Set<String> names = new LinkedHashSet<>();
    if (o instanceof PyModule m) {
      addKeys(names, m.dict());
    } else if (o instanceof PyType t) {
      addClassKeys(names, t);
    } else {
      addKeys(names, o.dict());
      addClassKeys(names, o.type());
    }
    PyList out = new PyList();
    for (String n : names) {
      out.append(PyStr.of(n));
    }
    return out;
  }

  private static void addKeys(Set<String> names, PyDict d) {
    if (d == null) {
      return;
    }
    for (PyObject k : d.keys()) {
      if (k instanceof PyStr s) {
        names.add(s.value());
      }
    }
  }

  private static void addClassKeys(Set<String> names, PyType t) {
    for (PyType c : t.mro()) {
      names.addAll(c.dictView().keySet());
    }
  }
}
