package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.ast.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lexes CPython 3.11's standard library and compares with what CPython makes of each file. */
final class LexerCorpusTest {

  // The messages of errors the tokenizer and decoder produce (the rest come from the parser).
  private static final List<String> LEXER_MESSAGES =
      List.of(
          "unterminated string literal",
          "unterminated triple-quoted string literal",
          "' was never closed",
          "closing parenthesis",
          "unmatched '",
          "invalid character",
          "invalid non-printable character",
          "unexpected character after line continuation character",
          "unexpected EOF while parsing",
          "unindent does not match any outer indentation level",
          "inconsistent use of tabs and spaces in indentation",
          "too many nested parentheses",
          "too many levels of indentation",
          "invalid decimal literal",
          "invalid hexadecimal literal",
          "invalid octal literal",
          "invalid binary literal",
          "invalid imaginary literal",
          "invalid digit",
          "leading zeros in decimal integer literals",
          "unknown encoding",
          "encoding problem",
          "(unicode error)",
          "source code string cannot contain null bytes");

  private static final String LIST_FILES =
      String.join(
          "\n",
          "import ast, os, sysconfig, warnings",
          "warnings.simplefilter('ignore')",
          "root = sysconfig.get_paths()['stdlib']",
          "print(root)",
          "for d, dirs, files in sorted(os.walk(root)):",
          "    dirs.sort()",
          "    if 'site-packages' in d: continue",
          "    for f in sorted(files):",
          "        if not f.endswith('.py'): continue",
          "        p = os.path.join(d, f)",
          "        try:",
          "            ast.parse(open(p, 'rb').read())",
          "            print('OK\\t' + os.path.relpath(p, root))",
          "        except SyntaxError as e:",
          "            print('ERR\\t%s\\t%s: %s (line %s)' % (os.path.relpath(p, root),",
          "                  type(e).__name__, e.msg, e.lineno))");

  private static boolean isLexerMessage(String summary) {
    return LEXER_MESSAGES.stream().anyMatch(summary::contains);
  }

  /** Returns CPython's verdict per file: null when it parses, else "Type: msg (line N)". */
  private static Map<String, String> cpythonVerdicts(List<Path> rootOut) {
    String[] lines = CPython.runScript(LIST_FILES, "").split("\n");
    rootOut.add(Path.of(lines[0]));
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] parts = lines[i].split("\t", 3);
      verdicts.put(parts[1], parts[0].equals("OK") ? null : parts[2]);
    }
    return verdicts;
  }

  @Test
  void everyStdlibFileLexesUnlessCPythonRejectsIt() throws IOException {
    CPython.require();
    List<Path> root = new ArrayList<>();
    Map<String, String> verdicts = cpythonVerdicts(root);
    assertTrue(verdicts.size() > 1700, "found only " + verdicts.size() + " files");
    List<String> problems = new ArrayList<>();
    int lexerErrors = 0;
    for (Map.Entry<String, String> entry : verdicts.entrySet()) {
      byte[] bytes = Files.readAllBytes(root.get(0).resolve(entry.getKey()));
      String ours = null;
      try {
        Lexer lexer = new Lexer(SourceDecoder.decode(bytes, entry.getKey()), entry.getKey());
        lexer.tokenize();
        if (lexer.error() != null) {
          ours = summary(lexer.error());
        }
      } catch (SyntaxError e) {
        ours = summary(e);
      }
      String theirs = entry.getValue();
      boolean ok;
      if (theirs != null && isLexerMessage(theirs)) {
        lexerErrors++;
        ok = theirs.equals(ours);
      } else {
        // CPython accepts the file, or rejects it in its parser: the lexer may fail only if CPython
        // failed too, its parser having stopped before the lexing error.
        ok = ours == null || theirs != null;
      }
      if (!ok) {
        problems.add(entry.getKey() + ": CPython " + theirs + ", Krait " + ours);
      }
    }
    assertEquals(List.of(), problems);
    // Bad encodings, an invalid character, invalid UTF-8, a Python 2 octal literal.
    assertTrue(lexerErrors >= 5, "only " + lexerErrors + " files with lexing errors");
  }

  private static String summary(SyntaxError e) {
    return e.type() + ": " + e.msg() + " (line " + e.line() + ")";
  }

  @Test
  void tokensMatchPythonTokenizeOnASample() throws IOException {
    CPython.require();
    List<Path> root = new ArrayList<>();
    Map<String, String> verdicts = cpythonVerdicts(root);
    List<String> sample = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, String> entry : verdicts.entrySet()) {
      if (entry.getValue() == null && i++ % 10 == 0) {
        sample.add(entry.getKey());
      }
    }
    String script =
        String.join(
            "\n",
            "import keyword, os, sys, token, tokenize",
            "lines = sys.stdin.read().split('\\n')",
            "root, files = lines[0], lines[1:]",
            "for f in files:",
            "    print('FILE ' + f)",
            "    with open(os.path.join(root, f), 'rb') as fh:",
            "        for t in tokenize.tokenize(fh.readline):",
            "            if t.type in (tokenize.ENCODING, tokenize.ENDMARKER): continue",
            "            name = token.tok_name[t.exact_type]",
            "            if t.type == tokenize.NAME and keyword.iskeyword(t.string):",
            "                name = t.string.upper()",
            "            if name in ('NEWLINE', 'NL', 'INDENT', 'DEDENT'):",
            "                print(name)",
            "            else:",
            "                where = t.start + t.end",
            "                print('%s %d,%d-%d,%d %s' % ((name,) + where + (t.string,)))");
    String expected = CPython.runScript(script, root.get(0) + "\n" + String.join("\n", sample));
    StringBuilder actual = new StringBuilder();
    for (String file : sample) {
      actual.append("FILE ").append(file).append('\n');
      byte[] bytes = Files.readAllBytes(root.get(0).resolve(file));
      String text = SourceDecoder.decode(bytes, file);
      Lexer lexer = new Lexer(text, file, true);
      LineMap lines = lexer.lineMap();
      for (Token t : lexer.tokenize()) {
        switch (t.kind()) {
          case ENDMARKER:
            break;
          case NEWLINE:
          case NL:
          case INDENT:
          case DEDENT:
            actual.append(t.kind()).append('\n');
            break;
          default:
            // Python counts columns in code points.
            int startLine = lines.line(t.start());
            int endLine = lines.line(t.end());
            actual
                .append(t.kind())
                .append(' ')
                .append(startLine)
                .append(',')
                .append(text.codePointCount(lines.lineStart(startLine), t.start()))
                .append('-')
                .append(endLine)
                .append(',')
                .append(text.codePointCount(lines.lineStart(endLine), t.end()))
                .append(' ')
                .append(text, t.start(), t.end())
                .append('\n');
        }
      }
    }
    assertTrue(sample.size() > 150, "sampled only " + sample.size() + " files");
    assertEquals(expected, actual.toString());
  }
}
