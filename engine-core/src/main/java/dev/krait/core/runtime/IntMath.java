package dev.krait.core.runtime;

import java.math.BigInteger;

/** The arithmetic kernels of int: long fast paths with overflow checks, else BigInteger. */
final class IntMath {

  private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

  private IntMath() {}

  static void defineSlots(PyType t) {
    t.repr = o -> PyStr.of(toDecimal((PyInt) o));
    t.hash = o -> {
      PyInt i = (PyInt) o;
      return i.isBig() ? NumericHash.ofBig(i.bigValue()) : NumericHash.ofLong(i.longValue());
    };
    t.bool = o -> ((PyInt) o).signum() != 0;
    t.richCompare = IntMath::compare;
    t.neg = o -> neg((PyInt) o);
    t.pos = o -> o.getClass() == PyInt.class ? o : copy((PyInt) o);
    t.abs = o -> ((PyInt) o).signum() < 0 ? neg((PyInt) o) : copy((PyInt) o);
    t.invert = o -> sub(neg((PyInt) o), PyInt.of(1));
    t.index = o -> copy((PyInt) o);
    t.toInt = t.index;
    t.toFloat = o -> PyFloat.of(toDouble((PyInt) o));
    for (BinaryOp op : BinaryOp.VALUES) {
      if (op == BinaryOp.MATMUL) {
        continue;
      }
      t.binary[op.ordinal()] =
          (a, b) -> b instanceof PyInt ? apply((PyInt) a, (PyInt) b, op) : NI;
      t.reflected[op.ordinal()] =
          (b, a) -> a instanceof PyInt ? apply((PyInt) a, (PyInt) b, op) : NI;
    }
    t.ternaryPow = (a, b, m) -> {
      if (!(a instanceof PyInt) || !(b instanceof PyInt)) {
        return NI;
      }
      if (m == PyNone.NONE) {
        return pow((PyInt) a, (PyInt) b);
      }
      if (!(m instanceof PyInt)) {
        return NI;
      }
      return modPow((PyInt) a, (PyInt) b, (PyInt) m);
    };
  }

  private static PyInt copy(PyInt i) {
    return i.getClass() == PyInt.class ? i
        : i.isBig() ? PyInt.of(i.bigValue()) : PyInt.of(i.longValue());
  }

  static String toDecimal(PyInt i) {
    if (!i.isBig()) {
      return Long.toString(i.longValue());
    }
    if (i.bigValue().bitLength() > 14300) { // ~4300 decimal digits; checked exactly below
      String s = i.bigValue().toString();
      if (s.length() - (i.signum() < 0 ? 1 : 0) > 4300) {
        throw PyErrors.valueError(
            "Exceeds the limit (4300 digits) for integer string conversion; use"
                + " sys.set_int_max_str_digits() to increase the limit");
      }
      return s;
    }
    return i.bigValue().toString();
  }

  static PyObject apply(PyInt a, PyInt b, BinaryOp op) {
    switch (op) {
      case ADD:
        return add(a, b);
      case SUB:
        return sub(a, b);
      case MUL:
        return mul(a, b);
      case TRUEDIV:
        return trueDiv(a, b);
      case FLOORDIV:
        return floorDiv(a, b);
      case MOD:
        return mod(a, b);
      case DIVMOD:
        return PyTuple.of(floorDiv(a, b), mod(a, b));
      case POW:
        return pow(a, b);
      case LSHIFT:
        return lshift(a, b);
      case RSHIFT:
        return rshift(a, b);
      default:
        return bitwise(a, b, op);
    }
  }

  static PyInt add(PyInt a, PyInt b) {
    if (!a.isBig() && !b.isBig()) {
      long x = a.longValue();
      long y = b.longValue();
      long r = x + y;
      // Overflow iff both operands have the sign opposite to the result's.
      if (((x ^ r) & (y ^ r)) >= 0) {
        return PyInt.of(r);
      }
    }
    return PyInt.of(a.bigValue().add(b.bigValue()));
  }

  static PyInt sub(PyInt a, PyInt b) {
    if (!a.isBig() && !b.isBig()) {
      long x = a.longValue();
      long y = b.longValue();
      long r = x - y;
      if (((x ^ y) & (x ^ r)) >= 0) {
        return PyInt.of(r);
      }
    }
    return PyInt.of(a.bigValue().subtract(b.bigValue()));
  }

  static PyInt mul(PyInt a, PyInt b) {
    if (!a.isBig() && !b.isBig()) {
      long x = a.longValue();
      long y = b.longValue();
      long hi = Math.multiplyHigh(x, y);
      long lo = x * y;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return PyInt.of(lo);
      }
    }
    return PyInt.of(a.bigValue().multiply(b.bigValue()));
  }

  static PyInt neg(PyInt a) {
    if (!a.isBig() && a.longValue() != Long.MIN_VALUE) {
      return PyInt.of(-a.longValue());
    }
    return PyInt.of(a.bigValue().negate());
  }

  static PyInt floorDiv(PyInt a, PyInt b) {
    if (b.signum() == 0) {
      throw PyErrors.zeroDivisionError("integer division or modulo by zero");
    }
    if (!a.isBig() && !b.isBig() && !(a.longValue() == Long.MIN_VALUE && b.longValue() == -1)) {
      return PyInt.of(Math.floorDiv(a.longValue(), b.longValue()));
    }
    BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
    BigInteger q = qr[0];
    if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
      q = q.subtract(BigInteger.ONE);
    }
    return PyInt.of(q);
  }

  static PyInt mod(PyInt a, PyInt b) {
    if (b.signum() == 0) {
      throw PyErrors.zeroDivisionError("integer modulo by zero");
    }
    if (!a.isBig() && !b.isBig()) {
      return PyInt.of(Math.floorMod(a.longValue(), b.longValue()));
    }
    BigInteger r = a.bigValue().mod(b.bigValue().abs());
    if (b.signum() < 0 && r.signum() != 0) {
      r = r.add(b.bigValue());
    }
    return PyInt.of(r);
  }

  /** Returns {@code a / b} correctly rounded, as CPython's {@code long_true_divide}. */
  static PyFloat trueDiv(PyInt a, PyInt b) {
    if (b.signum() == 0) {
      throw PyErrors.zeroDivisionError("division by zero");
    }
    if (!a.isBig() && !b.isBig() && Math.abs(a.longValue()) < (1L << 53)
        && Math.abs(b.longValue()) < (1L << 53)) {
      return PyFloat.of((double) a.longValue() / (double) b.longValue());
    }
    if (a.signum() == 0) {
      return PyFloat.of(b.signum() < 0 ? -0.0 : 0.0);
    }
    // Exact quotient rounded to 53 bits: scale so that the integer quotient has 55+ bits, then
    // round half-even with the remainder as sticky bit.
    BigInteger x = a.bigValue().abs();
    BigInteger y = b.bigValue().abs();
    int shift = y.bitLength() - x.bitLength() + 55;
    BigInteger n = shift > 0 ? x.shiftLeft(shift) : x;
    BigInteger d = shift < 0 ? y.shiftLeft(-shift) : y;
    BigInteger[] qr = n.divideAndRemainder(d);
    BigInteger q = qr[0];
    if (qr[1].signum() != 0) {
      q = q.setBit(0); // sticky
    }
    double result = scaleRound(q, -shift);
    if (Double.isInfinite(result)) {
      throw PyErrors.overflowError("integer division result too large for a float");
    }
    return PyFloat.of(a.signum() * b.signum() < 0 ? -result : result);
  }

  /** Returns {@code q * 2**exp} rounded once, half-even, to a double (q has >= 55 bits). */
  private static double scaleRound(BigInteger q, int exp) {
    int bits = q.bitLength();
    int e = exp + bits; // value = 0.1xxx * 2**e
    int keep = 53;
    if (e < -1021) {
      keep = Math.max(0, 53 - (-1021 - e)); // subnormal: fewer significant bits
    }
    int drop = bits - keep;
    BigInteger top = q.shiftRight(drop);
    boolean half = q.testBit(drop - 1);
    boolean rest = q.getLowestSetBit() < drop - 1;
    if (half && (rest || top.testBit(0))) {
      top = top.add(BigInteger.ONE);
    }
    return Math.scalb(top.doubleValue(), exp + drop);
  }

  static double toDouble(PyInt i) {
    if (!i.isBig()) {
      return (double) i.longValue();
    }
    double d = i.bigValue().doubleValue(); // BigInteger rounds half-even
    if (Double.isInfinite(d)) {
      throw PyErrors.overflowError("int too large to convert to float");
    }
    return d;
  }

  static PyObject pow(PyInt a, PyInt b) {
    if (b.signum() < 0) {
      double x = toDouble(a);
      if (x == 0) {
        throw PyErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
      }
      return PyFloat.of(Math.pow(x, toDouble(b)));
    }
    if (b.isBig()) {
      if (!a.isBig() && Math.abs(a.longValue()) <= 1) {
        long x = a.longValue();
        return PyInt.of(x == -1 && b.bigValue().testBit(0) ? -1 : x == 0 ? 0 : 1);
      }
      throw PyErrors.make(PyErrors.MEMORY_ERROR);
    }
    long e = b.longValue();
    if (!a.isBig()) {
      long base = a.longValue();
      long result = 1;
      boolean overflow = false;
      for (long k = e, p = base; k > 0; k >>= 1) {
        if ((k & 1) != 0) {
          long hi = Math.multiplyHigh(result, p);
          long lo = result * p;
          if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
            overflow = true;
            break;
          }
          result = lo;
        }
        if (k > 1) {
          long hi = Math.multiplyHigh(p, p);
          long lo = p * p;
          if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
            overflow = true;
            break;
          }
          p = lo;
        }
      }
      if (!overflow) {
        return PyInt.of(result);
      }
    }
    if (e > Integer.MAX_VALUE) {
      throw PyErrors.make(PyErrors.MEMORY_ERROR);
    }
    return PyInt.of(a.bigValue().pow((int) e));
  }

  static PyObject modPow(PyInt a, PyInt b, PyInt m) {
    if (m.signum() == 0) {
      throw PyErrors.valueError("pow() 3rd argument cannot be 0");
    }
    BigInteger mod = m.bigValue();
    BigInteger absMod = mod.abs();
    BigInteger r;
    if (b.signum() < 0) {
      BigInteger inv;
      try {
        inv = a.bigValue().modInverse(absMod);
      } catch (ArithmeticException e) {
        throw PyErrors.valueError("base is not invertible for the given modulus");
      }
      r = inv.modPow(b.bigValue().negate(), absMod);
    } else {
      r = a.bigValue().modPow(b.bigValue(), absMod);
    }
    if (mod.signum() < 0 && r.signum() != 0) {
      r = r.add(mod);
    }
    return PyInt.of(r);
  }

  static PyInt lshift(PyInt a, PyInt b) {
    if (b.signum() < 0) {
      throw PyErrors.valueError("negative shift count");
    }
    if (a.signum() == 0) {
      return PyInt.of(0);
    }
    if (b.isBig() || b.longValue() > Integer.MAX_VALUE) {
      throw PyErrors.overflowError("too many digits in integer");
    }
    int s = (int) b.longValue();
    if (!a.isBig() && s < 63) {
      long x = a.longValue();
      long r = x << s;
      if ((r >> s) == x) {
        return PyInt.of(r);
      }
    }
    return PyInt.of(a.bigValue().shiftLeft(s));
  }

  static PyInt rshift(PyInt a, PyInt b) {
    if (b.signum() < 0) {
      throw PyErrors.valueError("negative shift count");
    }
    if (b.isBig() || b.longValue() >= Integer.MAX_VALUE) {
      return PyInt.of(a.signum() < 0 ? -1 : 0);
    }
    long s = b.longValue();
    if (!a.isBig()) {
      return PyInt.of(a.longValue() >> Math.min(s, 63));
    }
    return PyInt.of(a.bigValue().shiftRight((int) s));
  }

  static PyInt bitwise(PyInt a, PyInt b, BinaryOp op) {
    if (!a.isBig() && !b.isBig()) {
      long x = a.longValue();
      long y = b.longValue();
      return PyInt.of(op == BinaryOp.AND ? x & y : op == BinaryOp.OR ? x | y : x ^ y);
    }
    BigInteger x = a.bigValue();
    BigInteger y = b.bigValue();
    return PyInt.of(op == BinaryOp.AND ? x.and(y) : op == BinaryOp.OR ? x.or(y) : x.xor(y));
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (b instanceof PyInt) {
      PyInt x = (PyInt) a;
      PyInt y = (PyInt) b;
      int c = !x.isBig() && !y.isBig() ? Long.compare(x.longValue(), y.longValue())
          : x.bigValue().compareTo(y.bigValue());
      return PyBool.of(op.test(c));
    }
    return NI;
  }
}
