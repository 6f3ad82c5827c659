package dev.krait.core.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks {@link ConstantRepr} against {@code repr} in CPython, over many generated values. */
final class ConstantReprTest {

  private static final String HEX_LINES_TO_REPR =
      String.join(
          "\n",
          "import sys, struct",
          "kind = sys.argv[1]",
          "out = []",
          "for line in sys.stdin.read().splitlines():",
          "    if kind == 'float':",
          "        out.append(repr(struct.unpack('>d', bytes.fromhex(line))[0]))",
          "    elif kind == 'imag':",
          "        out.append(repr(complex(0.0, struct.unpack('>d', bytes.fromhex(line))[0])))",
          "    elif kind == 'bytes':",
          "        out.append(repr(bytes.fromhex(line)))",
          "    elif kind == 'str':",
          "        out.append(repr(''.join(chr(int(h, 16)) for h in line.split())))",
          "    elif kind == 'int':",
          "        out.append(repr(int(line, 16)))",
          "sys.stdout.write('\\n'.join(out) + '\\n')");

  /** Returns python3's reprs of the values encoded one per line, by the script above. */
  private static List<String> pythonReprs(String kind, List<String> lines) {
    String script = HEX_LINES_TO_REPR.replace("sys.argv[1]", "'" + kind + "'");
    String output = CPython.runScript(script, String.join("\n", lines) + "\n");
    return List.of(output.split("\n", -1)).subList(0, lines.size());
  }

  private static void assertAllEqual(
      List<String> inputs, List<String> expected, List<String> ours) {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (!expected.get(i).equals(ours.get(i))) {
        failures.add(inputs.get(i) + ": python " + expected.get(i) + ", ours " + ours.get(i));
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
        failures.size() + " of " + inputs.size() + " differ");
  }

  @Test
  void everyCodePointAloneMatchesPython() {
    CPython.require();
    String output =
        CPython.runScript(
            "import sys\n"
                + "sys.stdout.write('\\n'.join(repr(chr(c)) for c in range(0x110000)) + '\\n')\n",
            "");
    String[] expected = output.split("\n", -1);
    List<String> failures = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String ours = ConstantRepr.str(new String(Character.toChars(cp)));
      if (!ours.equals(expected[cp])) {
        failures.add(String.format("U+%04X: python %s, ours %s", cp, expected[cp], ours));
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
        failures.size() + " code points differ");
  }

  @Test
  void isPrintableMatchesPython() {
    CPython.require();
    String output =
        CPython.runScript(
            "import sys\n"
                + "sys.stdout.write(''.join('1' if chr(c).isprintable() else '0'"
                + " for c in range(0x110000)))\n",
            "");
    int differences = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (ConstantRepr.isPrintable(cp) != (output.charAt(cp) == '1')) {
        differences++;
      }
    }
    assertEquals(0, differences);
  }

  @Test
  void randomStringsMatchPython() {
    CPython.require();
    Random random = new Random(20240611);
    int[] pool = {
      '\'', '"', '\\', '\t', '\n', '\r', 0, 0x1b, 0x7f, 0x80, 0x85, 0xa0, 0xad, 0xe9, 0xff,
      0x100, 0x2028, 0x200b, 0x3000, 0xfeff, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x1f600,
      0x10000, 0xe0001, 0xf0000, 0x10ffff, 'a', 'Z', ' ', '0'
    };
    List<String> inputs = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    int codePointValues = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder hex = new StringBuilder();
      int[] codePoints = new int[random.nextInt(8)];
      boolean splitPair = false;
      for (int i = 0; i < codePoints.length; i++) {
        int cp =
            random.nextInt(3) == 0 ? random.nextInt(0x110000) : pool[random.nextInt(pool.length)];
        if (i > 0 && isHighSurrogate(codePoints[i - 1]) && random.nextBoolean()) {
          cp = Character.MIN_LOW_SURROGATE + random.nextInt(0x400);
        }
        codePoints[i] = cp;
        hex.append(Integer.toHexString(cp)).append(' ');
        splitPair |= i > 0 && isHighSurrogate(codePoints[i - 1]) && isLowSurrogate(cp);
      }
      inputs.add(hex.toString().strip());
      // A String would read a high surrogate and a low one as one code point; Python has two.
      if (splitPair) {
        codePointValues++;
        ours.add(ConstantRepr.repr(new Expr.CodePoints(codePoints)));
      } else {
        ours.add(ConstantRepr.str(new String(codePoints, 0, codePoints.length)));
      }
    }
    assertTrue(codePointValues > 50, "too few split pairs generated: " + codePointValues);
    assertAllEqual(inputs, pythonReprs("str", inputs), ours);
  }

  private static boolean isHighSurrogate(int cp) {
    return cp >= Character.MIN_HIGH_SURROGATE && cp <= Character.MAX_HIGH_SURROGATE;
  }

  private static boolean isLowSurrogate(int cp) {
    return cp >= Character.MIN_LOW_SURROGATE && cp <= Character.MAX_LOW_SURROGATE;
  }

  @Test
  void codePointsMatchPython() {
    CPython.require();
    int[][] values = {
      {0xd834, 0xdd1e},
      {'a', 0xd834, 0xdd1e, 'b'},
      {0xdbff, 0xdfff, 0xd800},
      {0xd800, 0xdc00, 0xd800, 0xdc00},
      {0xd834, 0x1d11e},
      {0xdd1e, 0xd834},
      {'\'', 0xd834, 0xdd1e},
      {'\'', '"', 0xd834, 0xdd1e, '\\', '\n', 0x7f, 0xe9, 0x2028},
      {0x1d11e},
      {'a'}
    };
    List<String> inputs = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (int[] value : values) {
      StringBuilder hex = new StringBuilder();
      for (int cp : value) {
        hex.append(Integer.toHexString(cp)).append(' ');
      }
      inputs.add(hex.toString().strip());
      ours.add(ConstantRepr.repr(new Expr.CodePoints(value)));
    }
    assertAllEqual(inputs, pythonReprs("str", inputs), ours);
  }

  @Test
  void codePointsAreAValue() {
    int[] array = {0xd834, 0xdd1e};
    Expr.CodePoints value = new Expr.CodePoints(array);
    array[0] = 'a';
    value.codePoints()[1] = 'b';
    assertArrayEquals(new int[] {0xd834, 0xdd1e}, value.codePoints());
    assertEquals(new Expr.CodePoints(new int[] {0xd834, 0xdd1e}), value);
    assertEquals(new Expr.CodePoints(new int[] {0xd834, 0xdd1e}).hashCode(), value.hashCode());
    assertNotEquals(new Expr.CodePoints(new int[] {0xd834}), value);
    assertEquals(2, value.length());
    assertEquals(0xdd1e, value.codePointAt(1));
  }

  @Test
  void randomBytesMatchPython() {
    CPython.require();
    Random random = new Random(7);
    List<String> inputs = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    List<byte[]> values = new ArrayList<>(List.of(all, new byte[0], "'".getBytes(),
        "\"".getBytes(), "'\"".getBytes(), "it's".getBytes()));
    byte[] quotes = {'\'', '"', '\\', 'a', 0, (byte) 0xff};
    for (int n = 0; n < 1000; n++) {
      byte[] value = new byte[random.nextInt(6)];
      for (int i = 0; i < value.length; i++) {
        value[i] = random.nextBoolean() ? quotes[random.nextInt(quotes.length)]
            : (byte) random.nextInt(256);
      }
      values.add(value);
    }
    for (byte[] value : values) {
      StringBuilder hex = new StringBuilder();
      for (byte b : value) {
        hex.append(String.format("%02x", b & 0xff));
      }
      inputs.add(hex.toString());
      ours.add(ConstantRepr.repr(value));
    }
    assertAllEqual(inputs, pythonReprs("bytes", inputs), ours);
  }

  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L, 1000000000L,
    10000000000L, 100000000000L, 1000000000000L, 10000000000000L, 100000000000000L,
    1000000000000000L, 10000000000000000L, 100000000000000000L
  };

  /** Returns the doubles to test: boundaries of every kind, then random bit patterns and values. */
  private static List<Double> testDoubles() {
    List<Double> values = new ArrayList<>();
    double[] specials = {
      0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1e15, 1e16, 1e17, 1e22, 1e23,
      9007199254740992.0, 9007199254740993.0, 123456789012345678.0, 0.0001, 0.00001, 1e-4, 1.5e-5,
      Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.NaN, Math.PI, Math.E, 2.5, 1e300, 1e-300, 5e-324, 1e308,
      1.7976931348623157e308, 2.2250738585072014e-308, 4.9406564584124654e-324
    };
    for (double d : specials) {
      values.add(d);
    }
    for (int e = -1074; e <= 1023; e++) {
      double p = Math.scalb(1.0, e);
      values.add(p);
      values.add(Math.nextUp(p));
      values.add(Math.nextDown(p));
    }
    for (int e = -325; e <= 308; e++) {
      double p = Double.parseDouble("1e" + e);
      values.add(p);
      values.add(Math.nextUp(p));
      values.add(Math.nextDown(p));
      values.add(Double.parseDouble("5e" + e));
      values.add(Double.parseDouble("1.2345e" + e));
    }
    Random random = new Random(42);
    for (int n = 0; n < 30000; n++) {
      values.add(Double.longBitsToDouble(random.nextLong()));
      values.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
      values.add((double) random.nextInt(1000000) / (1 + random.nextInt(1000)));
      // Short decimals of every length and magnitude, where the shortest digits are the input's.
      long digits = Math.abs(random.nextLong()) % POWERS_OF_TEN[1 + random.nextInt(17)];
      values.add(Double.parseDouble(digits + "e" + (random.nextInt(660) - 340)));
    }
    return values;
  }

  private static String bitsHex(double d) {
    return String.format("%016x", Double.doubleToRawLongBits(d));
  }

  @Test
  void floatsMatchPython() {
    CPython.require();
    List<String> inputs = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (double d : testDoubles()) {
      inputs.add(bitsHex(d));
      ours.add(ConstantRepr.repr(d));
    }
    assertAllEqual(inputs, pythonReprs("float", inputs), ours);
  }

  @Test
  void imaginariesMatchPython() {
    CPython.require();
    List<String> inputs = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    List<Double> values = testDoubles();
    for (int i = 0; i < values.size(); i += 7) {
      double d = values.get(i);
      inputs.add(bitsHex(d));
      ours.add(ConstantRepr.repr(new Expr.Imaginary(d)));
    }
    assertAllEqual(inputs, pythonReprs("imag", inputs), ours);
  }

  @Test
  void intsMatchPython() {
    CPython.require();
    Random random = new Random(3);
    List<String> inputs = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    List<Object> values = new ArrayList<>(List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE,
        BigInteger.ONE.shiftLeft(63), BigInteger.TEN.pow(400), BigInteger.TEN.pow(400).negate()));
    for (int n = 0; n < 500; n++) {
      values.add(random.nextLong() >> random.nextInt(64));
      values.add(new BigInteger(1 + random.nextInt(300), random));
    }
    for (Object value : values) {
      BigInteger big = value instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) value;
      inputs.add(big.toString(16));
      ours.add(ConstantRepr.repr(value));
    }
    assertAllEqual(inputs, pythonReprs("int", inputs), ours);
  }

  @Test
  void singletonsAndBooleansMatchPython() {
    CPython.require();
    String expected =
        CPython.runScript("print(repr(None), repr(...), repr(True), repr(False))", "");
    String ours =
        String.join(" ", ConstantRepr.repr(Expr.Singleton.NONE),
            ConstantRepr.repr(Expr.Singleton.ELLIPSIS), ConstantRepr.repr(true),
            ConstantRepr.repr(false));
    assertEquals(expected.strip(), ours);
  }

  @Test
  void rejectsValuesThatAreNotConstants() {
    assertThrows(IllegalArgumentException.class, () -> ConstantRepr.repr(new Object()));
    assertThrows(IllegalArgumentException.class, () -> ConstantRepr.repr(null));
  }
}
