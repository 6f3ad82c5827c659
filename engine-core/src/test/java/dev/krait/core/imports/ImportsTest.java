package dev.krait.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.vm.ScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports from files, each case a tree of modules in a temporary folder run in-process: the
 * expected output is CPython 3.11's for the same tree (the folder shown as {@code DIR}, 3.11's
 * {@code ^^^} marker lines and runpy's own frames left out, {@code python3} named {@code krait}).
 */
final class ImportsTest {

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Run script(String main) throws IOException {
    write("main.py", main);
    return capture((out, err) -> ScriptRunner.run(
        main, dir.resolve("main.py").toString(), List.of("main.py"), out, err));
  }

  private Run module(String name, String... args) {
    return capture((out, err) -> ScriptRunner.runModule(
        name, dir.toString(), ScriptRunner.Settings.of(List.of(args)), out, err));
  }

  private interface Program {
    int run(PrintStream out, PrintStream err);
  }

  private Run capture(Program program) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = program.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, shown(out.toString(StandardCharsets.UTF_8)),
        withoutMarkers(shown(err.toString(StandardCharsets.UTF_8))));
  }

  // The temporary folder as DIR, under the name it was given and its real one.
  private String shown(String text) {
    String s = text.replace(dir.toString(), "DIR");
    try {
      return s.replace(dir.toRealPath().toString(), "DIR");
    } catch (IOException e) {
      return s;
    }
  }

  private static String withoutMarkers(String err) {
    StringBuilder s = new StringBuilder();
    for (String line : err.split("(?<=\n)")) {
      if (!line.strip().replaceAll("[\\^~]", "").isEmpty()) {
        s.append(line);
      }
    }
    return s.toString();
  }

  private static void check(Run run, int status, String out, String err) {
    assertEquals(out, run.out(), "stdout; stderr was:\n" + run.err());
    assertEquals(err, run.err(), "stderr");
    assertEquals(status, run.status(), "exit status");
  }

  /** Namespace packages: portions in two folders, nested ones, no file. */
  @Test
  void namespacePackagesSpanFolders() throws IOException {
    write("p1/ns/left/__init__.py", """
        SIDE = 'left'
        """);
    write("p2/ns/right/__init__.py", """
        SIDE = 'right'
        """);
    write("deep/a/b/c.py", """
        NAME = __name__
        """);
    Run run = script("""
        import sys
        here = sys.path[0]
        def show(x):
            print(str(x).replace(here, 'DIR'))
        sys.path.append(here + '/p1')
        sys.path.append(here + '/p2')
        import ns.left, ns.right
        show([ns.__file__, ns.__package__, ns.__spec__.origin, ns.__spec__.has_location, list(ns.__path__)])
        show([ns.left.SIDE, ns.right.SIDE, ns.left.__package__, ns.left.__spec__.parent])
        import deep.a.b.c
        show([deep.a.b.c.NAME, deep.a.b.c.__package__, 'deep.a.b' in sys.modules, deep.a.b.__file__])
        try:
            from ns import missing_name
        except ImportError as e:
            show([e, e.name, e.path])
        """);
    check(run, 0, """
        [None, 'ns', None, False, ['DIR/p1/ns', 'DIR/p2/ns']]
        ['left', 'right', 'ns.left', 'ns.left']
        ['deep.a.b.c', 'deep.a.b', True, None]
        [ImportError("cannot import name 'missing_name' from 'ns' (unknown location)"), 'ns', None]
        """,
        "");
  }

  /** Packages: import * loads what __all__ names; relative imports. */
  @Test
  void packagesAndRelativeImports() throws IOException {
    write("pkg/__init__.py", """
        __all__ = ['sub', 'helper']
        def helper():
            return 'helper'
        """);
    write("pkg/sub/__init__.py", """
        from .. import helper as h
        from . import leaf
        """);
    write("pkg/sub/leaf.py", """
        from .. import helper
        """);
    write("deep/__init__.py", "");
    write("deep/a/__init__.py", "");
    write("deep/a/b.py", """
        try:
            from ... import nothing
        except ImportError as e:
            BEYOND = str(e)
        from . import b as me
        """);
    Run run = script("""
        import sys
        here = sys.path[0]
        def show(x):
            print(str(x).replace(here, 'DIR'))
        from pkg import *
        show([sub, helper(), sub.h is helper, sub.leaf.helper is helper])
        show([sub.__spec__.name, sub.__spec__.parent, sub.__spec__.submodule_search_locations, sub.__path__])
        show([sub.leaf.__spec__.parent, sub.leaf.__spec__.submodule_search_locations, sub.leaf.__file__])
        import deep.a.b
        b = deep.a.b
        show([b.BEYOND, b.me is b, deep.a.b is b, b.__package__])
        import pkg
        show([type(pkg.__spec__).__name__, pkg.__spec__.name, pkg.__spec__.origin, pkg.__spec__.loader_state])
        try:
            from . import anything
        except ImportError as e:
            show([type(e).__name__, e])
        try:
            from pkg import missing_name
        except ImportError as e:
            show([e, e.name, e.path])
        """);
    check(run, 0, """
        [<module 'pkg.sub' from 'DIR/pkg/sub/__init__.py'>, 'helper', True, True]
        ['pkg.sub', 'pkg.sub', ['DIR/pkg/sub'], ['DIR/pkg/sub']]
        ['pkg.sub', None, 'DIR/pkg/sub/leaf.py']
        ['attempted relative import beyond top-level package', True, True, 'deep.a']
        ['ModuleSpec', 'pkg', 'DIR/pkg/__init__.py', None]
        ['ImportError', ImportError('attempted relative import with no known parent package')]
        [ImportError("cannot import name 'missing_name' from 'pkg' (DIR/pkg/__init__.py)"), 'pkg', 'DIR/pkg/__init__.py']
        """,
        "");
  }

  /** A circular from-import names the partly initialised module. */
  @Test
  void circularImportNamesThePartlyInitialisedModule() throws IOException {
    write("cyc_a.py", """
        from cyc_b import y
        x = 1
        """);
    write("cyc_b.py", """
        from cyc_a import x
        y = 2
        """);
    Run run = script("""
        import sys
        here = sys.path[0]
        def show(x):
            print(str(x).replace(here, 'DIR'))
        try:
            import cyc_a
        except ImportError as e:
            show([type(e).__name__, e, e.name, e.path])
        show(['cyc_a' in sys.modules, 'cyc_b' in sys.modules])
        """);
    check(run, 0, """
        ['ImportError', ImportError("cannot import name 'x' from partially initialized module 'cyc_a' (most likely due to a circular import) (DIR/cyc_a.py)"), 'cyc_a', 'DIR/cyc_a.py']
        [False, False]
        """,
        "");
  }

  /** sys.modules is the cache and sys.path is read at import time. */
  @Test
  void sysModulesIsTheCache() throws IOException {
    write("replaced.py", """
        import sys
        class Replacement:
            def __repr__(self):
                return 'Replacement()'
        sys.modules[__name__] = Replacement()
        """);
    write("failing.py", """
        import later
        raise RuntimeError('failing on import')
        """);
    write("later.py", """
        X = 1
        """);
    write("extra/added.py", """
        WHERE = 'extra'
        """);
    write("first/added2.py", """
        WHERE = 'first'
        """);
    write("added2.py", """
        WHERE = 'script folder'
        """);
    Run run = script("""
        import sys
        here = sys.path[0]
        def show(x):
            print(str(x).replace(here, 'DIR'))
        import replaced
        show([replaced, sys.modules['replaced']])
        sys.modules['stopped'] = None
        try:
            import stopped
        except ModuleNotFoundError as e:
            show([e, e.name])
        try:
            import failing
        except RuntimeError as e:
            show([e, 'failing' in sys.modules, 'later' in sys.modules])
        try:
            import added
        except ModuleNotFoundError as e:
            show(e)
        sys.path.append(here + '/extra')
        import added
        sys.path.insert(0, here + '/first')
        import added2
        show([added.WHERE, added2.WHERE, sys.path[0] == here + '/first'])
        try:
            import later.sub
        except ModuleNotFoundError as e:
            show([e, e.name])
        """);
    check(run, 0, """
        [Replacement(), Replacement()]
        [ModuleNotFoundError('import of stopped halted; None in sys.modules'), 'stopped']
        [RuntimeError('failing on import'), False, True]
        No module named 'added'
        ['extra', 'first', True]
        [ModuleNotFoundError("No module named 'later.sub'; 'later' is not a package"), 'later.sub']
        """,
        "");
  }

  /** __import__, importlib.import_module and reload, with their errors. */
  @Test
  void importFunctionAndImportlib() throws IOException {
    write("pkg/__init__.py", "");
    write("pkg/sub/__init__.py", "");
    write("pkg/sub/leaf.py", """
        V = 1
        """);
    write("counter.py", """
        runs = globals().get('runs', 0) + 1
        """);
    Run run = script("""
        import sys
        here = sys.path[0]
        def show(x):
            print(str(x).replace(here, 'DIR'))
        import importlib
        show([__import__('pkg.sub.leaf').__name__, __import__('pkg.sub.leaf', fromlist=['V']).__name__])
        show(__import__('leaf', {'__name__': 'pkg.sub.x', '__package__': 'pkg.sub'}, None, ['V'], 1))
        show(__import__('', {'__name__': 'pkg.sub.x', '__package__': 'pkg.sub'}, None, ['leaf'], 1))
        show(__import__('sub.leaf', {'__name__': 'pkg.x', '__package__': 'pkg'}, None, None, 1))
        for args in [('x', None, None, None, -1), ('', None, None, None, 0), ('x', {'__package__': 3}, None, None, 1),
                     ('x', {'__name__': '__main__'}, None, None, 1), ('x', {'__package__': 'pkg'}, None, None, 2),
                     ('x', {'__name__': 'pkg.mod'}, None, None, 1)]:
            try:
                __import__(*args)
            except (ImportError, ValueError, TypeError) as e:
                show([type(e).__name__, e])
        try:
            __import__('pkg', fromlist=[3])
        except TypeError as e:
            show(e)
        try:
            __import__(3)
        except TypeError as e:
            show(e)
        leaf = importlib.import_module('pkg.sub.leaf')
        show([importlib.import_module('.leaf', 'pkg.sub') is leaf, importlib.import_module('..sub', 'pkg.sub')])
        for name, package in [('...x', 'pkg.sub'), ('.x', None), ('nosuch', None)]:
            try:
                importlib.import_module(name, package)
            except (ImportError, TypeError) as e:
                show([type(e).__name__, e])
        import counter
        counter.extra = 'kept'
        again = importlib.reload(counter)
        show([again is counter, counter.runs, counter.extra])
        for bad in [3, type(sys)('loose')]:
            try:
                importlib.reload(bad)
            except (ImportError, TypeError) as e:
                show([type(e).__name__, e])
        """);
    check(run, 0, """
        ['pkg', 'pkg.sub.leaf']
        <module 'pkg.sub.leaf' from 'DIR/pkg/sub/leaf.py'>
        <module 'pkg.sub' from 'DIR/pkg/sub/__init__.py'>
        <module 'pkg.sub' from 'DIR/pkg/sub/__init__.py'>
        ['ValueError', ValueError('level must be >= 0')]
        ['ValueError', ValueError('Empty module name')]
        ['TypeError', TypeError('package must be a string')]
        ['ImportError', ImportError('attempted relative import with no known parent package')]
        ['ImportError', ImportError('attempted relative import beyond top-level package')]
        ['ModuleNotFoundError', ModuleNotFoundError("No module named 'pkg.x'")]
        Item in ``from list'' must be str, not int
        module name must be a string
        [True, <module 'pkg.sub' from 'DIR/pkg/sub/__init__.py'>]
        ['ImportError', ImportError('attempted relative import beyond top-level package')]
        ['TypeError', TypeError("the 'package' argument is required to perform a relative import for '.x'")]
        ['ModuleNotFoundError', ModuleNotFoundError("No module named 'nosuch'")]
        [True, 2, 'kept']
        ['TypeError', TypeError('reload() argument must be a module')]
        ['ImportError', ImportError('module loose not in sys.modules')]
        """,
        "");
  }

  /** Module reprs and the __main__ module's attributes. */
  @Test
  void moduleReprsAndMain() throws IOException {
    write("plain.py", "");
    write("pkg/__init__.py", "");
    Run run = script("""
        import sys
        here = sys.path[0]
        def show(x):
            print(str(x).replace(here, 'DIR'))
        import plain, pkg
        show([plain, pkg, sys, type(sys)('made')])
        show([sys.modules['__main__'].__name__, __package__, __spec__, __file__, sys.path[0] == here])
        show([plain.__package__, pkg.__package__, plain.__spec__.parent, pkg.__spec__.parent])
        """);
    check(run, 0, """
        [<module 'plain' from 'DIR/plain.py'>, <module 'pkg' from 'DIR/pkg/__init__.py'>, <module 'sys' (built-in)>, <module 'made'>]
        ['__main__', None, None, 'DIR/main.py', True]
        ['', 'pkg', '', 'pkg']
        """,
        "");
  }

  /** A traceback through imported modules shows their source lines. */
  @Test
  void tracebackShowsImportedSource() throws IOException {
    write("lib/__init__.py", "");
    write("lib/calc.py", """
        def divide(a, b):
            return a / b

        def run():
            return divide(1, 0)
        """);
    Run run = script("""
        import lib.calc
        lib.calc.run()
        """);
    check(run, 1, "",
        """
        Traceback (most recent call last):
          File "DIR/main.py", line 2, in <module>
            lib.calc.run()
          File "DIR/lib/calc.py", line 5, in run
            return divide(1, 0)
          File "DIR/lib/calc.py", line 2, in divide
            return a / b
        ZeroDivisionError: division by zero
        """);
  }

  /** A SyntaxError in an imported file is raised at the import. */
  @Test
  void syntaxErrorInImportedModule() throws IOException {
    write("broken.py", """
        x = 1
        y = (
        """);
    Run run = script("""
        try:
            import broken
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename.endswith('broken.py'))
        import broken
        """);
    check(run, 1, """
        SyntaxError '(' was never closed 2 5 'y = (\\n' True
        """,
        """
        Traceback (most recent call last):
          File "DIR/main.py", line 5, in <module>
            import broken
          File "DIR/broken.py", line 2
            y = (
        SyntaxError: '(' was never closed
        """);
  }

  /** -m of a package runs its __main__ with sys.argv[0] its file. */
  @Test
  void dashMRunsAPackagesMain() throws IOException {
    write("tool/__init__.py", """
        print('tool package', __name__)
        """);
    write("tool/__main__.py", """
        import sys
        here = sys.path[0]
        print(__name__, __package__, __spec__.name, sys.argv[0].replace(here, 'DIR'), sys.argv[1:], sys.modules['__main__'].__file__.replace(here, 'DIR'))
        """);
    Run run = module("tool", "a", "b");
    check(run, 0, """
        tool package tool
        __main__ tool tool.__main__ DIR/tool/__main__.py ['a', 'b'] DIR/tool/__main__.py
        """,
        "");
  }

  /** -m of a namespace package: runpy's message and status 1. */
  @Test
  void dashMMessages() throws IOException {
    write("ns/sub.py", "");
    write("mod.py", """
        print('mod ran')
        """);
    Run run = module("ns");
    check(run, 1, "",
        """
        krait: No module named ns.__main__; 'ns' is a package and cannot be directly executed
        """);
  }

  /** The module path of the configuration comes after the script's folder on sys.path. */
  @Test
  void modulePathFollowsTheScriptFolder() throws IOException {
    write("lib/shared.py", "WHERE = 'lib'\n");
    write("lib/local.py", "WHERE = 'lib'\n");
    write("app/local.py", "WHERE = 'app'\n");
    String main = "import sys, shared, local\n"
        + "print(shared.WHERE, local.WHERE, [p[-3:] for p in sys.path])\n";
    write("app/main.py", main);
    ScriptRunner.Settings settings = new ScriptRunner.Settings(List.of("main.py"),
        List.of(dir.resolve("lib").toString()), ScriptRunner.Settings.of(List.of()).cache());
    Run run = capture((out, err) -> ScriptRunner.run(
        main, dir.resolve("app/main.py").toString(), settings, out, err));
    check(run, 0, "lib app ['app', 'lib']\n", "");
  }

  /** Without an executor (the first constructor) only built-in modules are found. */
  @Test
  void builtinOnlyStateFindsNoFiles() throws IOException {
    write("here.py", "");
    Imports imports = new Imports(Map.of(), System.out, System.err, List.of(""), () -> 1000,
        n -> { });
    imports.path().append(PyStr.of(dir.toString()));
    PyException e = assertThrows(PyException.class, () -> imports.importModule("here"));
    assertEquals(PyErrors.MODULE_NOT_FOUND_ERROR, e.value().type());
    assertEquals("No module named 'here'", Abstract.str(e.value()).value());
  }
}
