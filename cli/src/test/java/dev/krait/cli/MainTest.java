package dev.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.syntax.TokenKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main} in-process with captured streams, comparing with CPython where it can. */
final class MainTest {

  /** Prints {@code ast.dump} of each file named on the command line, one per line. */
  private static final String CPYTHON_DUMP =
      "import ast, sys\n"
          + "for path in sys.argv[1:]:\n"
          + "    with open(path, 'rb') as f:\n"
          + "        print(ast.dump(ast.parse(f.read())))\n";

  /** Prints the syntax error of the file in the form of {@code SyntaxError.summary()}. */
  private static final String CPYTHON_ERROR =
      "import ast, sys\n"
          + "try:\n"
          + "    ast.parse(open(sys.argv[1], 'rb').read())\n"
          + "except SyntaxError as e:\n"
          + "    print(f'{type(e).__name__}: {e.msg} (line {e.lineno}, column {e.offset})')\n";

  /**
   * Prints the tokens of a file as {@code python3 -m tokenize -e} does, less the ENCODING token and
   * with the text of layout tokens left out, as {@code TokenDump} prints them.
   */
  private static final String CPYTHON_TOKENS =
      "import sys, tokenize\n"
          + "LAYOUT = {'NEWLINE', 'NL', 'INDENT', 'DEDENT', 'ENDMARKER'}\n"
          + "with open(sys.argv[1], 'rb') as f:\n"
          + "    for t in tokenize.tokenize(f.readline):\n"
          + "        kind = tokenize.tok_name[t.exact_type]\n"
          + "        if kind == 'ENCODING':\n"
          + "            continue\n"
          + "        where = '%d,%d-%d,%d:' % (t.start + t.end)\n"
          + "        text = '' if kind in LAYOUT else t.string\n"
          + "        print('%-20s%-15s%r' % (where, kind, text))\n";

  @TempDir Path dir;

  /** The result of one run: exit status and what was written to each stream. */
  private record Run(int status, String out, String err) {}

  private static Run krait(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status = Main.run(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void versionComesFromTheBuild() {
    Run run = krait("--version");
    assertEquals(0, run.status());
    String expected = "Krait " + System.getProperty("krait.version") + " (Python 3.11)\n";
    assertEquals(expected, run.out());
    assertEquals("", run.err());
    assertEquals(run.out(), krait("-V").out());
  }

  @Test
  void theReadmeExampleRuns() {
    Run run = krait(Path.of("..", "examples", "hello.py").toString());
    assertEquals("", run.err());
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Hello, Krait!\n"), run.out());
    assertTrue(run.out().contains("krait 3.11\n"), run.out());
  }

  @Test
  void helpListsTheOptions() {
    Run run = krait("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("usage: krait "), run.out());
    assertTrue(run.out().contains("--tokens FILE"), run.out());
    assertTrue(run.out().contains("--dump-ast FILE..."), run.out());
    assertEquals("", run.err());
    assertEquals(run.out(), krait("-h").out());
  }

  @Test
  void dumpAstMatchesCPython() throws IOException {
    CPython.assumeAvailable();
    Path first =
        write(
            "first.py",
            "# A comment.\n"
                + "import os.path as p\n"
                + "def f(a, /, b=2, *c, d, **e) -> int:\n"
                + "    '''Doc.'''\n"
                + "    return [x ** 2 for x in range(a) if x % 2] or {'k': b}\n"
                + "class C(Base, metaclass=M):\n"
                + "    @property\n"
                + "    async def g(self):\n"
                + "        async with a as (b, c):\n"
                + "            await z\n"
                + "s = f'{p!r:>{10}} é' \"x\" + b'\\x00' + 1_000j + 0x1F\n"
                + "match s:\n"
                + "    case [1, *rest] if rest: pass\n"
                + "    case {'k': v, **kw}: pass\n"
                + "    case Point(x=0) | None: pass\n");
    Path second = write("second.py", "x: int = 1; del x\n");
    Run run = krait("--dump-ast", first.toString(), second.toString());
    String[] dumps = CPython.run(CPYTHON_DUMP, first.toString(), second.toString()).split("\n");
    assertEquals(
        first + "\t" + dumps[0] + "\n" + second + "\t" + dumps[1] + "\n", run.out(), run.err());
    assertEquals("", run.err());
    assertEquals(0, run.status());
  }

  @Test
  void syntaxErrorIsPrintedAndFails() throws IOException {
    CPython.assumeAvailable();
    Path bad = write("bad.py", "x = 1\nprint((x,)\n");
    Path good = write("good.py", "pass\n");
    Run run = krait("--dump-ast", bad.toString(), good.toString());
    String expected = CPython.run(CPYTHON_ERROR, bad.toString());
    String goodDump = CPython.run(CPYTHON_DUMP, good.toString());
    assertEquals(bad + "\t" + expected + good + "\t" + goodDump, run.out());
    assertEquals(1, run.status());
  }

  @Test
  void missingFileIsReportedAndTheOthersStillDumped() throws IOException {
    CPython.assumeAvailable();
    Path good = write("good.py", "pass\n");
    String missing = dir.resolve("missing.py").toString();
    Run run = krait("--dump-ast", missing, good.toString());
    assertEquals(
        "krait: can't open file '" + missing + "': No such file or directory\n", run.err());
    assertEquals(good + "\t" + CPython.run(CPYTHON_DUMP, good.toString()), run.out());
    assertEquals(1, run.status());
  }

  @Test
  void tokensMatchCPythonTokenize() throws IOException {
    CPython.assumeAvailable();
    Path file =
        write(
            "tokens.py",
            "# A comment.\n"
                + "def f(x, *, y=0x1F):  # trailing\n"
                + "    return [x ** 2,\n"
                + "            f'{y!r}'] if x else None\n"
                + "\n"
                + "print(f(1.5e3j), 'caf\u00e9')\n");
    Run run = krait("--tokens", file.toString());
    assertEquals("", run.err());
    assertEquals(0, run.status());
    // CPython's tokenize calls keywords NAME; Krait gives each keyword its own kind.
    StringBuilder ours = new StringBuilder();
    for (String line : run.out().split("\n", -1)) {
      if (line.length() > 35) {
        TokenKind kind = TokenKind.valueOf(line.substring(20, 35).trim());
        if (kind.isKeyword()) {
          line = line.substring(0, 20) + String.format("%-15s", "NAME") + line.substring(35);
        }
      }
      ours.append(line).append(line.isEmpty() ? "" : "\n");
    }
    assertEquals(CPython.run(CPYTHON_TOKENS, file.toString()), ours.toString());
  }

  @Test
  void tokensOfLexingErrorPrintTheErrorAndFail() throws IOException {
    CPython.assumeAvailable();
    Path file = write("unterminated.py", "x = 1\ns = 'abc\n");
    Run run = krait("--tokens", file.toString());
    assertEquals(1, run.status());
    assertEquals(file + ": " + CPython.run(CPYTHON_ERROR, file.toString()), run.err());
    assertTrue(run.out().contains("ERRORTOKEN"), run.out());
  }

  @Test
  void tokensOfMissingFileFail() {
    String missing = dir.resolve("missing.py").toString();
    Run run = krait("--tokens", missing);
    assertEquals(1, run.status());
    assertEquals(
        "krait: can't open file '" + missing + "': No such file or directory\n", run.err());
    assertEquals("", run.out());
  }

  /** A program whose output and traceback exercise functions, loops and exceptions. */
  private static final String PROGRAM =
      "def fact(n):\n"
          + "    return 1 if n <= 1 else n * fact(n - 1)\n"
          + "for i in range(3):\n"
          + "    print(i, fact(i + 20), sep=':')\n"
          + "def fail(x):\n"
          + "    return {'a': 1}[x]\n"
          + "fail('b')\n";

  @Test
  void runningAFileMatchesCPython() throws IOException {
    CPython.assumeAvailable();
    Path script = write("script.py", PROGRAM);
    Run run = krait(script.toString());
    assertEquals(CPython.run(PROGRAM.replace("fail('b')\n", "")), run.out());
    assertEquals(1, run.status());
    // CPython's stderr as it is, 3.11's ~~^^ marker lines included.
    String cpythonErr =
        CPython.run(
            "import subprocess, sys\n"
                + "r = subprocess.run([sys.executable, sys.argv[1]], capture_output=True)\n"
                + "sys.stdout.write(r.stderr.decode())\n",
            script.toString());
    assertEquals(cpythonErr, run.err());
  }

  @Test
  void commandTracebackHasNoSourceLinesAsCPython() throws IOException {
    CPython.assumeAvailable();
    String code = "def f():\n    return 1/0\nf()\n";
    Run run = krait("-c", code);
    String cpythonErr =
        CPython.run(
            "import subprocess, sys\n"
                + "r = subprocess.run([sys.executable, '-c', sys.argv[1]], capture_output=True)\n"
                + "sys.stdout.write(r.stderr.decode())\n",
            code);
    assertEquals(cpythonErr, run.err());
    assertEquals(1, run.status());
  }

  @Test
  void commandAndStdinRun() {
    Run run = krait("-c", "print(6 * 7)");
    assertEquals("42\n", run.out());
    assertEquals(0, run.status());
    assertEquals("", run.err());
    Run bad = krait("-c", "1/0");
    assertEquals(1, bad.status());
    assertTrue(bad.err().endsWith("ZeroDivisionError: division by zero\n"), bad.err());
  }

  @Test
  void syntaxErrorOfAProgramFails() {
    Run run = krait("-c", "x = (1,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().endsWith("SyntaxError: '(' was never closed\n"), run.err());
  }

  @Test
  void disPrintsTheCodeObjects() throws IOException {
    Path script = write("d.py", "def f(a):\n    return a + 1\nprint(f(1))\n");
    Run run = krait("--dis", script.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("MAKE_FUNCTION"), run.out());
    assertTrue(run.out().contains("BINARY_OP") && run.out().contains("0 (+)"), run.out());
    assertTrue(run.out().contains("Disassembly of <code object f"), run.out());
  }

  @Test
  void missingModuleIsReportedAsCPythonDoes() {
    Run run = krait("-m", "no_such_module_anywhere", "x");
    assertEquals(1, run.status());
    assertEquals("krait: No module named no_such_module_anywhere\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void noArgumentsAndStdinNotATerminalRunsStdin() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status = RunCommands.run(Options.parse(new String[0]),
        new ByteArrayInputStream("import sys\nprint(sys.argv, 6 * 7)\n".getBytes(
            StandardCharsets.UTF_8)), o, e);
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals("[''] 42\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void inputReadsTheStandardInputAsCPythonDoes() throws Exception {
    CPython.assumeAvailable();
    String script = "import sys\n"
        + "print(input('? '))\n"
        + "print(repr(input()), repr(sys.stdin.readline()), sys.stdin.read(3))\n"
        + "print([line for line in sys.stdin])\n"
        + "try:\n"
        + "    input('again: ')\n"
        + "except EOFError as e:\n"
        + "    print(type(e).__name__, e)\n";
    String input = "hi\nsecond line\r\nthird\n\u00e9t\u00e9 \ud83d\ude00\nlast";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RunCommands.run(Options.parse(new String[] {"-c", script}),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals(CPython.runWithInput(input, script), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void inputInTheReplReadsTheNextLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Repl.run(
        new java.io.BufferedReader(new java.io.StringReader("x = input('? ')\nAnn\nx\n")),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, status);
    assertEquals(">>> ? >>> 'Ann'\n>>> \n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theReplShowsValuesKeepsGoingAfterErrorsAndEndsAtEof() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String input = "x = 6\nx * 7\nif x:\n    x + 1\n\n1 / 0\n(1,\n 2)\n_\n";
    int[] status = {-1};
    Thread t = new Thread(() -> status[0] = Repl.run(
        new java.io.BufferedReader(new java.io.StringReader(input)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)));
    t.start();
    assertTrue(joined(t));
    assertEquals(0, status[0]);
    assertEquals(">>> >>> 42\n>>> ... ... 7\n>>> >>> ... (1, 2)\n>>> (1, 2)\n>>> \n",
        out.toString(StandardCharsets.UTF_8));
    String errText = err.toString(StandardCharsets.UTF_8);
    assertTrue(errText.contains("Traceback (most recent call last):\n"
        + "  File \"<stdin>\", line 1, in <module>\n"), errText);
    assertTrue(errText.contains("ZeroDivisionError: division by zero\n"), errText);
  }

  @Test
  void exitInTheReplEndsItWithItsStatus() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Repl.run(
        new java.io.BufferedReader(new java.io.StringReader("import sys\nsys.exit(3)\n1\n")),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(3, status);
    assertEquals(">>> >>> ", out.toString(StandardCharsets.UTF_8));
  }

  private static boolean joined(Thread t) {
    try {
      t.join(30_000);
    } catch (InterruptedException x) {
      Thread.currentThread().interrupt();
    }
    return !t.isAlive();
  }

  @Test
  void missingScriptIsStatusTwo() {
    Run run = krait(dir.resolve("nope.py").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("can't open file"), run.err());
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    for (String[] args :
        new String[][] {{"--frobnicate"}, {"-c"}, {"-m"}, {"--tokens"}, {"--dump-ast"}}) {
      Run run = krait(args);
      assertEquals(2, run.status(), String.join(" ", args));
      assertTrue(run.err().startsWith("krait: "), run.err());
      assertTrue(run.err().contains("usage: krait"), run.err());
      assertEquals("", run.out());
    }
  }
}
