package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random floats and complex numbers through repr, round, hex, parsing, integer ratios
 * and complex arithmetic, each compared with python3 given the same bit patterns.
 */
class NumberRandomTest {

  private static final int N = 1500;

  /** Returns random doubles of every magnitude: bit patterns, short decimals, halves. */
  private static double[] doubles(long seed) {
    Random r = new Random(seed);
    double[] out = new double[N];
    for (int i = 0; i < N; i++) {
      double d;
      switch (i % 4) {
        case 0:
          d = Double.longBitsToDouble(r.nextLong());
          break;
        case 1:
          d = Math.round(r.nextGaussian() * 1e6) / 1000.0;
          break;
        case 2:
          d = (r.nextInt(20001) - 10000) / 8.0;
          break;
        default:
          d = r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
      }
      out[i] = Double.isNaN(d) ? 0.5 : d;
    }
    return out;
  }

  private static String hex(double d) {
    return "float.fromhex('" + FloatMethods.hex(d) + "')";
  }

  private static String outcome(java.util.function.Supplier<PyObject> f) {
    try {
      return Abstract.repr(f.get()).value();
    } catch (PyException e) {
      return e.value().summary();
    }
  }

  private static List<String> python(String body) {
    return python(body, "");
  }

  private static List<String> python(String body, String stdin) {
    String script = "def show(f):\n"
        + "    try:\n"
        + "        print(repr(f()))\n"
        + "    except Exception as e:\n"
        + "        print(type(e).__name__ + (': ' + str(e) if str(e) else ''))\n"
        + body;
    return List.of(CPython.runScript(script, stdin).split("\n"));
  }

  private static void assertMatches(List<String> expected, List<String> got) {
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), got.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "<missing>";
      String g = i < got.size() ? got.get(i) : "<missing>";
      if (!e.equals(g)) {
        diffs.add("#" + i + " expected " + e + " got " + g);
      }
    }
    assertEquals(List.of(), diffs.subList(0, Math.min(20, diffs.size())),
        diffs.size() + " of " + expected.size() + " differ");
  }

  @Test
  void floatReprRoundHexAndRatio() {
    CPython.require();
    double[] ds = doubles(11);
    StringBuilder py = new StringBuilder("for x in [");
    for (double d : ds) {
      py.append(hex(d)).append(',');
    }
    py.append("]:\n"
        + "    show(lambda: x)\n"
        + "    show(lambda: x.hex())\n"
        + "    show(lambda: round(x))\n"
        + "    show(lambda: round(x, 2))\n"
        + "    show(lambda: round(x, -3))\n"
        + "    show(lambda: x.as_integer_ratio())\n"
        + "    show(lambda: hash(x))\n"
        + "    show(lambda: float(repr(x)) == x)\n"
        + "    show(lambda: int(x))\n");
    List<String> expected = python(py.toString());
    List<String> got = new ArrayList<>();
    for (double d : ds) {
      PyFloat x = PyFloat.of(d);
      got.add(outcome(() -> x));
      got.add(outcome(() -> Abstract.callMethod(x, "hex")));
      got.add(outcome(() -> NumberBuiltins.round(new PyObject[] {x}, null)));
      got.add(outcome(() -> NumberBuiltins.round(new PyObject[] {x, PyInt.of(2)}, null)));
      got.add(outcome(() -> NumberBuiltins.round(new PyObject[] {x, PyInt.of(-3)}, null)));
      got.add(outcome(() -> Abstract.callMethod(x, "as_integer_ratio")));
      got.add(outcome(() -> PyInt.of(Abstract.hash(x))));
      got.add(outcome(() -> Abstract.richCompare(
          Abstract.call(PyFloat.TYPE, Abstract.repr(x)), x, CompareOp.EQ)));
      got.add(outcome(() -> Abstract.call(PyInt.TYPE, x)));
    }
    assertMatches(expected, got);
  }

  @Test
  void complexArithmeticAndRepr() {
    CPython.require();
    double[] ds = doubles(23);
    StringBuilder py = new StringBuilder("v = [");
    for (double d : ds) {
      py.append(hex(d)).append(',');
    }
    py.append("]\nfor i in range(0, len(v) - 3, 4):\n"
        + "    a = complex(v[i], v[i + 1])\n"
        + "    b = complex(v[i + 2], v[i + 3])\n"
        + "    show(lambda: a)\n"
        + "    show(lambda: a + b)\n"
        + "    show(lambda: a * b)\n"
        + "    show(lambda: a / b)\n"
        + "    show(lambda: a ** 3)\n"
        + "    show(lambda: a ** -2)\n"
        + "    show(lambda: abs(a))\n"
        + "    show(lambda: hash(a))\n"
        + "    show(lambda: complex(repr(a)) == a)\n");
    List<String> expected = python(py.toString());
    List<String> got = new ArrayList<>();
    for (int i = 0; i + 3 < ds.length; i += 4) {
      PyComplex a = PyComplex.of(ds[i], ds[i + 1]);
      PyComplex b = PyComplex.of(ds[i + 2], ds[i + 3]);
      got.add(outcome(() -> a));
      got.add(outcome(() -> Abstract.add(a, b)));
      got.add(outcome(() -> Abstract.mul(a, b)));
      got.add(outcome(() -> Abstract.binaryOp(a, b, BinaryOp.TRUEDIV)));
      got.add(outcome(() -> Abstract.binaryOp(a, PyInt.of(3), BinaryOp.POW)));
      got.add(outcome(() -> Abstract.binaryOp(a, PyInt.of(-2), BinaryOp.POW)));
      got.add(outcome(() -> Abstract.abs(a)));
      got.add(outcome(() -> PyInt.of(Abstract.hash(a))));
      got.add(outcome(() -> Abstract.richCompare(
          Abstract.call(PyComplex.TYPE, Abstract.repr(a)), a, CompareOp.EQ)));
    }
    assertMatches(expected, got);
  }

  @Test
  void complexAbsIsCorrectlyRoundedAsCHypot() {
    CPython.require();
    Random r = new Random(99);
    double[] xs = new double[8000];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = i % 2 == 0 ? r.nextGaussian() * Math.pow(2, r.nextInt(200) - 100)
          : Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
    }
    StringBuilder data = new StringBuilder();
    for (double d : xs) {
      data.append(FloatMethods.hex(d)).append('\n');
    }
    String py = "import sys\nv = [float.fromhex(t) for t in sys.stdin.read().split()]\n"
        + "for i in range(0, len(v), 2):\n    show(lambda: abs(complex(v[i], v[i + 1])))\n";
    List<String> expected = python(py, data.toString());
    List<String> got = new ArrayList<>();
    for (int i = 0; i < xs.length; i += 2) {
      PyComplex z = PyComplex.of(xs[i], xs[i + 1]);
      got.add(outcome(() -> Abstract.abs(z)));
    }
    assertMatches(expected, got);
  }

  @Test
  void intParsingInEveryBase() {
    CPython.require();
    Random r = new Random(5);
    List<String> texts = new ArrayList<>();
    List<Integer> bases = new ArrayList<>();
    String alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCXYZ_ -+";
    for (int i = 0; i < N; i++) {
      int base = r.nextInt(38);
      if (base == 1) {
        base = 0;
      }
      StringBuilder s = new StringBuilder();
      int len = 1 + r.nextInt(i % 10 == 0 ? 60 : 8);
      for (int k = 0; k < len; k++) {
        s.append(alphabet.charAt(r.nextInt(k == 0 ? alphabet.length() : 36)));
      }
      if (i % 7 == 0 && s.length() > 2) {
        s.setCharAt(1 + r.nextInt(s.length() - 2), '_');
      }
      if (i % 11 == 0) {
        s.insert(0, new String[] {"0x", "0o", "0b", "0", " -0X"}[r.nextInt(5)]);
      }
      texts.add(s.toString());
      bases.add(base > 36 ? 10 : base);
    }
    StringBuilder py = new StringBuilder("for s, b in [");
    for (int i = 0; i < texts.size(); i++) {
      py.append("('").append(texts.get(i)).append("',").append(bases.get(i)).append("),");
    }
    py.append("]:\n    show(lambda: int(s, b))\n");
    List<String> expected = python(py.toString());
    List<String> got = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      PyStr s = PyStr.of(texts.get(i));
      PyInt b = PyInt.of(bases.get(i));
      got.add(outcome(() -> Abstract.call(PyInt.TYPE, s, b)));
    }
    assertMatches(expected, got);
  }
}
