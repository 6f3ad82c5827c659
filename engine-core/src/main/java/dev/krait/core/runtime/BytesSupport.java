package dev.krait.core.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The protocol kernels that {@code bytes} and {@code bytearray} share: the buffer view of an
 * argument, indexing and slicing, membership, comparison, concatenation, repetition and
 * construction, with CPython 3.11's error messages.
 */
final class BytesSupport {

  private BytesSupport() {}

  // ---- views ----

  /** Returns whether {@code o} is a bytes-like object ({@code bytes} or {@code bytearray}). */
  static boolean isBuffer(PyObject o) {
    return o instanceof PyBytes || o instanceof PyByteArray;
  }

  /**
   * Returns the bytes of a bytes-like object (for a bytearray a snapshot copy, so that a
   * method that mutates its receiver may take itself as argument), or null for other objects.
   */
  static byte[] bufferOrNull(PyObject o) {
    if (o instanceof PyBytes) {
      return ((PyBytes) o).value;
    }
    if (o instanceof PyByteArray) {
      return ((PyByteArray) o).toArray();
    }
    return null;
  }

  /** Returns the bytes of {@code o}, raising {@code a bytes-like object is required}. */
  static byte[] buffer(PyObject o) {
    byte[] b = bufferOrNull(o);
    if (b == null) {
      throw PyErrors.typeError(
          "a bytes-like object is required, not '" + o.type().name() + "'");
    }
    return b;
  }

  /** Returns the bytes of the receiver {@code self} (a bytes or a bytearray). */
  static byte[] self(PyObject self) {
    return self instanceof PyBytes ? ((PyBytes) self).value : ((PyByteArray) self).toArray();
  }

  /** Returns a new object of the receiver's kind (bytes or bytearray) owning {@code data}. */
  static PyObject make(PyObject self, byte[] data) {
    return self instanceof PyByteArray ? new PyByteArray(data) : PyBytes.wrap(data);
  }

  /** Returns the byte value of an int argument, raising {@code byte must be in range(0, 256)}. */
  static int byteValue(PyObject o) {
    PyInt i = Abstract.index(o);
    if (i.isBig() || i.longValue() < 0 || i.longValue() > 255) {
      throw PyErrors.valueError("byte must be in range(0, 256)");
    }
    return (int) i.longValue();
  }

  // ---- indexing and slicing ----

  /** Returns whether {@code key} is a {@code slice} object. */
  static boolean isSlice(PyObject key) {
    PyType t = key.type();
    return t.isBuiltin() && t.name().equals("slice");
  }

  /**
   * Returns the non-negative position of int {@code key} in a sequence of {@code size}, raising
   * {@code IndexError: <what> out of range} or {@code <kind> indices must be integers}.
   */
  static int index(PyObject key, int size, String what, String kind) {
    PyObject k = Abstract.indexOrNull(key);
    if (k == null) {
      throw PyErrors.typeError(
          kind + " indices must be integers or slices, not " + key.type().name());
    }
    PyInt i = (PyInt) k;
    if (i.isBig()) {
      throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
    }
    long v = i.longValue();
    if (v < 0) {
      v += size;
    }
    if (v < 0 || v >= size) {
      throw PyErrors.indexError(what + " out of range");
    }
    return (int) v;
  }

  /**
   * Returns {@code {start, step, count}} of {@code slice(start, stop, step)} applied to a
   * sequence of {@code len} items, as CPython's {@code PySlice_Unpack} and
   * {@code PySlice_AdjustIndices} compute them.
   */
  static long[] sliceIndices(PyObject start, PyObject stop, PyObject step, int len) {
    long st = 1;
    if (step != null && step != PyNone.NONE) {
      st = sliceIndex(step);
      if (st == 0) {
        throw PyErrors.valueError("slice step cannot be zero");
      }
      if (st < -Long.MAX_VALUE) {
        st = -Long.MAX_VALUE;
      }
    }
    long lo = start == null || start == PyNone.NONE
        ? (st < 0 ? Long.MAX_VALUE : 0) : sliceIndex(start);
    long hi = stop == null || stop == PyNone.NONE
        ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(stop);
    lo = adjust(lo, len, st);
    hi = adjust(hi, len, st);
    long n;
    if (st < 0) {
      n = hi < lo ? (lo - hi - 1) / -st + 1 : 0;
    } else {
      n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
    }
    return new long[] {lo, st, n};
  }

  private static long adjust(long i, int len, long step) {
    if (i < 0) {
      i += len;
      if (i < 0) {
        i = step < 0 ? -1 : 0;
      }
    } else if (i >= len) {
      i = step < 0 ? len - 1 : len;
    }
    return i;
  }

  private static long sliceIndex(PyObject o) {
    PyObject k = Abstract.indexOrNull(o);
    if (k == null) {
      throw PyErrors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    PyInt i = (PyInt) k;
    if (i.isBig()) {
      return i.signum() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
    }
    return i.longValue();
  }

  /** Returns {@code self[key]} for a slice object {@code key} over {@code data[0:len]}. */
  static PyObject slice(PyObject self, byte[] data, int len, PyObject key) {
    long[] s = sliceIndices(
        Abstract.getAttr(key, "start"), Abstract.getAttr(key, "stop"),
        Abstract.getAttr(key, "step"), len);
    return make(self, sliceBytes(data, s));
  }

  /** Returns the bytes that slice indices {@code s} (from {@link #sliceIndices}) select. */
  static byte[] sliceBytes(byte[] data, long[] s) {
    int start = (int) s[0];
    int n = (int) s[2];
    if (s[1] == 1) {
      return Arrays.copyOfRange(data, start, start + n);
    }
    byte[] out = new byte[n];
    long p = start;
    for (int i = 0; i < n; i++, p += s[1]) {
      out[i] = data[(int) p];
    }
    return out;
  }

  // ---- membership and search ----

  /** Returns {@code item in data}: a byte value or a bytes-like subsequence. */
  static boolean contains(byte[] data, PyObject item) {
    return contains(data, data.length, item);
  }

  /** Returns {@code item in data[0:len]}. */
  static boolean contains(byte[] data, int len, PyObject item) {
    byte[] sub = bufferOrNull(item);
    if (sub == null) {
      if (Abstract.indexOrNull(item) == null) {
        throw PyErrors.typeError(
            "a bytes-like object is required, not '" + item.type().name() + "'");
      }
      byte b = (byte) byteValue(item);
      for (int i = 0; i < len; i++) {
        if (data[i] == b) {
          return true;
        }
      }
      return false;
    }
    return find(data, 0, len, sub) >= 0;
  }

  /** Returns the first position of {@code sub} in {@code data[from:to]}, or -1. */
  static int find(byte[] data, int from, int to, byte[] sub) {
    int m = sub.length;
    if (m == 0) {
      return from <= to ? from : -1;
    }
    byte first = sub[0];
    outer:
    for (int i = from; i <= to - m; i++) {
      if (data[i] != first) {
        continue;
      }
      for (int j = 1; j < m; j++) {
        if (data[i + j] != sub[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Returns the last position of {@code sub} in {@code data[from:to]}, or -1. */
  static int rfind(byte[] data, int from, int to, byte[] sub) {
    int m = sub.length;
    outer:
    for (int i = to - m; i >= from; i--) {
      for (int j = 0; j < m; j++) {
        if (data[i + j] != sub[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  // ---- operators ----

  /** Returns the rich comparison of two bytes-like objects, by unsigned byte values. */
  static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    byte[] y = bufferOrNull(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    byte[] x = self(a);
    if (op == CompareOp.EQ || op == CompareOp.NE) {
      return PyBool.of(Arrays.equals(x, y) == (op == CompareOp.EQ));
    }
    return PyBool.of(op.test(Arrays.compareUnsigned(x, y)));
  }

  /** Returns {@code a + b}: the result has the left operand's kind. */
  static PyObject concat(PyObject a, PyObject b) {
    byte[] y = bufferOrNull(b);
    if (y == null) {
      // CPython's sq_concat raises unless the right operand is a Python class with __radd__.
      if (!b.type().isBuiltin() && b.type().reflected[BinaryOp.ADD.ordinal()] != null) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      throw PyErrors.typeError(
          "can't concat " + b.type().name() + " to " + a.type().name());
    }
    byte[] x = self(a);
    byte[] r = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, r, x.length, y.length);
    return make(a, r);
  }

  /** Returns {@code a * n} (or {@code n * a}) for an int {@code n}. */
  static PyObject repeat(PyObject a, PyObject n) {
    long times = repeatCount(n);
    if (times < 0) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return make(a, repeatBytes(self(a), times));
  }

  /** Returns the repeat count of {@code n} (0 for negative), or -1 when it is not an int. */
  static long repeatCount(PyObject n) {
    PyObject k = Abstract.indexOrNull(n);
    if (k == null) {
      return -1;
    }
    PyInt i = (PyInt) k;
    if (i.isBig()) {
      if (i.signum() < 0) {
        return 0;
      }
      throw PyErrors.make(PyErrors.OVERFLOW_ERROR,
          "cannot fit 'int' into an index-sized integer");
    }
    return Math.max(0, i.longValue());
  }

  /** Returns {@code x} repeated {@code times} times. */
  static byte[] repeatBytes(byte[] x, long times) {
    if (x.length == 0 || times == 0) {
      return new byte[0];
    }
    if (times > (Integer.MAX_VALUE - 16) / x.length) {
      throw PyErrors.make(PyErrors.MEMORY_ERROR);
    }
    int total = (int) (x.length * times);
    byte[] r = new byte[total];
    System.arraycopy(x, 0, r, 0, x.length);
    for (int filled = x.length; filled < total; filled *= 2) {
      System.arraycopy(r, 0, r, filled, Math.min(filled, total - filled));
    }
    return r;
  }

  /** Calls {@code action} with each item of {@code iterable} (lists and tuples directly). */
  static void forEach(PyObject iterable, java.util.function.Consumer<PyObject> action) {
    if (iterable.getClass() == PyTuple.class) {
      PyTuple t = (PyTuple) iterable;
      for (int i = 0; i < t.size(); i++) {
        action.accept(t.get(i));
      }
      return;
    }
    if (iterable.getClass() == PyList.class) {
      PyList l = (PyList) iterable;
      for (int i = 0; i < l.size(); i++) {
        action.accept(l.get(i));
      }
      return;
    }
    Abstract.forEach(iterable, action);
  }

  // ---- construction ----

  private static final String[] NEW_NAMES = {"source", "encoding", "errors"};

  /** Returns {@code bytes(source=b'', encoding=None, errors=None)} of type {@code type}. */
  static PyObject newBytes(PyType type, PyObject[] args, String[] kwnames) {
    PyObject[] a = ArgParser.parse("bytes", args, kwnames, NEW_NAMES, 0, false);
    byte[] data;
    if (a[0] == null && a[1] == null && a[2] == null) {
      data = new byte[0];
    } else if (a[0] != null && a[1] == null && a[2] == null
        && a[0].getClass() != PyStr.class && !(a[0] instanceof PyInt)
        && !isBuffer(a[0])) {
      PyObject special = a[0].type().lookup("__bytes__");
      if (special != null) {
        PyObject r = Abstract.callSpecial(a[0], special, "__bytes__");
        if (!(r instanceof PyBytes)) {
          throw PyErrors.typeError(
              "__bytes__ returned non-bytes (type " + r.type().name() + ")");
        }
        data = ((PyBytes) r).value;
      } else {
        data = fromSource(a[0], a[1], a[2], "bytes");
      }
    } else {
      data = fromSource(a[0], a[1], a[2], "bytes");
    }
    if (type == PyBytes.TYPE) {
      return PyBytes.wrap(data);
    }
    return new PyBytesSubclass(type, data);
  }

  /**
   * Returns the bytes that {@code bytes(source, encoding, errors)} or {@code bytearray(...)}
   * ({@code kind}) holds.
   */
  static byte[] fromSource(PyObject source, PyObject encoding, PyObject errors, String kind) {
    if (source == null) {
      if (encoding != null || errors != null) {
        throw PyErrors.typeError(encoding != null
            ? "encoding without a string argument" : "errors without a string argument");
      }
      return new byte[0];
    }
    if (source instanceof PyStr) {
      if (encoding == null) {
        throw PyErrors.typeError("string argument without an encoding");
      }
      return Codecs.encode((PyStr) source, Codecs.argString(kind, 2, "encoding", encoding),
          errors == null ? null : Codecs.argString(kind, 3, "errors", errors));
    }
    if (encoding != null || errors != null) {
      throw PyErrors.typeError(encoding != null
          ? "encoding without a string argument" : "errors without a string argument");
    }
    byte[] b = bufferOrNull(source);
    if (b != null) {
      return b.clone();
    }
    PyObject k = Abstract.indexOrNull(source);
    if (k != null) {
      PyInt n = (PyInt) k;
      if (n.signum() < 0) {
        throw PyErrors.valueError("negative count");
      }
      if (n.isBig() || n.longValue() > Integer.MAX_VALUE - 16) {
        if (n.isBig()) {
          throw PyErrors.make(PyErrors.OVERFLOW_ERROR,
              "cannot fit 'int' into an index-sized integer");
        }
        throw PyErrors.make(PyErrors.MEMORY_ERROR);
      }
      return new byte[(int) n.longValue()];
    }
    PyType t = source.type();
    if (t.iter == null && t.getItem == null && !(source instanceof PyTuple)) {
      throw PyErrors.typeError(
          "cannot convert '" + t.name() + "' object to " + kind);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String range = kind.equals("bytes") ? "bytes must be in range(0, 256)"
        : "byte must be in range(0, 256)";
    forEach(source, v -> {
      PyInt i = Abstract.index(v);
      if (i.isBig() || i.longValue() < 0 || i.longValue() > 255) {
        throw PyErrors.valueError(range);
      }
      out.write((int) i.longValue());
    });
    return out.toByteArray();
  }
}
