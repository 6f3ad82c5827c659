package dev.krait.core.runtime;

import java.util.ArrayList;
import java.util.List;

/** Decides the instance layout of a new class: {@code __dict__} or not, {@code __slots__}. */
final class ClassLayout {

  private ClassLayout() {}

  /**
   * Sets {@code instanceDict} and {@code slotNames}, adding a member descriptor per slot and,
   * as CPython does, the {@code __dict__} and {@code __weakref__} descriptors of the class that
   * first gives its instances a dict or weak references.
   */
  static void apply(PyType type, PyType[] bases) {
    boolean inheritedDict = inheritsDict(bases);
    boolean inheritedWeakref = false;
    for (PyType b : bases) {
      inheritedWeakref |= b.lookup("__weakref__") != null;
    }
    List<String> names = inheritedSlotNames(bases);
    PyObject declared = type.getOwn("__slots__");
    PyType varSized = variableSizeBase(bases);
    boolean wantsDict = declared == null;
    boolean wantsWeakref = declared == null && varSized == null;
    if (declared != null) {
      List<PyObject> items = new ArrayList<>();
      if (declared instanceof PyStr) {
        items.add(declared);
      } else {
        Abstract.forEach(declared, items::add);
      }
      if (varSized != null && !items.isEmpty()) {
        throw PyErrors.typeError(
            "nonempty __slots__ not supported for subtype of '" + varSized.name() + "'");
      }
      List<String> own = new ArrayList<>();
      for (PyObject item : items) {
        if (!(item instanceof PyStr)) {
          throw PyErrors.typeError(
              "__slots__ items must be strings, not '" + item.type().name() + "'");
        }
        if (!Abstract.isTrue(Abstract.callMethod(item, "isidentifier"))) {
          throw PyErrors.typeError("__slots__ must be identifiers");
        }
        String n = ((PyStr) item).value();
        if (n.equals("__dict__")) {
          if (wantsDict || inheritedDict) {
            throw PyErrors.typeError("__dict__ slot disallowed: we already got one");
          }
          wantsDict = true;
          continue;
        }
        if (n.equals("__weakref__")) {
          if (wantsWeakref || inheritedWeakref) {
            throw PyErrors.typeError(
                "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
          }
          wantsWeakref = true;
          continue;
        }
        String mangled = mangle(type.name(), n);
        if (!own.contains(mangled)) {
          own.add(mangled);
        }
      }
      // As CPython, the members are made in sorted order.
      own.sort(null);
      for (String n : own) {
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
    if (wantsDict && !inheritedDict) {
      PyGetSetDescriptor.defineDeletable(type, "__dict__", ClassLayout::getDict,
          ClassLayout::setDict);
    }
    if (wantsWeakref && !inheritedWeakref) {
      // Krait has no weak references yet: no object ever has one to report.
      PyGetSetDescriptor.define(type, "__weakref__", o -> PyNone.NONE, null);
    }
  }

  /** Returns a private name ({@code __x}) as the compiler mangles it in class {@code cls}. */
  private static String mangle(String cls, String name) {
    if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
      return name;
    }
    int i = 0;
    while (i < cls.length() && cls.charAt(i) == '_') {
      i++;
    }
    return i == cls.length() ? name : "_" + cls.substring(i) + name;
  }

  /** Returns whether instances of a class with these bases get a {@code __dict__} from them. */
  static boolean inheritsDict(PyType[] bases) {
    for (PyType b : bases) {
      if (b.instanceDict || (!b.isBuiltin() && b.getOwn("__slots__") == null)
          || b.lookup("__dict__") != null) {
        return true;
      }
    }
    return false;
  }

  /** Returns the {@code __slots__} names that a class with these bases inherits, in order. */
  static List<String> inheritedSlotNames(PyType[] bases) {
    List<String> names = new ArrayList<>();
    for (PyType b : bases) {
      for (String n : b.slotNames) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }
    return names;
  }

  /** Returns an object's {@code __dict__} (the getter of every {@code __dict__} descriptor). */
  static PyObject getDict(PyObject o) {
    PyDict d = o.dict();
    if (d == null) {
      throw PyErrors.attributeError(
          "'" + o.type().name() + "' object has no attribute '__dict__'");
    }
    return d;
  }

  /** Assigns ({@code obj.__dict__ = d}) or, for a null value, resets an instance's dict. */
  private static void setDict(PyObject o, PyObject value) {
    if (value != null && !(value instanceof PyDict)) {
      throw PyErrors.typeError(
          "__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
    }
    if (!(o instanceof PyInstance)) {
      throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
          "assigning __dict__ of instances of a subclass of '"
              + o.type().nearestBuiltin().name() + "' is not supported yet");
    }
    ((PyInstance) o).setDict(value == null ? new PyDict() : (PyDict) value);
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
