package dev.krait.core.runtime;

/**
 * {@code UnicodeEncodeError} and {@code UnicodeDecodeError}: their attributes (read from the
 * five constructor arguments) and CPython's {@code str}.
 */
final class UnicodeErrors {

  private UnicodeErrors() {}

  private static final String[] FIELDS = {"encoding", "object", "start", "end", "reason"};

  /** Fills the two types before they are readied (called from {@link PyErrors}). */
  static void define(PyType encodeError, PyType decodeError) {
    for (PyType t : new PyType[] {encodeError, decodeError}) {
      for (int k = 0; k < FIELDS.length; k++) {
        int index = k;
        PyGetSetDescriptor.define(t, FIELDS[k], s -> arg((PyBaseException) s, index), null);
      }
      boolean decode = t == decodeError;
      ExceptionTypes.str(t, e -> e.args().size() == 5 ? message(e, decode)
          : ExceptionTypes.str(e));
    }
  }

  private static PyObject arg(PyBaseException e, int i) {
    return i < e.args().size() ? e.args().get(i) : PyNone.NONE;
  }

  private static String message(PyBaseException e, boolean decode) {
    String enc = Abstract.str(arg(e, 0)).value();
    long start = Abstract.index(arg(e, 2)).longValue();
    long end = Abstract.index(arg(e, 3)).longValue();
    String reason = Abstract.str(arg(e, 4)).value();
    PyObject obj = arg(e, 1);
    if (end == start + 1) {
      if (decode) {
        byte[] b = BytesSupport.buffer(obj);
        String hex = Integer.toHexString(b[(int) start] & 0xff);
        return "'" + enc + "' codec can't decode byte 0x" + (hex.length() < 2 ? "0" : "") + hex
            + " in position " + start + ": " + reason;
      }
      String s = ((PyStr) obj).value();
      int cp = s.codePointAt(s.offsetByCodePoints(0, (int) start));
      return "'" + enc + "' codec can't encode character '" + Codecs.escape(cp)
          + "' in position " + start + ": " + reason;
    }
    return "'" + enc + "' codec can't " + (decode ? "decode bytes" : "encode characters")
        + " in position " + start + "-" + (end - 1) + ": " + reason;
  }

  /** Returns a {@code UnicodeEncodeError} for code points {@code start:end} of {@code s}. */
  static PyException encodeError(String enc, PyStr s, int start, int end, String reason) {
    return PyErrors.make(PyErrors.UNICODE_ENCODE_ERROR, PyStr.of(enc), s, PyInt.of(start),
        PyInt.of(end), PyStr.of(reason));
  }

  /** Returns a {@code UnicodeDecodeError} for {@code data[start:end]}. */
  static PyException decodeError(String enc, byte[] data, int start, int end, String reason) {
    return PyErrors.make(PyErrors.UNICODE_DECODE_ERROR, PyStr.of(enc), PyBytes.of(data),
        PyInt.of(start), PyInt.of(end), PyStr.of(reason));
  }
}
