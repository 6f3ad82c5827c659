package dev.krait.core.runtime;

import java.math.BigInteger;

/** The constructor, attributes and methods of {@code int} ({@code bit_length}, ...). */
final class IntMethods {

  private static final String[] NEW_NAMES = {"", "base"};

  private IntMethods() {}

  /** Sets the type's slots: before {@link PyType#ready()}, unlike the methods. */
  static void defineSlots(PyType t) {
    t.newSlot = IntMethods::create;
  }

  static void define(PyType t) {
    PyGetSetDescriptor.define(t, "real", IntMethods::exact, null);
    PyGetSetDescriptor.define(t, "imag", i -> PyInt.of(0), null);
    PyGetSetDescriptor.define(t, "numerator", IntMethods::exact, null);
    PyGetSetDescriptor.define(t, "denominator", i -> PyInt.of(1), null);
    PyMethodDescriptor.define(t, "conjugate", (PyMethodDescriptor.Fn0) IntMethods::exact);
    PyMethodDescriptor.define(t, "__trunc__", (PyMethodDescriptor.Fn0) IntMethods::exact);
    PyMethodDescriptor.define(t, "__floor__", (PyMethodDescriptor.Fn0) IntMethods::exact);
    PyMethodDescriptor.define(t, "__ceil__", (PyMethodDescriptor.Fn0) IntMethods::exact);
    PyMethodDescriptor.define(t, "__round__", IntMethods::round);
    PyMethodDescriptor.define(t, "__getnewargs__",
        (PyMethodDescriptor.Fn0) i -> PyTuple.of(exact(i)));
    PyMethodDescriptor.define(t, "bit_length", (PyMethodDescriptor.Fn0) i ->
        PyInt.of(bitLength((PyInt) i)));
    PyMethodDescriptor.define(t, "bit_count", (PyMethodDescriptor.Fn0) i -> {
      PyInt v = (PyInt) i;
      if (!v.isBig()) {
        long x = v.longValue();
        return PyInt.of(x == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(x)));
      }
      return PyInt.of(v.bigValue().abs().bitCount());
    });
    PyMethodDescriptor.define(t, "as_integer_ratio", (PyMethodDescriptor.Fn0) i ->
        PyTuple.of(exact(i), PyInt.of(1)));
    PyMethodDescriptor.define(t, "to_bytes", IntMethods::toBytesMethod);
    t.define("from_bytes", new PyClassMethod(
        new PyBuiltinFunction("from_bytes", IntMethods::fromBytesMethod)));
  }

  private static final String[] TO_BYTES_NAMES = {"length", "byteorder", "signed"};
  private static final String[] FROM_BYTES_NAMES = {"bytes", "byteorder", "signed"};

  /** Returns {@code int.to_bytes(self, length=1, byteorder='big', *, signed=False)}. */
  private static PyObject toBytesMethod(PyObject self, PyObject[] args, String[] kwnames) {
    PyObject[] v = parseBytesArgs("to_bytes", args, kwnames, TO_BYTES_NAMES, 0);
    long length = 1;
    if (v[0] != null) {
      PyInt n = Abstract.index(v[0]);
      if (n.isBig()) {
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
      }
      length = n.longValue();
    }
    boolean big = v[1] == null || bigEndian("to_bytes", v[1]);
    boolean signed = v[2] != null && Abstract.isTrue(v[2]);
    return PyBytes.of(toBytes((PyInt) self, length, big, signed));
  }

  /** Returns {@code int.from_bytes(cls, bytes, byteorder='big', *, signed=False)}. */
  private static PyObject fromBytesMethod(PyObject[] args, String[] kwnames) {
    PyType cls = (PyType) args[0];
    PyObject[] rest = new PyObject[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    PyObject[] v = parseBytesArgs("from_bytes", rest, kwnames, FROM_BYTES_NAMES, 1);
    boolean big = v[1] == null || bigEndian("from_bytes", v[1]);
    boolean signed = v[2] != null && Abstract.isTrue(v[2]);
    PyInt r = fromBytes(bytesOf(v[0]), big, signed);
    return cls == PyInt.TYPE ? r : Abstract.call(cls, r);
  }

  private static PyObject[] parseBytesArgs(
      String fname, PyObject[] args, String[] kwnames, String[] names, int required) {
    int npos = args.length - (kwnames == null ? 0 : kwnames.length);
    if (npos > 2) {
      throw PyErrors.typeError(
          fname + "() takes at most 2 positional arguments (" + npos + " given)");
    }
    return ArgParser.parse(fname, args, kwnames, names, required, true);
  }

  /** Returns the bytes of {@code bytes(o)} as CPython's {@code PyObject_Bytes} makes them. */
  private static byte[] bytesOf(PyObject o) {
    byte[] b = BytesSupport.bufferOrNull(o);
    if (b != null) {
      return b;
    }
    PyObject special = o.type().lookup("__bytes__");
    if (special != null) {
      PyObject r = Abstract.callSpecial(o, special, "__bytes__");
      if (!(r instanceof PyBytes)) {
        throw PyErrors.typeError(
            "__bytes__ returned non-bytes (type " + r.type().name() + ")");
      }
      return ((PyBytes) r).toArray();
    }
    PyType t = o.type();
    if (o instanceof PyStr || (t.iter == null && t.getItem == null)) {
      throw PyErrors.typeError("cannot convert '" + t.name() + "' object to bytes");
    }
    return BytesSupport.fromSource(o, null, null, "bytes");
  }

  /** Returns a bytes-like value as text for number parsing: bytes above 127 never match. */
  static String bytesText(byte[] b) {
    char[] c = new char[b.length];
    for (int i = 0; i < b.length; i++) {
      c[i] = b[i] >= 0 ? (char) b[i] : '?';
    }
    return new String(c);
  }

  /** Returns the exact int of the same value (an int subclass instance becomes a plain int). */
  static PyInt exact(PyObject o) {
    PyInt i = (PyInt) o;
    if (i.getClass() == PyInt.class) {
      return i;
    }
    return i.isBig() ? PyInt.of(i.bigValue()) : PyInt.of(i.longValue());
  }

  static long bitLength(PyInt v) {
    if (!v.isBig()) {
      long x = v.longValue();
      return x == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(x));
    }
    return v.bigValue().abs().bitLength();
  }

  /** Returns {@code int.__round__(self, ndigits=None)}: half-even to a multiple of 10**-n. */
  private static PyObject round(PyObject self, PyObject[] args, String[] kwnames) {
    PyObject[] v = ArgParser.parse("__round__", args, kwnames, new String[] {"ndigits"}, 0,
        false);
    PyInt x = exact(self);
    if (v[0] == null) { // an explicit None is an error here, unlike round(x, None)
      return x;
    }
    PyInt nd = Abstract.index(v[0]);
    if (nd.signum() >= 0) {
      return x;
    }
    BigInteger value = x.bigValue();
    // 10**-ndigits beyond the value's digit count rounds everything to 0.
    if (nd.isBig() || -nd.longValue() > value.abs().toString().length() + 1L) {
      return PyInt.of(0);
    }
    BigInteger pow10 = BigInteger.TEN.pow((int) -nd.longValue());
    BigInteger[] qr = value.divideAndRemainder(pow10);
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() < 0) { // floor division, as CPython's divmod
      q = q.subtract(BigInteger.ONE);
      r = r.add(pow10);
    }
    int c = r.shiftLeft(1).compareTo(pow10);
    if (c > 0 || (c == 0 && q.testBit(0))) {
      q = q.add(BigInteger.ONE);
    }
    return PyInt.of(q.multiply(pow10));
  }

  /** Returns {@code int.__new__(type, x=0, base=10)} as CPython's long_new. */
  static PyObject create(PyType type, PyObject[] args, String[] kwnames) {
    if (args.length > 2) {
      throw PyErrors.typeError("int() takes at most 2 arguments (" + args.length + " given)");
    }
    if (kwnames != null) {
      for (String k : kwnames) {
        if (!k.equals("base")) {
          throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for int()");
        }
      }
    }
    PyObject[] v = ArgParser.parse("int", args, kwnames, NEW_NAMES, 0, false);
    PyInt result;
    if (v[0] == null) {
      if (v[1] != null) {
        throw PyErrors.typeError("int() missing string argument");
      }
      result = PyInt.of(0);
    } else if (v[1] == null) {
      result = toInt(v[0]);
    } else {
      PyInt b = Abstract.index(v[1]);
      long base = b.isBig() ? -1 : b.longValue();
      if (base != 0 && (base < 2 || base > 36)) {
        throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
      }
      byte[] raw = BytesSupport.bufferOrNull(v[0]);
      if (raw != null) {
        result = NumberParsing.parseInt(bytesText(raw), (int) base, v[0]);
      } else if (v[0] instanceof PyStr) {
        result = NumberParsing.parseInt(((PyStr) v[0]).value(), (int) base, v[0]);
      } else {
        throw PyErrors.typeError("int() can't convert non-string with explicit base");
      }
    }
    if (type == PyInt.TYPE) {
      return result;
    }
    return new PyIntSubclass(type, result);
  }

  /** Returns {@code int(x)} for one argument: str, int, {@code __int__}, {@code __index__}, ... */
  static PyInt toInt(PyObject x) {
    if (x.getClass() == PyInt.class) {
      return (PyInt) x;
    }
    if (x instanceof PyStr) {
      return NumberParsing.parseInt(((PyStr) x).value(), 10, x);
    }
    PyType t = x.type();
    if (t.toInt != null) {
      PyObject r = t.toInt.apply(x);
      if (!(r instanceof PyInt)) {
        throw PyErrors.typeError(
            "__int__ returned non-int (type " + r.type().name() + ")");
      }
      return exact(r);
    }
    if (t.index != null) {
      return exact(Abstract.index(x));
    }
    byte[] raw = BytesSupport.bufferOrNull(x);
    if (raw != null) {
      return NumberParsing.parseInt(bytesText(raw), 10, x);
    }
    PyObject trunc = t.lookup("__trunc__");
    if (trunc != null) {
      PyObject r = Abstract.callSpecial(x, trunc, "__trunc__");
      if (r instanceof PyInt) {
        return exact(r);
      }
      PyObject idx = Abstract.indexOrNull(r);
      if (idx == null) {
        throw PyErrors.typeError(
            "__trunc__ returned non-Integral (type " + r.type().name() + ")");
      }
      return exact(idx);
    }
    throw PyErrors.typeError(
        "int() argument must be a string, a bytes-like object or a real number, not '"
            + t.name() + "'");
  }

  /**
   * Returns the {@code length} bytes of {@code int.to_bytes}, raising CPython's OverflowError
   * when the value does not fit.
   */
  static byte[] toBytes(PyInt v, long length, boolean bigEndian, boolean signed) {
    if (length < 0) {
      throw PyErrors.valueError("length argument must be non-negative");
    }
    if (!signed && v.signum() < 0) {
      throw PyErrors.overflowError("can't convert negative int to unsigned");
    }
    BigInteger b = v.bigValue();
    int needed = signed ? b.bitLength() + 1 : b.bitLength();
    if (needed > length * 8) {
      throw PyErrors.overflowError("int too big to convert");
    }
    byte[] out = new byte[(int) length];
    byte[] two = b.toByteArray(); // big-endian two's complement, minimal
    byte fill = (byte) (b.signum() < 0 ? 0xff : 0);
    for (int i = 0; i < out.length; i++) {
      int src = two.length - 1 - i; // i-th least significant byte
      byte x = src >= 0 ? two[src] : fill;
      out[bigEndian ? out.length - 1 - i : i] = x;
    }
    return out;
  }

  /** Returns {@code int.from_bytes(bytes, byteorder, signed=signed)}. */
  static PyInt fromBytes(byte[] bytes, boolean bigEndian, boolean signed) {
    byte[] be = new byte[bytes.length + 1]; // leading zero keeps BigInteger unsigned
    for (int i = 0; i < bytes.length; i++) {
      be[i + 1] = bytes[bigEndian ? i : bytes.length - 1 - i];
    }
    BigInteger v = new BigInteger(be);
    if (signed && bytes.length > 0 && be[1] < 0) {
      v = v.subtract(BigInteger.ONE.shiftLeft(bytes.length * 8));
    }
    return PyInt.of(v);
  }

  /** Returns whether a {@code byteorder} argument means big-endian, raising CPython's error. */
  static boolean bigEndian(String fname, PyObject order) {
    if (!(order instanceof PyStr)) {
      throw PyErrors.typeError(fname + "() argument 'byteorder' must be str, not "
          + order.type().name());
    }
    String s = ((PyStr) order).value();
    if (s.equals("big")) {
      return true;
    }
    if (s.equals("little")) {
      return false;
    }
    throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
  }
}
