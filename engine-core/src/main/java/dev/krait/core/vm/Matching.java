package dev.krait.core.vm;

import dev.krait.core.bytecode.Opcode;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyByteArray;
import dev.krait.core.runtime.PyBytes;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyFrozenSet;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyRange;
import dev.krait.core.runtime.PySet;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime half of {@code match} ({@link Opcode#MATCH_OP}), after CPython's MATCH_SEQUENCE,
 * MATCH_MAPPING, GET_LEN, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS.
 *
 * <p>Sequences and mappings are recognised by the builtin types they derive from (list, tuple,
 * range; dict): registrations with {@code collections.abc} are not seen yet.
 */
final class Matching {

  private Matching() {}

  /** The types whose class pattern with one positional sub-pattern matches the subject itself. */
  private static final PyType[] MATCH_SELF = {
    PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE, PyFrozenSet.TYPE,
    PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE
  };

  static int op(PyObject[] stack, int sp, int arg) {
    switch (arg & 0xf) {
      case Opcode.MATCH_SEQUENCE: {
        PyType t = stack[sp - 1].type();
        stack[sp++] =
            PyBool.of(
                t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE)
                    || t.isSubtypeOf(PyRange.TYPE));
        return sp;
      }
      case Opcode.MATCH_MAPPING:
        stack[sp] = PyBool.of(stack[sp - 1].type().isSubtypeOf(PyDict.TYPE));
        return sp + 1;
      case Opcode.MATCH_GET_LEN:
        stack[sp] = PyInt.of(Abstract.len(stack[sp - 1]));
        return sp + 1;
      case Opcode.MATCH_KEYS:
        stack[sp] = keys(stack[sp - 2], (PyTuple) stack[sp - 1]);
        return sp + 1;
      case Opcode.MATCH_REST: {
        PyDict rest = new PyDict();
        PyObject subject = stack[sp - 2];
        if (subject instanceof PyDict d) {
          for (PyObject k : d.keys()) {
            rest.put(k, d.get(k));
          }
        } else {
          Abstract.callMethod(rest, "update", subject);
        }
        PyTuple keys = (PyTuple) stack[sp - 1];
        for (int i = 0; i < keys.size(); i++) {
          rest.remove(keys.get(i));
        }
        stack[--sp] = null;
        stack[sp - 1] = rest;
        return sp;
      }
      case Opcode.MATCH_CLASS: {
        PyObject r = matchClass(stack[sp - 3], stack[sp - 2], (PyTuple) stack[sp - 1], arg >> 4);
        stack[--sp] = null;
        stack[--sp] = null;
        stack[sp - 1] = r;
        return sp;
      }
      default:
        throw new IllegalStateException("bad MATCH_OP kind " + arg);
    }
  }

  private static PyObject keys(PyObject subject, PyTuple keys) {
    if (keys.size() == 0) {
      return PyTuple.of();
    }
    PyObject get = Abstract.getAttr(subject, "get");
    PyObject missing = new PyList();
    PyObject[] values = new PyObject[keys.size()];
    PySet dup = new PySet();
    for (int i = 0; i < values.length; i++) {
      PyObject k = keys.get(i);
      if (Abstract.contains(dup, k)) {
        throw PyErrors.valueError(
            "mapping pattern checks duplicate key (" + Abstract.repr(k).value() + ")");
      }
      Abstract.callMethod(dup, "add", k);
      PyObject v = Abstract.call(get, k, missing);
      if (v == missing) {
        return PyNone.NONE;
      }
      values[i] = v;
    }
    return PyTuple.of(values);
  }

  private static PyObject matchClass(PyObject subject, PyObject cls, PyTuple kwNames, int npos) {
    if (!(cls instanceof PyType type)) {
      throw PyErrors.typeError("called match pattern must be a class");
    }
    if (!subject.type().isSubtypeOf(type)) {
      return PyNone.NONE;
    }
    List<PyObject> attrs = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    boolean matchSelf = false;
    if (npos > 0) {
      PyObject matchArgs = Abstract.lookupAttr(type, "__match_args__");
      PyTuple names;
      if (matchArgs != null) {
        if (!(matchArgs instanceof PyTuple t)) {
          throw PyErrors.typeError(
              type.name() + ".__match_args__ must be a tuple (got " + matchArgs.type().name()
                  + ")");
        }
        names = t;
      } else {
        names = PyTuple.of();
        for (PyType t : MATCH_SELF) {
          if (type.isSubtypeOf(t)) {
            matchSelf = true;
          }
        }
      }
      int allowed = matchSelf ? 1 : names.size();
      if (allowed < npos) {
        throw PyErrors.typeError(
            type.name() + "() accepts " + allowed + " positional sub-pattern"
                + (allowed == 1 ? "" : "s") + " (" + npos + " given)");
      }
      if (matchSelf) {
        attrs.add(subject);
      } else {
        for (int i = 0; i < npos; i++) {
          PyObject name = names.get(i);
          if (!(name instanceof PyStr s)) {
            throw PyErrors.typeError(
                "__match_args__ elements must be strings (got " + name.type().name() + ")");
          }
          PyObject v = attr(subject, type, s.value(), seen);
          if (v == null) {
            return PyNone.NONE;
          }
          attrs.add(v);
        }
      }
    }
    for (int i = 0; i < kwNames.size(); i++) {
      PyObject v = attr(subject, type, ((PyStr) kwNames.get(i)).value(), seen);
      if (v == null) {
        return PyNone.NONE;
      }
      attrs.add(v);
    }
    return PyTuple.of(attrs.toArray(new PyObject[0]));
  }

  private static PyObject attr(PyObject subject, PyType type, String name, List<String> seen) {
    if (seen.contains(name)) {
      throw PyErrors.typeError(
          type.name() + "() got multiple sub-patterns for attribute '" + name + "'");
    }
    seen.add(name);
    return Abstract.lookupAttr(subject, name);
  }
}
