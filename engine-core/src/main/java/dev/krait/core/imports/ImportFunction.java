package dev.krait.core.imports;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.ArgParser;
import dev.krait.core.runtime.PyBuiltinFunction;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;

/** The builtin {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
public final class ImportFunction {

  private static final String[] PARAMETERS = {"name", "globals", "locals", "fromlist", "level"};

  private ImportFunction() {}

  /** Returns {@code __import__} over the import state {@code imports}. */
  public static PyBuiltinFunction of(Imports imports) {
    return new PyBuiltinFunction("__import__", (args, kwnames) -> {
      PyObject[] a = ArgParser.parse("__import__", args, kwnames, PARAMETERS, 1, false);
      if (!(a[0] instanceof PyStr name)) {
        throw PyErrors.typeError("module name must be a string");
      }
      PyDict globals = null;
      if (a[1] != null && a[1] != PyNone.NONE) {
        if (!(a[1] instanceof PyDict d)) {
          throw PyErrors.typeError("globals must be a dict");
        }
        globals = d;
      }
      PyObject fromlist = a[3] == null ? PyNone.NONE : a[3];
      int level = a[4] == null ? 0 : level(a[4]);
      return imports.importName(name.value(), globals, fromlist, level);
    });
  }

  private static int level(PyObject level) {
    if (!(level instanceof PyInt)) {
      throw PyErrors.typeError("'" + level.type().name()
          + "' object cannot be interpreted as an integer");
    }
    long n = Abstract.index(level).longValue();
    return (int) Math.max(Integer.MIN_VALUE, Math.min(n, Integer.MAX_VALUE));
  }
}
