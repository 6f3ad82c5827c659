package dev.krait.core.vm;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;

/**
 * The {@code *} and {@code **} unpacking of displays and calls (LIST_EXTEND, DICT_UPDATE,
 * DICT_MERGE, CALL_FUNCTION_EX) with CPython 3.11's error texts, which name the called function
 * as {@code __main__.f()}.
 */
final class CallUnpacking {

  private CallUnpacking() {}

  /** LIST_EXTEND: {@code list.extend(source)}; a non-iterable is "Value after * ...". */
  static void extend(PyList target, PyObject source) {
    if (!isIterable(source)) {
      throw PyErrors.typeError(
          "Value after * must be an iterable, not " + source.type().name());
    }
    target.extend(source);
  }

  /**
   * CALL_FUNCTION_EX's positional arguments: {@code source} itself when it is a tuple, else a
   * tuple of its items; a non-iterable names {@code function}.
   */
  static PyTuple starArgs(PyObject function, PyObject source) {
    if (source.getClass() == PyTuple.class) {
      return (PyTuple) source;
    }
    if (!isIterable(source)) {
      throw PyErrors.typeError(functionStr(function)
          + " argument after * must be an iterable, not " + source.type().name());
    }
    return PyTuple.fromIterable(source);
  }

  /**
   * DICT_UPDATE ({@code function} null: a {@code {**m}} display) or DICT_MERGE (the
   * {@code **m} of a call to {@code function}, where a repeated key is an error): copies the
   * items of mapping {@code source} into {@code target}.
   */
  static void update(PyDict target, PyObject source, PyObject function) {
    if (!(source instanceof PyDict) && Abstract.lookupAttr(source, "keys") == null) {
      throw PyErrors.typeError(function == null
          ? "'" + source.type().name() + "' object is not a mapping"
          : functionStr(function) + " argument after ** must be a mapping, not "
              + source.type().name());
    }
    PyObject keys = source instanceof PyDict d
        ? PyTuple.of(d.keys())
        : Abstract.callMethod(source, "keys");
    PyObject it = Abstract.iter(keys);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      if (function != null && target.get(k) != null) {
        String name = k instanceof PyStr s ? s.value() : Abstract.str(k).value();
        throw PyErrors.typeError(functionStr(function)
            + " got multiple values for keyword argument '" + name + "'");
      }
      target.put(k, Abstract.getItem(source, k));
    }
  }

  /**
   * Returns how CPython's messages name a callable: {@code module.qualname()}, just
   * {@code qualname()} for builtins, or {@code str(function)} without a qualified name.
   */
  static String functionStr(PyObject function) {
    PyObject qualname = Abstract.lookupAttr(function, "__qualname__");
    if (qualname == null) {
      return Abstract.str(function).value();
    }
    PyObject module = Abstract.lookupAttr(function, "__module__");
    if (module instanceof PyStr m && !m.value().equals("builtins")) {
      return m.value() + "." + Abstract.str(qualname).value() + "()";
    }
    return Abstract.str(qualname).value() + "()";
  }

  // As CPython: iterable if the type has __iter__ or is a sequence (has __getitem__).
  private static boolean isIterable(PyObject o) {
    if (o.getClass() == PyList.class || o.getClass() == PyTuple.class) {
      return true;
    }
    PyType t = o.type();
    return t.lookup("__iter__") != null || t.lookup("__getitem__") != null;
  }
}
