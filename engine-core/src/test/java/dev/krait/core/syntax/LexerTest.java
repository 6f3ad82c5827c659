package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.krait.core.ast.CPython;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tests the {@link Lexer} through compact token dumps and error summaries.
 *
 * <p>The expected token strings come from CPython's {@code tokenize} module (keywords shown by
 * their kind, names NFKC-normalized as CPython's parser does, a lone {@code \r} turned into a
 * line break as CPython's tokenizer does) and the expected errors from CPython's {@code
 * compile()}; {@code engine-core/scripts/gen_lexer_tests.py} printed them.
 */
final class LexerTest {

  /** Returns the tokens as {@code KIND} or {@code KIND(text)} for names, numbers and strings. */
  private static String tokens(String source) {
    Lexer lexer = new Lexer(source, "<test>");
    List<Token> tokens = lexer.tokenize();
    assertNull(lexer.error(), () -> "unexpected error: " + lexer.error().summary());
    return tokens.stream()
        .map(
            t ->
                switch (t.kind()) {
                  case NAME, NUMBER, STRING -> t.kind() + "(" + t.text() + ")";
                  default -> t.kind().name();
                })
        .collect(Collectors.joining(" "));
  }

  private static void check(String source, String expected) {
    assertEquals(expected, tokens(source), () -> "tokens of " + source);
  }

  /** Checks the error's "Type: msg" and CPython's lineno, offset, end_lineno, end_offset. */
  private static void checkError(
      String source, String expected, int line, int column, int endLine, int endColumn) {
    Lexer lexer = new Lexer(source, "<test>");
    List<Token> tokens = lexer.tokenize();
    SyntaxError error = lexer.error();
    assertNotNull(error, () -> "no error for " + source);
    assertEquals(TokenKind.ERRORTOKEN, tokens.get(tokens.size() - 1).kind());
    assertEquals(
        expected + " " + line + ":" + column + "-" + endLine + ":" + endColumn,
        error.type() + ": " + error.msg() + " " + error.line() + ":" + error.column() + "-"
            + error.endLine() + ":" + error.endColumn(),
        () -> "error of " + source);
  }

  @Test
  void tokenFamiliesAndLayout() {
    check("x = 1",
        "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    check("x = 1\n",
        "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    check("if x:\n    y\nz\n",
        "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT NAME(z) NEWLINE ENDMARKER");
    check("if x:\n    if y:\n        z\n\n# c\n  # d\nw\n",
        "IF NAME(x) COLON NEWLINE INDENT IF NAME(y) COLON NEWLINE INDENT NAME(z) NEWLINE "
        + "DEDENT DEDENT NAME(w) NEWLINE ENDMARKER");
    check("def f(a, *b, **c) -> None: pass",
        "DEF NAME(f) LPAR NAME(a) COMMA STAR NAME(b) COMMA DOUBLESTAR NAME(c) RPAR RARROW NONE "
        + "COLON PASS NEWLINE ENDMARKER");
    check("a.b...c",
        "NAME(a) DOT NAME(b) ELLIPSIS NAME(c) NEWLINE ENDMARKER");
    check("x //= 2 ** 3; y **= 4; z >>= 1; w <<= 2",
        "NAME(x) DOUBLESLASHEQUAL NUMBER(2) DOUBLESTAR NUMBER(3) SEMI NAME(y) DOUBLESTAREQUAL "
        + "NUMBER(4) SEMI NAME(z) RIGHTSHIFTEQUAL NUMBER(1) SEMI NAME(w) LEFTSHIFTEQUAL "
        + "NUMBER(2) NEWLINE ENDMARKER");
    check("a @= b @ c | d & e ^ ~f",
        "NAME(a) ATEQUAL NAME(b) AT NAME(c) VBAR NAME(d) AMPER NAME(e) CIRCUMFLEX TILDE "
        + "NAME(f) NEWLINE ENDMARKER");
    check("a != b <= c >= d == e < f > g",
        "NAME(a) NOTEQUAL NAME(b) LESSEQUAL NAME(c) GREATEREQUAL NAME(d) EQEQUAL NAME(e) LESS "
        + "NAME(f) GREATER NAME(g) NEWLINE ENDMARKER");
    check("(x := 10)",
        "LPAR NAME(x) COLONEQUAL NUMBER(10) RPAR NEWLINE ENDMARKER");
    check("[1,\n 2,\n\n 3]\n",
        "LSQB NUMBER(1) COMMA NUMBER(2) COMMA NUMBER(3) RSQB NEWLINE ENDMARKER");
    check("{a: b}\n",
        "LBRACE NAME(a) COLON NAME(b) RBRACE NEWLINE ENDMARKER");
    check("x = \\\n  1\n",
        "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    check("if x:\n\ty\n",
        "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    check("if x:\n \ty\n \tz\n",
        "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT ENDMARKER");
    check("\fx = 1\n",
        "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    check("if x:\n  y\n\f  z\n",
        "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT ENDMARKER");
    check("0 00 0_0 123 1_000 0x1F 0XaB_c 0o17 0O7_7 0b101 0B1_0 1.5 .5 5. 1e10 1E-5 1.5e+3 "
        + "1_0.2_5e1_0 3j 1.5J 0j .5j 1e5j 00.5 09.5 09j",
        "NUMBER(0) NUMBER(00) NUMBER(0_0) NUMBER(123) NUMBER(1_000) NUMBER(0x1F) "
        + "NUMBER(0XaB_c) NUMBER(0o17) NUMBER(0O7_7) NUMBER(0b101) NUMBER(0B1_0) NUMBER(1.5) "
        + "NUMBER(.5) NUMBER(5.) NUMBER(1e10) NUMBER(1E-5) NUMBER(1.5e+3) NUMBER(1_0.2_5e1_0) "
        + "NUMBER(3j) NUMBER(1.5J) NUMBER(0j) NUMBER(.5j) NUMBER(1e5j) NUMBER(00.5) "
        + "NUMBER(09.5) NUMBER(09j) NEWLINE ENDMARKER");
    check("x = 1if y else 2",
        "NAME(x) EQUAL NUMBER(1) IF NAME(y) ELSE NUMBER(2) NEWLINE ENDMARKER");
    check("1 .real",
        "NUMBER(1) DOT NAME(real) NEWLINE ENDMARKER");
    check("'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\n' b'x' rb'y' Br'z' bR'w' RB'v' u'u' U'U' "
        + "f'{x}' F'y' fr'{z}' Rf'w' rF'v' FR'u'",
        "STRING('a') STRING(\"b\") STRING('''c''') STRING(\"\"\"d\"\"\") STRING(r'\\n') "
        + "STRING(b'x') STRING(rb'y') STRING(Br'z') STRING(bR'w') STRING(RB'v') STRING(u'u') "
        + "STRING(U'U') STRING(f'{x}') STRING(F'y') STRING(fr'{z}') STRING(Rf'w') "
        + "STRING(rF'v') STRING(FR'u') NEWLINE ENDMARKER");
    check("'a\\'b' \"c\\\"d\" '''e\n'f'\n''' 'g\\\nh'",
        "STRING('a\\'b') STRING(\"c\\\"d\") STRING('''e\n'f'\n''') STRING('g\\\nh') NEWLINE "
        + "ENDMARKER");
    check("'''a''''b'",
        "STRING('''a''') STRING('b') NEWLINE ENDMARKER");
    check("''''''\"\"\"\"\"\"",
        "STRING('''''') STRING(\"\"\"\"\"\") NEWLINE ENDMARKER");
    check("x = ur",
        "NAME(x) EQUAL NAME(ur) NEWLINE ENDMARKER");
    check("bu = 1; rb; fb; ub; rr",
        "NAME(bu) EQUAL NUMBER(1) SEMI NAME(rb) SEMI NAME(fb) SEMI NAME(ub) SEMI NAME(rr) "
        + "NEWLINE ENDMARKER");
    check("print(x)",
        "NAME(print) LPAR NAME(x) RPAR NEWLINE ENDMARKER");
    check("match x:\n    case _:\n        pass\n",
        "NAME(match) NAME(x) COLON NEWLINE INDENT NAME(case) NAME(_) COLON NEWLINE INDENT PASS "
        + "NEWLINE DEDENT DEDENT ENDMARKER");
    check("async def f():\n    await x\n",
        "ASYNC DEF NAME(f) LPAR RPAR COLON NEWLINE INDENT AWAIT NAME(x) NEWLINE DEDENT ENDMARKER");
    check("\u00e9 = \u015d + \uff2b",
        "NAME(\u00e9) EQUAL NAME(\u015d) PLUS NAME(K) NEWLINE ENDMARKER");
    check("_x1 = __dunder__",
        "NAME(_x1) EQUAL NAME(__dunder__) NEWLINE ENDMARKER");
    check("True False None and as assert async await break class continue def del elif else "
        + "except finally for from global if import in is lambda nonlocal not or pass raise "
        + "return try while with yield",
        "TRUE FALSE NONE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE "
        + "EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE "
        + "RETURN TRY WHILE WITH YIELD NEWLINE ENDMARKER");
    check("x = 1\r\ny = 2\r\n",
        "NAME(x) EQUAL NUMBER(1) NEWLINE NAME(y) EQUAL NUMBER(2) NEWLINE ENDMARKER");
    check("x = 1\ry = 2\r",
        "NAME(x) EQUAL NUMBER(1) NEWLINE NAME(y) EQUAL NUMBER(2) NEWLINE ENDMARKER");
    check("if x:\r\n  y\r\n",
        "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    check("a = (1,\r\n 2)\r\n",
        "NAME(a) EQUAL LPAR NUMBER(1) COMMA NUMBER(2) RPAR NEWLINE ENDMARKER");
    check("'''a\r\nb'''\r\n",
        "STRING('''a\r\nb''') NEWLINE ENDMARKER");
    check("x\n\n\n",
        "NAME(x) NEWLINE ENDMARKER");
    check("   \n",
        "ENDMARKER");
    check("",
        "ENDMARKER");
    check("# only a comment",
        "ENDMARKER");
    check("if x:\n  y  # c",
        "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    check("if x:\n    pass\n  # c\n",
        "IF NAME(x) COLON NEWLINE INDENT PASS NEWLINE DEDENT ENDMARKER");
    check("x = [\n# c\n]\n",
        "NAME(x) EQUAL LSQB RSQB NEWLINE ENDMARKER");
    check("if 1:\n  x\n  \\\n    y\n",
        "IF NUMBER(1) COLON NEWLINE INDENT NAME(x) NEWLINE NAME(y) NEWLINE DEDENT ENDMARKER");
    check("x = 1 \\\n\n",
        "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
  }

  @Test
  void errorsWithCPythonsMessageAndLocation() {
    checkError("x = 'abc",
        "SyntaxError: unterminated string literal (detected at line 1)", 1, 5, 1, 5);
    checkError("x = 'abc\n",
        "SyntaxError: unterminated string literal (detected at line 1)", 1, 5, 1, 5);
    checkError("x = \"\"\"abc\n",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5);
    checkError("x = '''abc\ndef\n",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5);
    checkError("x = 'abc\\\ndef\n",
        "SyntaxError: unterminated string literal (detected at line 2)", 1, 5, 1, 5);
    checkError("y = 1\nx = f'abc",
        "SyntaxError: unterminated string literal (detected at line 2)", 2, 5, 2, 5);
    checkError("foo(a, b",
        "SyntaxError: '(' was never closed", 1, 4, 1, 0);
    checkError("x = [1,\n2,\n",
        "SyntaxError: '[' was never closed", 1, 5, 1, 0);
    checkError("{\n",
        "SyntaxError: '{' was never closed", 1, 1, 1, 0);
    checkError("x = [1)",
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '['", 1, 7, 1, 7);
    checkError("x = [1,\n)",
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line "
        + "1", 2, 1, 2, 1);
    checkError("x = (1,\n2]",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line "
        + "1", 2, 2, 2, 2);
    checkError("x)",
        "SyntaxError: unmatched ')'", 1, 2, 1, 2);
    checkError("x = }",
        "SyntaxError: unmatched '}'", 1, 5, 1, 5);
    checkError("]",
        "SyntaxError: unmatched ']'", 1, 1, 1, 1);
    checkError("\u20ac = 1",
        "SyntaxError: invalid character '\u20ac' (U+20AC)", 1, 1, 1, 1);
    checkError("a = b\u20ac",
        "SyntaxError: invalid character '\u20ac' (U+20AC)", 1, 6, 1, 6);
    checkError("a\u00a0= 1",
        "SyntaxError: invalid non-printable character U+00A0", 1, 2, 1, 2);
    checkError("a = \u000b",
        "SyntaxError: invalid non-printable character U+000B", 1, 5, 1, 5);
    checkError("\u007f",
        "SyntaxError: invalid non-printable character U+007F", 1, 1, 1, 1);
    checkError("x = 1 \\ y",
        "SyntaxError: unexpected character after line continuation character", 1, 8, 1, 0);
    checkError("x = 1\ny = 2 \\ z\n",
        "SyntaxError: unexpected character after line continuation character", 2, 8, 2, 0);
    checkError("x = 1 \\",
        "SyntaxError: unexpected EOF while parsing", 1, 8, 1, -1);
    checkError("x = 1\n\\\n",
        "SyntaxError: unexpected EOF while parsing", 2, 2, 2, -1);
    checkError("x = 1\n    \\\n",
        "SyntaxError: unexpected EOF while parsing", 2, 6, 2, -1);
    checkError("if 1:\n    x\n  y\n",
        "IndentationError: unindent does not match any outer indentation level", 3, 4, 3, -1);
    checkError("if 1:\n    \u00e9\n  \u00e9y\n",
        "IndentationError: unindent does not match any outer indentation level", 3, 5, 3, -1);
    checkError("if 1:\n\tx\n        y\n",
        "TabError: inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0);
    checkError("if 1:\n        x\n\ty\n",
        "TabError: inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0);
    checkError("if 1:\n    x\n\ty\n",
        "TabError: inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0);
    checkError("1_a",
        "SyntaxError: invalid decimal literal", 1, 2, 1, 2);
    checkError("1__0",
        "SyntaxError: invalid decimal literal", 1, 2, 1, 2);
    checkError("1_",
        "SyntaxError: invalid decimal literal", 1, 2, 1, 2);
    checkError("0_",
        "SyntaxError: invalid decimal literal", 1, 2, 1, 2);
    checkError("0x",
        "SyntaxError: invalid hexadecimal literal", 1, 2, 1, 2);
    checkError("0x_",
        "SyntaxError: invalid hexadecimal literal", 1, 3, 1, 3);
    checkError("0xg",
        "SyntaxError: invalid hexadecimal literal", 1, 2, 1, 2);
    checkError("0o",
        "SyntaxError: invalid octal literal", 1, 2, 1, 2);
    checkError("0o8",
        "SyntaxError: invalid digit '8' in octal literal", 1, 3, 1, 3);
    checkError("0o1_",
        "SyntaxError: invalid octal literal", 1, 4, 1, 4);
    checkError("0o18",
        "SyntaxError: invalid digit '8' in octal literal", 1, 4, 1, 4);
    checkError("0b",
        "SyntaxError: invalid binary literal", 1, 2, 1, 2);
    checkError("0b2",
        "SyntaxError: invalid digit '2' in binary literal", 1, 3, 1, 3);
    checkError("0b1_2",
        "SyntaxError: invalid digit '2' in binary literal", 1, 5, 1, 5);
    checkError("0b12",
        "SyntaxError: invalid digit '2' in binary literal", 1, 4, 1, 4);
    checkError("012",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
        + "prefix for octal integers", 1, 1, 1, 2);
    checkError("00_1",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
        + "prefix for octal integers", 1, 1, 1, 4);
    checkError("0_9",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
        + "prefix for octal integers", 1, 1, 1, 3);
    checkError("1e",
        "SyntaxError: invalid decimal literal", 1, 1, 1, 1);
    checkError("0e",
        "SyntaxError: invalid decimal literal", 1, 1, 1, 1);
    checkError("1e+",
        "SyntaxError: invalid decimal literal", 1, 3, 1, 3);
    checkError("1e_1",
        "SyntaxError: invalid decimal literal", 1, 1, 1, 1);
    checkError("1.5e",
        "SyntaxError: invalid decimal literal", 1, 3, 1, 3);
    checkError("1.2j3",
        "SyntaxError: invalid imaginary literal", 1, 4, 1, 4);
    checkError("1abc",
        "SyntaxError: invalid decimal literal", 1, 1, 1, 1);
    checkError("0x1g",
        "SyntaxError: invalid hexadecimal literal", 1, 3, 1, 3);
    checkError("0o7a",
        "SyntaxError: invalid octal literal", 1, 3, 1, 3);
    checkError("0b1c",
        "SyntaxError: invalid binary literal", 1, 3, 1, 3);
    checkError("1.5_",
        "SyntaxError: invalid decimal literal", 1, 4, 1, 4);
    checkError("1_.5",
        "SyntaxError: invalid decimal literal", 1, 2, 1, 2);
    checkError("a $ b",
        "SyntaxError: invalid syntax", 1, 3, 1, 4);
    checkError("a ? b",
        "SyntaxError: invalid syntax", 1, 3, 1, 4);
    checkError("a ! b",
        "SyntaxError: invalid syntax", 1, 3, 1, 4);
    checkError("a ` b",
        "SyntaxError: invalid syntax", 1, 3, 1, 4);
    checkError("x = 1 $ 2 \\ y",
        "SyntaxError: invalid syntax", 1, 7, 1, 8);
    checkError("(\nx = 1 $ 2",
        "SyntaxError: '(' was never closed", 1, 1, 1, 0);
    checkError("x = (1 $ 2",
        "SyntaxError: invalid syntax", 1, 8, 1, 9);
    checkError("a $ b\n\"abc",
        "SyntaxError: unterminated string literal (detected at line 2)", 2, 1, 2, 1);
    checkError("x = 1\u0000",
        "SyntaxError: source code string cannot contain null bytes", 0, 0, 0, 0);
  }

  @Test
  void deepNesting() {
    // Generated like the cases above: 201 opening parentheses, and 101 nested blocks.
    checkError("(".repeat(201), "SyntaxError: too many nested parentheses", 1, 201, 1, 201);
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      deep.append(" ".repeat(i)).append("if 1:\n");
    }
    deep.append(" ".repeat(101)).append("x\n");
    checkError(
        deep.toString(), "IndentationError: too many levels of indentation", 101, 1, 101, 0);
  }

  @Test
  void notEqualSpelledAsInPep401() {
    // CPython lexes "<>" as one NOTEQUAL token and its parser rejects the spelling:
    // compile("1 <> 2") reports invalid syntax over columns 3-5, and it compiles after
    // "from __future__ import barry_as_FLUFL".
    Lexer lexer = new Lexer("1 <> 2", "<test>");
    Token token = lexer.tokenize().get(1);
    assertEquals(TokenKind.NOTEQUAL, token.kind());
    assertEquals("<>", token.text());
    assertEquals(2, token.start());
    assertEquals(4, token.end());
  }

  @Test
  void laterTokenizerErrorsOverrideParseErrors() {
    // compile("1 +\nx = 'abc") reports the unterminated string, not the parse error on line 1.
    Lexer lexer = new Lexer("1 +\nx = 'abc", "<test>");
    assertEquals(
        "SyntaxError: unterminated string literal (detected at line 2) (line 2, column 5)",
        lexer.overridingError(1).summary());
    // compile("(1 +\n\nx=1") reports the bracket opened before the parse error's line.
    lexer = new Lexer("(1 +\n\nx=1", "<test>");
    assertEquals(
        "SyntaxError: '(' was never closed (line 1, column 1)", lexer.overridingError(3).summary());
    // compile("1 +\n(\nx=1") keeps the parse error of line 1: the bracket opened later.
    lexer = new Lexer("1 +\n(\nx=1", "<test>");
    assertNull(lexer.overridingError(1));
    // Errors found only when the parser reaches them never override.
    lexer = new Lexer("x = (1 +\n2 \\ y)", "<test>");
    assertNull(lexer.overridingError(1));
    assertNull(new Lexer("x = 1", "<test>").overridingError(1));
  }

  @Test
  void tokenOffsetsAndText() {
    Lexer lexer = new Lexer("if x:\r\n  \u00e9 = f'a'\r\n", "<test>");
    List<Token> tokens = lexer.tokenize();
    assertEquals(
        List.of(
            new Token(TokenKind.IF, 0, 2, "if"),
            new Token(TokenKind.NAME, 3, 4, "x"),
            new Token(TokenKind.COLON, 4, 5, ":"),
            new Token(TokenKind.NEWLINE, 5, 7, ""),
            new Token(TokenKind.INDENT, 7, 9, ""),
            new Token(TokenKind.NAME, 9, 10, "\u00e9"),
            new Token(TokenKind.EQUAL, 11, 12, "="),
            new Token(TokenKind.STRING, 13, 17, "f'a'"),
            new Token(TokenKind.NEWLINE, 17, 19, ""),
            new Token(TokenKind.DEDENT, 19, 19, ""),
            new Token(TokenKind.ENDMARKER, 19, 19, "")),
        tokens);
  }

  @Test
  void namesAreNfkcNormalized() {
    // python3: ast.dump(ast.parse("\uff4b\ufb01 = 1")) names the target 'kfi'.
    List<Token> tokens = new Lexer("\uff4b\ufb01 = 1", "<test>").tokenize();
    assertEquals(new Token(TokenKind.NAME, 0, 2, "kfi"), tokens.get(0));
  }

  @Test
  void commentsAndNonLogicalLineBreaksMatchPythonTokenize() {
    CPython.require();
    String source =
        "# head\nif x:  # c\n\n    y = (1,\n         2)\n  # trailing\nz = '''a\nb'''\n";
    String expected =
        CPython.runScript(
            String.join(
                "\n",
                "import io, keyword, sys, token, tokenize",
                "src = sys.stdin.read()",
                "for t in tokenize.generate_tokens(io.StringIO(src).readline):",
                "    name = token.tok_name[t.exact_type]",
                "    if t.type == tokenize.NAME and keyword.iskeyword(t.string):",
                "        name = t.string.upper()",
                "    text = '' if name in ('NEWLINE', 'NL', 'INDENT') else t.string",
                "    r = '%d,%d-%d,%d:' % (t.start + t.end)",
                "    print('%-20s%-15s%r' % (r, name, text))"),
            source);
    assertEquals(expected, TokenDump.dump(source, "<test>"));
  }
}
