package dev.krait.core.imports;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * One interpreter context's import state and CPython 3.11's import algorithm over it: {@code
 * sys.modules}, {@code sys.path}, the built-in modules made on first import, and modules read
 * from files through a {@link ModuleExecutor}. Nothing here is static and mutable, so two
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
  private final PyList path = new PyList();
  private final ModuleExecutor executor;
  private final PrintStream out;
  private final PrintStream err;
  private Reader in = Reader.nullReader();
  private List<String> argv;
  private final IntSupplier recursionLimit;
  private final IntConsumer setRecursionLimit;
  private volatile boolean dontWriteBytecode;
  private volatile String pycachePrefix;

  /**
   * Returns the import state of a context that makes the modules of {@code builtin} on first
   * import, whose program writes to {@code out}/{@code err}, gets {@code argv} as {@code
   * sys.argv} and reads and sets its recursion limit through the two functions. It finds
   * built-in modules only.
   */
  public Imports(Map<String, Factory> builtin, PrintStream out, PrintStream err,
      List<String> argv, IntSupplier recursionLimit, IntConsumer setRecursionLimit) {
    this(builtin, ImportConfig.BUILTIN_ONLY, out, err, argv, recursionLimit, setRecursionLimit);
  }

  /**
   * As {@link #Imports(Map, PrintStream, PrintStream, List, IntSupplier, IntConsumer)}, also
   * finding module files on the {@code sys.path} and with the executor {@code config} gives.
   */
  public Imports(Map<String, Factory> builtin, ImportConfig config, PrintStream out,
      PrintStream err, List<String> argv, IntSupplier recursionLimit,
      IntConsumer setRecursionLimit) {
    this.builtin = Map.copyOf(builtin);
    this.executor = config.executor();
    for (String entry : config.path()) {
      path.append(PyStr.of(entry));
    }
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

  /** Returns where {@code sys.stdin} reads now; at its end from the start unless set. */
  public Reader in() {
    return in;
  }

  /** Makes {@code sys.stdin} (and so {@code input()}) read from {@code reader}. */
  public void setIn(Reader reader) {
    in = reader;
  }

  /** Returns {@code sys.argv} as the context started with it. */
  public List<String> argv() {
    return argv;
  }

  /**
   * Sets {@code sys.argv[0]}, as {@code python -m} does once it has found the module's file.
   */
  public void setArgv0(String first) {
    List<String> changed = new ArrayList<>(argv);
    if (changed.isEmpty()) {
      changed.add(first);
    } else {
      changed.set(0, first);
    }
    argv = List.copyOf(changed);
    PyObject sys = modules.getStr("sys");
    if (sys != null && Abstract.lookupAttr(sys, "argv") instanceof PyList list
        && list.size() > 0) {
      list.set(0, PyStr.of(first));
    }
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

  /** Returns the list {@code sys.path} starts as (the same object, which programs may change). */
  public PyList path() {
    return path;
  }

  /**
   * Returns what {@code IMPORT_NAME} pushes, as {@code __import__(name, globals, None,
   * fromlist, level)} does: the top-level package when {@code fromlist} is empty, else the named
   * module with the submodules {@code fromlist} names imported. {@code globals} (a dict, or
   * null) gives the package a relative import starts from.
   */
  public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
    if (level < 0) {
      throw PyErrors.valueError("level must be >= 0");
    }
    String absName;
    if (level > 0) {
      absName = RelativeNames.resolve(name, globals, level);
    } else if (name.isEmpty()) {
      throw PyErrors.valueError("Empty module name");
    } else {
      absName = name;
    }
    PyObject module = findAndLoad(absName);
    if (fromlist == null || fromlist == PyNone.NONE || !Abstract.isTrue(fromlist)) {
      int dot = name.indexOf('.');
      if (dot < 0) {
        return module;
      }
      if (level == 0) {
        return findAndLoad(name.substring(0, dot));
      }
      // __import__('a.b', level=1) in package p returns p.a: cut ".b" off the absolute name.
      String top = absName.substring(0, absName.length() - (name.length() - dot));
      PyObject m = modules.getStr(top);
      if (m == null) {
        throw PyErrors.keyError(PyStr.of("'" + top + "' not in sys.modules as expected"));
      }
      return m;
    }
    if (Abstract.lookupAttr(module, "__path__") != null) {
      handleFromlist(module, fromlist, false);
    }
    return module;
  }

  /**
   * Returns the module {@code name} as {@code importlib.import_module(name, package)} does: a
   * name starting with dots is relative to {@code package} (null when not given).
   */
  public PyObject importModule(String name, String packageName) {
    int level = 0;
    while (level < name.length() && name.charAt(level) == '.') {
      level++;
    }
    if (level == 0) {
      return importModule(name);
    }
    if (packageName == null || packageName.isEmpty()) {
      throw PyErrors.typeError("the 'package' argument is required to perform a relative "
          + "import for " + Abstract.repr(PyStr.of(name)).value());
    }
    return findAndLoad(RelativeNames.resolve(name.substring(level), packageName, level));
  }

  /**
   * Returns a new {@code builtins} module over this context's builtins namespace (the module
   * factory of {@code import builtins}); with no module executor, over an empty namespace.
   */
  public PyModule builtinsModule() {
    return PyModule.over("builtins", executor == null ? new PyDict() : executor.builtins());
  }

  /** Returns the module {@code name} (absolute), from {@code sys.modules} or imported. */
  public PyObject importModule(String name) {
    if (name.isEmpty()) {
      throw PyErrors.valueError("Empty module name");
    }
    return findAndLoad(name);
  }

  // CPython's _find_and_load: sys.modules first (None there stops the import).
  private PyObject findAndLoad(String name) {
    PyObject m = modules.getStr(name);
    if (m == null) {
      return findAndLoadUnlocked(name);
    }
    if (m == PyNone.NONE) {
      throw moduleNotFound(name, "import of " + name + " halted; None in sys.modules");
    }
    return m;
  }

  // CPython's _find_and_load_unlocked: the parent package first, then the module in its
  // __path__ (or sys.path for a top-level name), bound as an attribute of the parent.
  private PyObject findAndLoadUnlocked(String name) {
    String parent = ModuleSpec.parentOf(name);
    List<String> searchPath = null;
    if (!parent.isEmpty()) {
      if (modules.getStr(parent) == null) {
        findAndLoad(parent);
      }
      PyObject already = modules.getStr(name);
      if (already != null) {
        return already;
      }
      PyObject parentModule = modules.getStr(parent);
      PyObject parentPath = parentModule == null ? null
          : Abstract.lookupAttr(parentModule, "__path__");
      if (parentPath == null) {
        throw moduleNotFound(name, "No module named '" + name + "'; '" + parent
            + "' is not a package");
      }
      searchPath = strings(parentPath);
    }
    PyObject module = load(name, searchPath);
    if (!parent.isEmpty()) {
      PyObject parentModule = modules.getStr(parent);
      try {
        if (parentModule != null) {
          Abstract.setAttr(parentModule, name.substring(parent.length() + 1), module);
        }
      } catch (PyException e) {
        // CPython only warns (ImportWarning) when the parent takes no attributes.
        if (!e.value().type().isSubtypeOf(PyErrors.ATTRIBUTE_ERROR)) {
          throw e;
        }
      }
    }
    return module;
  }

  // Finds the spec of name: a built-in module (top-level names only), else a file or a
  // namespace package in searchPath (sys.path when null); null when there is none.
  private ModuleSpec find(String name, List<String> searchPath) {
    if (searchPath == null && builtin.containsKey(name)) {
      return ModuleSpec.builtin(name);
    }
    if (executor == null) {
      return null;
    }
    if (searchPath == null || BundledFinder.isBundledPath(searchPath)) {
      ModuleSpec bundled = BundledFinder.find(name);
      if (bundled != null) {
        return bundled;
      }
    }
    ModuleSpec spec =
        PathFinder.find(name, searchPath != null ? searchPath : strings(sysAttr("path")));
    if (spec != null) {
      spec.setCached(cachedFor(spec));
    }
    return spec;
  }

  private PyObject load(String name, List<String> searchPath) {
    ModuleSpec spec = find(name, searchPath);
    if (spec == null) {
      throw moduleNotFound(name, "No module named '" + name + "'");
    }
    if (spec.isBuiltin()) {
      PyModule made = builtin.get(name).create(this);
      made.put("__spec__", spec);
      modules.putStr(name, made);
      return made;
    }
    PyModule module = new PyModule(name);
    initModuleAttributes(module, spec);
    modules.putStr(name, module);
    try {
      execute(module, spec);
    } catch (RuntimeException | Error e) {
      modules.delStr(name);
      throw e;
    }
    // The body may have replaced its entry in sys.modules: the import returns that object.
    PyObject result = modules.getStr(name);
    if (result == null) {
      throw importError("Loaded module " + name + " not found in sys.modules", name, null);
    }
    return result;
  }

  // Runs the module's file (a namespace package has none), marked as initialising meanwhile.
  private void execute(PyModule module, ModuleSpec spec) {
    spec.setInitializing(true);
    try {
      if (spec.resource() != null) {
        executor.executeBundled(module, spec.resource());
      } else if (spec.file() != null) {
        executor.execute(module, spec.file());
      }
    } finally {
      spec.setInitializing(false);
    }
  }

  /**
   * Returns the spec of the module {@code name} (absolute) without running it, as {@code
   * importlib.util.find_spec}: its parent packages are imported; null when it is not found.
   */
  public ModuleSpec findSpec(String name) {
    PyObject m = modules.getStr(name);
    if (m != null) {
      PyObject spec = Abstract.lookupAttr(m, "__spec__");
      if (spec instanceof ModuleSpec s) {
        return s;
      }
      throw PyErrors.valueError(name + ".__spec__ is not set");
    }
    String parent = ModuleSpec.parentOf(name);
    if (parent.isEmpty()) {
      return find(name, null);
    }
    PyObject parentPath = Abstract.lookupAttr(importModule(parent), "__path__");
    if (parentPath == null) {
      throw moduleNotFound(name, "__path__ attribute not found on '" + parent
          + "' while trying to find '" + name + "'");
    }
    return find(name, strings(parentPath));
  }

  /**
   * Runs the module file {@code spec} found as the program's {@code __main__} module (as {@code
   * python -m} does) and returns that module.
   */
  public PyModule runAsMain(ModuleSpec spec) {
    PyModule main = new PyModule("__main__");
    initModuleAttributes(main, spec);
    main.put("__name__", PyStr.of("__main__"));
    main.put("__builtins__", importModule("builtins"));
    modules.putStr("__main__", main);
    execute(main, spec);
    return main;
  }

  // CPython's _init_module_attrs: every attribute the spec gives.
  private static void initModuleAttributes(PyModule module, ModuleSpec spec) {
    PyDict d = spec.dict();
    module.put("__name__", d.getStr("name"));
    module.put("__loader__", d.getStr("loader"));
    module.put("__package__", d.getStr("parent"));
    module.put("__spec__", spec);
    PyObject locations = d.getStr("submodule_search_locations");
    if (locations != PyNone.NONE) {
      module.put("__path__", locations);
    }
    if (spec.resource() != null) {
      module.put("__file__", d.getStr("origin"));
    } else if (spec.file() == null && locations != PyNone.NONE) {
      module.put("__file__", PyNone.NONE);
    } else if (spec.file() != null) {
      module.put("__file__", d.getStr("origin"));
      PyObject cached = d.getStr("cached");
      if (cached != PyNone.NONE) {
        module.put("__cached__", cached);
      }
    }
  }

  // CPython's cache_from_source: needs sys.implementation.cache_tag; honours sys.pycache_prefix.
  private String cachedFor(ModuleSpec spec) {
    Path file = spec.file();
    PyObject impl = sysAttr("implementation");
    PyObject tag = impl == null ? null : Abstract.lookupAttr(impl, "cache_tag");
    if (file == null || !(tag instanceof PyStr t)) {
      return null;
    }
    PyObject prefix = sysAttr("pycache_prefix");
    return PathFinder.cacheFile(file, t.value(),
        prefix instanceof PyStr p ? p.value() : null);
  }

  /**
   * Runs the body of {@code module} again in its own dict, as {@code importlib.reload}, and
   * returns what {@code sys.modules} then holds for it.
   */
  public PyObject reload(PyObject module) {
    if (!(module instanceof PyModule m)) {
      throw PyErrors.typeError("reload() argument must be a module");
    }
    PyObject spec = m.dict().getStr("__spec__");
    PyObject nameObj = spec instanceof ModuleSpec s ? PyStr.of(s.name())
        : Abstract.getAttr(m, "__name__");
    String name = Abstract.str(nameObj).value();
    if (modules.getStr(name) != module) {
      throw importError("module " + name + " not in sys.modules", name, null);
    }
    String parent = ModuleSpec.parentOf(name);
    List<String> searchPath = null;
    if (!parent.isEmpty()) {
      PyObject parentModule = modules.getStr(parent);
      if (parentModule == null) {
        throw importError("parent " + Abstract.repr(PyStr.of(parent)).value()
            + " not in sys.modules", parent, null);
      }
      searchPath = strings(Abstract.getAttr(parentModule, "__path__"));
    }
    ModuleSpec found = find(name, searchPath);
    if (found == null) {
      throw moduleNotFound(name, "spec not found for the module "
          + Abstract.repr(PyStr.of(name)).value());
    }
    if (found.isBuiltin()) {
      return module;
    }
    initModuleAttributes(m, found);
    execute(m, found);
    return modules.getStr(name) == null ? module : modules.getStr(name);
  }

  // CPython's _handle_fromlist: a package's fromlist names submodules to import when they are
  // not attributes already; one that does not exist is left for IMPORT_FROM to report.
  private void handleFromlist(PyObject module, PyObject fromlist, boolean recursive) {
    PyObject it = Abstract.iter(fromlist);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (!(x instanceof PyStr s)) {
        String where = recursive ? moduleName(module) + ".__all__" : "``from list''";
        throw PyErrors.typeError("Item in " + where + " must be str, not " + x.type().name());
      }
      String attr = s.value();
      if (attr.equals("*")) {
        PyObject all = recursive ? null : Abstract.lookupAttr(module, "__all__");
        if (all != null) {
          handleFromlist(module, all, true);
        }
      } else if (Abstract.lookupAttr(module, attr) == null) {
        String fromName = moduleName(module) + "." + attr;
        try {
          findAndLoad(fromName);
        } catch (PyException e) {
          if (!missing(e, fromName) || modules.getStr(fromName) == PyNone.NONE) {
            throw e;
          }
        }
      }
    }
  }

  private static boolean missing(PyException e, String name) {
    if (!e.value().type().isSubtypeOf(PyErrors.MODULE_NOT_FOUND_ERROR)) {
      return false;
    }
    PyObject n = Abstract.lookupAttr(e.value(), "name");
    return n instanceof PyStr s && s.value().equals(name);
  }

  /** Returns {@code sys.<attr>} of this context (sys imported if need be), or null. */
  public PyObject sysAttr(String attr) {
    PyObject sys = modules.getStr("sys");
    if (sys == null && builtin.containsKey("sys")) {
      sys = importModule("sys");
    }
    if (sys == null) {
      return attr.equals("path") ? path : null;
    }
    return Abstract.lookupAttr(sys, attr);
  }

  // The str items of a search path (sys.path or a package's __path__); others are skipped.
  private static List<String> strings(PyObject list) {
    List<String> out = new ArrayList<>();
    if (list == null || list == PyNone.NONE) {
      return out;
    }
    PyObject it = Abstract.iter(list);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (x instanceof PyStr s) {
        out.add(s.value());
      }
    }
    return out;
  }

  static PyException moduleNotFound(String name, String message) {
    PyException e = PyErrors.make(PyErrors.MODULE_NOT_FOUND_ERROR, message);
    Abstract.setAttr(e.value(), "name", PyStr.of(name));
    return e;
  }

  static PyException importError(String message, String name, String path) {
    PyException e = PyErrors.make(PyErrors.IMPORT_ERROR, message);
    if (name != null) {
      Abstract.setAttr(e.value(), "name", PyStr.of(name));
    }
    if (path != null) {
      Abstract.setAttr(e.value(), "path", PyStr.of(path));
    }
    return e;
  }

  /**
   * Returns {@code from module import name} as {@code IMPORT_FROM} does: the attribute, else the
   * submodule {@code sys.modules} holds under the full name, else CPython's ImportError (naming a
   * partly initialised module when the import is circular).
   */
  public PyObject importFrom(PyObject module, String name) {
    PyObject v = Abstract.lookupAttr(module, name);
    if (v != null) {
      return v;
    }
    PyObject pkgName = Abstract.lookupAttr(module, "__name__");
    if (pkgName instanceof PyStr s) {
      PyObject sub = modules.getStr(s.value() + "." + name);
      if (sub != null) {
        return sub;
      }
    }
    String shown = pkgName instanceof PyStr s ? s.value() : "<unknown module name>";
    String named = pkgName instanceof PyStr s ? s.value() : null;
    String quoted = Abstract.repr(PyStr.of(name)).value();
    String quotedModule = Abstract.repr(PyStr.of(shown)).value();
    if (!(module instanceof PyModule m) || !(m.dict().getStr("__file__") instanceof PyStr f)) {
      throw importError("cannot import name " + quoted + " from " + quotedModule
          + " (unknown location)", named, null);
    }
    String from = m.isInitializing()
        ? "partially initialized module " + quotedModule
            + " (most likely due to a circular import)"
        : quotedModule;
    throw importError("cannot import name " + quoted + " from " + from + " (" + f.value() + ")",
        named, f.value());
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
