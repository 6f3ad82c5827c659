package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link SourceDecoder} against what CPython makes of the same bytes. */
final class SourceDecoderTest {

  // Each case is Latin-1 text standing for the raw bytes of a source file.
  private static final List<String> CASES =
      List.of(
          "x = 1\n",
          "x = '\u00c3\u00a9'\n",
          "\u00ef\u00bb\u00bfx = '\u00c3\u00a9'\n",
          "# coding: latin-1\nx = '\u00e9'\n",
          "# -*- coding: iso-8859-15 -*-\nx = '\u00a4'\n",
          "#!/usr/bin/env python\n# vim: set fileencoding=latin1 :\nx = '\u00e9'\n",
          "x = 1\n# coding: latin-1\nx = '\u00c3\u00a9'\n",
          "# -*- coding: euc-jp -*-\nx = '\u00a4\u00a2'\n",
          "# coding: cp1252\nx = '\u0080'\n",
          "# coding=utf8\nx = '\u00c3\u00a9'\n",
          "# coding: uTF_8\nx = 1\n",
          "# coding: utf-8-sig\nx = 1\n",
          "#coding:\n#coding: latin-1\nx = '\u00e9'\n",
          "# coding: ascii\nx = 1\n",
          "\u00ef\u00bb\u00bf# coding: utf-8\nx = 1\n",
          "x = 1\n# \u00ff comment\n",
          "\u00ef\u00bb\u00bf# coding: latin-1\nx = 1\n",
          "\u00ef\u00bb\u00bf# coding: utf8\nx = 1\n",
          "# coding: xyz\nx = 1\n",
          "# coding=ascii\nx = '\u00e9'\n",
          "# coding: cp1252\nx = '\u0081'\n",
          "\u00ff",
          "x = '\u00ff'\n",
          "x = 'ab\u00ff'\n",
          "\u00e9 = 1\n",
          "x = 1\ny = b\u00e9 + 1\n",
          "x = 1\ny = 'abc\u00e9\u00e9' + 1\n",
          "x = '''a\nb\u00c3('''\n");

  @Test
  void decodesAndFailsAsCPython() {
    CPython.require();
    StringBuilder input = new StringBuilder();
    for (String c : CASES) {
      input.append(HexFormat.of().formatHex(c.getBytes(StandardCharsets.ISO_8859_1))).append('\n');
    }
    String script =
        String.join(
            "\n",
            "import sys, tokenize, io",
            "for line in sys.stdin.read().split():",
            "    b = bytes.fromhex(line)",
            "    try:",
            "        compile(b, 'f', 'exec', dont_inherit=True)",
            "        enc = tokenize.detect_encoding(io.BytesIO(b).readline)[0]",
            "        print('OK ' + b.decode(enc, 'replace').encode('utf-8').hex())",
            "    except SyntaxError as e:",
            "        if not (e.msg.startswith('(unicode error)') or e.lineno == 0):",
            "            print('OK ' + b.decode('utf-8', 'replace').encode('utf-8').hex())",
            "        else:",
            "            print('ERR %s (line %d)' % (e.msg, e.lineno))");
    String[] expected = CPython.runScript(script, input.toString()).split("\n");
    List<String> actual = new ArrayList<>();
    for (String c : CASES) {
      byte[] bytes = c.getBytes(StandardCharsets.ISO_8859_1);
      try {
        String text = SourceDecoder.decode(bytes, "f");
        actual.add("OK " + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)));
      } catch (SyntaxError e) {
        actual.add("ERR " + e.msg() + " (line " + e.line() + ")");
      }
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }
}
