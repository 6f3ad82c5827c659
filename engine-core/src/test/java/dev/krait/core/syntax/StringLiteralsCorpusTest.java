package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.core.ast.AstDump;
import dev.krait.core.ast.CPython;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.ExprContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Decodes every string literal of CPython's standard library and compares it with CPython's
 * tree. Slow (two passes of python3 over the library), so it runs only with {@code
 * -Dkrait.corpus=true}.
 */
@EnabledIfSystemProperty(named = "krait.corpus", matches = "true")
final class StringLiteralsCorpusTest {

  private static final int MAX_REPORTED = 40;

  @Test
  void everyStdlibLiteralMatchesCPython() throws IOException {
    CPython.require();
    String stdlib =
        CPython.runScript(
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])", "")
            .strip();
    String expected =
        CPython.runResource(getClass(), "literal_corpus.py", List.of(stdlib), "");
    List<String> mismatches = new ArrayList<>();
    List<String> ourFieldTexts = new ArrayList<>();
    List<String> theirFieldDumps = new ArrayList<>();
    List<String> fieldPlaces = new ArrayList<>();
    int literals = 0;
    for (String fileBlock : expected.split("(?m)^FILE ")) {
      if (fileBlock.isEmpty()) {
        continue;
      }
      String[] lines = fileBlock.split("\n");
      Path path = Path.of(lines[0]);
      Map<String, String[]> byPlace = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        String[] columns = lines[i].split("\t");
        byPlace.put(columns[0] + ":" + columns[1], columns);
      }
      String text = readUtf8(path);
      Lexer lexer = new Lexer(text, path.toString());
      List<Token> tokens = lexer.tokenize();
      LineMap lineMap = lexer.lineMap();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).kind() != TokenKind.STRING) {
          continue;
        }
        int first = i;
        while (tokens.get(i + 1).kind() == TokenKind.STRING) {
          i++;
        }
        List<Token> run = tokens.subList(first, i + 1);
        String place =
            lineMap.line(run.get(0).start()) + ":" + lineMap.utf8Column(run.get(0).start());
        String where = path + ":" + place;
        String[] theirs = byPlace.get(place);
        literals++;
        if (theirs == null) {
          mismatches.add(where + ": CPython has no literal here");
          continue;
        }
        List<String> fieldTexts = new ArrayList<>();
        String ours;
        try {
          Expr value =
              StringLiterals.concatenate(
                  run,
                  tokens.get(i + 1),
                  path.toString(),
                  lineMap,
                  (exprText, offset) -> {
                    fieldTexts.add(exprText);
                    return new Expr.Name("_", ExprContext.LOAD, offset, offset + 1);
                  });
          ours = AstDump.dump(value);
        } catch (SyntaxError e) {
          ours = "SyntaxError: " + e.summary();
        }
        if (!ours.equals(theirs[2])) {
          mismatches.add(where + "\n  expected: " + theirs[2] + "\n  actual:   " + ours);
        } else if (fieldTexts.size() != theirs.length - 3) {
          mismatches.add(where + ": " + fieldTexts.size() + " fields, CPython has "
              + (theirs.length - 3));
        } else {
          for (int f = 0; f < fieldTexts.size(); f++) {
            ourFieldTexts.add(fieldTexts.get(f));
            theirFieldDumps.add(theirs[3 + f]);
            fieldPlaces.add(where);
          }
        }
      }
    }
    // The texts we cut out for the fields must be the expressions CPython parsed there.
    String reparsed =
        CPython.runScript(
            "import ast, sys\n"
                + "texts = sys.stdin.read().split('\\0')\n"
                + "sys.stdout.write('\\0'.join(\n"
                + "    ast.dump(ast.parse('(' + t + ')', mode='eval').body) for t in texts))\n",
            String.join("\0", ourFieldTexts));
    String[] ourFieldDumps = reparsed.split("\0", -1);
    for (int f = 0; f < ourFieldTexts.size(); f++) {
      if (!ourFieldDumps[f].equals(theirFieldDumps.get(f))) {
        mismatches.add(fieldPlaces.get(f) + ": field text " + ourFieldTexts.get(f));
      }
    }
    assertTrue(literals > 100_000, "too few literals found: " + literals);
    assertTrue(
        mismatches.isEmpty(),
        mismatches.size() + " of " + literals + " literals differ\n"
            + String.join("\n", mismatches.subList(0, Math.min(MAX_REPORTED, mismatches.size()))));
  }

  private static String readUtf8(Path path) throws IOException {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IOException(path + " is not UTF-8", e);
    }
  }
}
