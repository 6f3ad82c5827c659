package dev.krait.core.stdlib;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import java.math.BigInteger;

/** The integer functions of {@code math}: exact, on arbitrary-size ints. */
final class MathIntegers {

  private MathIntegers() {}

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  static void define(PyModule m) {
    m.function("isqrt", (a, k) -> {
      MathModule.oneArg("isqrt", a, k);
      BigInteger n = Abstract.index(a[0]).bigValue();
      if (n.signum() < 0) {
        throw PyErrors.valueError("isqrt() argument must be nonnegative");
      }
      return PyInt.of(n.sqrt());
    });
    m.function("factorial", (a, k) -> {
      MathModule.oneArg("factorial", a, k);
      PyInt n = Abstract.index(a[0]);
      if (n.signum() < 0) {
        throw PyErrors.valueError("factorial() not defined for negative values");
      }
      if (n.isBig() || n.longValue() > Integer.MAX_VALUE) {
        throw PyErrors.overflowError("factorial() argument should not exceed "
            + Long.MAX_VALUE);
      }
      return PyInt.of(product(1, n.longValue()));
    });
    m.function("gcd", (a, k) -> {
      MathModule.noKeywords("gcd", k);
      BigInteger g = BigInteger.ZERO;
      for (PyObject v : a) {
        g = g.gcd(Abstract.index(v).bigValue());
      }
      return PyInt.of(g);
    });
    m.function("lcm", (a, k) -> {
      MathModule.noKeywords("lcm", k);
      BigInteger l = BigInteger.ONE;
      for (PyObject v : a) {
        BigInteger x = Abstract.index(v).bigValue().abs();
        if (l.signum() == 0 || x.signum() == 0) {
          l = BigInteger.ZERO;
        } else {
          l = l.divide(l.gcd(x)).multiply(x);
        }
      }
      return PyInt.of(l);
    });
    m.function("comb", (a, k) -> {
      MathModule.noKeywords("comb", k);
      if (a.length != 2) {
        throw PyErrors.typeError("comb expected 2 arguments, got " + a.length);
      }
      BigInteger[] nk = naturals(a[0], a[1]);
      BigInteger n = nk[0];
      BigInteger r = nk[1];
      if (r.compareTo(n) > 0) {
        return PyInt.of(0);
      }
      r = r.min(n.subtract(r));
      if (r.compareTo(LONG_MAX) > 0) {
        throw PyErrors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
      }
      return PyInt.of(falling(n, r.longValue()).divide(product(1, r.longValue())));
    });
    m.function("perm", (a, k) -> {
      MathModule.noKeywords("perm", k);
      if (a.length < 1 || a.length > 2) {
        throw PyErrors.typeError(a.length == 0 ? "perm expected at least 1 argument, got 0"
            : "perm expected at most 2 arguments, got " + a.length);
      }
      if (a.length == 1 || a[1] == PyNone.NONE) {
        return Abstract.call(Abstract.getAttr(m, "factorial"), a[0]);
      }
      BigInteger[] nk = naturals(a[0], a[1]);
      if (nk[1].compareTo(nk[0]) > 0) {
        return PyInt.of(0);
      }
      if (nk[1].compareTo(LONG_MAX) > 0) {
        throw PyErrors.overflowError("k must not exceed " + Long.MAX_VALUE);
      }
      return PyInt.of(falling(nk[0], nk[1].longValue()));
    });
  }

  private static BigInteger[] naturals(PyObject n, PyObject k) {
    BigInteger bn = Abstract.index(n).bigValue();
    BigInteger bk = Abstract.index(k).bigValue();
    if (bn.signum() < 0) {
      throw PyErrors.valueError("n must be a non-negative integer");
    }
    if (bk.signum() < 0) {
      throw PyErrors.valueError("k must be a non-negative integer");
    }
    return new BigInteger[] {bn, bk};
  }

  // n * (n - 1) * ... * (n - k + 1), by halves so that big multiplications stay balanced.
  private static BigInteger falling(BigInteger n, long k) {
    if (n.bitLength() < 62) {
      long top = n.longValue();
      return product(top - k + 1, top);
    }
    return fallingBig(n, 0, k);
  }

  private static BigInteger fallingBig(BigInteger n, long from, long to) {
    if (to - from <= 16) {
      BigInteger r = BigInteger.ONE;
      for (long i = from; i < to; i++) {
        r = r.multiply(n.subtract(BigInteger.valueOf(i)));
      }
      return r;
    }
    long mid = from + (to - from) / 2;
    return fallingBig(n, from, mid).multiply(fallingBig(n, mid, to));
  }

  // The product lo * (lo + 1) * ... * hi (1 when empty), by halves.
  private static BigInteger product(long lo, long hi) {
    if (hi < lo) {
      return BigInteger.ONE;
    }
    if (hi - lo < 16) {
      BigInteger r = BigInteger.valueOf(lo);
      for (long i = lo + 1; i <= hi; i++) {
        r = r.multiply(BigInteger.valueOf(i));
      }
      return r;
    }
    long mid = lo + (hi - lo) / 2;
    return product(lo, mid).multiply(product(mid + 1, hi));
  }
}
