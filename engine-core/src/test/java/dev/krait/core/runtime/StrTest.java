package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * str methods, operators, %-formatting, str.format and the format mini-language: thousands of
 * expressions from the resources {@code str-cases.txt} and {@code format-cases.txt}, evaluated
 * by python3 and by Krait's runtime, must give the same repr or the same exception and message.
 */
class StrTest {

  static List<String> cases(String resource) {
    try (InputStream in = StrTest.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void check(String resource) {
    check(cases(resource));
  }

  static void check(List<String> exprs) {
    CPython.require();
    List<String> expected = StrEval.cpython(exprs);
    List<String> got = StrEval.krait(exprs);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < exprs.size(); i++) {
      if (!expected.get(i).equals(got.get(i))) {
        failures.add(exprs.get(i) + "\n    expected " + expected.get(i) + "\n    got      "
            + got.get(i));
      }
    }
    if (!failures.isEmpty()) {
      System.out.println(String.join("\n", failures));
    }
    assertEquals(List.of(), failures.subList(0, Math.min(30, failures.size())),
        failures.size() + " of " + exprs.size() + " cases differ");
  }

  @Test
  void methodsAndOperatorsMatchCPython() {
    check("str-cases.txt");
  }

  @Test
  void formattingMatchesCPython() {
    check("format-cases.txt");
  }

  /** Seeded random doubles (any bit pattern, and short decimals with ties) in every style. */
  @Test
  void randomFloatFormattingIsCorrectlyRounded() {
    java.util.Random random = new java.util.Random(20261124);
    String[] specs = {"", ".0f", ".1f", ".3f", ".12f", ".0e", ".3e", ".16e", "g", ".1g", ".5g",
      ".17g", ".3", ".12", "%", ",.2f", "#.3g", "+015.4e"};
    List<String> exprs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      double d;
      switch (i % 4) {
        case 0:
          d = Double.longBitsToDouble(random.nextLong());
          break;
        case 1:
          d = (random.nextInt(2000001) - 1000000) / Math.pow(10, random.nextInt(8));
          break;
        case 2:
          d = random.nextInt(100000) + 0.5;
          break;
        default:
          d = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
      }
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        continue;
      }
      String literal = dev.krait.core.ast.ConstantRepr.floatRepr(d);
      for (String spec : specs) {
        exprs.add("format(" + literal + ", '" + spec + "')");
        exprs.add("'%" + spec.replace("%", "f").replace(",", "") + "' % " + literal);
      }
    }
    check(exprs);
  }
}
