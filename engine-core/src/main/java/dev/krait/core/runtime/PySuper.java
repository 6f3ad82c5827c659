package dev.krait.core.runtime;

/**
 * The builtin {@code super}: attribute lookup that starts after {@code type} in the MRO of the
 * object's type. The zero-argument form needs the calling frame and is resolved by the VM.
 */
public final class PySuper extends PyObject {

  /** The type {@code super}. */
  public static final PyType TYPE = PyType.builtin("super", PySuper.class, PyType.OBJECT);

  static {
    TYPE.getAttr = (s, name) -> ((PySuper) s).getAttr(name);
    TYPE.repr = s -> PyStr.of(((PySuper) s).repr());
    TYPE.newSlot = (t, args, kw) -> {
      if (args.length != 2 || !(args[0] instanceof PyType type)) {
        throw PyErrors.runtimeError("super(): no arguments");
      }
      return new PySuper(type, args[1]);
    };
    TYPE.ready();
  }

  private final PyType type;
  private final PyObject obj;
  private final PyType objType;

  /** Returns {@code super(type, obj)}, raising TypeError when obj is not an instance of type. */
  public PySuper(PyType type, PyObject obj) {
    this.type = type;
    this.obj = obj;
    if (obj instanceof PyType t && t.isSubtypeOf(type)) {
      this.objType = t;
    } else if (obj.type().isSubtypeOf(type)) {
      this.objType = obj.type();
    } else {
      throw PyErrors.typeError(
          "super(type, obj): obj must be an instance or subtype of type");
    }
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private PyObject getAttr(String name) {
    if (!name.equals("__class__")) {
      boolean after = false;
      for (PyType t : objType.mro()) {
        if (after) {
          PyObject descr = t.getOwn(name);
          if (descr != null) {
            Slots.Ternary get = descr.type().descrGet;
            if (get == null) {
              return descr;
            }
            return get.apply(descr, obj == objType ? null : obj, objType);
          }
        } else if (t == type) {
          after = true;
        }
      }
    }
    return Abstract.genericGetAttr(this, name);
  }

  private String repr() {
    return "<super: <class '" + type.name() + "'>, <" + objType.name() + " object>>";
  }
}
