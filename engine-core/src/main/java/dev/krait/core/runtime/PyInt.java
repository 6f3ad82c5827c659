package dev.krait.core.runtime;

import java.math.BigInteger;

/**
 * Python's {@code int}: a {@code long} when the value fits, else a {@link BigInteger} (exactly
 * one representation per value, so {@link #isBig()} means "outside the long range").
 */
public class PyInt extends PyObject {

  /** The builtin type {@code int}. */
  public static final PyType TYPE = PyType.builtin("int", PyInt.class, PyType.OBJECT);

  private static final PyInt[] SMALL = new PyInt[262];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new PyInt(i - 5);
    }
    IntMath.defineSlots(TYPE);
    IntMethods.defineSlots(TYPE);
    TYPE.defineLater(t -> {
      IntMethods.define(t);
      StrFormat.defineInt(t);
    });
    TYPE.ready();
  }

  private final long value;
  private final BigInteger big;

  PyInt(long value) {
    this.value = value;
    this.big = null;
  }

  private PyInt(BigInteger big) {
    this.value = 0;
    this.big = big;
  }

  /** Makes an instance with the value of {@code v}, for subclasses. */
  PyInt(PyInt v) {
    this.value = v.value;
    this.big = v.big;
  }

  /** Returns the int {@code v} (cached for -5..256, as CPython). */
  public static PyInt of(long v) {
    if (v >= -5 && v <= 256) {
      return SMALL[(int) v + 5];
    }
    return new PyInt(v);
  }

  /** Returns the int {@code v}, as a long when it fits. */
  public static PyInt of(BigInteger v) {
    if (v.bitLength() < 64) {
      return of(v.longValue());
    }
    return new PyInt(v);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns whether the value is outside the {@code long} range. */
  public final boolean isBig() {
    return big != null;
  }

  /** Returns the value; only meaningful when {@link #isBig()} is false. */
  public final long longValue() {
    return value;
  }

  /** Returns the value as a BigInteger. */
  public final BigInteger bigValue() {
    return big != null ? big : BigInteger.valueOf(value);
  }

  /** Returns -1, 0 or 1. */
  public final int signum() {
    return big != null ? big.signum() : Long.signum(value);
  }
}
