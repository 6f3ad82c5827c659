package dev.krait.core.imports;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * One interpreter context's import state: its {@code sys.modules} and what its {@code sys}
 * module reports (streams, argv, recursion limit). Nothing here is static and mutable, so two
 * contexts never see each other's modules.
 */
public final class Imports {

  /** Makes a built-in module for a context. */
  @FunctionalInterface
  public interface Factory {
    /** Returns a new module for {@code imports}'s context. */
    PyModule create(Imports imports);
  }

  // The built-in modules by name (the stdlib's registry): immutable, shared by all contexts.
  private final Map<String, Factory> builtin;
  private final PyDict modules = new PyDict();
  private final PrintStream out;
  private final PrintStream err;
  private final List<String> argv;
  private final IntSupplier recursionLimit;
  private final IntConsumer setRecursionLimit;
  private volatile boolean dontWriteBytecode;
  private volatile String pycachePrefix;

  /**
   * Returns the import state of a context that makes the modules of {@code builtin} on first
   * import, whose program writes to {@code out}/{@code err}, gets {@code argv} as {@code
   * sys.argv} and reads and sets its recursion limit through the two functions.
   */
  public Imports(Map<String, Factory> builtin, PrintStream out, PrintStream err,
      List<String> argv, IntSupplier recursionLimit, IntConsumer setRecursionLimit) {
    this.builtin = Map.copyOf(builtin);
    this.out = out;
    this.err = err;
    this.argv = List.copyOf(argv);
    this.recursionLimit = recursionLimit;
    this.setRecursionLimit = setRecursionLimit;
  }

  /** Returns the stream {@code sys.stdout} writes to. */
  public PrintStream out() {
    return out;
  }

  /** Returns the stream {@code sys.stderr} writes to. */
  public PrintStream err() {
    return err;
  }

  /** Returns {@code sys.argv} as the context started with it. */
  public List<String> argv() {
    return argv;
  }

  /** Returns the running thread's recursion limit. */
  public int recursionLimit() {
    return recursionLimit.getAsInt();
  }

  /** Sets the running thread's recursion limit (at least 1). */
  public void setRecursionLimit(int limit) {
    setRecursionLimit.accept(limit);
  }

  /**
   * Sets the bytecode cache switches the context's {@code sys} starts with: {@code
   * sys.dont_write_bytecode} ({@code -B}) and {@code sys.pycache_prefix} (null for None).
   */
  public void setCacheSwitches(boolean dontWriteBytecode, String pycachePrefix) {
    this.dontWriteBytecode = dontWriteBytecode;
    this.pycachePrefix = pycachePrefix;
  }

  /** Returns the initial {@code sys.dont_write_bytecode}. */
  public boolean dontWriteBytecode() {
    return dontWriteBytecode;
  }

  /** Returns the initial {@code sys.pycache_prefix}, or null for None. */
  public String pycachePrefix() {
    return pycachePrefix;
  }

  /** Returns {@code sys.modules}. */
  public PyDict modules() {
    return modules;
  }

  /**
   * Returns what {@code IMPORT_NAME} pushes for {@code __import__(name, globals, None, fromlist,
   * level)}: the top-level package when {@code fromlist} is empty, else the named module.
   */
  public PyObject importName(String name, PyObject fromlist, int level) {
    if (level > 0) {
      throw PyErrors.make(PyErrors.IMPORT_ERROR,
          "relative imports are not supported yet (imports from files come with issue 4)");
    }
    if (name.isEmpty()) {
      throw PyErrors.valueError("Empty module name");
    }
    String[] parts = name.split("\\.", -1);
    PyObject top = null;
    PyObject m = null;
    String prefix = "";
    for (int i = 0; i < parts.length; i++) {
      String parent = prefix;
      prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
      if (i > 0 && modules.getStr(prefix) == null) {
        // Built-in modules are never packages: CPython says so in the same words.
        throw moduleNotFound(prefix, "No module named '" + prefix + "'; '" + parent
            + "' is not a package");
      }
      m = importModule(prefix);
      if (i == 0) {
        top = m;
      }
    }
    boolean emptyFrom = fromlist == PyNone.NONE
        || (fromlist instanceof PyTuple t && t.size() == 0);
    return emptyFrom ? top : m;
  }

  /** Returns the module {@code name}, from {@code sys.modules} or made by its factory. */
  public PyObject importModule(String name) {
    PyObject m = modules.getStr(name);
    if (m != null) {
      if (m == PyNone.NONE) {
        throw moduleNotFound(name, "import of " + name + " halted; None in sys.modules");
      }
      return m;
    }
    Factory f = builtin.get(name);
    if (f == null) {
      throw moduleNotFound(name, "No module named '" + name + "'");
    }
    PyModule made = f.create(this);
    modules.putStr(name, made);
    return made;
  }

  private static PyException moduleNotFound(String name, String message) {
    PyException e = PyErrors.make(PyErrors.MODULE_NOT_FOUND_ERROR, message);
    Abstract.setAttr(e.value(), "name", PyStr.of(name));
    return e;
  }

  /** Returns {@code from module import name} as {@code IMPORT_FROM} does. */
  public static PyObject importFrom(PyObject module, String name) {
    PyObject v = Abstract.lookupAttr(module, name);
    if (v != null) {
      return v;
    }
    String modName = "<unknown module name>";
    PyObject n = Abstract.lookupAttr(module, "__name__");
    if (n instanceof PyStr s) {
      modName = s.value();
    }
    PyObject file = Abstract.lookupAttr(module, "__file__");
    String where = file instanceof PyStr f ? f.value() : "unknown location";
    PyException e = PyErrors.make(PyErrors.IMPORT_ERROR,
        "cannot import name '" + name + "' from '" + modName + "' (" + where + ")");
    Abstract.setAttr(e.value(), "name", PyStr.of(modName));
    throw e;
  }

  /** Binds every public name of {@code module} in {@code locals}, as {@code IMPORT_STAR}. */
  public static void importStar(PyObject module, PyDict locals) {
    PyObject all = Abstract.lookupAttr(module, "__all__");
    if (all != null) {
      PyObject it = Abstract.iter(all);
      for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
        if (!(k instanceof PyStr s)) {
          throw PyErrors.typeError("Item in " + moduleName(module) + ".__all__ must be str, not "
              + k.type().name());
        }
        locals.putStr(s.value(), Abstract.getAttr(module, s.value()));
      }
      return;
    }
    PyDict d = module.dict();
    if (d == null) {
      throw PyErrors.make(PyErrors.IMPORT_ERROR,
          "from-import-* object has no __dict__ and no __all__");
    }
    for (PyObject k : d.keys()) {
      if (k instanceof PyStr s && !s.value().startsWith("_")) {
        locals.putStr(s.value(), d.getStr(s.value()));
      }
    }
  }

  private static String moduleName(PyObject module) {
    PyObject n = Abstract.lookupAttr(module, "__name__");
    return n instanceof PyStr s ? s.value() : "module";
  }
}
