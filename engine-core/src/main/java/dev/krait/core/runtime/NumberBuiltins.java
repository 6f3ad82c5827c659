package dev.krait.core.runtime;

/** The number builtins {@code round}, {@code pow} and {@code divmod}, for the builtins module. */
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
}
