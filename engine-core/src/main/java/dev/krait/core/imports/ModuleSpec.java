package dev.krait.core.imports;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.nio.file.Path;
import java.util.List;

/**
 * A module's {@code __spec__}, as CPython's {@code importlib.machinery.ModuleSpec}: what was
 * found ({@code name}, {@code origin}, {@code submodule_search_locations}) and where its cache
 * file goes ({@code cached}). Its attributes live in a dict, so Python code may read and set
 * them as on CPython's plain-Python class.
 */
public final class ModuleSpec extends PyObject {

  /** The type {@code ModuleSpec}. */
  public static final PyType TYPE = TypeBuilder.of("ModuleSpec", ModuleSpec.class, PyType.OBJECT)
      .repr(o -> PyStr.of(((ModuleSpec) o).repr()))
      .getAttr(Abstract::genericGetAttr)
      .setAttr(Abstract::genericSetAttr)
      .ready();

  /** The origin of every built-in module's spec, as CPython's {@code BuiltinImporter} says. */
  public static final String BUILT_IN = "built-in";

  private final PyDict dict = new PyDict();
  // The jar resource a bundled stdlib module is read from (see BundledFinder), else null.
  private String resource;

  private ModuleSpec(String name, PyObject origin, PyObject locations, boolean hasLocation) {
    dict.putStr("name", PyStr.of(name));
    dict.putStr("loader", PyNone.NONE);
    dict.putStr("origin", origin);
    dict.putStr("loader_state", PyNone.NONE);
    dict.putStr("submodule_search_locations", locations);
    dict.putStr("cached", PyNone.NONE);
    String parent = locations == PyNone.NONE ? parentOf(name) : name;
    dict.putStr("parent", PyStr.of(parent));
    dict.putStr("has_location", PyBool.of(hasLocation));
    dict.putStr("_initializing", PyBool.FALSE);
  }

  /** Returns the spec of the built-in module {@code name}. */
  static ModuleSpec builtin(String name) {
    return new ModuleSpec(name, PyStr.of(BUILT_IN), PyNone.NONE, false);
  }

  /**
   * Returns the spec of a module read from {@code file}; a package when {@code locations} is
   * not null (its {@code __path__}).
   */
  static ModuleSpec file(String name, Path file, List<String> locations) {
    return new ModuleSpec(name, PyStr.of(file.toString()), pathList(locations), true);
  }

  /**
   * Returns the spec of a module bundled in the jar: read from the class-path {@code resource},
   * its {@code origin} (and {@code __file__}) the name {@code origin}; a package when {@code
   * locations} is not null.
   */
  static ModuleSpec bundled(String name, String origin, String resource, List<String> locations) {
    ModuleSpec spec = new ModuleSpec(name, PyStr.of(origin), pathList(locations), true);
    spec.resource = resource;
    return spec;
  }

  /** Returns the spec of the namespace package {@code name} made of the folders {@code portions}. */
  static ModuleSpec namespace(String name, List<String> portions) {
    return new ModuleSpec(name, PyNone.NONE, pathList(portions), false);
  }

  private static PyObject pathList(List<String> locations) {
    if (locations == null) {
      return PyNone.NONE;
    }
    PyList list = new PyList();
    for (String l : locations) {
      list.append(PyStr.of(l));
    }
    return list;
  }

  /** Returns the package part of the dotted {@code name} ({@code ''} for a top-level name). */
  static String parentOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public PyDict dict() {
    return dict;
  }

  /** Returns the spec's {@code name}. */
  public String name() {
    return dict.getStr("name") instanceof PyStr s ? s.value() : "?";
  }

  /** Returns the file the module is read from, or null (built-in and namespace modules). */
  public Path file() {
    return resource == null && Abstract.isTrue(get("has_location")) && get("origin") instanceof PyStr s
        ? Path.of(s.value()) : null;
  }

  /**
   * Returns where the module's code comes from: its file, or a bundled module's {@code
   * <krait-stdlib>/...} name; null for built-in modules and namespace packages.
   */
  public String codeLocation() {
    if (resource != null) {
      return BundledFinder.fileOf(resource);
    }
    Path file = file();
    return file == null ? null : file.toString();
  }

  /** Returns the jar resource of a bundled stdlib module, or null for any other module. */
  public String resource() {
    return resource;
  }

  /** Returns whether this is the spec of a built-in module. */
  boolean isBuiltin() {
    return !Abstract.isTrue(get("has_location")) && get("origin") instanceof PyStr s
        && s.value().equals(BUILT_IN);
  }

  /** Returns whether the module is a package (its spec has search locations). */
  public boolean isPackage() {
    return get("submodule_search_locations") != PyNone.NONE;
  }

  /** Sets {@code cached}, the path of the module's bytecode cache file. */
  void setCached(String path) {
    dict.putStr("cached", path == null ? PyNone.NONE : PyStr.of(path));
  }

  /** Marks the module as running its body (or done): {@code _initializing}. */
  void setInitializing(boolean running) {
    dict.putStr("_initializing", PyBool.of(running));
  }

  private PyObject get(String attr) {
    PyObject v = dict.getStr(attr);
    return v == null ? PyNone.NONE : v;
  }

  // CPython's ModuleSpec.__repr__: origin and search locations only when set.
  private String repr() {
    StringBuilder s = new StringBuilder("ModuleSpec(name=")
        .append(Abstract.repr(get("name")).value())
        .append(", loader=").append(Abstract.repr(get("loader")).value());
    if (get("origin") != PyNone.NONE) {
      s.append(", origin=").append(Abstract.repr(get("origin")).value());
    }
    if (get("submodule_search_locations") != PyNone.NONE) {
      s.append(", submodule_search_locations=")
          .append(Abstract.repr(get("submodule_search_locations")).value());
    }
    return s.append(')').toString();
  }
}
