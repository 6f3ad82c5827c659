package dev.krait.core.runtime;

/**
 * The number builtins {@code round}, {@code pow}, {@code divmod}, {@code bin}, {@code oct} and
 * {@code hex}, for the builtins module.
 */
public final class NumberBuiltins {

  private static final String[] ROUND_NAMES = {"number", "ndigits"};
  private static final String[] POW_NAMES = {"base", "exp", "mod"};

  private NumberBuiltins() {}

  /** Returns {@code round(number, ndigits=None)} through the number's {@code __round__}. */
  public static PyObject round(PyObject[] args, String[] kwnames) {
    PyObject[] v = ArgParser.parse("round", args, kwnames, ROUND_NAMES, 1, false);
    PyObject number = v[0];
    PyObject method = number.type().lookup("__round__");
    if (method == null) {
      throw PyErrors.typeError(
          "type " + number.type().name() + " doesn't define __round__ method");
    }
    if (v[1] == null || v[1] == PyNone.NONE) {
      return Abstract.callSpecial(number, method, "__round__");
    }
    return Abstract.callSpecial(number, method, "__round__", v[1]);
  }

  /** Returns {@code pow(base, exp, mod=None)}. */
  public static PyObject pow(PyObject[] args, String[] kwnames) {
    PyObject[] v = ArgParser.parse("pow", args, kwnames, POW_NAMES, 2, false);
    return Abstract.pow(v[0], v[1], v[2] == null ? PyNone.NONE : v[2]);
  }

  /** Returns {@code divmod(a, b)}. */
  public static PyObject divmod(PyObject a, PyObject b) {
    return NumberProtocol.binary(a, b, BinaryOp.DIVMOD);
  }

  /** Returns {@code bin(x)}: {@code '0b101'}, {@code '-0b101'}. */
  public static PyStr bin(PyObject x) {
    return PyStr.of(toBase(Abstract.index(x), 2, "0b"));
  }

  /** Returns {@code oct(x)}: {@code '0o17'}. */
  public static PyStr oct(PyObject x) {
    return PyStr.of(toBase(Abstract.index(x), 8, "0o"));
  }

  /** Returns {@code hex(x)}: {@code '0xff'}. */
  public static PyStr hex(PyObject x) {
    return PyStr.of(toBase(Abstract.index(x), 16, "0x"));
  }

  private static String toBase(PyInt v, int radix, String prefix) {
    String digits;
    if (!v.isBig()) {
      long x = v.longValue();
      digits = x == Long.MIN_VALUE ? v.bigValue().negate().toString(radix)
          : Long.toString(Math.abs(x), radix);
    } else {
      digits = v.bigValue().abs().toString(radix);
    }
    return (v.signum() < 0 ? "-" : "") + prefix + digits;
  }
}
