package dev.krait.core.runtime;

import java.math.BigInteger;

/** Python's numeric hash: reduction modulo the Mersenne prime 2**61 - 1, so equal numbers match. */
final class NumericHash {

  static final long MODULUS = (1L << 61) - 1;
  private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

  private NumericHash() {}

  static long ofLong(long v) {
    long h = v % MODULUS; // Java's remainder keeps the sign of v, as CPython's hash does
    return h == -1 ? -2 : h;
  }

  static long ofBig(BigInteger v) {
    long h = v.abs().mod(BIG_MODULUS).longValue();
    if (v.signum() < 0) {
      h = -h;
    }
    return h == -1 ? -2 : h;
  }

  /** Returns CPython's {@code _Py_HashDouble} (inf is 314159, nan hashes by identity). */
  static long ofDouble(double d, Object identity) {
    if (Double.isNaN(d)) {
      return System.identityHashCode(identity);
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? 314159 : -314159;
    }
    if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
      return ofLong((long) d);
    }
    // The exact value m * 2**e reduced modulo 2**61 - 1, where 2**61 = 1 in that ring, so a
    // power of two is a rotation of 61-bit residues.
    long bits = Double.doubleToRawLongBits(d);
    int exp = (int) ((bits >>> 52) & 0x7ff);
    long mantissa = bits & ((1L << 52) - 1);
    if (exp == 0) {
      exp = 1;
    } else {
      mantissa |= 1L << 52;
    }
    int e = exp - 1075; // d = mantissa * 2**e
    long x = mantissa % MODULUS;
    int shift = ((e % 61) + 61) % 61;
    x = ((x << shift) & MODULUS) | (x >>> (61 - shift));
    if (d < 0) {
      x = -x;
    }
    return x == -1 ? -2 : x;
  }
}
