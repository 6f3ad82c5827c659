package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks string literals, concatenation and f-strings against CPython's {@code ast}. */
final class StringLiteralsTest {

  /** Parses a field that is a lone identifier; enough to test literals without the parser. */
  private static FStringExpressions namesOnly(String source, LineMap lines) {
    return (text, offset) -> {
      int start = 0;
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
        end++;
      }
      if (end == start || !text.substring(end).isBlank()) {
        throw new IllegalArgumentException("test parser takes only names: " + text);
      }
      return new Expr.Name(text.substring(start, end), ExprContext.LOAD, offset + start,
          offset + end);
    };
  }

  private static void check(String... sources) {
    compare(sources, LiteralCases.krait(List.of(sources), StringLiteralsTest::namesOnly));
  }

  /** Checks whole statements through the real parser, which parses the fields. */
  private static void checkParsed(String... sources) {
    compare(sources, LiteralCases.kraitParser(List.of(sources)));
  }

  private static void compare(String[] sources, List<String> actual) {
    List<String> expected = LiteralCases.cpython(List.of(sources));
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        mismatches.add(
            "source:   " + sources[i] + "\nexpected: " + expected.get(i) + "\nactual:   "
                + actual.get(i));
      }
    }
    assertEquals("", String.join("\n\n", mismatches));
  }

  @Test
  void plainStrings() {
    check(
        "'abc'",
        "\"abc\"",
        "''",
        "\"\"\"\"\"\"",
        "'''a\nb'''",
        "\"\"\"tri'ple\"\" \"\"\"",
        "u'abc'",
        "U'abc'",
        "'é€😀'",
        "r'a\\nb\\'c'",
        "R\"\\d+\"",
        "'a' 'b' \"c\"",
        "u'a' 'b'",
        "'a' u'b'",
        "('a'\n 'b'\n 'c')");
  }

  @Test
  void escapes() {
    check(
        "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'",
        "'\\0\\7\\08\\101\\1011\\377\\400\\777'",
        "'\\x41\\xff\\u20ac\\U0001F600\\uD800'",
        "'\\d\\w\\8\\9\\q\\ \\é'",
        "'a\\\nb'",
        "'''a\\\nb\nc'''",
        "'\\N{DIGIT ONE}\\N{latin small letter a}\\N{EMPTY SET}'",
        "'\\N{LINE FEED}\\N{NUL}\\N{BYTE ORDER MARK}\\N{ZWSP}'",
        "'\\N{CJK UNIFIED IDEOGRAPH-8000}\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE A}'",
        "'a\\r\\nb' 'c'");
  }

  @Test
  void escapeErrors() {
    check(
        "'\\x'",
        "'\\x4' + 1",
        "'ab\\x4g'",
        "'\\u12'",
        "'\\U1234567'",
        "'\\U00110000'",
        "'\\N'",
        "'\\Nx'",
        "'\\N{'",
        "'\\N{abc'",
        "'\\N{}'",
        "'\\N{ DIGIT ONE}'",
        "'\\N{BASIC LATIN 0}'",
        "'\\N{CJK UNIFIED IDEOGRAPH-800}'",
        "'é\\x'",
        "'\\é\\x'",
        "('ok'\n  'bad\\x'\n  , 2)",
        "'a' '\\x' + 1");
  }

  @Test
  void escapedSurrogatePairsStayTwoCodePoints() {
    check(
        "'\\ud834\\udd1e'",
        "'\\ud834' '\\udd1e'",
        "'\\U0000d834\\U0000dd1e'",
        "'\\ud834\\U0000dd1e'",
        "'a\\ud834\\udd1eb'",
        "'𝄞'",
        "'\\U0001d11e'",
        "'\\udd1e\\ud834'",
        "'\\ud834𝄞'",
        "'\\ud834\\U0001d11e'",
        "'\\ud834\\ud834\\udd1e'",
        "'\\ud834\\n\\udd1e'",
        "'\\ud834\\\\udd1e'",
        "\"'\\udbff\\udfff\\ud800\"",
        "'\\ud834\\udd1e' '\\ud834' '\\udd1e'",
        "'\\ud834' '𝄞'",
        "'\\ud834' r'\\udd1e'",
        "u'\\ud834' '\\udd1e' 'x'",
        "('\\ud800'\n '\\udc00'\n '\\udfff')",
        "f'\\ud834{x}\\udd1e'",
        "f'\\ud834' '\\udd1e'",
        "'\\ud834' f'\\udd1e{x}'",
        "f'{x}\\ud834' f'\\udd1e{x}'",
        "f'\\ud834{{\\udd1e'",
        "f'{x:\\ud834\\udd1e}'",
        "f'{x:\\ud834{y}\\udd1e}'",
        "f'\\ud834\\udd1e{x}' 'a'");
    checkParsed("('\\ud834' '\\udd1e', 1)", "f'{x}\\ud834' '\\udd1e' f'{y}'");
  }

  /**
   * Checks that a str constant is a String exactly when no high surrogate is followed by a low
   * one among CPython's code points, and that its code points are CPython's.
   */
  @Test
  void strValueIsAStringUnlessAPairMustStaySplit() {
    CPython.require();
    List<String> sources =
        List.of(
            "'\\ud834\\udd1e'",
            "'\\ud834' '\\udd1e'",
            "'a\\ud834\\udd1eb'",
            "'𝄞'",
            "'\\U0001d11e'",
            "'\\udd1e\\ud834'",
            "'\\ud834𝄞'",
            "'\\ud834' r'\\udd1e'",
            "'\\ud800\\udc00\\U00010000'",
            "'a\\n'");
    String[] expected =
        CPython.runScript(
                "import ast, sys\n"
                    + "for src in sys.stdin.read().split('\\0'):\n"
                    + "    print(' '.join(hex(ord(c)) for c in ast.literal_eval(src)))\n",
                String.join("\0", sources))
            .split("\n");
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      String source = sources.get(i);
      Lexer lexer = new Lexer(source, "<test>");
      List<Token> tokens = lexer.tokenize();
      Object value =
          ((Expr.Constant)
                  StringLiterals.concatenate(
                      tokens.subList(0, tokens.size() - 2), "<test>", lexer.lineMap(), null))
              .value();
      int[] ours =
          value instanceof Expr.CodePoints c
              ? c.codePoints()
              : ((String) value).codePoints().toArray();
      StringBuilder hex = new StringBuilder();
      for (int k = 0; k < ours.length; k++) {
        hex.append(k == 0 ? "" : " ").append("0x").append(Integer.toHexString(ours[k]));
      }
      String[] theirs = expected[i].split(" ");
      boolean splitPair = false;
      for (int k = 1; k < theirs.length; k++) {
        int high = Integer.decode(theirs[k - 1]);
        int low = Integer.decode(theirs[k]);
        splitPair |= high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
      }
      if (!hex.toString().equals(expected[i])) {
        mismatches.add(source + ": python " + expected[i] + ", ours " + hex);
      } else if (splitPair != value instanceof Expr.CodePoints) {
        mismatches.add(source + ": a " + value.getClass().getSimpleName());
      }
    }
    assertEquals(List.of(), mismatches);
  }

  @Test
  void bytes() {
    check(
        "b'abc'",
        "B'a' b\"b\"",
        "b'\\x41\\xfF\\n\\0\\777\\400\\N{DIGIT ONE}\\u1234\\q'",
        "br'\\x'",
        "Rb'\\n'",
        "b'''a\nb'''",
        "b'a\\\nb'",
        "b'\\x'",
        "b'ab\\x4g'",
        "b'é'",
        "'a' b'b'",
        "b'a' 'b' + 2",
        "b'a' f'b'",
        "b'a' '\\x'");
  }

  @Test
  void fStringsWithNames() {
    check(
        "f''",
        "f'abc'",
        "f'{x}'",
        "F'a{x}b{y}c'",
        "f'{ x }'",
        "'a' f'b{x}c' 'd'",
        "'' f'{x}'",
        "f'{x}' ''",
        "f'{x}' f'{y}'",
        "u'a' f'{x}b'",
        "f'{x}' u'a'",
        "f'{x!r}{x!s}{x!a}'",
        "f'{x:>10}'",
        "f'{x:}'",
        "f'{x:{y}}'",
        "f'{x:a{y}b}'",
        "'z' f'{x:a{y}b}' 'w'",
        "f'{x!r:^{y}}'",
        "f'{x=}'",
        "f'{ x = }'",
        "f'{x=!s}'",
        "f'{x=:>4}'",
        "f'a{x=}b'",
        "f'{x:{y=}}'",
        "f'{{}}{x}}}'",
        "f'{{x}}'",
        "f'\\{x}'",
        "f'\\{{x}}'",
        "rf'\\{x}'",
        "rf'\\N{x}'",
        "f'\\N{DIGIT ONE}{x}'",
        "f'{x:\\N{DIGIT ONE}}'",
        "f'{x:\\n}'",
        "f'''a\n{x}\nb'''",
        "f'''{\nx\n}'''",
        "f'é{é}é'",
        "('a'\n f'{x}'\n 'b')");
  }

  @Test
  void fStringErrors() {
    check(
        "f'{}' + 1",
        "f'{ }'",
        "f'{!r}'",
        "f'{ !r}'",
        "f'{=}'",
        "f'{:x}'",
        "f'}'",
        "f'{x}}'",
        "f'{x:}}'",
        "f'{x:{y:{z}}}'",
        "f'{\\n}'",
        "f'{#}'",
        "f'{(}'",
        "f'{x'",
        "f'{x!}'",
        "f'{x!z}'",
        "f'{x!rx}'",
        "f'{x!r=}'",
        "f'{x)}'",
        "f'{[x)}'",
        "f'{x:{y}'",
        "f'{x:{{'",
        "f'{\"a}'",
        "f'{x=' 'a'",
        "f'\\x{x}'",
        "f'{x}\\x'",
        "f'a\\N{foo}{x}'",
        "(f'ok'\n  f'{}'\n  )");
  }

  @Test
  void fStringFieldsThroughTheParser() {
    checkParsed(
        "f'{a + b}'",
        "f'{3!=4}'",
        "f'{x==y}{x<y}{x>=y}{x<=y}{x>y}'",
        "f'{a[1:2]}'",
        "f'{ {1: 2}[1] }'",
        "f'{ {1, 2} }'",
        "f'{(lambda x: 1)}'",
        "f'{(x:=1)}'",
        "f'{x:=1}'",
        "f'{\"a\"}'",
        "f'{\"\"\"a\"\"\"}'",
        "f\"{'a' 'b'}\"",
        "f'''{'a'}'''",
        "f'{f\"{x}\"}'",
        "f'{a, b}'",
        "f'{*a, b}'",
        "f'{yield x}'",
        "f'{x if y else z!r:>{w}}'",
        "f'{x.y(z)[0]=}'",
        "f'{ x . y = :^{ w }}'",
        "f'''{\na\n+\nb\n}'''",
        "f'''x\n  {a +\n b}'''",
        "(f'{x}' f'{y}')",
        "('é' f'é{é}é' f'{é:{é}}')",
        "f'{a}{b}' 'c' f'{d:e{f}g}h'",
        "'z' f'{x:a{y}b}' u'w'",
        "u'' f'{x:a}'",
        "f'{a!r}' f'{b!s:{c!a}}'");
  }

  @Test
  void fStringFieldErrorsThroughTheParser() {
    checkParsed(
        "f'{a b}'",
        "f'{lambda x:1}'",
        "f'{x:{y:{z}}}'",
        "f'{!r}' + 1",
        "f'{)}'",
        "f'{a[}'",
        "f'{a +}'",
        "f'{x!r=}'",
        "f'{x' + 1",
        "f'{x=' 'a'",
        "(\n  f'{x}'\n  f'{x!z}'\n)",
        "x = 'a' f'{1 +}'");
  }
}
