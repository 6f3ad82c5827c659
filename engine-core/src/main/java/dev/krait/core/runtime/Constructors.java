package dev.krait.core.runtime;

import java.math.BigInteger;

/**
 * The {@code __new__} of the builtin value types ({@code int}, {@code float}, {@code str},
 * {@code tuple}, {@code dict}) and the item access of {@code str} and {@code tuple}, with
 * CPython 3.11's error messages.
 */
final class Constructors {

  private Constructors() {}

  /** {@code int(x=0)} and {@code int(x, base=10)}. */
  static PyObject newInt(PyType type, PyObject[] args, String[] kwnames) {
    PyObject[] a = ArgParser.parse("int", args, kwnames, new String[] {"", "base"}, 0, false);
    if (a[0] == null) {
      if (a[1] != null) {
        throw PyErrors.typeError("int() missing string argument");
      }
      return PyInt.of(0);
    }
    PyObject x = a[0];
    if (a[1] != null) {
      if (!(x instanceof PyStr s)) {
        throw PyErrors.typeError("int() can't convert non-string with explicit base");
      }
      return parseInt(s.value(), (int) Abstract.index(a[1]).longValue());
    }
    if (x instanceof PyStr s) {
      return parseInt(s.value(), 10);
    }
    if (x.getClass() == PyInt.class) {
      return x;
    }
    if (x instanceof PyBool b) {
      return PyInt.of(b.longValue());
    }
    if (x instanceof PyFloat f) {
      double d = f.value();
      if (Double.isNaN(d)) {
        throw PyErrors.valueError("cannot convert float NaN to integer");
      }
      if (Double.isInfinite(d)) {
        throw PyErrors.overflowError("cannot convert float infinity to integer");
      }
      return Math.abs(d) < 9.0e18 ? PyInt.of((long) d)
          : PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }
    if (x.type().toInt != null) {
      return x.type().toInt.apply(x);
    }
    if (x.type().index != null) {
      return x.type().index.apply(x);
    }
    throw PyErrors.typeError(
        "int() argument must be a string, a bytes-like object or a real number, not '"
            + x.type().name() + "'");
  }

  private static PyInt parseInt(String text, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
      throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
    }
    String s = text.strip();
    String digits = s;
    boolean negative = false;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      negative = digits.charAt(0) == '-';
      digits = digits.substring(1);
    }
    String lower = digits.toLowerCase();
    int b = base;
    if ((b == 16 || b == 0) && lower.startsWith("0x")) {
      b = 16;
      digits = digits.substring(2);
    } else if ((b == 8 || b == 0) && lower.startsWith("0o")) {
      b = 8;
      digits = digits.substring(2);
    } else if ((b == 2 || b == 0) && lower.startsWith("0b")) {
      b = 2;
      digits = digits.substring(2);
    } else if (b == 0) {
      b = 10;
    }
    if (digits.startsWith("_") && b != 10 && digits.length() != s.length()) {
      digits = digits.substring(1);
    }
    boolean ok = !digits.isEmpty() && !digits.endsWith("_") && !digits.contains("__")
        && !digits.startsWith("_");
    StringBuilder clean = new StringBuilder();
    for (int i = 0; ok && i < digits.length(); i++) {
      char ch = digits.charAt(i);
      if (ch == '_') {
        continue;
      }
      if (Character.digit(ch, b) < 0) {
        ok = false;
      }
      clean.append(ch);
    }
    if (!ok) {
      throw PyErrors.valueError(
          "invalid literal for int() with base " + base + ": " + ConstantReprs.of(text));
    }
    BigInteger v = new BigInteger(clean.toString(), b);
    return PyInt.of(negative ? v.negate() : v);
  }

  /** {@code float(x=0.0)}. */
  static PyObject newFloat(PyType type, PyObject[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError("float() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError("float expected at most 1 argument, got " + args.length);
    }
    if (args.length == 0) {
      return PyFloat.of(0.0);
    }
    PyObject x = args[0];
    if (x.getClass() == PyFloat.class) {
      return x;
    }
    if (x instanceof PyStr s) {
      return PyFloat.of(parseFloat(s.value()));
    }
    if (x.type().toFloat != null) {
      return x.type().toFloat.apply(x);
    }
    throw PyErrors.typeError(
        "float() argument must be a string or a real number, not '" + x.type().name() + "'");
  }

  private static double parseFloat(String text) {
    String s = text.strip().replace("_", "");
    String lower = s.toLowerCase();
    String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
    double sign = lower.startsWith("-") ? -1 : 1;
    if (body.equals("inf") || body.equals("infinity")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (body.equals("nan")) {
      return Double.NaN;
    }
    boolean ok = !body.isEmpty();
    for (int i = 0; ok && i < body.length(); i++) {
      char ch = body.charAt(i);
      ok = (ch >= '0' && ch <= '9') || ch == '.' || ch == 'e' || ch == '+' || ch == '-';
    }
    if (ok) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        // Reported below with CPython's message.
      }
    }
    throw PyErrors.valueError("could not convert string to float: " + ConstantReprs.of(text));
  }

  /** {@code str(object='')}. */
  static PyObject newStr(PyType type, PyObject[] args, String[] kwnames) {
    PyObject[] a =
        ArgParser.parse("str", args, kwnames, new String[] {"object"}, 0, false);
    return a[0] == null ? PyStr.EMPTY : Abstract.str(a[0]);
  }

  /** {@code tuple(iterable=())}. */
  static PyObject newTuple(PyType type, PyObject[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErrors.typeError("tuple() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError("tuple expected at most 1 argument, got " + args.length);
    }
    return args.length == 0 ? PyTuple.EMPTY : PyTuple.fromIterable(args[0]);
  }

  /** {@code str[i]}: the code point at {@code i} as a string. */
  static PyObject strItem(PyObject self, PyObject key) {
    String v = ((PyStr) self).value();
    if (key instanceof PySlice s) {
      int[] cps = v.codePoints().toArray();
      long[] ix = s.indices(cps.length);
      StringBuilder out = new StringBuilder();
      for (long i = 0; i < ix[3]; i++) {
        out.appendCodePoint(cps[(int) (ix[0] + i * ix[2])]);
      }
      return PyStr.of(out.toString());
    }
    int n = v.codePointCount(0, v.length());
    int i = SequenceIndex.of(key, n, "string", "string");
    int at = v.offsetByCodePoints(0, i);
    return PyStr.of(new String(Character.toChars(v.codePointAt(at))));
  }

  /** {@code tuple[i]}. */
  static PyObject tupleItem(PyObject self, PyObject key) {
    PyTuple t = (PyTuple) self;
    if (key instanceof PySlice s) {
      return PyTuple.of(s.select(t.toArrayCopy(), t.size()));
    }
    return t.get(SequenceIndex.of(key, t.size(), "tuple", "tuple"));
  }

  /** {@code tuple * n} and {@code n * tuple}. */
  static PyObject tupleRepeat(PyObject self, PyObject n) {
    if (!(n instanceof PyInt)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyTuple t = (PyTuple) self;
    long times = Math.max(0, Abstract.index(n).longValue());
    PyObject[] out = new PyObject[(int) (t.size() * times)];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.get(i % t.size());
    }
    return PyTuple.of(out);
  }

  /** {@code str * n} and {@code n * str}. */
  static PyObject strRepeat(PyObject self, PyObject n) {
    if (!(n instanceof PyInt)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyInt count = (PyInt) n;
    String v = ((PyStr) self).value();
    if (count.signum() <= 0 || v.isEmpty()) {
      return PyStr.EMPTY;
    }
    if (count.isBig() || count.longValue() * v.length() > Integer.MAX_VALUE - 8) {
      throw PyErrors.make(PyErrors.OVERFLOW_ERROR, "repeated string is too long");
    }
    return PyStr.of(v.repeat((int) count.longValue()));
  }

  /** {@code str.__contains__}. */
  static boolean strContains(PyObject self, PyObject item) {
    if (!(item instanceof PyStr s)) {
      throw PyErrors.typeError(
          "'in <string>' requires string as left operand, not " + item.type().name());
    }
    return ((PyStr) self).value().contains(s.value());
  }

  /** {@code tuple.__contains__}. */
  static boolean tupleContains(PyObject self, PyObject item) {
    PyTuple t = (PyTuple) self;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i) == item || Abstract.eq(t.get(i), item)) {
        return true;
      }
    }
    return false;
  }

  /** A repr of a Java string for messages. */
  private static final class ConstantReprs {
    static String of(String s) {
      return Abstract.repr(PyStr.of(s)).value();
    }
  }
}
