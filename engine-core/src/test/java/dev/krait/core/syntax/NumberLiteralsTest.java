package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.AstDump;
import dev.krait.core.ast.CPython;
import dev.krait.core.ast.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks number literal values against CPython's {@code ast}. */
final class NumberLiteralsTest {

  private static final List<String> CASES =
      List.of(
          "0", "7", "00", "0_0", "123", "1_000_000", "999999999999999999", "9223372036854775807",
          "9223372036854775808", "18446744073709551616", "123456789012345678901234567890",
          "0x0", "0xff", "0XdeadBEEF", "0x_ff_ff", "0x7fffffffffffffff", "0x8000000000000000",
          "0xffffffffffffffffffff", "0o17", "0O7_7", "0o1777777777777777777777",
          "0o2000000000000000000000", "0b101", "0B_1_0", "0b" + "1".repeat(63),
          "0b1" + "0".repeat(63), "1.5", "1.", ".5", "0.0", "00.5", "1e3", "1E-3", "1_0.2_5e1_0",
          "1e400", "1e-400", "2.2250738585072014e-308", "0.1", "1.7976931348623157e308",
          "3.141592653589793238462643383279", "9007199254740993", "9007199254740993.0", "0e0",
          "1j", "1.5J", "0j", "1e400j", "1_0j", ".5j", "1e3j", "0777j", "09.5", "0_1.0");

  @Test
  void valuesMatchCPython() {
    CPython.require();
    String expected =
        CPython.runScript(
            "import ast, sys\n"
                + "for line in sys.stdin.read().split():\n"
                + "    print(ast.dump(ast.parse(line).body[0].value))\n",
            String.join("\n", CASES));
    List<String> actual = new ArrayList<>();
    for (String text : CASES) {
      actual.add(AstDump.dump(new Expr.Constant(NumberLiterals.parse(text), null, 0, 0)));
    }
    assertEquals(expected, String.join("\n", actual) + "\n");
  }

  @Test
  void typesFollowTheValue() {
    assertEquals(Long.class, NumberLiterals.parse("9223372036854775807").getClass());
    assertEquals(BigInteger.class, NumberLiterals.parse("9223372036854775808").getClass());
    assertEquals(Long.class, NumberLiterals.parse("0x" + "0".repeat(30) + "1").getClass());
    assertEquals(Double.class, NumberLiterals.parse("1e400").getClass());
    assertEquals(new Expr.Imaginary(2.5), NumberLiterals.parse("2.5j"));
  }
}
