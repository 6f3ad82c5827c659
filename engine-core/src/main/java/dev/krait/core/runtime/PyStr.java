package dev.krait.core.runtime;

import dev.krait.core.ast.ConstantRepr;

/**
 * Python's {@code str}: wraps a Java string and knows whether it is all-BMP, so that indexing
 * by code point is O(1) in the common case.
 *
 * <p>A Java string cannot hold two adjacent lone surrogate code points (U+D83D then U+DE00):
 * they read back as one astral character. Such strings are rare; they will get a code point
 * array representation when the str methods are written (not yet).
 */
public class PyStr extends PyObject {

  /** The builtin type {@code str}. */
  public static final PyType TYPE = PyType.builtin("str", PyStr.class, PyType.OBJECT);

  /** The empty string. */
  public static final PyStr EMPTY = new PyStr("");

  static {
    TYPE.sequence = true;
    TYPE.repr = s -> new PyStr(ConstantRepr.str(((PyStr) s).value));
    TYPE.str = s -> s.getClass() == PyStr.class ? s : new PyStr(((PyStr) s).value);
    TYPE.hash = s -> ((PyStr) s).hash();
    TYPE.len = s -> ((PyStr) s).length();
    TYPE.richCompare = PyStr::compare;
    TYPE.newSlot = Constructors::newStr;
    StrMethods.define(TYPE);
    TYPE.binary[BinaryOp.MUL.ordinal()] = Constructors::strRepeat;
    TYPE.reflected[BinaryOp.MUL.ordinal()] = Constructors::strRepeat;
    TYPE.getItem = Constructors::strItem;
    TYPE.contains = Constructors::strContains;
    TYPE.binary[BinaryOp.ADD.ordinal()] =
        (a, b) -> b instanceof PyStr ? new PyStr(((PyStr) a).value + ((PyStr) b).value)
            : PyNotImplemented.NOT_IMPLEMENTED;
    TYPE.ready();
  }

  private final String value;
  private final boolean bmp;

  PyStr(String value) {
    this.value = value;
    boolean b = true;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        b = false;
        break;
      }
    }
    this.bmp = b;
  }

  /** Returns the Python string with the code points of {@code value}. */
  public static PyStr of(String value) {
    return value.isEmpty() ? EMPTY : new PyStr(value);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the Java string. */
  public String value() {
    return value;
  }

  /** Returns whether every code point is in the BMP (char index equals code point index). */
  public boolean isBmp() {
    return bmp;
  }

  /** Returns {@code len(self)} in code points. */
  public int length() {
    return bmp ? value.length() : value.codePointCount(0, value.length());
  }

  /** Returns the hash of a Java string as {@code hash(str)} gives it for an equal PyStr. */
  static long hashOf(String s) {
    // Python's str hash is unspecified across runs; any well-mixed function of the content will
    // do, as long as PyDict's str-keyed fast path computes the same one.
    long h = s.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return h == -1 ? -2 : h;
  }

  long hash() {
    return hashOf(value);
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!(b instanceof PyStr)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    String x = ((PyStr) a).value;
    String y = ((PyStr) b).value;
    if (op == CompareOp.EQ || op == CompareOp.NE) {
      return PyBool.of(x.equals(y) == (op == CompareOp.EQ));
    }
    return PyBool.of(op.test(compareCodePoints(x, y)));
  }

  /** Compares by code point, not by UTF-16 unit ({@code '\uffff' < '😀'}). */
  static int compareCodePoints(String x, String y) {
    int n = Math.min(x.length(), y.length());
    for (int i = 0; i < n; i++) {
      char c = x.charAt(i);
      char d = y.charAt(i);
      if (c != d) {
        if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
          return Integer.compare(x.codePointAt(i), y.codePointAt(i));
        }
        return c - d;
      }
    }
    return x.length() - y.length();
  }
}
