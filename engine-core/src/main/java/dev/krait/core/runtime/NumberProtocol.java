package dev.krait.core.runtime;

/**
 * The binary operator dance of CPython's {@code binary_op1}: the left operand's method, then the
 * right's reflected one, except that a right operand whose type is a proper subclass of the
 * left's and overrides the reflected method goes first; {@code NotImplemented} passes the turn.
 */
final class NumberProtocol {

  private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

  private NumberProtocol() {}

  static PyObject binary(PyObject a, PyObject b, BinaryOp op) {
    PyObject r = binaryOrNotImplemented(a, b, op);
    if (r == NI) {
      throw unsupported(a, b, op, op.symbol());
    }
    return r;
  }

  static PyObject binaryOrNotImplemented(PyObject a, PyObject b, BinaryOp op) {
    int i = op.ordinal();
    PyType ta = a.type();
    PyType tb = b.type();
    Slots.Binary left = ta.binary[i];
    Slots.Binary right = ta == tb ? null : tb.reflected[i];
    if (right != null && tb.isSubtypeOf(ta) && overridesReflected(ta, tb, op)) {
      PyObject r = right.apply(b, a);
      if (r != NI) {
        return r;
      }
      right = null;
    }
    if (left != null) {
      PyObject r = left.apply(a, b);
      if (r != NI) {
        return r;
      }
    }
    if (right != null) {
      return right.apply(b, a);
    }
    return NI;
  }

  private static boolean overridesReflected(PyType ta, PyType tb, BinaryOp op) {
    return tb.lookup(op.reflected()) != ta.lookup(op.reflected());
  }

  static PyObject inplace(PyObject a, PyObject b, BinaryOp op) {
    Slots.Binary f = a.type().inplace[op.ordinal()];
    if (f != null) {
      PyObject r = f.apply(a, b);
      if (r != NI) {
        return r;
      }
    }
    PyObject r = binaryOrNotImplemented(a, b, op);
    if (r == NI) {
      throw unsupported(a, b, op, op.inplaceSymbol());
    }
    return r;
  }

  /** Returns {@code pow(a, b, mod)} by CPython's {@code ternary_op}: a's, b's, then mod's slot. */
  static PyObject pow(PyObject a, PyObject b, PyObject mod) {
    if (mod == PyNone.NONE) {
      return binary(a, b, BinaryOp.POW);
    }
    PyType ta = a.type();
    PyType tb = b.type();
    Slots.Ternary slotA = ta.ternaryPow;
    Slots.Ternary slotB = tb != ta ? tb.ternaryPow : null;
    if (slotB == slotA) {
      slotB = null;
    }
    if (slotA != null) {
      if (slotB != null && tb.isSubtypeOf(ta)) {
        PyObject r = slotB.apply(a, b, mod);
        if (r != NI) {
          return r;
        }
        slotB = null;
      }
      PyObject r = slotA.apply(a, b, mod);
      if (r != NI) {
        return r;
      }
    }
    if (slotB != null) {
      PyObject r = slotB.apply(a, b, mod);
      if (r != NI) {
        return r;
      }
    }
    Slots.Ternary slotM = mod.type().ternaryPow;
    if (slotM != null && slotM != slotA && slotM != slotB) {
      PyObject r = slotM.apply(a, b, mod);
      if (r != NI) {
        return r;
      }
    }
    throw PyErrors.typeError(
        "unsupported operand type(s) for ** or pow(): '" + ta.name() + "', '"
            + tb.name() + "', '" + mod.type().name() + "'");
  }

  static PyObject unary(PyObject o, Slots.Unary f, String symbol) {
    if (f == null) {
      throw PyErrors.typeError(
          "bad operand type for unary " + symbol + ": '" + o.type().name() + "'");
    }
    return f.apply(o);
  }

  private static PyException unsupported(PyObject a, PyObject b, BinaryOp op, String symbol) {
    PyType ta = a.type();
    PyType tb = b.type();
    if (op == BinaryOp.ADD && ta.sequence) {
      return PyErrors.typeError(
          "can only concatenate " + ta.name() + " (not \"" + tb.name() + "\") to " + ta.name());
    }
    if (op == BinaryOp.MUL && (ta.sequence || tb.sequence)) {
      PyType other = ta.sequence ? tb : ta;
      return PyErrors.typeError(
          "can't multiply sequence by non-int of type '" + other.name() + "'");
    }
    return PyErrors.typeError(
        "unsupported operand type(s) for " + symbol + ": '" + ta.name() + "' and '" + tb.name()
            + "'");
  }
}
