package dev.krait.core.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.krait.core.ast.CPython;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Mod;
import dev.krait.core.ast.Stmt;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the symbol table feature by feature against CPython 3.11: for each case, {@link
 * SymtableDump} must equal what the {@code cpython_symtable_dump.py} resource prints from
 * CPython's {@code symtable} module, and the generator and coroutine flags, parameters, cells and
 * frees of each function and class scope must match the code objects CPython compiles.
 */
final class SymbolTableTest {

  /** Each feature's source; CPython is the expectation for all of them. */
  static final Map<String, String> CASES = new LinkedHashMap<>();

  static {
    CASES.put("module names", "import os\nx = 1\nprint(x, y)\ny += 1\ndel z\n");
    CASES.put(
        "imports",
        "import a.b.c\nimport d.e as f\nfrom g import h, i as j\nfrom . import k\n"
            + "from m import *\n");
    CASES.put(
        "parameter order",
        "def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):\n    return a\n"
            + "def g(*, k): pass\nlambda p, /, q, *r, s, **t: p\n");
    CASES.put(
        "defaults annotations and decorators in the enclosing scope",
        "@deco(dv)\ndef f(a: A = da, *b: B, c: C = dc, **d: D) -> R:\n    return A\n");
    CASES.put(
        "closures",
        "def f(x):\n    y = 1\n    def g():\n        def h():\n            return x + y + z\n"
            + "        return h\n    return g\n");
    CASES.put(
        "nonlocal",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n"
            + "        def h():\n            nonlocal x\n            return x\n    return g\n");
    CASES.put(
        "global",
        "def f():\n    global a, b\n    a = 1\n    def g():\n        return a + b + c\n"
            + "    c = 1\nglobal m\nm = 1\n");
    CASES.put(
        "global then import in a function", "def f():\n    import x\n    global x\n");
    CASES.put(
        "global in a class body", "class C:\n    global g\n    g = 1\n    def m(self): g\n");
    CASES.put(
        "class names invisible to methods",
        "class C:\n    x = 1\n    def m(self):\n        return x\n    y = [x for _ in ()]\n");
    CASES.put(
        "free variable through a class",
        "def f():\n    x = 1\n    y = 2\n    class C:\n        x = 3\n"
            + "        def m(self):\n            return x + y\n    return C\n");
    CASES.put(
        "nonlocal through a class",
        "def f():\n    x = 1\n    class C:\n        def m(self):\n            nonlocal x\n"
            + "            x = 2\n    return C\n");
    CASES.put(
        "super and __class__",
        "class C(B):\n    def m(self):\n        return super().m()\n"
            + "    def n(self):\n        return __class__\n"
            + "    def o(self):\n        return lambda: super().o()\n"
            + "    def p(self, super):\n        return super\n");
    CASES.put("super outside a method", "def f():\n    return super()\nsuper\n");
    CASES.put("class without __class__", "class C:\n    __class__ = 1\n    def m(self): pass\n");
    CASES.put(
        "private name mangling",
        "class C:\n    __a = 1\n    __b__ = 2\n    import __c\n    def __m(self, __p):\n"
            + "        global __g\n        return self.__a + __a + __p\n"
            + "    class __D:\n        __e = 1\n        def f(self): return __e\n");
    CASES.put(
        "mangling with underscored class names",
        "class _C:\n    __x = 1\nclass __D__:\n    __y = 1\nclass ___:\n    __z = 1\n");
    CASES.put("nested classes", "class A:\n    class B:\n        def m(self): return B\n");
    CASES.put(
        "comprehensions",
        "def f(xs):\n    a = [x for x in xs if x]\n    b = {x for x in xs}\n"
            + "    c = {k: v for k, v in xs}\n    d = (x for x in xs)\n"
            + "    e = [(x, y) for x in xs for y in x if y]\n    return a, b, c, d, e\n");
    CASES.put(
        "nested comprehensions",
        "def f(m):\n    return [[c * r for c in row] for r, row in enumerate(m)]\n");
    CASES.put(
        "first iterable in the enclosing scope",
        "class C:\n    xs = [1]\n    ys = [x for x in xs]\n    zs = [x for x in xs for y in xs]\n");
    CASES.put(
        "walrus in comprehensions",
        "[y := x for x in xs]\ndef f(xs):\n    z = [w for x in xs if (w := x)]\n"
            + "    return [[(v := q) for q in p] for p in xs], w, v\n"
            + "def g(xs):\n    global y\n    return [(y := x) for x in xs]\n");
    CASES.put(
        "walrus in a comprehension in a lambda",
        "lambda xs: [(y := x) for x in xs] and y\n");
    CASES.put("walrus outside comprehensions", "if (n := 10) > 5:\n    print(n)\n");
    CASES.put(
        "lambda",
        "f = lambda a, b=c, *d, e=g, **h: a + i\ndef k():\n    j = 1\n    return lambda: j\n");
    CASES.put(
        "annotations",
        "x: int\ny: list[int] = []\n(z): int = 1\na.b: int\nc[0]: int = 2\n"
            + "def f():\n    p: P\n    q: Q = 1\n    (r): R\nclass C:\n    s: S\n    t: T = 0\n");
    CASES.put(
        "postponed annotations",
        "from __future__ import annotations\nx: int\ny: Y = z\n"
            + "def f(a: A, *b: B, c: C, **d: D) -> R:\n    e: E = 1\n    return a\n"
            + "class K:\n    v: lambda: w\n");
    CASES.put("del", "def f(a):\n    del a\n    del b\n    del c.d, e[f]\n");
    CASES.put(
        "except as",
        "try:\n    pass\nexcept E as e:\n    print(e)\n"
            + "try:\n    pass\nexcept* F as f:\n    pass\n");
    CASES.put(
        "try order",
        "try:\n    a = 1\nexcept E as e:\n    b = e\nelse:\n    c = 1\nfinally:\n    d = 1\n");
    CASES.put(
        "with as",
        "def f():\n    with open(p) as h, g() as (i, *j):\n        pass\n");
    CASES.put(
        "match captures",
        "def f(p):\n    match p:\n        case [a, *rest] | [a, *rest, _]:\n            pass\n"
            + "        case {\"k\": b, **others}:\n            pass\n"
            + "        case Point(x=px, y=0) as pt if pt:\n            pass\n"
            + "        case C.D | None | 1:\n            pass\n");
    CASES.put(
        "async",
        "async def f(xs):\n    await g()\n    async for x in xs:\n        pass\n"
            + "    async with h() as k:\n        pass\n    return [y async for y in xs]\n"
            + "async def gen():\n    yield 1\n"
            + "async def nested():\n    return [[await z for z in y] for y in w]\n"
            + "async def inner_gen():\n    return [(x async for x in y) for z in w]\n");
    CASES.put(
        "generators",
        "def f():\n    yield 1\ndef g():\n    x = yield from f()\n    return x\n"
            + "def h():\n    return lambda: (yield)\n");
    CASES.put("calls and f-strings", "f(*a, **b, c=d)\nx = f'{e!r:{g}}'\n");
    CASES.put(
        "slices and displays",
        "a[b:c:d]\n{e: f, **g}\n{h, *i}\n[j, *k] = l\n(m, n) = o\n");
    CASES.put("class arguments", "class C(B, metaclass=M, **kw):\n    pass\n");
    CASES.put(
        "decorated functions and classes",
        "@a\n@b.c(d)\nclass C:\n    @staticmethod\n    def m(): pass\n");
    CASES.put("import in a function", "def f():\n    import a.b\n    from c import d as e\n");
    CASES.put("return value", "def f():\n    return\ndef g():\n    return 1\n");
    CASES.put(
        "implicit global read in nested function",
        "def f():\n    def g():\n        return len\n    return g\n");
    CASES.put("docstring and non-ASCII names", "\"\"\"doc\"\"\"\nπ = 3\ndef é(ü): return ü\n");
  }

  private static List<String> cpython(String mode) {
    CPython.require();
    StringBuilder input = new StringBuilder();
    for (String source : CASES.values()) {
      // The "x" keeps an empty source from vanishing in splitlines().
      byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
      input.append('x').append(HexFormat.of().formatHex(bytes)).append('\n');
    }
    String output =
        CPython.runResource(
            SymbolTableTest.class, "cpython_symtable_dump.py", List.of(mode), input.toString());
    List<String> results = new ArrayList<>();
    StringBuilder current = null;
    for (String line : output.split("\n", -1)) {
      if (line.startsWith("### ")) {
        if (current != null) {
          results.add(current.toString());
        }
        current = new StringBuilder();
      } else if (current != null && !line.isEmpty()) {
        current.append(line).append('\n');
      }
    }
    if (current != null) {
      results.add(current.toString());
    }
    assertEquals(CASES.size(), results.size(), "one CPython result per case");
    return results;
  }

  private static SymbolTable table(String source) {
    Mod.Module module = Parser.parseModule(source, "<test>");
    return SymbolTable.build(module, "<test>", new LineMap(source));
  }

  @TestFactory
  Stream<DynamicTest> dumpMatchesCPythonSymtable() {
    List<String> expected = cpython("--hex");
    List<String> names = new ArrayList<>(CASES.keySet());
    return java.util.stream.IntStream.range(0, names.size())
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    names.get(i),
                    () -> {
                      String source = CASES.get(names.get(i));
                      assertEquals(
                          expected.get(i), SymtableDump.dump(table(source)), source);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> scopesMatchCPythonCodeObjects() {
    List<String> expected = cpython("--hex-code");
    List<String> names = new ArrayList<>(CASES.keySet());
    return java.util.stream.IntStream.range(0, names.size())
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    names.get(i),
                    () -> {
                      String source = CASES.get(names.get(i));
                      assertEquals(
                          expected.get(i),
                          codeLines(table(source), new LineMap(source)),
                          source);
                    }));
  }

  /** Returns the scopes in the format of the script's --hex-code mode. */
  private static String codeLines(SymbolTable table, LineMap map) {
    List<String> lines = new ArrayList<>();
    collect(table.top(), map, lines);
    Collections.sort(lines);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static void collect(Scope scope, LineMap map, List<String> lines) {
    for (Scope child : scope.children()) {
      String name = child.name();
      if (child.node() instanceof Expr) {
        name = "<" + name + ">";
      }
      lines.add(
          name
              + " line "
              + firstLine(child, map)
              + " generator="
              + (child.isGenerator() ? "True" : "False")
              + " coroutine="
              + (child.isCoroutine() ? "True" : "False")
              + " params="
              + pyList(child.parameters())
              + " cells="
              + pyList(child.cellvars())
              + " frees="
              + pyList(child.freevars()));
      collect(child, map, lines);
    }
  }

  /** Returns the code object's first line: its first decorator's, else the scope's line. */
  private static int firstLine(Scope scope, LineMap map) {
    List<Expr> decorators = List.of();
    if (scope.node() instanceof Stmt.FunctionDef f) {
      decorators = f.decoratorList();
    } else if (scope.node() instanceof Stmt.AsyncFunctionDef f) {
      decorators = f.decoratorList();
    } else if (scope.node() instanceof Stmt.ClassDef c) {
      decorators = c.decoratorList();
    }
    return decorators.isEmpty() ? scope.line() : map.line(decorators.get(0).start());
  }

  private static String pyList(List<String> names) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < names.size(); i++) {
      out.append(i == 0 ? "'" : ", '").append(names.get(i)).append('\'');
    }
    return out.append(']').toString();
  }

  @Test
  void scopeOfFindsEachScopeByItsNode() {
    String source = "def f():\n    return [x for x in y]\nclass C:\n    g = lambda: 1\n";
    Mod.Module module = Parser.parseModule(source, "<test>");
    SymbolTable table = SymbolTable.build(module, "<test>", new LineMap(source));
    assertSame(table.top(), table.scopeOf(module));
    Stmt.FunctionDef f = (Stmt.FunctionDef) module.body().get(0);
    Scope fScope = table.scopeOf(f);
    assertEquals("f", fScope.name());
    Expr listComp = ((Stmt.Return) f.body().get(0)).value();
    assertSame(fScope.children().get(0), table.scopeOf(listComp));
    assertEquals(Scope.ComprehensionKind.LIST, table.scopeOf(listComp).comprehension());
    Stmt.ClassDef c = (Stmt.ClassDef) module.body().get(1);
    Expr lambda = ((Stmt.Assign) c.body().get(0)).value();
    assertEquals("lambda", table.scopeOf(lambda).name());
    assertNull(table.scopeOf(((Stmt.Assign) c.body().get(0)).targets().get(0)));
  }

  @Test
  void expressionModeMatchesCPythonEval() throws IOException {
    CPython.require();
    String source = "[a + b for a in c] + (lambda d: d * e)(f)";
    Path dumpScript = Files.createTempFile("krait-", ".py");
    try (InputStream in = SymbolTableTest.class.getResourceAsStream("cpython_symtable_dump.py")) {
      Files.write(dumpScript, in.readAllBytes());
      String script =
          String.join(
              "\n",
              "import runpy, symtable, sys",
              "d = runpy.run_path(" + pyString(dumpScript.toString()) + ")",
              "out = []",
              "d['dump'](symtable.symtable(sys.stdin.read(), '<test>', 'eval'), '', out)",
              "print('\\n'.join(out))");
      String expected = CPython.runScript(script, source);
      Mod.Expression mod = Parser.parseExpression(source, "<test>");
      assertEquals(
          expected, SymtableDump.dump(SymbolTable.build(mod, "<test>", new LineMap(source))));
    } finally {
      Files.deleteIfExists(dumpScript);
    }
  }

  private static String pyString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @Test
  void manglesAsCPython() {
    assertEquals("_C__x", SymbolTable.mangle("C", "__x"));
    assertEquals("_C__x", SymbolTable.mangle("__C", "__x"));
    assertEquals("__x__", SymbolTable.mangle("C", "__x__"));
    assertEquals("__x.y", SymbolTable.mangle("C", "__x.y"));
    assertEquals("__x", SymbolTable.mangle("___", "__x"));
    assertEquals("__x", SymbolTable.mangle(null, "__x"));
    assertEquals("_x", SymbolTable.mangle("C", "_x"));
  }

  @Test
  void futureFeaturesAreRead() {
    assertEquals(
        new FutureFeatures(true, false),
        table("\"\"\"doc\"\"\"\nfrom __future__ import annotations\n").future());
    assertEquals(new FutureFeatures(false, false), table("import os\n").future());
    assertEquals(
        new FutureFeatures(false, false),
        table("import os\nfrom __future__ import annotations\n").future());
  }
}
