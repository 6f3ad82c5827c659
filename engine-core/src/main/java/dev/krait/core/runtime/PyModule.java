package dev.krait.core.runtime;

/**
 * A module object: a name and the dict its code runs in. Built-in modules ({@code sys},
 * {@code math}) are filled from Java; file modules carry {@code __file__} and a {@code __spec__}.
 */
public final class PyModule extends PyObject {

  /** The builtin type {@code module}. */
  public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyType.OBJECT);

  static {
    TYPE.getAttr = PyModule::getAttr;
    TYPE.setAttr = Abstract::genericSetAttr;
    TYPE.repr = o -> PyStr.of(((PyModule) o).repr());
    TYPE.newSlot = PyModule::create;
    PyGetSetDescriptor.define(TYPE, "__dict__", ClassLayout::getDict, null);
    PyMethodDescriptor.define(TYPE, "__dir__",
        (PyMethodDescriptor.Fn0) m -> PyList.of(((PyModule) m).dict.keys()));
    TYPE.ready();
  }

  private static final String[] INIT_PARAMETERS = {"name", "doc"};

  private final String name;
  private final PyDict dict;

  /** Returns an empty module named {@code name}, with CPython's module attributes set. */
  public PyModule(String name) {
    this.name = name;
    this.dict = new PyDict();
    dict.putStr("__name__", PyStr.of(name));
    dict.putStr("__doc__", PyNone.NONE);
    dict.putStr("__package__", PyStr.of(""));
    dict.putStr("__loader__", PyNone.NONE);
    dict.putStr("__spec__", PyNone.NONE);
  }

  private PyModule(String name, PyDict dict) {
    this.name = name;
    this.dict = dict;
  }

  /**
   * Returns a module whose namespace is {@code dict} itself, not a copy (the {@code builtins}
   * module over a context's builtins namespace); CPython's module attributes are added to
   * {@code dict} where missing.
   */
  public static PyModule over(String name, PyDict dict) {
    addMissing(dict, "__name__", PyStr.of(name));
    addMissing(dict, "__doc__", PyNone.NONE);
    addMissing(dict, "__package__", PyStr.of(""));
    addMissing(dict, "__loader__", PyNone.NONE);
    addMissing(dict, "__spec__", PyNone.NONE);
    return new PyModule(name, dict);
  }

  private static void addMissing(PyDict dict, String key, PyObject value) {
    if (dict.getStr(key) == null) {
      dict.putStr(key, value);
    }
  }

  // module(name, doc=None), as types.ModuleType makes one.
  private static PyObject create(PyType type, PyObject[] args, String[] kwnames) {
    if (type != TYPE) {
      throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
          "creating an instance of a subclass of module is not implemented yet");
    }
    PyObject[] a = ArgParser.parse("module", args, kwnames, INIT_PARAMETERS, 1, false);
    if (!(a[0] instanceof PyStr name)) {
      throw PyErrors.typeError("module() argument 'name' must be str, not "
          + a[0].type().name());
    }
    PyModule m = new PyModule(name.value());
    m.put("__doc__", a[1] == null ? PyNone.NONE : a[1]);
    m.put("__package__", PyNone.NONE);
    return m;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  // The generic lookup, then a module-level __getattr__ (PEP 562).
  private static PyObject getAttr(PyObject o, String name) {
    PyObject v = Abstract.genericGetAttr(o, name);
    if (v == null) {
      PyObject hook = ((PyModule) o).dict.getStr("__getattr__");
      if (hook != null) {
        return Abstract.call(hook, PyStr.of(name));
      }
    }
    return v;
  }

  /** Returns whether the module's body is still running ({@code __spec__._initializing}). */
  public boolean isInitializing() {
    PyObject spec = dict.getStr("__spec__");
    if (spec == null || spec == PyNone.NONE) {
      return false;
    }
    PyObject running = Abstract.lookupAttr(spec, "_initializing");
    return running != null && Abstract.isTrue(running);
  }

  /** Returns the module's name as it was created. */
  public String name() {
    return name;
  }

  @Override
  public PyDict dict() {
    return dict;
  }

  /** Defines {@code name} in the module. */
  public void put(String attr, PyObject value) {
    dict.putStr(attr, value);
  }

  /** Defines a builtin function {@code attr} in the module. */
  public void function(String attr, PyBuiltinFunction.Body body) {
    dict.putStr(attr, new PyBuiltinFunction(attr, body));
  }

  // CPython 3.11's module repr: from __spec__ when there is one (built-in, file or namespace),
  // else from __file__; a namespace package shows "(namespace)" rather than its loader.
  private String repr() {
    PyObject n = dict.getStr("__name__");
    String shown = n instanceof PyStr s ? s.value() : "?";
    PyObject spec = dict.getStr("__spec__");
    if (spec != null && spec != PyNone.NONE) {
      PyObject specName = Abstract.lookupAttr(spec, "name");
      String name = specName instanceof PyStr s ? s.value() : "?";
      PyObject origin = Abstract.lookupAttr(spec, "origin");
      if (origin == null || origin == PyNone.NONE) {
        PyObject locations = Abstract.lookupAttr(spec, "submodule_search_locations");
        return locations == null || locations == PyNone.NONE
            ? "<module " + quote(name) + ">" : "<module " + quote(name) + " (namespace)>";
      }
      PyObject located = Abstract.lookupAttr(spec, "has_location");
      return located != null && Abstract.isTrue(located)
          ? "<module " + quote(name) + " from " + Abstract.repr(origin).value() + ">"
          : "<module " + quote(name) + " (" + Abstract.str(origin).value() + ")>";
    }
    PyObject file = dict.getStr("__file__");
    if (file != null) {
      return "<module " + quote(shown) + " from " + Abstract.repr(file).value() + ">";
    }
    return "<module " + quote(shown) + ">";
  }

  private static String quote(String s) {
    return Abstract.repr(PyStr.of(s)).value();
  }
}
