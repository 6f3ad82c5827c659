package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import dev.krait.core.vm.ScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Constructors, methods and builtins of int, float, complex and bool: each case is a Python
 * expression whose repr (or exception) is printed by python3 and by Krait, and must agree.
 */
class NumberMethodsTest {

  private static final String PRELUDE = "def show(f):\n"
      + "    try:\n"
      + "        r = repr(f())\n"
      + "    except Exception as e:\n"
      + "        r = type(e).__name__ + ': ' + str(e)\n"
      + "    print(r)\n"
      + "inf = float('inf')\n"
      + "nan = float('nan')\n"
      + "def rep(s, n):\n"
      + "    r = ''\n"
      + "    for i in range(n):\n"
      + "        r = r + s\n"
      + "    return r\n";

  /** Returns the mismatching cases of {@code cases} (one expression per line). */
  static List<String> compare(String cases) {
    List<String> exprs = new ArrayList<>();
    StringBuilder script = new StringBuilder(PRELUDE);
    for (String line : cases.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      exprs.add(line);
      script.append("show(lambda: ").append(line).append(")\n");
    }
    String expected = CPython.runScript(script.toString(), "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ScriptRunner.run(script.toString(), "<cases>",
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String got = out.toString(StandardCharsets.UTF_8);
    List<String> failures = new ArrayList<>();
    if (rc != 0) {
      failures.add("krait exited with " + rc + ": " + err.toString(StandardCharsets.UTF_8));
    }
    String[] e = expected.split("\n", -1);
    String[] g = got.split("\n", -1);
    for (int i = 0; i < exprs.size(); i++) {
      String want = i < e.length ? e[i] : "<missing>";
      String have = i < g.length ? g[i] : "<missing>";
      if (!want.equals(have)) {
        failures.add(exprs.get(i) + "  expected " + want + "  got " + have);
      }
    }
    return failures;
  }

  private static void check(String cases) {
    CPython.require();
    List<String> failures = compare(cases);
    assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())),
        failures.size() + " cases differ");
  }

  @Test
  void intConstructor() {
    check("""
        int()
        int(x='5')
        int('5', base=1)
        int('5', 37)
        int(5, 10)
        int('5', 1.5)
        int([])
        int(rep('1', 5000))
        int(rep('1', 5000) + 'x')
        len(str(int(rep('1', 4300))))
        int('010', 0)
        int('00', 0)
        int('0_0', 0)
        int(' 0x_1f ', 0)
        int('0x1f', 16)
        int('0X1F', 0)
        int('0o17', 0)
        int('0b101', 0)
        int('0b', 0)
        int('0b_1', 0)
        int('0b1', 16)
        int('-0x1', 16)
        int('z', 36)
        int('Z', 36)
        int('12', 2)
        int('\\u0661\\u0662')
        int('\\uff11\\uff12')
        int('1\\u00a0')
        int('\\u20031\\u2003')
        int('1_000')
        int('1__0')
        int('_1')
        int('1_')
        int('')
        int(' ')
        int('+')
        int('-')
        int(' -12 ')
        int('+12')
        int(rep('x', 300))
        int(rep('9', 30))
        int('-' + rep('9', 30), 11)
        int(3.99)
        int(-3.99)
        int(1e18)
        int(1e30)
        int(-0.0)
        int(inf)
        int(nan)
        int(True)
        int(base=10)
        int('1', 2, 3)
        int('1', base=2, x=3)
        int(12345678901234567890)
        int('10', base=True)
        int.__new__(float, 1)
        """);
  }

  @Test
  void floatConstructor() {
    check("""
        float()
        float('1_0.5')
        float('x')
        float([])
        float(x=1)
        float('1', '2')
        float('1__0')
        float('_1')
        float('1_.5')
        float('1._5')
        float('1e1_0')
        float(' -iNfinity ')
        float('+nan')
        float('-nan')
        float('INF')
        float('infinit')
        float('1e')
        float('1e+')
        float('')
        float('0x10')
        float('\\u0661.5')
        float('.5')
        float('5.')
        float('.')
        float('1e500')
        float('-1e-500')
        float('  1.25e-3\\n')
        float('1d')
        float('1f')
        float('NaN ')
        float(10 ** 20)
        float(10 ** 400)
        float(-7)
        float(True)
        float(rep('x', 300))
        float(2 ** 53 + 1)
        float('0.1')
        float('2.675')
        """);
  }

  @Test
  void floatMethods() {
    check("""
        (1.5).hex()
        (-0.0).hex()
        (0.0).hex()
        (1e-320).hex()
        (5e-324).hex()
        (1.7976931348623157e308).hex()
        (0.1).hex()
        inf.hex()
        (-inf).hex()
        nan.hex()
        float.fromhex('0x1.8p1')
        float.fromhex('0x1p2000')
        float.fromhex('zz')
        float.fromhex(' -0X1.FFFFFFFFFFFFFp1023 ')
        float.fromhex('0x1.fffffffffffff8p1023')
        float.fromhex('0x1p-1074')
        float.fromhex('0x1p-1075')
        float.fromhex('0x3p-1076')
        float.fromhex('0x1.00000000000008p0')
        float.fromhex('0x1.00000000000018p0')
        float.fromhex('1.8')
        float.fromhex('.8p1')
        float.fromhex('-inf')
        float.fromhex('nan')
        float.fromhex('0x')
        float.fromhex('0x1p')
        float.fromhex('0x1.p3')
        (2.5).is_integer()
        (2.0).is_integer()
        inf.is_integer()
        (0.1).as_integer_ratio()
        (-2.5).as_integer_ratio()
        (0.0).as_integer_ratio()
        (1e300).as_integer_ratio()
        inf.as_integer_ratio()
        nan.as_integer_ratio()
        (2.5).conjugate()
        (2.5).real
        (2.5).imag
        (2.7).__trunc__()
        (-2.7).__trunc__()
        (-2.5).__floor__()
        (-2.5).__ceil__()
        (1e20).__floor__()
        inf.__floor__()
        nan.__ceil__()
        (2.5).__getnewargs__()
        round(2.675, 2)
        round(2.5)
        round(3.5)
        round(-0.5)
        round(0.5)
        round(-2.5)
        round(1.5, 'x')
        round(inf)
        round(nan)
        round(inf, 2)
        round(nan, 1)
        round(1e300, -400)
        round(-1e300, -400)
        round(123.456, -1)
        round(123.456, -2)
        round(-0.4, 0)
        round(0.125, 2)
        round(0.375, 2)
        round(1.7976931348623157e308, -308)
        round(1e-320, 400)
        round(5.0, None)
        round(2.5, True)
        round(1e22)
        round(2.675, ndigits=2)
        round(number=2.5)
        round()
        round('x')
        round(1, 2, 3)
        float.__round__(2.5)
        (2.5).__round__(None)
        (2.5).__round__(1)
        float.__getformat__('double')
        float.__getformat__('float')
        float.__getformat__('x')
        float.__getformat__(1)
        float.__getformat__()
        float.fromhex(1)
        float.fromhex()
        """);
  }

  @Test
  void intMethods() {
    check("""
        (255).bit_length()
        (-256).bit_length()
        (0).bit_length()
        (-2**63).bit_length()
        (2**100).bit_length()
        (255).bit_count()
        (-255).bit_count()
        (-2**63).bit_count()
        (2**100 - 1).bit_count()
        (7).as_integer_ratio()
        True.as_integer_ratio()
        (7).conjugate()
        (7).numerator
        (7).denominator
        (7).real
        (7).imag
        True.real
        (7).__trunc__()
        (7).__floor__()
        (7).__ceil__()
        (7).__round__()
        (7).__round__(None)
        (7).__round__(-1)
        bool.__new__(int)
        bool.__new__(bool, 5)
        int.__new__(bool, 5)
        True + True
        True & False
        True | 2
        ~True
        -True
        repr(False)
        str(True)
        (7).__getnewargs__()
        round(1250, -2)
        round(1350, -2)
        round(-1250, -2)
        round(-1251, -2)
        round(1249, -2)
        round(5, None)
        round(5, 3)
        round(5, -1)
        round(15, -1)
        round(25, -1)
        round(123, -10)
        round(2**70 + 2**69, -20)
        round(7, 'x')
        round(True)
        round(True, 2)
        divmod(1, 0)
        divmod(1.0, 0)
        divmod(7, -2)
        divmod(-7.5, 2)
        divmod('a', 1)
        divmod(1)
        pow(2, 3, 0)
        pow(2.0, 3, 5)
        pow(2, 3, 5.0)
        pow(2, -1, 4)
        pow(3, -1, 7)
        pow(2, 10, -7)
        pow(2, 3, 'x')
        pow(2, 0.5)
        pow(-8, 1/3)
        pow(-2.0, 0.5)
        pow(base=2, exp=5)
        pow(2, exp=5, mod=3)
        pow(2)
        pow(complex(0, 1), 2, 3)
        bin(5)
        bin(-5)
        bin(0)
        oct(8)
        oct(-2**64)
        hex(255)
        hex(-255)
        hex(-2**63)
        hex(2**100)
        hex(True)
        hex(1.5)
        hex('x')
        hex()
        hex(1, 2)
        bin(x=1)
        abs(-5)
        abs(-2**70)
        abs(-0.0)
        abs(-2.5)
        abs(True)
        abs(3+4j)
        abs(complex(1e308, 1e308))
        abs(complex(inf, nan))
        abs(complex(nan, 1))
        abs('x')
        bool()
        bool(x=1)
        bool(1, 2)
        bool(0.0)
        bool(0j)
        bool(complex(0, -0.0))
        bool(nan)
        bool(2**70)
        """);
  }

  @Test
  void intBytesConversions() {
    check("""
        (5).to_bytes()
        (256).to_bytes(1, 'big')
        (-1).to_bytes(1, 'big')
        (1).to_bytes(1, 'middle')
        (1).to_bytes(-1, 'big')
        (1).to_bytes(1.5)
        (1).to_bytes(2**70)
        (1).to_bytes(byteorder=1)
        (1).to_bytes(2, 'little', signed=True)
        (1).to_bytes(2, 'little', True)
        (-129).to_bytes(2, 'big', signed=True)
        (-128).to_bytes(1, 'big', signed=True)
        (-129).to_bytes(1, 'big', signed=True)
        (128).to_bytes(1, 'big', signed=True)
        (255).to_bytes(1, 'little')
        (2**64 - 1).to_bytes(8, 'little')
        (2**64).to_bytes(9, 'big')
        (-2**100).to_bytes(13, 'little', signed=True)
        (0).to_bytes(0, 'big')
        (1).to_bytes(0, 'big')
        (0).to_bytes(3, 'little', signed=True)
        True.to_bytes(2, 'big')
        int.from_bytes(b'\\x01\\x00')
        int.from_bytes(b'\\x01\\x00', 'little')
        int.from_bytes(b'')
        int.from_bytes(b'', signed=True)
        int.from_bytes(b'\\xff', signed=True)
        int.from_bytes(b'\\xff\\x7f', 'little', signed=True)
        int.from_bytes(b'\\x80' + bytes(20), signed=True)
        int.from_bytes(bytearray(b'\\xff\\xfe'), 'big')
        int.from_bytes([1, 2])
        int.from_bytes((1, 2, 3), 'little')
        int.from_bytes(iter([1, 2]))
        int.from_bytes([256])
        int.from_bytes('ab')
        int.from_bytes(5)
        int.from_bytes(b'\\x01', 'x')
        int.from_bytes(b'\\x01', byteorder=1)
        int.from_bytes(b'\\x01', 'big', True)
        int.from_bytes()
        int.from_bytes(bytes=b'\\x02', byteorder='little')
        bool.from_bytes(b'\\x01')
        bool.from_bytes(b'\\x00')
        int(b' 12 ')
        int(b'ff', 16)
        int(bytearray(b'34'))
        int(b'1_000')
        int(b'x')
        int(b'\\xff')
        int(bytearray(b'z'), 36)
        float(b'2.5')
        float(bytearray(b' 1e3 '))
        float(b'x')
        float(b'inf')
        complex(b'1')
        """);
  }

  @Test
  void conformanceCornerCases() {
    check("""
        (3 + 4j) + (1 - 2j)
        (3 + 4j) / (1 - 2j)
        (3 + 4j) * 0
        (3 + 4j) + 0.5
        2 * (3 + 4j)
        (3 + 4j) - 3
        (3 + 4j) ** 2
        (1j) ** 3
        (2 + 0j) ** 10
        complex('-1.5-2.5j')
        complex('(1+1j)')
        (4 + 2j) / (1 + 1j)
        1 / 1j
        bool(0.0 + 1e-300j)
        (1 + 2j) < (2 + 3j)
        int(1 + 2j)
        float(1j)
        (1+1j) // 2
        1j % 2
        (1 + 2j) / 0
        complex('1 + 2j')
        round(0.4999999999999999)
        round(2.5, 0)
        round(-0.5, 0)
        round(1.005, 2)
        round(2.5, 1)
        round(1234.5678, 2)
        round(1234.5678, -2)
        round(1234.5678, -5)
        round(-1234.5678, 1)
        round(-1350, -2)
        round(-5, -1)
        round(123, 0)
        round(10 ** 30 + 5 * 10 ** 9, -10)
        round(1e300, 2)
        round(1e-300, 2)
        round(-1e-300, 2)
        round(0.5, 400)
        round(123.456, -3)
        round(5e-324, 323)
        round(0.05, 1)
        round(0.15, 1)
        round(0.25, 1)
        round(0.35, 1)
        round(0.45, 1)
        round(0.55, 1)
        float('-nan')
        float('Infinity')
        float('-INF')
        inf - inf
        inf * 0
        -1 / inf
        inf / inf
        nan < 1
        -inf < -1e308
        repr(0.0 * -1)
        -0.0 + 0.0
        -0.0 - 0.0
        1e308 * 10
        1e-320 / 1e10
        2.0 ** -1080
        float('inf') > 10 ** 400
        float('-inf') < -(10 ** 400)
        1e308 < 10 ** 309
        int(1e300) == 10 ** 300
        2.0 ** 10000
        (-8.0) ** 0.5 == 0
        inf % 1
        10 ** 400 / 1
        10 ** 400 / 10 ** 399
        2 ** 53 + 1 == float(2 ** 53 + 1)
        10 ** 400 > 1e308
        hash(0.5) == 2 ** 60
        hash(2 ** 61 - 1)
        hash(-1)
        hash(inf)
        -7 // 2
        -7 % 2
        7 % -3
        -7.5 // 2
        -1 >> 100
        1 % 0
        1.0 % 0
        1.0 // 0
        5 // 0.0
        2 ** -1
        (-2) ** -1
        0 ** -1
        0.0 ** -1
        (-8) ** 0.5
        7 .__rpow__(2)
        pow(-8, 0.5)
        1e16
        1e-05
        0.30000000000000004
        100.0
        1e22
        123456789012345678.0
        """);
  }

  @Test
  void complexNumbers() {
    check("""
        complex()
        complex(1, 2)
        complex('1+2j', 1)
        complex(1, '2')
        complex([])
        complex(1, [])
        complex('x')
        complex(real=1, imag=2)
        complex(imag=2)
        complex('(1+2j')
        complex('1e')
        complex(' ( 1-j ) ')
        complex('-1.5e3J')
        complex('inf-infj')
        complex('1_0+2_0j')
        complex('')
        complex('+j')
        complex('j')
        complex('-j')
        complex('1+')
        complex('1 +2j')
        complex('nan+nanj')
        complex('1e5')
        complex(' 3.5 ')
        complex('(2)')
        complex('1-2.5e-3j')
        complex(complex(1, 2), complex(3, 4))
        complex(complex(1, 2), 3)
        complex(1, complex(3, 4))
        complex(True, False)
        complex(-0.0, -0.0)
        complex(0.0, -0.0)
        complex(-0.0, 0.0)
        complex(1, -0.0)
        complex(inf, nan)
        complex(1e16, 1e-5)
        complex(100.0, 0.5)
        complex(10**400)
        complex(1, 2).real
        complex(1, 2).imag
        complex(1, 2).conjugate()
        complex(1, 2).__getnewargs__()
        complex(3, 4) + 1
        1 + complex(3, 4)
        2.5 - complex(3, 4)
        complex(3, 4) * complex(1, -2)
        complex(3, 4) * 2
        complex(3, 4) / complex(1, -2)
        complex(1, 0) / 3
        1 / complex(0, 1)
        complex(1, 1) / 0
        complex(1, 1) / complex(0, 0)
        complex(1, 1) / 0.0
        complex(1e300, 1e300) / complex(1e-300, 1e-300)
        complex(1, nan) / complex(nan, 1)
        complex(1, 2) ** 2
        complex(1, 2) ** -2
        complex(1, 2) ** 0
        complex(1, 2) ** 0.5
        complex(1, 2) ** complex(0.5, 0.25)
        complex(0, 0) ** -1
        complex(0, 0) ** complex(0, 1)
        complex(0, 0) ** 0
        complex(0, 0) ** 2.5
        complex(1e300, 1e300) ** 5
        complex(1e200, 1e200) ** 2
        complex(2, 0) ** 1024
        complex(2, 0) ** 1500.5
        2 ** complex(1, 1)
        (-8) ** (1/3)
        (-8.0) ** 0.5
        (-1) ** 0.5
        complex(1, 2) ** 101
        complex(1, 2) % 2
        complex(1, 2) // 2
        complex(1, 2) < complex(2, 3)
        complex(1, 0) == 1
        complex(1, 0) == 1.0
        complex(1, 1) == 1
        complex(2**53 + 1, 0) == 2**53 + 1
        1 == complex(1, 0)
        complex(1, 2) == complex(1, 2)
        complex(1, 2) != complex(1, 2)
        complex(1, 2) == 'x'
        -complex(1, 2)
        +complex(1, 2)
        hash(complex(1, 0))
        hash(complex(1.5, -2.25))
        hash(complex(0, 1))
        hash(complex(-1, 0))
        hash(complex(2**61, 2**62))
        hash(complex(inf, -inf))
        complex(1, 2).__complex__()
        type(complex(1, 2)).__name__
        complex.__new__(int)
        """);
  }

  @Test
  void subclassesAndConversionProtocolsInPython() {
    CPython.require();
    String script = """
        class MyInt(int):
            def __repr__(self):
                return 'MyInt(' + int.__repr__(self) + ')'
        class Meters(float):
            unit = 'm'
            def __new__(cls, v, scale=1):
                return super().__new__(cls, v * scale)
            def describe(self):
                return str(float(self)) + self.unit
        class Z(complex):
            pass
        class Flag(int):
            __slots__ = ()
        x = MyInt('42')
        print(repr(x), x + 1, type(x + 1).__name__, x == 42)
        print(hash(x) == hash(42), isinstance(x, int))
        x.note = 'n'
        print(x.note)
        m = Meters(2, scale=3)
        print(m, m.describe(), type(m).__name__, m * 2, round(m), m.is_integer())
        z = Z(1, 2)
        print(z, type(z).__name__, z.real, z.conjugate())
        print(type(z.conjugate()).__name__, abs(Z(3, 4)))
        print(Flag(3), type(Flag(3)).__name__)
        class Weird:
            def __index__(self):
                return 7
        class Fl:
            def __float__(self):
                return 2.5
        class Tr:
            def __trunc__(self):
                return 9
        class Cx:
            def __complex__(self):
                return 1+1j
        print(int(Weird()), float(Weird()), complex(Weird()), float(Fl()))
        print(int(Tr()), complex(Cx()), complex(Fl()))
        print(bin(5) if False else round(Meters(2.5)), divmod(MyInt(7), 2), pow(MyInt(2), 10, 1000))
        class BadInt:
            def __int__(self):
                return 'x'
        try:
            int(BadInt())
        except TypeError as e:
            print(e)
        class BadFloat:
            def __float__(self):
                return 1
        try:
            float(BadFloat())
        except TypeError as e:
            print(e)
        class F(float):
            __slots__ = ('a',)
        f = F(1.5)
        f.a = 3
        print(f, f.a)
        try:
            f.b = 1
        except AttributeError as e:
            print(e)
        class C(complex):
            __slots__ = ('a', 'b')
        c = C(1, 2)
        c.b = 5
        print(c.b, c)
        try:
            class I(int):
                __slots__ = ('a',)
        except TypeError as e:
            print(e)
        class J(int):
            __slots__ = ()
        print(J(4))
        print(int.from_bytes is not None, 10 ** 20 == 1e20, 2 ** 0.5, (-8) ** (1 / 3), 1j ** 2)
        """;
    String expected = CPython.runScript(script, "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ScriptRunner.run(script, "<subclasses>",
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(expected, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(0, rc);
  }

  @Test
  void everyAttributeOfTheNumberTypesExists() {
    CPython.require();
    PyType[] types = {PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyBool.TYPE};
    String expected = CPython.runScript(
        "for t in (int, float, complex, bool):\n"
            + "    print(' '.join(sorted(n for n in set(dir(t)) - set(dir(object)))))\n", "");
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    String[] lines = expected.split("\n");
    for (int i = 0; i < types.length; i++) {
      List<String> names = List.of(lines[i].split(" "));
      for (String n : names) {
        if (types[i].lookup(n) == null) {
          missing.add(types[i].name() + "." + n);
        }
      }
      for (PyType t : types[i].mroArray()) {
        if (t == PyType.OBJECT) {
          continue;
        }
        for (String n : t.dictView().keySet()) {
          if (!names.contains(n) && PyType.OBJECT.lookup(n) == null) {
            extra.add(types[i].name() + "." + n);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(List.of(), extra);
  }

  @Test
  void mixedOperandMatrixInPython() {
    CPython.require();
    String script = """
        inf = float('inf')
        nan = float('nan')
        vals = [0, 1, -3, 7, 2 ** 70, -2 ** 64, 0.0, -0.0, 2.5, -7.25, 1e308, inf, -inf, nan,
                1j, 3 - 4j, -2 + 0.5j, complex(0, -0.0), complex(inf, 1), True, False]
        ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b),
               ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
               ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
               ('**', lambda a, b: a ** (b if not isinstance(b, int) or b < 100 else 3)),
               ('divmod', lambda a, b: divmod(a, b)),
               ('==', lambda a, b: a == b), ('<', lambda a, b: a < b),
               ('>=', lambda a, b: a >= b), ('pow3', lambda a, b: pow(a, b, 7)),
               ('&', lambda a, b: a & b), ('<<', lambda a, b: a << (b if b < 100 else 3))]
        for a in vals:
            for b in vals:
                for name, op in ops:
                    try:
                        r = repr(op(a, b))
                    except Exception as e:
                        r = type(e).__name__ + ': ' + str(e)
                    print(repr(a), name, repr(b), r)
        """;
    String expected = CPython.runScript(script, "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ScriptRunner.run(script, "<matrix>", new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String> want = List.of(expected.split("\n"));
    List<String> got = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<missing>";
      String g = i < got.size() ? got.get(i) : "<missing>";
      if (!w.equals(g)) {
        diffs.add("expected " + w + " got " + g);
      }
    }
    assertEquals(List.of(), diffs.subList(0, Math.min(30, diffs.size())),
        diffs.size() + " of " + want.size() + " differ; " + err.toString(StandardCharsets.UTF_8));
  }

  private static String describe(PyObject o) {
    return Abstract.repr(o).value() + " " + o.type().name();
  }

  @Test
  void subclassesOfNumbers() {
    CPython.require();
    String expected = CPython.runScript("""
        class MyInt(int): pass
        class MyFloat(float): pass
        class MyComplex(complex): pass
        def d(o): print(repr(o), type(o).__name__)
        d(MyInt(42)); d(MyInt('ff', 16)); d(MyInt(5) + 1); d(+MyInt(7)); d(int(MyInt(7)))
        d(abs(MyInt(-7))); d(MyInt(7).real); d(hash(MyInt(7)))
        d(MyFloat('2.5')); d(MyFloat(2.5) * 2); d(float(MyFloat(7.5))); d(MyFloat.fromhex('0x1p1'))
        d(MyFloat(2.5).real); d(MyComplex(1, 2)); d(MyComplex(1, 2) * 2)
        d(complex(MyComplex(1, 2)))
        d(MyComplex(1, 2).conjugate()); d(MyInt(3) == 3); d(MyFloat(3.0) == MyInt(3))
        x = MyInt(9); x.tag = 'hi'; d(x.tag); d(x)
        """, "");
    Map<String, PyObject> ns = Map.of("__module__", PyStr.of("__main__"));
    PyType myInt = PyType.newClass(PyType.TYPE, "MyInt", List.of(PyInt.TYPE), ns);
    PyType myFloat = PyType.newClass(PyType.TYPE, "MyFloat", List.of(PyFloat.TYPE), ns);
    PyType myComplex = PyType.newClass(PyType.TYPE, "MyComplex", List.of(PyComplex.TYPE), ns);
    List<String> got = new ArrayList<>();
    got.add(describe(Abstract.call(myInt, PyInt.of(42))));
    got.add(describe(Abstract.call(myInt, PyStr.of("ff"), PyInt.of(16))));
    got.add(describe(Abstract.add(Abstract.call(myInt, PyInt.of(5)), PyInt.of(1))));
    got.add(describe(Abstract.pos(Abstract.call(myInt, PyInt.of(7)))));
    got.add(describe(Abstract.call(PyInt.TYPE, Abstract.call(myInt, PyInt.of(7)))));
    got.add(describe(Abstract.abs(Abstract.call(myInt, PyInt.of(-7)))));
    got.add(describe(Abstract.getAttr(Abstract.call(myInt, PyInt.of(7)), "real")));
    got.add(describe(PyInt.of(Abstract.hash(Abstract.call(myInt, PyInt.of(7))))));
    got.add(describe(Abstract.call(myFloat, PyStr.of("2.5"))));
    got.add(describe(Abstract.mul(Abstract.call(myFloat, PyFloat.of(2.5)), PyInt.of(2))));
    got.add(describe(Abstract.call(PyFloat.TYPE, Abstract.call(myFloat, PyFloat.of(7.5)))));
    got.add(describe(Abstract.callMethod(myFloat, "fromhex", PyStr.of("0x1p1"))));
    got.add(describe(Abstract.getAttr(Abstract.call(myFloat, PyFloat.of(2.5)), "real")));
    got.add(describe(Abstract.call(myComplex, PyInt.of(1), PyInt.of(2))));
    got.add(describe(Abstract.mul(Abstract.call(myComplex, PyInt.of(1), PyInt.of(2)),
        PyInt.of(2))));
    got.add(describe(Abstract.call(PyComplex.TYPE,
        Abstract.call(myComplex, PyInt.of(1), PyInt.of(2)))));
    got.add(describe(Abstract.callMethod(Abstract.call(myComplex, PyInt.of(1), PyInt.of(2)),
        "conjugate")));
    got.add(describe(Abstract.richCompare(Abstract.call(myInt, PyInt.of(3)), PyInt.of(3),
        CompareOp.EQ)));
    got.add(describe(Abstract.richCompare(Abstract.call(myFloat, PyFloat.of(3.0)),
        Abstract.call(myInt, PyInt.of(3)), CompareOp.EQ)));
    PyObject x = Abstract.call(myInt, PyInt.of(9));
    Abstract.setAttr(x, "tag", PyStr.of("hi"));
    got.add(describe(Abstract.getAttr(x, "tag")));
    got.add(describe(x));
    assertEquals(List.of(expected.split("\n")), got);
  }
}
