package dev.krait.core.vm;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBuiltinFunction;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The builtins that need the calling frame, which the {@code builtins} package cannot see:
 * {@code globals()} and {@code dir()}.
 */
final class FrameBuiltins {

  private FrameBuiltins() {}

  /** Defines {@code globals} and {@code dir} in {@code builtins}. */
  static void install(PyDict builtins) {
    builtins.putStr("globals", new PyBuiltinFunction("globals", FrameBuiltins::globals));
    builtins.putStr("dir", new PyBuiltinFunction("dir", FrameBuiltins::dir));
  }

  private static PyObject globals(PyObject[] args, String[] kwnames) {
    noKeywords("globals", kwnames);
    if (args.length != 0) {
      throw PyErrors.typeError("globals() takes no arguments (" + args.length + " given)");
    }
    return caller().globals;
  }

  // dir([object]): the caller's local names, or the object's attributes, sorted.
  private static PyObject dir(PyObject[] args, String[] kwnames) {
    noKeywords("dir", kwnames);
    if (args.length > 1) {
      throw PyErrors.typeError("dir expected at most 1 argument, got " + args.length);
    }
    PyObject names;
    if (args.length == 0) {
      names = localNames(caller());
    } else if (args[0].type().lookup("__dir__") != null) {
      names = Abstract.callMethod(args[0], "__dir__");
    } else {
      names = attributeNames(args[0]);
    }
    return PyList.sorted(new PyObject[] {names}, null);
  }

  private static Frame caller() {
    Frame f = ThreadState.current().frame;
    if (f == null) {
      throw PyErrors.make(PyErrors.SYSTEM_ERROR, "no current frame");
    }
    return f;
  }

  private static PyList localNames(Frame f) {
    PyList out = new PyList();
    if (f.locals != null) {
      for (PyObject k : f.locals.keys()) {
        out.append(k);
      }
      return out;
    }
    for (int slot = 0; slot < f.fast.length; slot++) {
      PyObject v = f.fast[slot];
      if (v instanceof PyCell cell && f.code.isCellOrFree(slot)) {
        v = cell.value;
      }
      if (v != null) {
        out.append(PyStr.of(f.code.slotName(slot)));
      }
    }
    return out;
  }

  // object.__dir__, type.__dir__ and module.__dir__: the instance dict, then the class's and
  // its bases' dicts (a class: its own and its bases'; a module: its dict only).
  private static PyList attributeNames(PyObject o) {
    Set<String> names = new LinkedHashSet<>();
    PyDict d = o.dict();
    if (d != null) {
      for (PyObject k : d.keys()) {
        if (k instanceof PyStr s) {
          names.add(s.value());
        }
      }
    }
    if (o instanceof PyType t) {
      classNames(t, names);
    } else if (!(o instanceof PyModule)) {
      classNames(o.type(), names);
    }
    PyList out = new PyList();
    for (String n : names) {
      out.append(PyStr.of(n));
    }
    return out;
  }

  private static void classNames(PyType t, Set<String> names) {
    for (PyType c : t.mro()) {
      names.addAll(c.dictView().keySet());
    }
  }

  private static void noKeywords(String name, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError(name + "() takes no keyword arguments");
    }
  }
}
