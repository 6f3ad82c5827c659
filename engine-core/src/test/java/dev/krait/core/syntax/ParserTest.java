package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krait.core.ast.AstDump;
import dev.krait.core.ast.CPython;
import dev.krait.core.ast.Mod;
import dev.krait.core.ast.Node;
import dev.krait.core.ast.Stmt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parses one snippet per grammar feature and compares the tree, every node's position and every
 * error with what CPython 3.11 reports for the same source, computed by {@code python3}.
 */
final class ParserTest {

  /** Valid sources, one or more per feature of the grammar. */
  private static final List<String> VALID = List.of(
      "",
      "pass\n",
      "x = 1; y = 2;\n",
      "a = b = c = 3\n",
      "a, *b = c\n[a, (b, c)] = d\n(a) = 1\n(a.b) = 2\n",
      "x: int\n(y): int = 1\na.b: str\na[0]: 'T' = 2\n",
      "x += 1\na.b -= 2\nc[d] **= 3\ne //= 4\nf @= g\nh >>= 1\n",
      "x = yield\ny = yield from z\n",
      "del a, b.c, d[e], (f, g), [h]\ndel (i),\n",
      "assert x\nassert x, 'message'\n",
      "raise\nraise E\nraise E from cause\n",
      "global a, b\nnonlocal c\n",
      "import a\nimport a.b.c as d, e\n",
      "from . import a\nfrom .. m import (b as c, d,)\nfrom ...x.y import *\nfrom .... import e\n",
      "return\nreturn 1\nreturn 1, *rest\n",
      "break\ncontinue\n",
      "if a:\n  pass\nelif b:\n  pass\nelif c:\n  pass\nelse:\n  pass\n",
      "while x: pass\nelse: y\n",
      "for x in y: pass\nfor a, *b in c:\n  pass\nelse:\n  pass\nfor (x) in y: z\n",
      "for x, in y: pass\nfor [a, b] in c: pass\nfor a.b in c: pass\n",
      "with a: pass\nwith a as b, c as (d, e): pass\n",
      "with (a, b): pass\nwith (a as b, c): pass\nwith (a) as b: pass\nwith (a).b: pass\n",
      "with (yield): pass\nwith (a, b,): pass\n",
      "try:\n  a\nexcept E:\n  b\nexcept (F, G) as e:\n  c\nexcept:\n  d\nelse:\n  e\n"
          + "finally:\n  f\n",
      "try:\n  a\nfinally:\n  b\n",
      "try:\n  a\nexcept* E:\n  b\nexcept* F as f:\n  c\n",
      "def f(): pass\ndef g(a, b=1, *args, c, d=2, **kw) -> int:\n  return a\n",
      "def f(a, /, b, *, c): pass\ndef g(a=1, /, b=2, *c: int, d: str = 'x'): pass\n",
      "def f(*args: *Ts): pass\ndef g(a, /): pass\ndef h(**k): pass\n",
      "@dec\n@dec.attr(1)\n@(lambda f: f)\n@a[0].b\nclass C(B, metaclass=M, **kw):\n  x = 1\n",
      "@d\ndef f(): pass\n@d\nasync def g(): pass\n",
      "async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass\n"
          + "  [i async for i in j]\n  await (yield)\n",
      "class C: pass\nclass D(): pass\nclass E(A, B): pass\n",
      "match x:\n  case 1:\n    pass\n  case -1 | 2.5 | -3j | 1 + 2j | -1 - 2j:\n    pass\n"
          + "  case 'a' 'b' | b'c' | None | True | False:\n    pass\n",
      "match x:\n  case [a, *rest]: pass\n  case (a, b): pass\n  case (a,): pass\n"
          + "  case []: pass\n  case (): pass\n  case [*_]: pass\n  case a, *b: pass\n",
      "match x:\n  case {'k': v, **rest}: pass\n  case {}: pass\n  case {1: _, a.b: c}: pass\n",
      "match x:\n  case Point(1, y=2): pass\n  case a.B(c, d as e): pass\n  case C(): pass\n"
          + "  case (a | b) as c if c > 0: pass\n  case _: pass\n  case a.b: pass\n",
      "match x, y:\n  case a if a:\n    pass\nmatch *a, b:\n  case q: pass\n",
      "match = 1\nmatch.x = 2\nmatch[0] = 3\nmatch(x)\nprint(match)\nmatch -x\n",
      "case = 1\n_ = 2\ncase(1)\nmatch (x):\n  case _: pass\n",
      "x = a if b else c\ny = lambda: 0\nz = lambda a, b=1, *c, d, **e: a\n",
      "f = lambda a, /, b: 0\ng = lambda *, k: k\nh = lambda *a, **k: 0\n",
      "(x := 1)\nif (n := len(a)) > 10: pass\nf(y := 2)\n[z := 3, 4]\n",
      "-2 ** 2\nnot a == b\na or b and not c\n~a + -b * +c\na ** -b ** c\n",
      "a < b <= c > d >= e == f != g is h is not i in j not in k\n",
      "a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
      "f(a, *b, c=1, *d, **e)\nf(x for x in y)\nf(a=1)(b)[c].d\nf(*a, **b, c=3)\n",
      "a[1]\na[1:2]\na[::3]\na[1:2, ::3]\na[:, None]\na[*b]\na[1,]\na[b:=1]\n",
      "[x for x in y if z if w for a in b]\n{x for x in y}\n{k: v for k, v in d}\n"
          + "(x for x in y)\n[(a, b) for a in c]\n",
      "[]\n()\n{}\n[1, *a]\n(1,)\n(1, 2)\n{1, *b}\n{**a, 'b': 1}\n{1: 2, 3: 4,}\n",
      "'a' 'b'\nb'x' b'y'\nf'{a}' 'b'\nu'x'\nf'{x!r:>{width}}'\nf'{x=}'\n",
      "1\n1.5\n1j\n0xff\n1_000\n10 ** 30\n...\nNone\nTrue\nFalse\n",
      "x = *a, *b\nreturn_value = (yield)\nprint(*args, sep='')\n",
      "if x:\n  if y:\n    pass\n  else:\n    pass\n# comment\n\n",
      "def f():\n  x = 1; pass; del x;\n",
      "x = (1 +\n     2)\ny = [\n  1,\n  2,\n]\nz = 'a' \\\n  'b'\n",
      "é = 'ü'\nprint('日本', é)\n");

  /** Invalid sources; CPython's type, message, line and column are the expected error. */
  private static final List<String> INVALID = List.of(
      "if x\n  pass\n",
      "a b\n",
      "[a b]\n",
      "f() = 1\n",
      "x = f() = 1\n",
      "1 = x\n",
      "del f()\n",
      "del *a\n",
      "for 1 in x: pass\n",
      "if x = 1: pass\n",
      "f(a=1, b)\n",
      "f(**k, *a)\n",
      "f(x for x in y, 1)\n",
      "f(a.b=1)\n",
      "f(True=1)\n",
      "def f(a=1, b): pass\n",
      "def f(*): pass\n",
      "lambda a=1, b: 0\n",
      "[a, b for a in c]\n",
      "[*a for a in b]\n",
      "try:\n  pass\nx = 1\n",
      "from a import b,\n",
      "if x:\npass\n",
      "for x in y:\n",
      "def f():\nreturn\n",
      "class C:\nx\n",
      "match x:\ncase 1: pass\n",
      "  x = 1\n",
      "if x:\n    y\n  z\n",
      "print 'hello'\n",
      "x = (1,\n",
      "a, b: int\n",
      "(a, b): int\n",
      "f(): int\n",
      "x + 1 += 1\n",
      "a if b\n",
      "x = 1 if 2\n",
      "{a: *b}\n",
      "{a:}\n",
      "(*a)\n",
      "try:\n  a\nexcept A, B:\n  b\n",
      "try:\n  a\nexcept* E:\n  b\nexcept F:\n  c\n",
      "with a as f(): pass\n",
      "match x:\n  case a as _: pass\n",
      "match x:\n  case C(a=1, b): pass\n",
      "def f(a, /, /): pass\n",
      "def f(**k, a): pass\n",
      "def f(*a=1): pass\n",
      "f'{a b}'\n",
      "f'{}'\n",
      "x = 1 +\n",
      "yield = 1\n",
      "def f() -> : pass\n",
      "class C(x for x in y): pass\n",
      "await = 1\n",
      "async = 2\n");

  @Test
  void treesDumpAsCPythonDumpsThem() {
    CPython.require();
    List<String> expected = runCPython(
        "print(ast.dump(ast.parse(source)))", VALID);
    for (int i = 0; i < VALID.size(); i++) {
      String source = VALID.get(i);
      assertEquals(expected.get(i), AstDump.dump(Parser.parseModule(source, "<test>")),
          "dump of:\n" + source);
    }
  }

  @Test
  void nodePositionsAreCPythons() {
    CPython.require();
    List<String> expected = runCPython(
        "out = []\n"
            + "def walk(node):\n"
            + "    if isinstance(node, list):\n"
            + "        for item in node:\n"
            + "            walk(item)\n"
            + "    elif isinstance(node, ast.AST):\n"
            + "        if 'lineno' in node._attributes:\n"
            + "            out.append('%d,%d,%d,%d' % (node.lineno, node.col_offset,\n"
            + "                                        node.end_lineno, node.end_col_offset))\n"
            + "        for field in node._fields:\n"
            + "            walk(getattr(node, field))\n"
            + "walk(ast.parse(source))\n"
            + "print(' '.join(out))",
        VALID);
    for (int i = 0; i < VALID.size(); i++) {
      String source = VALID.get(i);
      LineMap lines = new LineMap(source);
      List<String> positions = new ArrayList<>();
      collectPositions(Parser.parseModule(source, "<test>"), lines, positions);
      assertEquals(expected.get(i), String.join(" ", positions), "positions of:\n" + source);
    }
  }

  @Test
  void errorsAreCPythons() {
    CPython.require();
    List<String> expected = runCPython(
        "try:\n"
            + "    ast.parse(source)\n"
            + "    print('(no error)')\n"
            + "except SyntaxError as e:\n"
            + "    print('%s: %s (line %s, column %s)' % (type(e).__name__, e.msg, e.lineno,\n"
            + "                                           e.offset))",
        INVALID);
    for (int i = 0; i < INVALID.size(); i++) {
      String source = INVALID.get(i);
      String actual;
      try {
        Parser.parseModule(source, "<test>");
        actual = "(no error)";
      } catch (SyntaxError e) {
        actual = e.summary();
      }
      assertEquals(expected.get(i), actual, "error of:\n" + source);
    }
  }

  @Test
  void expressionModeParsesAsCPythonsEval() {
    CPython.require();
    List<String> sources = List.of("a", "1, 2\n\n", "lambda: (yield)", "x if y else z");
    List<String> expected = runCPython(
        "print(ast.dump(ast.parse(source, mode='eval')))", sources);
    for (int i = 0; i < sources.size(); i++) {
      assertEquals(expected.get(i), AstDump.dump(Parser.parseExpression(sources.get(i), "<t>")));
    }
  }

  @Test
  void expressionModeRejectsStatements() {
    SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parseExpression("x = 1", "<t>"));
    assertEquals("invalid syntax", e.msg());
  }

  @Test
  void statementListsAreImmutable() {
    Mod.Module module = Parser.parseModule("if a:\n  b\n", "<test>");
    Stmt.If stmt = (Stmt.If) module.body().get(0);
    assertThrows(UnsupportedOperationException.class, () -> stmt.body().add(stmt));
    assertThrows(UnsupportedOperationException.class, () -> module.body().clear());
  }

  /** Runs {@code code} for each source (bound to {@code source}) and returns its output lines. */
  private static List<String> runCPython(String code, List<String> sources) {
    StringBuilder input = new StringBuilder();
    for (String source : sources) {
      // The "x" keeps the line of an empty source from vanishing.
      input.append('x').append(HexFormat.of().formatHex(source.getBytes(StandardCharsets.UTF_8)))
          .append('\n');
    }
    String script = "import ast, sys\n"
        + "for line in sys.stdin.read().splitlines():\n"
        + "    source = bytes.fromhex(line[1:]).decode('utf-8')\n"
        + code.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
    List<String> lines = output(CPython.runScript(script, input.toString()));
    assertEquals(sources.size(), lines.size(), "one CPython output line per source");
    return lines;
  }

  private static List<String> output(String text) {
    return List.of(text.split("\n", -1)).subList(0, (int) text.lines().count());
  }

  /** Adds "line,col,endLine,endCol" of each located node, in CPython's field order. */
  private static void collectPositions(Node tree, LineMap lines, List<String> out) {
    PreOrder.forEachLocated(
        tree,
        n ->
            out.add(lines.line(n.start()) + "," + lines.utf8Column(n.start()) + ","
                + lines.line(n.end()) + "," + lines.utf8Column(n.end())));
  }
}
