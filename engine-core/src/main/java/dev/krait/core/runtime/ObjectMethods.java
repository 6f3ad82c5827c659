package dev.krait.core.runtime;

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
    SlotWrappers.expose(t, emptyBase());
    t.ready();
  }

  /** Returns a slotless stand-in base so that every slot of {@code object} gets its wrapper. */
  private static PyType emptyBase() {
    return PyType.slotless();
  }
}
