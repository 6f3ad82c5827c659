package dev.krait.core.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link AstDump} on trees built by hand against {@code ast.dump} of the same source in
 * CPython, so the test needs no parser.
 */
final class AstDumpTest {

  private final List<String> sources = new ArrayList<>();
  private final List<Node> trees = new ArrayList<>();

  private void add(String source, Node tree) {
    sources.add(source);
    trees.add(tree);
  }

  private static Expr.Name load(String id) {
    return new Expr.Name(id, ExprContext.LOAD, 0, 0);
  }

  private static Expr.Name store(String id) {
    return new Expr.Name(id, ExprContext.STORE, 0, 0);
  }

  private static Expr.Constant constant(Object value) {
    return new Expr.Constant(value, null, 0, 0);
  }

  private static Mod.Module module(Stmt... body) {
    return new Mod.Module(List.of(body), List.of());
  }

  private static Stmt.ExprStmt expr(Expr value) {
    return new Stmt.ExprStmt(value, 0, 0);
  }

  private static Arg arg(String name, Expr annotation) {
    return new Arg(name, annotation, null, 0, 0);
  }

  private static Arguments noArguments() {
    return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
  }

  private static Stmt pass() {
    return new Stmt.Pass(0, 0);
  }

  private void addStatements() {
    add("x = 1", module(new Stmt.Assign(List.of(store("x")), constant(1L), null, 0, 0)));
    add("", module());
    add(
        "@d\ndef f(a, /, b: int = 2, *c, d, e=None, **g) -> int:\n  pass",
        module(
            new Stmt.FunctionDef(
                "f",
                new Arguments(
                    List.of(arg("a", null)),
                    List.of(arg("b", load("int"))),
                    arg("c", null),
                    List.of(arg("d", null), arg("e", null)),
                    java.util.Arrays.asList(null, constant(Expr.Singleton.NONE)),
                    arg("g", null),
                    List.of(constant(2L))),
                List.of(pass()),
                List.of(load("d")),
                load("int"),
                null,
                0,
                0)));
    add(
        "class C(B, metaclass=M, **k): ...",
        module(
            new Stmt.ClassDef(
                "C",
                List.of(load("B")),
                List.of(
                    new Keyword("metaclass", load("M"), 0, 0), new Keyword(null, load("k"), 0, 0)),
                List.of(expr(constant(Expr.Singleton.ELLIPSIS))),
                List.of(),
                0,
                0)));
    add(
        "from ..a import b as c, d\nimport e.f",
        module(
            new Stmt.ImportFrom(
                "a", List.of(new Alias("b", "c", 0, 0), new Alias("d", null, 0, 0)), 2, 0, 0),
            new Stmt.Import(List.of(new Alias("e.f", null, 0, 0)), 0, 0)));
    add(
        "with a as (b, c), d: pass",
        module(
            new Stmt.With(
                List.of(
                    new WithItem(
                        load("a"),
                        new Expr.Tuple(List.of(store("b"), store("c")), ExprContext.STORE, 0, 0)),
                    new WithItem(load("d"), null)),
                List.of(pass()),
                null,
                0,
                0)));
    add(
        "try:\n  pass\nexcept E as e:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass",
        module(
            new Stmt.Try(
                List.of(pass()),
                List.of(
                    new ExceptHandler(load("E"), "e", List.of(pass()), 0, 0),
                    new ExceptHandler(null, null, List.of(pass()), 0, 0)),
                List.of(pass()),
                List.of(pass()),
                0,
                0)));
    add(
        "global a, b\nx: 'int'\ny.z += 1\ndel w[1:2:3]",
        module(
            new Stmt.Global(List.of("a", "b"), 0, 0),
            new Stmt.AnnAssign(store("x"), constant("int"), null, 1, 0, 0),
            new Stmt.AugAssign(
                new Expr.Attribute(load("y"), "z", ExprContext.STORE, 0, 0),
                Operator.ADD,
                constant(1L),
                0,
                0),
            new Stmt.Delete(
                List.of(
                    new Expr.Subscript(
                        load("w"),
                        new Expr.Slice(constant(1L), constant(2L), constant(3L), 0, 0),
                        ExprContext.DEL,
                        0,
                        0)),
                0,
                0)));
  }

  private void addExpressions() {
    add(
        "{**a, 'b': 1.5, u'c': b'\\x00\\'', 2j: 10**30, None: True}",
        module(
            expr(
                new Expr.Dict(
                    java.util.Arrays.asList(
                        null,
                        constant("b"),
                        new Expr.Constant("c", "u", 0, 0),
                        constant(new Expr.Imaginary(2.0)),
                        constant(Expr.Singleton.NONE)),
                    List.of(
                        load("a"),
                        constant(1.5),
                        constant(new byte[] {0, '\''}),
                        new Expr.BinOp(constant(10L), Operator.POW, constant(30L), 0, 0),
                        constant(true)),
                    0,
                    0))));
    add(
        "f'a{b!r:>{c}}' ",
        module(
            expr(
                new Expr.JoinedStr(
                    List.of(
                        constant("a"),
                        new Expr.FormattedValue(
                            load("b"),
                            'r',
                            new Expr.JoinedStr(
                                List.of(
                                    constant(">"),
                                    new Expr.FormattedValue(load("c"), -1, null, 0, 0)),
                                0,
                                0),
                            0,
                            0)),
                    0,
                    0))));
    add(
        "[x async for x in y if x if not x]",
        module(
            expr(
                new Expr.ListComp(
                    load("x"),
                    List.of(
                        new Comprehension(
                            store("x"),
                            load("y"),
                            List.of(
                                load("x"), new Expr.UnaryOp(UnaryOperator.NOT, load("x"), 0, 0)),
                            1)),
                    0,
                    0))));
    add(
        "lambda: a < b is not c and (d := -e)",
        module(
            expr(
                new Expr.Lambda(
                    noArguments(),
                    new Expr.BoolOp(
                        BoolOperator.AND,
                        List.of(
                            new Expr.Compare(
                                load("a"),
                                List.of(CmpOperator.LT, CmpOperator.IS_NOT),
                                List.of(load("b"), load("c")),
                                0,
                                0),
                            new Expr.NamedExpr(
                                store("d"),
                                new Expr.UnaryOp(UnaryOperator.USUB, load("e"), 0, 0),
                                0,
                                0)),
                        0,
                        0),
                    0,
                    0))));
    add(
        "f(*a, k=1, **m)",
        module(
            expr(
                new Expr.Call(
                    load("f"),
                    List.of(new Expr.Starred(load("a"), ExprContext.LOAD, 0, 0)),
                    List.of(
                        new Keyword("k", constant(1L), 0, 0), new Keyword(null, load("m"), 0, 0)),
                    0,
                    0))));
    add(
        "x = 'it\\'s', \"q\\\"\\n\", 1e16, 0.1, 2**64, '\\u00e9\\U0001f600\\x7f'",
        module(
            new Stmt.Assign(
                List.of(store("x")),
                new Expr.Tuple(
                    List.of(
                        constant("it's"),
                        constant("q\"\n"),
                        constant(1e16),
                        constant(0.1),
                        new Expr.BinOp(constant(2L), Operator.POW, constant(64L), 0, 0),
                        constant("\u00e9\ud83d\ude00\u007f")),
                    ExprContext.LOAD,
                    0,
                    0),
                null,
                0,
                0)));
    add(
        "18446744073709551616",
        module(expr(constant(BigInteger.ONE.shiftLeft(64)))));
  }

  private void addMatch() {
    add(
        "match x:\n"
            + "  case None | True | 1 | -2j as y if y: pass\n"
            + "  case [a, *rest, *_]: pass\n"
            + "  case {'k': v, **kw}: pass\n"
            + "  case C(1, a=_): pass\n"
            + "  case _: pass",
        module(
            new Stmt.Match(
                load("x"),
                List.of(
                    new MatchCase(
                        new Pattern.MatchAs(
                            new Pattern.MatchOr(
                                List.of(
                                    new Pattern.MatchSingleton(Expr.Singleton.NONE, 0, 0),
                                    new Pattern.MatchSingleton(true, 0, 0),
                                    new Pattern.MatchValue(constant(1L), 0, 0),
                                    new Pattern.MatchValue(
                                        new Expr.UnaryOp(
                                            UnaryOperator.USUB,
                                            constant(new Expr.Imaginary(2.0)),
                                            0,
                                            0),
                                        0,
                                        0)),
                                0,
                                0),
                            "y",
                            0,
                            0),
                        load("y"),
                        List.of(pass())),
                    new MatchCase(
                        new Pattern.MatchSequence(
                            List.of(
                                new Pattern.MatchAs(null, "a", 0, 0),
                                new Pattern.MatchStar("rest", 0, 0),
                                new Pattern.MatchStar(null, 0, 0)),
                            0,
                            0),
                        null,
                        List.of(pass())),
                    new MatchCase(
                        new Pattern.MatchMapping(
                            List.of(constant("k")),
                            List.of(new Pattern.MatchAs(null, "v", 0, 0)),
                            "kw",
                            0,
                            0),
                        null,
                        List.of(pass())),
                    new MatchCase(
                        new Pattern.MatchClass(
                            load("C"),
                            List.of(new Pattern.MatchValue(constant(1L), 0, 0)),
                            List.of("a"),
                            List.of(new Pattern.MatchAs(null, null, 0, 0)),
                            0,
                            0),
                        null,
                        List.of(pass())),
                    new MatchCase(new Pattern.MatchAs(null, null, 0, 0), null, List.of(pass()))),
                0,
                0)));
  }

  @Test
  void handBuiltTreesDumpAsCPythonDumpsTheirSource() {
    CPython.require();
    addStatements();
    addExpressions();
    addMatch();
    List<String> lines = new ArrayList<>();
    for (String source : sources) {
      // The "x" keeps the line of an empty source from vanishing.
      lines.add("x" + HexFormat.of().formatHex(source.getBytes(StandardCharsets.UTF_8)));
    }
    String output =
        CPython.runScript(
            "import ast, sys\n"
                + "for line in sys.stdin.read().splitlines():\n"
                + "    print(ast.dump(ast.parse(bytes.fromhex(line[1:]))))\n",
            String.join("\n", lines) + "\n");
    String[] expected = output.split("\n");
    assertEquals(sources.size(), expected.length);
    for (int i = 0; i < sources.size(); i++) {
      assertEquals(expected[i], AstDump.dump(trees.get(i)), "dump of " + sources.get(i));
    }
  }

  @Test
  void expressionModeDumpsAsCPython() {
    CPython.require();
    String expected =
        CPython.runScript("import ast; print(ast.dump(ast.parse('a', mode='eval')))", "");
    assertEquals(expected.strip(), AstDump.dump(new Mod.Expression(load("a"))));
  }
}
