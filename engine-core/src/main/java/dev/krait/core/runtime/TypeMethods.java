package dev.krait.core.runtime;

/** The slots of {@code type}: calling a class, class attribute lookup and assignment. */
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
    t.setAttr =
        (o, name, value) -> {
          PyType type = (PyType) o;
          PyObject meta = type.type().lookup(name);
          if (meta != null && meta.type().descrSet != null) {
            meta.type().descrSet.set(meta, o, value);
          } else if (!type.setOwn(name, value)) {
            throw Abstract.noAttribute(o, name);
          }
        };
    t.ready();
  }

  /** Returns the result of calling a class: {@code __new__}, then {@code __init__} if it fits. */
  private static PyObject call(PyObject o, PyObject[] args, String[] kwnames) {
    PyType type = (PyType) o;
    if (type == PyType.TYPE && args.length == 1 && kwnames == null) {
      return args[0].type();
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
    if (metaAttr != null) {
      return metaAttr;
    }
    switch (name) {
      case "__name__":
        return PyStr.of(type.name());
      case "__qualname__":
        return PyStr.of(type.qualname());
      case "__mro__":
        return PyTuple.of(type.mro().toArray(new PyObject[0]));
      case "__bases__":
        return PyTuple.of(type.bases().toArray(new PyObject[0]));
      case "__base__":
        return type.bases().isEmpty() ? PyNone.NONE : type.bases().get(0);
      default:
        return null;
    }
  }
}
