package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.ArgParser;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;

/**
 * The {@code importlib} module of one context: {@code import_module}, {@code reload} and {@code
 * invalidate_caches} over the context's import state. Its submodules ({@code importlib.util},
 * {@code importlib.machinery}) are not there yet.
 */
final class ImportlibModule {

  private static final String[] IMPORT_MODULE = {"name", "package"};
  private static final String[] RELOAD = {"module"};

  private ImportlibModule() {}

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("importlib");
    m.function("import_module", (a, k) -> {
      PyObject[] p = ArgParser.parse("import_module", a, k, IMPORT_MODULE, 1, false);
      if (!(p[0] instanceof PyStr name)) {
        throw PyErrors.attributeError(
            "'" + p[0].type().name() + "' object has no attribute 'startswith'");
      }
      String pkg = null;
      if (p[1] != null && p[1] != PyNone.NONE && name.value().startsWith(".")) {
        if (!(p[1] instanceof PyStr s)) {
          throw PyErrors.typeError("__package__ not set to a string");
        }
        pkg = s.value();
      }
      return imports.importModule(name.value(), pkg);
    });
    m.function("reload", (a, k) -> {
      PyObject[] p = ArgParser.parse("reload", a, k, RELOAD, 1, false);
      return imports.reload(p[0]);
    });
    m.function("invalidate_caches", (a, k) -> {
      ArgParser.parse("invalidate_caches", a, k, new String[0], 0, false);
      return PyNone.NONE;
    });
    return m;
  }
}
