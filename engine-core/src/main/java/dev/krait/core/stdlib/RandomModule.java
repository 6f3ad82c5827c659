package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBytes;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The {@code _random} module: the Mersenne Twister core under the bundled {@code random.py}
 * (the generator type {@code MT19937} with CPython's {@code _random.Random} algorithms, so a
 * seed gives CPython's exact sequence), plus {@code urandom} and {@code sha512} for seeding.
 */
final class RandomModule {

  private RandomModule() {}

  // Thread-safe and stateless as far as programs can tell: only fresh entropy comes from it.
  private static final SecureRandom ENTROPY = new SecureRandom();

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("_random");
    m.put("MT19937", Mt19937.TYPE);
    m.function("urandom", (a, k) -> {
      PyObject[] args = oneArg("urandom", a, k);
      long n = Abstract.index(args[0]).longValue();
      if (n < 0) {
        throw PyErrors.valueError("negative argument not allowed");
      }
      byte[] b = new byte[(int) n];
      ENTROPY.nextBytes(b);
      return PyBytes.of(b);
    });
    m.function("sha512", (a, k) -> {
      PyObject[] args = oneArg("sha512", a, k);
      if (!(args[0] instanceof PyBytes b)) {
        throw PyErrors.typeError("sha512() argument must be bytes, not "
            + args[0].type().name());
      }
      try {
        return PyBytes.of(MessageDigest.getInstance("SHA-512").digest(b.toArray()));
      } catch (NoSuchAlgorithmException e) {
        throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR, "sha512 is not available");
      }
    });
    return m;
  }

  private static PyObject[] oneArg(String name, PyObject[] a, String[] k) {
    if ((k != null && k.length > 0) || a.length != 1) {
      throw PyErrors.typeError(name + "() takes exactly one argument (" + a.length
          + " given)");
    }
    return a;
  }

  /** One Mersenne Twister generator: 624 words of state and the index of the next one. */
  static final class Mt19937 extends PyObject {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    static final PyType TYPE = TypeBuilder.of("_random.MT19937", Mt19937.class, PyType.OBJECT)
        .newSlot((t, args, kw) -> {
          Mt19937 g = new Mt19937();
          g.seedFromEntropy();
          return g;
        })
        .method("seed", (self, a, k) -> {
          ((Mt19937) self).seed(a.length == 0 ? PyNone.NONE : oneArg("seed", a, k)[0]);
          return PyNone.NONE;
        })
        .method("random", (self, a, k) -> {
          noArgs("random", a);
          return PyFloat.of(((Mt19937) self).nextDouble());
        })
        .method("getrandbits", (self, a, k) ->
            ((Mt19937) self).getrandbits(oneArg("getrandbits", a, k)[0]))
        .method("randbelow", (self, a, k) ->
            ((Mt19937) self).randbelow(Abstract.index(oneArg("randbelow", a, k)[0])))
        .method("getstate", (self, a, k) -> {
          noArgs("getstate", a);
          return ((Mt19937) self).state();
        })
        .method("setstate", (self, a, k) -> {
          ((Mt19937) self).setState(oneArg("setstate", a, k)[0]);
          return PyNone.NONE;
        })
        .ready();

    private final int[] mt = new int[N];
    private int index = N + 1;

    @Override
    public PyType type() {
      return TYPE;
    }

    private static void noArgs(String name, PyObject[] a) {
      if (a.length != 0) {
        throw PyErrors.typeError(name + "() takes no arguments (" + a.length + " given)");
      }
    }

    private void initGenrand(int s) {
      mt[0] = s;
      for (int i = 1; i < N; i++) {
        mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
      }
      index = N;
    }

    // The reference init_by_array, which CPython seeds with the 32-bit words of the seed.
    private void initByArray(int[] key) {
      initGenrand(19650218);
      int i = 1;
      int j = 0;
      for (int k = Math.max(N, key.length); k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
        i++;
        j++;
        if (i >= N) {
          mt[0] = mt[N - 1];
          i = 1;
        }
        if (j >= key.length) {
          j = 0;
        }
      }
      for (int k = N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
        i++;
        if (i >= N) {
          mt[0] = mt[N - 1];
          i = 1;
        }
      }
      mt[0] = 0x80000000;
    }

    private void seedFromEntropy() {
      int[] key = new int[N];
      for (int i = 0; i < N; i++) {
        key[i] = ENTROPY.nextInt();
      }
      initByArray(key);
    }

    /** Seeds as CPython's random_seed: None from entropy, an int by its absolute value. */
    private void seed(PyObject arg) {
      if (arg == PyNone.NONE) {
        seedFromEntropy();
        return;
      }
      BigInteger n = arg instanceof PyInt i ? i.bigValue()
          : BigInteger.valueOf(Abstract.hash(arg));
      n = n.abs();
      int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
      int[] key = new int[words];
      for (int w = 0; w < words; w++) {
        key[w] = n.shiftRight(32 * w).intValue();
      }
      initByArray(key);
    }

    private int nextInt() {
      if (index >= N) {
        twist();
      }
      int y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      return y ^ (y >>> 18);
    }

    private void twist() {
      int k = 0;
      for (; k < N - M; k++) {
        int y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
        mt[k] = mt[k + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      }
      for (; k < N - 1; k++) {
        int y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
        mt[k] = mt[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      }
      int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      index = 0;
    }

    /** Returns a double in [0, 1) from 53 random bits, as genrand_res53. */
    private double nextDouble() {
      long a = (nextInt() >>> 5) & 0xffffffffL;
      long b = (nextInt() >>> 6) & 0xffffffffL;
      return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private PyObject getrandbits(PyObject arg) {
      long k = Abstract.index(arg).longValue();
      if (k < 0) {
        throw PyErrors.valueError("number of bits must be non-negative");
      }
      if (k == 0) {
        return PyInt.of(0);
      }
      if (k <= 32) {
        return PyInt.of((nextInt() >>> (32 - k)) & 0xffffffffL);
      }
      if (k > Integer.MAX_VALUE - 31) {
        throw PyErrors.overflowError("getrandbits() argument is too large");
      }
      // Little-endian 32-bit words, the last one cut to the bits that remain.
      int words = (int) ((k - 1) / 32 + 1);
      byte[] big = new byte[words * 4 + 1];
      long left = k;
      for (int w = 0; w < words; w++, left -= 32) {
        int r = nextInt();
        if (left < 32) {
          r >>>= 32 - left;
        }
        int at = big.length - 4 * (w + 1);
        big[at] = (byte) (r >>> 24);
        big[at + 1] = (byte) (r >>> 16);
        big[at + 2] = (byte) (r >>> 8);
        big[at + 3] = (byte) r;
      }
      return PyInt.of(new BigInteger(big));
    }

    /**
     * Returns a random int in [0, n) for n > 0 as random.py's _randbelow_with_getrandbits:
     * getrandbits(n.bit_length()) until below n, so the sequence is CPython's.
     */
    private PyObject randbelow(PyInt n) {
      if (n.signum() <= 0) {
        throw PyErrors.valueError("n must be positive");
      }
      if (!n.isBig() && n.longValue() <= 0xffffffffL) {
        long bound = n.longValue();
        int k = 64 - Long.numberOfLeadingZeros(bound);
        long r = (nextInt() >>> (32 - k)) & 0xffffffffL;
        while (r >= bound) {
          r = (nextInt() >>> (32 - k)) & 0xffffffffL;
        }
        return PyInt.of(r);
      }
      PyInt bits = PyInt.of(n.bigValue().bitLength());
      PyObject r = getrandbits(bits);
      while (((PyInt) r).bigValue().compareTo(n.bigValue()) >= 0) {
        r = getrandbits(bits);
      }
      return r;
    }

    private PyObject state() {
      PyObject[] items = new PyObject[N + 1];
      for (int i = 0; i < N; i++) {
        items[i] = PyInt.of(mt[i] & 0xffffffffL);
      }
      items[N] = PyInt.of(index);
      return PyTuple.of(items);
    }

    private void setState(PyObject arg) {
      if (!(arg instanceof PyTuple t)) {
        throw PyErrors.typeError("state vector must be a tuple");
      }
      if (t.size() != N + 1) {
        throw PyErrors.valueError("state vector is the wrong size");
      }
      int[] words = new int[N];
      for (int i = 0; i < N; i++) {
        words[i] = (int) unsignedWord(t.get(i));
      }
      long at = Abstract.index(t.get(N)).longValue();
      if (at < 0 || at > N) {
        throw PyErrors.valueError("invalid state");
      }
      System.arraycopy(words, 0, mt, 0, N);
      index = (int) at;
    }

    private static long unsignedWord(PyObject v) {
      PyInt i = Abstract.index(v);
      if (i.signum() < 0) {
        throw PyErrors.overflowError("can't convert negative value to unsigned int");
      }
      // CPython reads an unsigned long (64 bits) and keeps its low 32.
      if (i.bigValue().bitLength() > 64) {
        throw PyErrors.overflowError("Python int too large to convert to C unsigned long");
      }
      return i.bigValue().longValue();
    }
  }
}
