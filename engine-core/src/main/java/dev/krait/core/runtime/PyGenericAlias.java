package dev.krait.core.runtime;

/**
 * {@code types.GenericAlias}: what subscripting a builtin class gives ({@code list[int]},
 * {@code dict[str, list[int]]}), as in annotations. It shows as written, compares by origin and
 * arguments, and calling it calls the origin.
 */
public final class PyGenericAlias extends PyObject {

  /** The type {@code types.GenericAlias}. */
  public static final PyType TYPE =
      TypeBuilder.of("types.GenericAlias", PyGenericAlias.class, PyType.OBJECT)
          .repr(a -> PyStr.of(((PyGenericAlias) a).repr()))
          .call((a, args, kw) -> Abstract.call(((PyGenericAlias) a).origin, args, kw))
          .richCompare(PyGenericAlias::compare)
          .hash(a -> Abstract.hash(((PyGenericAlias) a).origin)
              ^ Abstract.hash(((PyGenericAlias) a).args))
          .getAttr(PyGenericAlias::getAttr)
          .ready();

  private final PyObject origin;
  private final PyTuple args;

  private PyGenericAlias(PyObject origin, PyTuple args) {
    this.origin = origin;
    this.args = args;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Gives {@code type} the classmethod {@code __class_getitem__} that makes aliases of it. */
  static void defineClassGetItem(PyType type) {
    type.define("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(
        "__class_getitem__", (a, k) -> {
          if ((k != null && k.length > 0) || a.length != 2) {
            throw PyErrors.typeError("__class_getitem__() takes exactly one argument ("
                + (a.length - 1) + " given)");
          }
          PyTuple items = a[1] instanceof PyTuple t ? t : PyTuple.of(a[1]);
          return new PyGenericAlias(a[0], items);
        })));
  }

  private static PyObject getAttr(PyObject self, String name) {
    PyGenericAlias a = (PyGenericAlias) self;
    switch (name) {
      case "__origin__":
        return a.origin;
      case "__args__":
        return a.args;
      case "__parameters__":
        return PyTuple.of();
      case "__class__":
        return TYPE;
      default:
        // Everything else is the origin's, as CPython's ga_getattro.
        return Abstract.getAttr(a.origin, name);
    }
  }

  private static PyObject compare(PyObject self, PyObject other, CompareOp op) {
    if (!(other instanceof PyGenericAlias o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyGenericAlias a = (PyGenericAlias) self;
    boolean eq = Abstract.eq(a.origin, o.origin) && Abstract.eq(a.args, o.args);
    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
  }

  private String repr() {
    StringBuilder b = new StringBuilder(show(origin)).append('[');
    if (args.size() == 0) {
      b.append("()");
    }
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(show(args.get(i)));
    }
    return b.append(']').toString();
  }

  // CPython's ga_repr_item: a class as module.qualname (builtins without the module), ... as
  // "...", anything else by its repr.
  private static String show(PyObject o) {
    if (o == PyEllipsis.ELLIPSIS) {
      return "...";
    }
    if (o instanceof PyType t) {
      String module = t.module();
      return module == null || module.equals("builtins")
          ? t.qualname() : module + "." + t.qualname();
    }
    return Abstract.repr(o).value();
  }
}
