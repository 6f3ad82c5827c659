package dev.krait.core.runtime;

import dev.krait.core.ast.ConstantRepr;
import java.math.BigDecimal;

/** Python's {@code float}: an IEEE double; ints are converted or compared exactly. */
public class PyFloat extends PyObject {

  /** The builtin type {@code float}. */
  public static final PyType TYPE = PyType.builtin("float", PyFloat.class, PyType.OBJECT);

  private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

  static {
    TYPE.repr = f -> PyStr.of(ConstantRepr.floatRepr(((PyFloat) f).value));
    TYPE.hash = f -> NumericHash.ofDouble(((PyFloat) f).value, f);
    TYPE.bool = f -> ((PyFloat) f).value != 0;
    TYPE.neg = f -> of(-((PyFloat) f).value);
    TYPE.pos = f -> f.getClass() == PyFloat.class ? f : of(((PyFloat) f).value);
    TYPE.abs = f -> of(Math.abs(((PyFloat) f).value));
    TYPE.toFloat = TYPE.pos;
    TYPE.richCompare = PyFloat::compare;
    for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL,
        BinaryOp.TRUEDIV, BinaryOp.FLOORDIV, BinaryOp.MOD, BinaryOp.DIVMOD, BinaryOp.POW}) {
      TYPE.binary[op.ordinal()] = (a, b) -> {
        if (!(b instanceof PyInt) && !(b instanceof PyFloat)) {
          return NI;
        }
        return apply(((PyFloat) a).value, operand(b), op);
      };
      TYPE.reflected[op.ordinal()] = (b, a) -> {
        if (!(a instanceof PyInt) && !(a instanceof PyFloat)) {
          return NI;
        }
        return apply(operand(a), ((PyFloat) b).value, op);
      };
    }
    TYPE.ternaryPow = (a, b, m) -> {
      // CPython's float_pow refuses a modulus before it looks at the operands.
      if (m != PyNone.NONE) {
        throw PyErrors.typeError(
            "pow() 3rd argument not allowed unless all arguments are integers");
      }
      if (!(a instanceof PyInt || a instanceof PyFloat) || !(b instanceof PyInt
          || b instanceof PyFloat)) {
        return NI;
      }
      return pow(operand(a), operand(b));
    };
    FloatMethods.defineSlots(TYPE);
    TYPE.defineLater(t -> {
      FloatMethods.define(t);
      StrFormat.defineFloat(t);
    });
    TYPE.ready();
  }

  /** The largest magnitude up to which every long converts to a double exactly: 2**53. */
  private static final long EXACT_LONG = 1L << 53;

  private final double value;

  PyFloat(double value) {
    this.value = value;
  }

  /** Returns the float {@code v}. */
  public static PyFloat of(double v) {
    return new PyFloat(v);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the double value. */
  public final double value() {
    return value;
  }

  /** Returns an int or float operand as a double. */
  private static double operand(PyObject o) {
    if (o instanceof PyFloat) {
      return ((PyFloat) o).value;
    }
    if (o instanceof PyInt) {
      return IntMath.toDouble((PyInt) o);
    }
    throw new IllegalArgumentException(o.type().name());
  }

  static PyObject apply(double x, double y, BinaryOp op) {
    switch (op) {
      case ADD:
        return of(x + y);
      case SUB:
        return of(x - y);
      case MUL:
        return of(x * y);
      case TRUEDIV:
        if (y == 0) {
          throw PyErrors.zeroDivisionError("float division by zero");
        }
        return of(x / y);
      case FLOORDIV:
        if (y == 0) {
          throw PyErrors.zeroDivisionError("float floor division by zero");
        }
        return of(divmod(x, y)[0]);
      case MOD:
        if (y == 0) {
          throw PyErrors.zeroDivisionError("float modulo");
        }
        return of(divmod(x, y)[1]);
      case DIVMOD:
        if (y == 0) {
          throw PyErrors.zeroDivisionError("float divmod()");
        }
        double[] qr = divmod(x, y);
        return PyTuple.of(of(qr[0]), of(qr[1]));
      default:
        return pow(x, y);
    }
  }

  /** Returns CPython's {@code float_divmod}: floor quotient and a remainder with y's sign. */
  static double[] divmod(double x, double y) {
    double mod = x % y;
    double div = (x - mod) / y;
    if (mod != 0) {
      if ((y < 0) != (mod < 0)) {
        mod += y;
        div -= 1.0;
      }
    } else {
      mod = Math.copySign(0.0, y);
    }
    double floordiv;
    if (div != 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, x / y);
    }
    return new double[] {floordiv, mod};
  }

  static PyObject pow(double x, double y) {
    // C99 pow's special cases, in CPython's float_pow order; Java's Math.pow differs on them.
    if (y == 0) {
      return of(1.0);
    }
    if (Double.isNaN(x)) {
      return of(x);
    }
    if (Double.isNaN(y)) {
      return of(x == 1.0 ? 1.0 : y);
    }
    if (Double.isInfinite(y)) {
      double ax = Math.abs(x);
      return of(ax == 1.0 ? 1.0 : (ax > 1.0) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0);
    }
    if (Double.isInfinite(x)) {
      return of(Math.pow(x, y));
    }
    if (x == 0 && y < 0) {
      throw PyErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
    }
    if (x < 0 && y != Math.rint(y) && Double.isFinite(y)) {
      // A negative base to a fractional power gives a complex, as CPython's float_pow.
      return PyComplex.pow(PyComplex.of(x, 0.0), PyComplex.of(y, 0.0));
    }
    double r = Math.pow(x, y);
    if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
      throw PyErrors.make(PyErrors.OVERFLOW_ERROR, PyInt.of(34),
          PyStr.of("Numerical result out of range"));
    }
    return of(r);
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    double x = ((PyFloat) a).value;
    if (b instanceof PyFloat) {
      double y = ((PyFloat) b).value;
      switch (op) {
        case LT: return PyBool.of(x < y);
        case LE: return PyBool.of(x <= y);
        case EQ: return PyBool.of(x == y);
        case NE: return PyBool.of(x != y);
        case GT: return PyBool.of(x > y);
        default: return PyBool.of(x >= y);
      }
    }
    if (b instanceof PyInt) {
      if (Double.isNaN(x)) {
        return PyBool.of(op == CompareOp.NE);
      }
      if (Double.isInfinite(x)) {
        return PyBool.of(op.test(x > 0 ? 1 : -1));
      }
      PyInt i = (PyInt) b;
      if (!i.isBig() && Math.abs(i.longValue()) <= EXACT_LONG) {
        // The int converts to a double exactly (and -0.0 equals 0, as it must).
        double y = i.longValue();
        return PyBool.of(op.test(x < y ? -1 : x > y ? 1 : 0));
      }
      // Exact comparison: never round the int to a double.
      int c = new BigDecimal(x).compareTo(new BigDecimal(((PyInt) b).bigValue()));
      return PyBool.of(op.test(c));
    }
    return NI;
  }
}
