package dev.krait.core.runtime;

/**
 * A module object: a name and the dict its code runs in. Built-in modules ({@code sys},
 * {@code math}) are filled from Java; file modules (issue 4) will carry {@code __file__}.
 */
public final class PyModule extends PyObject {

  /** The builtin type {@code module}. */
  public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyType.OBJECT);

  static {
    TYPE.getAttr = Abstract::genericGetAttr;
    TYPE.setAttr = Abstract::genericSetAttr;
    TYPE.repr = o -> PyStr.of(((PyModule) o).repr());
    PyGetSetDescriptor.define(TYPE, "__dict__", ClassLayout::getDict, null);
    PyMethodDescriptor.define(TYPE, "__dir__",
        (PyMethodDescriptor.Fn0) m -> PyList.of(((PyModule) m).dict.keys()));
    TYPE.ready();
  }

  private final String name;
  private final PyDict dict = new PyDict();

  /** Returns an empty module named {@code name}, with CPython's module attributes set. */
  public PyModule(String name) {
    this.name = name;
    dict.putStr("__name__", PyStr.of(name));
    dict.putStr("__doc__", PyNone.NONE);
    dict.putStr("__package__", PyStr.of(""));
    dict.putStr("__loader__", PyNone.NONE);
    dict.putStr("__spec__", PyNone.NONE);
  }

  @Override
  public PyType type() {
    return TYPE;
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

  private String repr() {
    PyObject n = dict.getStr("__name__");
    String shown = n instanceof PyStr s ? s.value() : "?";
    PyObject file = dict.getStr("__file__");
    if (file instanceof PyStr f) {
      return "<module '" + shown + "' from '" + f.value() + "'>";
    }
    return "<module '" + shown + "' (built-in)>";
  }
}
