package dev.krait.core.runtime;

/** Python's {@code bool}: a subclass of int with the two instances True and False. */
public final class PyBool extends PyInt {

  /** The builtin type {@code bool}. */
  public static final PyType TYPE = PyType.builtin("bool", PyBool.class, PyInt.TYPE);

  /** {@code True}. */
  public static final PyBool TRUE = new PyBool(1);

  /** {@code False}. */
  public static final PyBool FALSE = new PyBool(0);

  static {
    TYPE.baseType = false;
    TYPE.repr = b -> PyStr.of(b == TRUE ? "True" : "False");
    TYPE.newSlot = (t, args, kw) -> {
      if (kw != null && kw.length > 0) {
        throw PyErrors.typeError("bool() takes no keyword arguments");
      }
      if (args.length > 1) {
        throw PyErrors.typeError("bool expected at most 1 argument, got " + args.length);
      }
      return args.length == 0 ? FALSE : of(Abstract.isTrue(args[0]));
    };
    // &, | and ^ of two bools stay bool; with other ints they are int operations.
    TYPE.binary[BinaryOp.AND.ordinal()] = (a, b) -> logical(a, b, BinaryOp.AND);
    TYPE.binary[BinaryOp.OR.ordinal()] = (a, b) -> logical(a, b, BinaryOp.OR);
    TYPE.binary[BinaryOp.XOR.ordinal()] = (a, b) -> logical(a, b, BinaryOp.XOR);
    TYPE.reflected[BinaryOp.AND.ordinal()] = (a, b) -> logical(b, a, BinaryOp.AND);
    TYPE.reflected[BinaryOp.OR.ordinal()] = (a, b) -> logical(b, a, BinaryOp.OR);
    TYPE.reflected[BinaryOp.XOR.ordinal()] = (a, b) -> logical(b, a, BinaryOp.XOR);
    TYPE.ready();
  }

  private PyBool(long v) {
    super(v);
  }

  /** Returns True or False. */
  public static PyBool of(boolean b) {
    return b ? TRUE : FALSE;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private static PyObject logical(PyObject a, PyObject b, BinaryOp op) {
    if (!(a instanceof PyInt) || !(b instanceof PyInt)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    if (a instanceof PyBool && b instanceof PyBool) {
      boolean x = a == TRUE;
      boolean y = b == TRUE;
      return of(op == BinaryOp.AND ? x & y : op == BinaryOp.OR ? x | y : x ^ y);
    }
    return IntMath.bitwise((PyInt) a, (PyInt) b, op);
  }
}
