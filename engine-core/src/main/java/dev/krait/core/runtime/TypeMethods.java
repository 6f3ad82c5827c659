package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The slots and attributes of {@code type}: calling a class, {@code type.__new__} (making a
 * class, with its {@code __set_name__} and {@code __init_subclass__} hooks), class attribute
 * lookup and assignment, and the class attributes {@code __name__}, {@code __dict__},
 * {@code __mro__} and the like.
 */
final class TypeMethods {

  private TypeMethods() {}

  static void define(PyType t) {
    t.repr =
        o -> {
          PyType type = (PyType) o;
          String module = type.module();
          return PyStr.of("<class '" + (module.equals("builtins") ? "" : module + ".")
              + type.qualname() + "'>");
        };
    t.call = TypeMethods::call;
    t.getAttr = TypeMethods::getAttr;
    t.setAttr = TypeMethods::setAttr;
    t.newSlot = TypeMethods::typeNew;
    t.init = TypeMethods::typeInit;
    t.binary[BinaryOp.OR.ordinal()] = PyUnionType::or;
    t.reflected[BinaryOp.OR.ordinal()] = (b, a) -> PyUnionType.or(a, b);
    TypeAttributes.define(t);
    // type.mro() computes the C3 order afresh: a metaclass overriding it builds on this.
    PyMethodDescriptor.define(t, "mro", (Fn0) o -> {
      PyType type = (PyType) o;
      List<PyType> bases = type.bases();
      return PyList.of(bases.isEmpty() ? type.mroArray().clone()
          : Mro.compute(type, bases.toArray(new PyType[0])));
    });
    PyMethodDescriptor.define(t, "__dir__",
        (Fn0) o -> ObjectMethods.classNames(new LinkedHashSet<>(), (PyType) o));
    PyMethodDescriptor.define(t, "__subclasses__",
        (Fn0) o -> PyList.of(((PyType) o).subclasses().toArray(new PyObject[0])));
    PyMethodDescriptor.define(t, "__instancecheck__",
        (Fn1) (o, obj) -> PyBool.of(obj.type().isSubtypeOf((PyType) o)));
    PyMethodDescriptor.define(t, "__subclasscheck__", (Fn1) (o, sub) -> {
      if (!(sub instanceof PyType s)) {
        throw PyErrors.typeError("issubclass() arg 1 must be a class");
      }
      return PyBool.of(s.isSubtypeOf((PyType) o));
    });
    t.define("__prepare__", new PyClassMethod(
        new PyBuiltinFunction("__prepare__", (args, kw) -> new PyDict())));
    t.ready();
  }

  /**
   * Returns the result of calling a class: {@code type(x)}, or {@code __new__} then, when it
   * made an instance of the class, {@code __init__}.
   */
  private static PyObject call(PyObject o, PyObject[] args, String[] kwnames) {
    PyType type = (PyType) o;
    if (type == PyType.TYPE) {
      int npos = args.length - (kwnames == null ? 0 : kwnames.length);
      if (npos == 1) {
        if (kwnames != null && kwnames.length > 0) {
          throw PyErrors.typeError("type() takes no keyword arguments");
        }
        return args[0].type();
      }
      if (npos != 3) {
        throw PyErrors.typeError("type() takes 1 or 3 arguments");
      }
    }
    if (type.newSlot == null) {
      throw PyErrors.typeError("cannot create '" + type.name() + "' instances");
    }
    PyObject obj = type.newSlot.create(type, args, kwnames);
    if (obj.type().isSubtypeOf(type) && obj.type().init != null) {
      obj.type().init.init(obj, args, kwnames);
    }
    return obj;
  }

  /**
   * {@code type.__new__(metatype, name, bases, namespace, **kwargs)}: makes the class with the
   * most derived metaclass, then calls {@code __set_name__} on its attributes and the bases'
   * {@code __init_subclass__(**kwargs)}.
   */
  private static PyObject typeNew(PyType metatype, PyObject[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (npos != 3) {
      throw PyErrors.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
    }
    PyStr name = argument(args[0], 1, PyStr.class, "str");
    PyTuple bases = argument(args[1], 2, PyTuple.class, "tuple");
    PyDict namespace = argument(args[2], 3, PyDict.class, "dict");
    List<PyObject> baseList = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      baseList.add(bases.get(i));
    }
    PyType winner = PyType.calculateMetaclass(metatype, baseList);
    if (winner != metatype && winner.newSlot != PyType.TYPE.newSlot) {
      return winner.newSlot.create(winner, args, kwnames);
    }
    List<PyType> baseTypes = new ArrayList<>();
    for (PyObject b : baseList) {
      if (!(b instanceof PyType bt)) {
        throw PyErrors.typeError("bases must be types");
      }
      baseTypes.add(bt);
    }
    Map<String, PyObject> entries = new LinkedHashMap<>();
    for (PyObject k : namespace.keys()) {
      if (!(k instanceof PyStr)) {
        throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
            "class namespace keys other than str are not supported yet");
      }
      entries.put(((PyStr) k).value(), namespace.get(k));
    }
    if (!entries.containsKey("__module__")) {
      PyObject module = PyType.callerModuleName();
      if (module != null) {
        entries.put("__module__", module);
      }
    }
    PyType cls = PyType.newClass(winner, name.value(), baseTypes, entries);
    setNames(cls);
    initSubclass(cls, args, npos, kwnames);
    return cls;
  }

  private static <T extends PyObject> T argument(
      PyObject value, int position, Class<T> kind, String kindName) {
    if (!kind.isInstance(value)) {
      throw PyErrors.typeError("type.__new__() argument " + position + " must be " + kindName
          + ", not " + value.type().name());
    }
    return kind.cast(value);
  }

  /**
   * Calls {@code value.__set_name__(cls, name)} for every attribute that has one, wrapping an
   * error as CPython 3.11 does.
   */
  private static void setNames(PyType cls) {
    for (Map.Entry<String, PyObject> e : new ArrayList<>(cls.dictView().entrySet())) {
      PyObject value = e.getValue();
      PyObject setName = value.type().lookup("__set_name__");
      if (setName == null) {
        continue;
      }
      PyStr key = PyStr.of(e.getKey());
      try {
        Abstract.callSpecial(value, setName, "__set_name__", cls, key);
      } catch (PyException error) {
        PyException wrapped = PyErrors.runtimeError("Error calling __set_name__ on '"
            + value.type().name() + "' instance " + Abstract.repr(key).value() + " in '"
            + cls.name() + "'");
        wrapped.value().setCause(error.value());
        wrapped.value().setContext(error.value());
        throw wrapped;
      }
    }
  }

  /** Calls {@code super(cls, cls).__init_subclass__(**kwargs)}. */
  private static void initSubclass(PyType cls, PyObject[] args, int npos, String[] kwnames) {
    PyType[] mro = cls.mroArray();
    for (int i = 1; i < mro.length; i++) {
      PyObject f = mro[i].getOwn("__init_subclass__");
      if (f != null) {
        Slots.Ternary get = f.type().descrGet;
        PyObject bound = get == null ? f : get.apply(f, null, cls);
        PyObject[] kwargs = new PyObject[args.length - npos];
        System.arraycopy(args, npos, kwargs, 0, kwargs.length);
        Abstract.call(bound, kwargs, kwnames);
        return;
      }
    }
  }

  /** {@code type.__init__}: checks the arguments that {@code type.__new__} used. */
  private static void typeInit(PyObject self, PyObject[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (nkw > 0 && npos == 1) {
      throw PyErrors.typeError("type.__init__() takes no keyword arguments");
    }
    if (npos != 1 && npos != 3) {
      throw PyErrors.typeError("type.__init__() takes 1 or 3 arguments");
    }
  }

  /** Returns a class attribute as {@code type.__getattribute__} finds it, or null. */
  private static PyObject getAttr(PyObject o, String name) {
    PyType type = (PyType) o;
    PyType meta = type.type();
    PyObject metaAttr = meta.lookup(name);
    Slots.Ternary metaGet = null;
    if (metaAttr != null) {
      metaGet = metaAttr.type().descrGet;
      if (metaGet != null && metaAttr.type().descrSet != null) {
        return metaGet.apply(metaAttr, o, meta);
      }
    }
    PyObject attr = type.lookup(name);
    if (attr != null) {
      Slots.Ternary get = attr.type().descrGet;
      return get == null ? attr : get.apply(attr, null, type);
    }
    if (metaGet != null) {
      return metaGet.apply(metaAttr, o, meta);
    }
    return metaAttr;
  }

  /** Sets or (value null) deletes a class attribute, as {@code type.__setattr__}. */
  private static void setAttr(PyObject o, String name, PyObject value) {
    PyType type = (PyType) o;
    if (type.isBuiltin()) {
      throw PyErrors.typeError(
          "cannot set '" + name + "' attribute of immutable type '" + type.name() + "'");
    }
    PyObject meta = type.type().lookup(name);
    if (meta != null && meta.type().descrSet != null) {
      meta.type().descrSet.set(meta, o, value);
    } else if (!type.setOwn(name, value)) {
      throw Abstract.noAttribute(o, name);
    }
  }
}
