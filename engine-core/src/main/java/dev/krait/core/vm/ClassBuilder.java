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
import java.util.Arrays;
import java.util.List;

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
    if (!(args[0] instanceof PyFunction body)) {
      throw PyErrors.typeError("__build_class__: func must be a function");
    }
    if (!(args[1] instanceof PyStr name)) {
      throw PyErrors.typeError("__build_class__: name is not a string");
    }
    PyObject[] bases = Arrays.copyOfRange(args, 2, npos);
    PyObject meta = null;
    List<String> names = new ArrayList<>();
    List<PyObject> values = new ArrayList<>();
    for (int i = 0; i < nkw; i++) {
      if (kwnames[i].equals("metaclass")) {
        meta = args[npos + i];
      } else {
        names.add(kwnames[i]);
        values.add(args[npos + i]);
      }
    }
    if (meta == null) {
      meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
    }
    if (meta instanceof PyType m) {
      meta = PyType.calculateMetaclass(m, List.of(bases));
    }
    PyTuple baseTuple = PyTuple.of(bases);
    PyDict ns = prepare(meta, name, baseTuple, names, values);
    CodeObject code = body.code;
    ThreadState ts = ThreadState.current();
    Frame frame = new Frame(code, body, body.globals, body.builtins, ns, ts.frame);
    PyObject cell = Interpreter.execute(frame, ts);
    PyObject cls = Abstract.call(meta, withKeywords(values, name, baseTuple, ns),
        names.isEmpty() ? null : names.toArray(new String[0]));
    if (cell instanceof PyCell c && cls instanceof PyType) {
      checkClassCell(c.value, name, cls);
    }
    return cls;
  }

  /** Returns the class namespace: {@code meta.__prepare__(name, bases, **kwds)} or a dict. */
  private static PyDict prepare(
      PyObject meta, PyStr name, PyTuple bases, List<String> names, List<PyObject> values) {
    // type.__prepare__ makes an empty dict: the common case skips the call.
    PyObject prepare = meta == PyType.TYPE ? null : Abstract.lookupAttr(meta, "__prepare__");
    if (prepare == null) {
      return new PyDict();
    }
    PyObject ns = Abstract.call(prepare, withKeywords(values, name, bases),
        names.isEmpty() ? null : names.toArray(new String[0]));
    if (ns instanceof PyDict d) {
      return d;
    }
    if (Abstract.lookupAttr(ns, "__getitem__") == null) {
      String who = meta instanceof PyType t ? t.name() : "<metaclass>";
      throw PyErrors.typeError(
          who + ".__prepare__() must return a mapping, not " + ns.type().name());
    }
    throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
        "class namespaces other than a dict from __prepare__ are not supported yet");
  }

  /** Returns the positional arguments followed by the keyword values. */
  private static PyObject[] withKeywords(List<PyObject> values, PyObject... positional) {
    PyObject[] all = Arrays.copyOf(positional, positional.length + values.size());
    for (int i = 0; i < values.size(); i++) {
      all[positional.length + i] = values.get(i);
    }
    return all;
  }

  /** Raises CPython's error when the metaclass did not give the new class to the class cell. */
  private static void checkClassCell(PyObject inCell, PyStr name, PyObject cls) {
    if (inCell == cls) {
      return;
    }
    if (inCell == null) {
      throw PyErrors.runtimeError("__class__ not set defining " + Abstract.repr(name).value()
          + " as " + Abstract.repr(cls).value()
          + ". Was __classcell__ propagated to type.__new__?");
    }
    throw PyErrors.typeError("__class__ set to " + Abstract.repr(inCell).value() + " defining "
        + Abstract.repr(name).value() + " as " + Abstract.repr(cls).value());
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
