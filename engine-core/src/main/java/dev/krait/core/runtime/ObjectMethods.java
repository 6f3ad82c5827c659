package dev.krait.core.runtime;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The slots of {@code object}: the defaults every type inherits. */
final class ObjectMethods {

  private ObjectMethods() {}

  /** The hash slot of unhashable builtins (its dict entry {@code __hash__} is None). */
  static final Slots.Hash UNHASHABLE =
      o -> {
        throw PyErrors.typeError("unhashable type: '" + o.type().name() + "'");
      };

  static void define(PyType t) {
    t.repr =
        o -> {
          PyType type = o.type();
          String module = type.module();
          String name = module.equals("builtins") ? type.qualname()
              : module + "." + type.qualname();
          return PyStr.of("<" + name + " object at 0x"
              + Integer.toHexString(System.identityHashCode(o)) + ">");
        };
    t.str = o -> o.type().repr.apply(o);
    t.hash = o -> System.identityHashCode(o);
    t.richCompare =
        (a, b, op) -> {
          if (op == CompareOp.EQ) {
            return a == b ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
          }
          if (op == CompareOp.NE) {
            // object.__ne__ inverts __eq__ unless that declines.
            Slots.RichCompare eq = a.type().richCompare;
            PyObject r = eq.compare(a, b, CompareOp.EQ);
            return r == PyNotImplemented.NOT_IMPLEMENTED ? r : PyBool.of(!Abstract.isTrue(r));
          }
          return PyNotImplemented.NOT_IMPLEMENTED;
        };
    t.getAttr = Abstract::genericGetAttr;
    t.setAttr = Abstract::genericSetAttr;
    t.init =
        (self, args, kw) -> {
          PyType type = self.type();
          // As CPython's object_init: extra arguments are an error only when __new__ is
          // object's too (int("5") passes its argument to int.__new__ and object.__init__).
          if (args.length > 0 && type.init == t.init && type.newSlot == t.newSlot) {
            throw PyErrors.typeError(type.name() + "() takes no arguments");
          }
        };
    t.newSlot =
        (type, args, kw) -> {
          if (args.length > 0 && type.init == t.init) {
            throw PyErrors.typeError(type.name() + "() takes no arguments");
          }
          return new PyInstance(type);
        };
    PyMethodDescriptor.define(
        t, "__format__", (PyMethodDescriptor.Fn1) StrFormat::objectFormat);
    PyGetSetDescriptor.defineDeletable(t, "__class__", PyObject::type, ObjectMethods::setClass);
    PyMethodDescriptor.define(t, "__dir__", (PyMethodDescriptor.Fn0) o -> {
      Set<String> names = new LinkedHashSet<>();
      PyDict d = o.dict();
      if (d != null) {
        for (PyObject k : d.keys()) {
          if (k instanceof PyStr s) {
            names.add(s.value());
          }
        }
      }
      return classNames(names, o.type());
    });
    t.define("__doc__", PyStr.of("The base class of the class hierarchy.\n\nWhen called, it "
        + "accepts no arguments and returns a new featureless\ninstance that has no instance "
        + "attributes and cannot be given any.\n"));
    t.define("__subclasshook__", new PyClassMethod(new PyBuiltinFunction(
        "__subclasshook__", (args, kw) -> PyNotImplemented.NOT_IMPLEMENTED)));
    t.define("__init_subclass__", new PyClassMethod(
        new PyBuiltinFunction("__init_subclass__", ObjectMethods::initSubclass)));
    SlotWrappers.expose(t, emptyBase());
    t.ready();
  }

  /**
   * Returns a list of {@code names} followed by the attribute names of {@code type} and its
   * MRO, each once: the answer of {@code object.__dir__} and {@code type.__dir__}.
   */
  static PyList classNames(Set<String> names, PyType type) {
    for (PyType c : type.mroArray()) {
      names.addAll(c.dictView().keySet());
    }
    PyList out = new PyList();
    for (String n : names) {
      out.append(PyStr.of(n));
    }
    return out;
  }

  /** {@code object.__init_subclass__(cls)}: the end of the chain, which takes no arguments. */
  private static PyObject initSubclass(PyObject[] args, String[] kwnames) {
    String name = ((PyType) args[0]).name();
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError(name + ".__init_subclass__() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError(
          name + ".__init_subclass__() takes no arguments (" + (args.length - 1) + " given)");
    }
    return PyNone.NONE;
  }

  /** {@code obj.__class__ = cls}: allowed between classes whose instances look alike. */
  private static void setClass(PyObject o, PyObject value) {
    if (value == null) {
      throw PyErrors.typeError("can't delete __class__ attribute");
    }
    if (!(value instanceof PyType newType)) {
      throw PyErrors.typeError(
          "__class__ must be set to a class, not '" + value.type().name() + "' object");
    }
    PyType old = o.type();
    if (old.isBuiltin() || newType.isBuiltin()) {
      throw PyErrors.typeError(
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if (old.nearestBuiltin() != newType.nearestBuiltin()
        || old.instanceDict != newType.instanceDict
        || !Arrays.equals(old.slotNames, newType.slotNames)) {
      throw PyErrors.typeError("__class__ assignment: '" + newType.name()
          + "' object layout differs from '" + old.name() + "'");
    }
    if (o instanceof PyInstance i) {
      i.setType(newType);
    } else if (o instanceof PyIntSubclass i) {
      i.setType(newType);
    } else if (o instanceof PyFloatSubclass f) {
      f.setType(newType);
    } else if (o instanceof PyComplexSubclass c) {
      c.setType(newType);
    } else {
      throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR, "__class__ assignment for instances of "
          + "a subclass of '" + old.nearestBuiltin().name() + "' is not supported yet");
    }
  }

  /** Returns a slotless stand-in base so that every slot of {@code object} gets its wrapper. */
  private static PyType emptyBase() {
    return PyType.slotless();
  }
}
