# Regenerates UnicodeIdentifiers.java from CPython 3.11 identifier rules: python3 gen_identifier_table.py
import textwrap, unicodedata
def ranges(pred):
    r = []; start = None
    for c in range(0x80, 0x110001):
        ok = c < 0x110000 and pred(c)
        if ok and start is None: start = c
        if not ok and start is not None: r.append((start, c - 1)); start = None
    return r
def enc(rs):
    s = ",".join("%x" % a if a == b else "%x-%x" % (a, b) for a, b in rs)
    return "\n".join('      + "%s"' % part for part in textwrap.wrap(s, 84, break_on_hyphens=False))[8:].lstrip('+ ')
start = ranges(lambda c: chr(c).isidentifier())
cont = ranges(lambda c: ('a' + chr(c)).isidentifier())
src = '''package dev.krait.core.syntax;

import java.util.Arrays;

/**
 * The non-ASCII identifier characters of Python 3.11 (Unicode %s XID_Start and XID_Continue).
 *
 * <p>The JDK's own tables follow the JDK's Unicode version, which differs between JDK 17, 21 and
 * 25, so the ranges are fixed here; {@code scripts/gen_identifier_table.py} generated them
 * with CPython 3.11's {@code str.isidentifier()} over every code point.
 */
final class UnicodeIdentifiers {

  // Hexadecimal code point ranges "a-b" or single code points "a", comma-separated.
  private static final String START =
      %s;

  private static final String CONTINUE =
      %s;

  private static final int[] START_RANGES = decode(START);
  private static final int[] CONTINUE_RANGES = decode(CONTINUE);

  private UnicodeIdentifiers() {}

  /** Returns whether non-ASCII code point {@code cp} may start an identifier. */
  static boolean isStart(int cp) {
    return contains(START_RANGES, cp);
  }

  /** Returns whether non-ASCII code point {@code cp} may continue an identifier. */
  static boolean isContinue(int cp) {
    return contains(CONTINUE_RANGES, cp);
  }

  private static boolean contains(int[] ranges, int cp) {
    // ranges holds sorted pairs [low, high]; an odd insertion point lies inside a pair.
    int i = Arrays.binarySearch(ranges, cp);
    return i >= 0 || ((-i - 1) & 1) == 1;
  }

  private static int[] decode(String table) {
    String[] items = table.split(",");
    int[] ranges = new int[items.length * 2];
    for (int i = 0; i < items.length; i++) {
      String item = items[i];
      int dash = item.indexOf('-');
      int low = Integer.parseInt(dash < 0 ? item : item.substring(0, dash), 16);
      int high = dash < 0 ? low : Integer.parseInt(item.substring(dash + 1), 16);
      ranges[2 * i] = low;
      ranges[2 * i + 1] = high;
    }
    return ranges;
  }
}
''' % (unicodedata.unidata_version, enc(start), enc(cont))
open('/work/lexer/engine-core/src/main/java/dev/krait/core/syntax/UnicodeIdentifiers.java', 'w').write(src)
