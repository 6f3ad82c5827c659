package dev.krait.core.runtime;

import java.io.ByteArrayOutputStream;

/** {@code bytes.hex(sep, bytes_per_sep)} and the class method {@code fromhex}. */
final class BytesHex {

  private BytesHex() {}

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  /** Returns {@code data.hex(sep, bytes_per_sep)}; {@code a} holds the two or null. */
  static PyObject hex(byte[] data, PyObject[] a) {
    char sep = 0;
    if (a[0] != null) {
      String s;
      if (a[0] instanceof PyStr) {
        s = ((PyStr) a[0]).value();
      } else if (BytesSupport.isBuffer(a[0])) {
        byte[] b = BytesSupport.buffer(a[0]);
        s = b.length == 1 ? String.valueOf((char) (b[0] & 0xff)) : "xx".repeat(b.length);
      } else {
        throw PyErrors.typeError("object of type '" + a[0].type().name() + "' has no len()");
      }
      if (s.codePointCount(0, s.length()) != 1) {
        throw PyErrors.valueError("sep must be length 1.");
      }
      sep = s.charAt(0);
      if (sep > 127) {
        throw PyErrors.valueError("sep must be ASCII.");
      }
    }
    long per = a[1] == null ? 1 : Abstract.index(a[1]).longValue();
    StringBuilder out = new StringBuilder(data.length * 3);
    long group = Math.abs(per);
    int n = data.length;
    for (int i = 0; i < n; i++) {
      if (sep != 0 && i > 0 && group != 0 && group < n) {
        // Groups count from the right end for a positive bytes_per_sep, from the left if negative.
        long k = per > 0 ? n - i : i;
        if (k % group == 0) {
          out.append(sep);
        }
      }
      out.append(DIGITS[(data[i] >> 4) & 15]).append(DIGITS[data[i] & 15]);
    }
    return PyStr.of(out.toString());
  }

  /** Returns {@code cls.fromhex(string)}: args are the class and the string. */
  static PyObject fromhex(PyObject[] args, String[] kw) {
    PyObject[] a = BytesMethods.positional("fromhex", args, kw, 2, 2);
    if (!(a[1] instanceof PyStr)) {
      throw PyErrors.typeError(
          "fromhex() argument must be str, not " + a[1].type().name());
    }
    String s = ((PyStr) a[1]).value();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = s.length();
    int i = 0;
    while (true) {
      while (i < n && BytesMethods.isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int hi = Character.digit(s.charAt(i), 16);
      if (hi < 0 || s.charAt(i) > 127) {
        throw bad(s, i);
      }
      int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
      if (lo < 0) {
        throw bad(s, i + 1);
      }
      out.write(hi * 16 + lo);
      i += 2;
    }
    byte[] data = out.toByteArray();
    PyObject cls = a[0];
    if (cls == PyBytes.TYPE) {
      return PyBytes.wrap(data);
    }
    if (cls == PyByteArray.TYPE) {
      return new PyByteArray(data);
    }
    return Abstract.call(cls, PyBytes.wrap(data));
  }

  private static PyException bad(String s, int charIndex) {
    int pos = s.codePointCount(0, Math.min(charIndex, s.length()));
    return PyErrors.valueError(
        "non-hexadecimal number found in fromhex() arg at position " + pos);
  }
}
