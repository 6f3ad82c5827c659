package dev.krait.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tests {@link LineMap} against the positions CPython's {@code ast} reports. */
final class LineMapTest {

  // python3: ast.parse of this text gives Name nodes (id, lineno, col_offset, end_col_offset)
  // ('x', 1, 0, 1), ('éß', 2, 0, 4), ('U', 2, 7, 11), ('āè', 2, 14, 18), ('z', 3, 0, 1).
  private static final String TEXT = "x = 1\r\n\u00e9\u00df = \ud835\udd18 = \u0101\u00e8\rz\n";

  @Test
  void linesAndUtf8ColumnsAsCPython() {
    LineMap map = new LineMap(TEXT);
    int[][] names = {
      // start offset, end offset, lineno, col_offset, end_col_offset
      {0, 1, 1, 0, 1}, {7, 9, 2, 0, 4}, {12, 14, 2, 7, 11}, {17, 19, 2, 14, 18}, {20, 21, 3, 0, 1}
    };
    for (int[] name : names) {
      assertEquals(name[2], map.line(name[0]));
      assertEquals(name[2], map.line(name[1]));
      assertEquals(name[3], map.utf8Column(name[0]));
      assertEquals(name[4], map.utf8Column(name[1]));
    }
  }

  @Test
  void columnsAndLineTexts() {
    LineMap map = new LineMap(TEXT);
    assertEquals(4, map.lineCount());
    assertEquals(5, map.column(5));
    assertEquals(0, map.column(7));
    assertEquals(5, map.column(12));
    assertEquals("x = 1", map.lineText(1));
    assertEquals("\u00e9\u00df = \ud835\udd18 = \u0101\u00e8", map.lineText(2));
    assertEquals("z", map.lineText(3));
    assertEquals("", map.lineText(4));
    assertEquals(4, map.line(TEXT.length()));
    assertEquals(20, map.lineStart(3));
  }

  @Test
  void lookupsInAnyOrderAgreeAcrossLineBreakStyles() {
    // Lookups jump back and forth (the map remembers the last line) and mix ASCII lines with
    // wide ones (checked once each); \r\n and lone \r take the slower break scan.
    for (String br : new String[] {"\n", "\r\n", "\r"}) {
      String text = "ab" + br + "\u00e9x" + br + "cd" + br;
      LineMap map = new LineMap(text);
      int second = 2 + br.length();
      int third = second + 2 + br.length();
      assertEquals(4, map.lineCount());
      assertEquals(2, map.utf8Column(second + 1));
      assertEquals(1, map.utf8Column(1));
      assertEquals(3, map.utf8Column(second + 2));
      assertEquals(1, map.utf8Column(third + 1));
      assertEquals(2, map.line(second + 1));
      assertEquals(1, map.line(0));
      assertEquals(4, map.line(text.length()));
      assertEquals(3, map.line(third));
    }
  }
}
