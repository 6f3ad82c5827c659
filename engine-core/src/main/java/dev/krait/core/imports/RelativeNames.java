package dev.krait.core.imports;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;

/**
 * Turns a relative module name ({@code from ..pkg import x}) into an absolute one with CPython's
 * {@code resolve_name}: the package comes from the importing module's {@code __package__}, else
 * its {@code __spec__.parent}, else its {@code __name__}.
 */
final class RelativeNames {

  private RelativeNames() {}

  /** Returns the absolute name of {@code name} imported with {@code level} dots from {@code globals}. */
  static String resolve(String name, PyDict globals, int level) {
    if (globals == null) {
      throw PyErrors.keyError(PyStr.of("'__name__' not in globals"));
    }
    return resolve(name, packageOf(globals), level);
  }

  /** Returns the absolute name of {@code name} imported with {@code level} dots from {@code pkg}. */
  static String resolve(String name, String pkg, int level) {
    int lastDot = pkg.length();
    if (lastDot == 0) {
      throw PyErrors.make(PyErrors.IMPORT_ERROR,
          "attempted relative import with no known parent package");
    }
    for (int up = 1; up < level; up++) {
      lastDot = pkg.lastIndexOf('.', lastDot - 1);
      if (lastDot < 0) {
        throw PyErrors.make(PyErrors.IMPORT_ERROR,
            "attempted relative import beyond top-level package");
      }
    }
    String base = pkg.substring(0, lastDot);
    return name.isEmpty() ? base : base + "." + name;
  }

  private static String packageOf(PyDict globals) {
    PyObject pkg = globals.getStr("__package__");
    if (pkg != null && pkg != PyNone.NONE) {
      if (!(pkg instanceof PyStr s)) {
        throw PyErrors.typeError("package must be a string");
      }
      return s.value();
    }
    PyObject spec = globals.getStr("__spec__");
    if (spec != null && spec != PyNone.NONE) {
      PyObject parent = Abstract.getAttr(spec, "parent");
      if (!(parent instanceof PyStr s)) {
        throw PyErrors.typeError("__spec__.parent must be a string");
      }
      return s.value();
    }
    PyObject name = globals.getStr("__name__");
    if (name == null) {
      throw PyErrors.keyError(PyStr.of("'__name__' not in globals"));
    }
    if (!(name instanceof PyStr s)) {
      throw PyErrors.typeError("__name__ must be a string");
    }
    return globals.getStr("__path__") != null ? s.value() : ModuleSpec.parentOf(s.value());
  }
}
