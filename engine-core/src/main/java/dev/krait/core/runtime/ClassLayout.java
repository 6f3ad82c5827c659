package dev.krait.core.runtime;

import java.util.ArrayList;
import java.util.List;

/** Decides the instance layout of a new class: {@code __dict__} or not, {@code __slots__}. */
final class ClassLayout {

  private ClassLayout() {}

  /** Sets {@code instanceDict} and {@code slotNames}, adding a member descriptor per slot. */
  static void apply(PyType type, PyType[] bases) {
    boolean inheritedDict = false;
    List<String> names = new ArrayList<>();
    for (PyType b : bases) {
      inheritedDict |= b.instanceDict || (!b.isBuiltin() && b.getOwn("__slots__") == null);
      for (String n : b.slotNames) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }
    PyObject declared = type.getOwn("__slots__");
    boolean wantsDict = declared == null;
    if (declared != null) {
      List<PyObject> items = new ArrayList<>();
      if (declared instanceof PyStr) {
        items.add(declared);
      } else {
        Abstract.forEach(declared, items::add);
      }
      PyType varSized = variableSizeBase(bases);
      if (varSized != null && !items.isEmpty()) {
        throw PyErrors.typeError(
            "nonempty __slots__ not supported for subtype of '" + varSized.name() + "'");
      }
      for (PyObject item : items) {
        if (!(item instanceof PyStr)) {
          throw PyErrors.typeError(
              "__slots__ items must be strings, not '" + item.type().name() + "'");
        }
        String n = ((PyStr) item).value();
        if (n.equals("__dict__")) {
          wantsDict = true;
          continue;
        }
        if (type.getOwn(n) != null) {
          throw PyErrors.valueError(
              "'" + n + "' in __slots__ conflicts with class variable");
        }
        int index = names.size();
        names.add(n);
        type.define(n, new PyMemberDescriptor(type, n, index));
      }
    }
    type.instanceDict = wantsDict || inheritedDict;
    type.slotNames = names.toArray(new String[0]);
  }

  /**
   * Returns the base whose instances have variable size (int, bytes, tuple: CPython's
   * {@code tp_itemsize != 0}, which leaves no room for slot cells), or null.
   */
  private static PyType variableSizeBase(PyType[] bases) {
    for (PyType b : bases) {
      PyType builtin = b.nearestBuiltin();
      if (builtin.isSubtypeOf(PyInt.TYPE) || builtin.isSubtypeOf(PyBytes.TYPE)
          || builtin.isSubtypeOf(PyTuple.TYPE)) {
        return b;
      }
    }
    return null;
  }
}
