package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBuiltinFunction;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PySuper;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtins that need the VM: {@code __build_class__} (runs a class body in a fresh namespace
 * and calls the metaclass) and zero-argument {@code super()} (reads the calling frame).
 */
final class ClassBuilder {

  private ClassBuilder() {}

  /** Adds {@code __build_class__} and {@code super} to {@code builtins}. */
  static void install(PyDict builtins) {
    builtins.putStr("__build_class__", new PyBuiltinFunction("__build_class__",
        ClassBuilder::buildClass));
    builtins.putStr("super", new PyBuiltinFunction("super", ClassBuilder::superCall));
  }

  // __build_class__(func, name, /, *bases, metaclass=None, **kwds)
  private static PyObject buildClass(PyObject[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (npos < 2) {
      throw PyErrors.typeError("__build_class__: not enough arguments");
    }
    PyFunction body = (PyFunction) args[0];
    String name = ((PyStr) args[1]).value();
    PyObject[] bases = new PyObject[npos - 2];
    System.arraycopy(args, 2, bases, 0, bases.length);
    PyObject meta = null;
    for (int i = 0; i < nkw; i++) {
      if (kwnames[i].equals("metaclass")) {
        meta = args[npos + i];
      } else {
        throw PyErrors.typeError(
            "class keyword arguments other than metaclass are not implemented yet");
      }
    }
    if (meta == null) {
      meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
    }
    PyDict ns = new PyDict();
    CodeObject code = body.code;
    ThreadState ts = ThreadState.current();
    Frame frame = new Frame(code, body, body.globals, body.builtins, ns, ts.frame);
    PyObject cell = Interpreter.execute(frame, ts);
    PyObject cls;
    if (meta == PyType.TYPE) {
      List<PyType> baseTypes = new ArrayList<>();
      for (PyObject b : bases) {
        if (!(b instanceof PyType t)) {
          throw PyErrors.typeError("bases must be types");
        }
        baseTypes.add(t);
      }
      Map<String, PyObject> map = new LinkedHashMap<>();
      for (PyObject k : ns.keys()) {
        if (!k.equals(PyStr.of("__classcell__"))) {
          map.put(((PyStr) k).value(), ns.get(k));
        }
      }
      cls = PyType.newClass(PyType.TYPE, name, baseTypes, map);
    } else {
      cls = Abstract.call(meta, PyStr.of(name), PyTuple.of(bases), ns);
    }
    if (cell instanceof PyCell c) {
      c.value = cls;
    }
    return cls;
  }

  // super() / super(type, obj)
  private static PyObject superCall(PyObject[] args, String[] kwnames) {
    if (args.length == 2) {
      if (!(args[0] instanceof PyType t)) {
        throw PyErrors.typeError(
            "super() argument 1 must be a type, not " + args[0].type().name());
      }
      return new PySuper(t, args[1]);
    }
    if (args.length != 0) {
      throw PyErrors.typeError("super() takes 0 or 2 arguments");
    }
    Frame f = ThreadState.current().frame;
    if (f == null || f.function == null || f.code.argCount() == 0) {
      throw PyErrors.runtimeError("super(): no arguments");
    }
    int slot = f.code.freevars().indexOf("__class__");
    if (slot < 0) {
      throw PyErrors.runtimeError("super(): __class__ cell not found");
    }
    PyObject first = f.fast[0];
    if (first instanceof PyCell c) {
      first = c.value;
    }
    PyObject cls = ((PyCell) f.fast[f.code.firstFreeSlot() + slot]).value;
    if (!(cls instanceof PyType t)) {
      throw PyErrors.runtimeError("super(): empty __class__ cell");
    }
    return new PySuper(t, first);
  }
}
