package dev.krait.core.imports;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;

/**
 * Finds the module {@code python -m NAME} runs, as CPython's {@code runpy._get_module_details}:
 * a package runs its {@code __main__} submodule; what cannot run is reported with runpy's
 * messages.
 */
public final class MainModuleFinder {

  /** The module cannot be run: the message is what the command prints after its name. */
  public static final class NotRunnable extends Exception {
    NotRunnable(String message) {
      super(message, null, false, false);
    }
  }

  private MainModuleFinder() {}

  /**
   * Returns the spec of the module file to run for {@code -m name}, importing its parent
   * packages; raises the exceptions the packages' bodies raise.
   */
  public static ModuleSpec find(Imports imports, String name) throws NotRunnable {
    if (name.startsWith(".")) {
      throw new NotRunnable("Relative module names not supported");
    }
    String parent = ModuleSpec.parentOf(name);
    if (!parent.isEmpty()) {
      try {
        imports.importModule(parent);
      } catch (PyException e) {
        // A missing parent is reported by the search below; other errors propagate.
        if (!e.value().type().isSubtypeOf(PyErrors.IMPORT_ERROR) || !ancestor(e, parent)) {
          throw e;
        }
      }
    }
    ModuleSpec spec;
    try {
      spec = imports.findSpec(name);
    } catch (PyException e) {
      PyObject x = e.value();
      if (!isFindError(x)) {
        throw e;
      }
      String message = "Error while finding module specification for "
          + Abstract.repr(PyStr.of(name)).value() + " (" + x.type().name() + ": "
          + Abstract.str(x).value() + ")";
      if (name.endsWith(".py")) {
        String bare = name.substring(0, name.length() - 3);
        message += ". Try using '" + bare + "' instead of '" + name + "' as the module name.";
      }
      throw new NotRunnable(message);
    }
    if (spec == null) {
      throw new NotRunnable("No module named " + name);
    }
    if (spec.isPackage()) {
      if (name.equals("__main__") || name.endsWith(".__main__")) {
        throw new NotRunnable("Cannot use package as __main__ module");
      }
      try {
        return find(imports, name + ".__main__");
      } catch (NotRunnable e) {
        if (imports.modules().getStr(name) == null) {
          throw e;
        }
        throw new NotRunnable(e.getMessage() + "; " + Abstract.repr(PyStr.of(name)).value()
            + " is a package and cannot be directly executed");
      }
    }
    if (spec.codeLocation() == null) {
      throw new NotRunnable("No code object available for " + name);
    }
    return spec;
  }

  private static boolean ancestor(PyException e, String parent) {
    PyObject n = Abstract.lookupAttr(e.value(), "name");
    if (!(n instanceof PyStr s)) {
      return false;
    }
    return s.value().equals(parent) || parent.startsWith(s.value() + ".");
  }

  // runpy catches these from find_spec and reports them as "Error while finding ...".
  private static boolean isFindError(PyObject x) {
    return x.type().isSubtypeOf(PyErrors.IMPORT_ERROR)
        || x.type().isSubtypeOf(PyErrors.ATTRIBUTE_ERROR)
        || x.type().isSubtypeOf(PyErrors.TYPE_ERROR)
        || x.type().isSubtypeOf(PyErrors.VALUE_ERROR);
  }
}
