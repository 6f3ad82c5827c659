package dev.krait.core.runtime;

import java.util.Arrays;

/**
 * Looks up CPython 3.11's Unicode 14.0 character data ({@link StrUnicodeTable}): the flags behind
 * {@code isalpha}/{@code isdigit}/... and the full case mappings, independent of the JDK's
 * Unicode version.
 */
final class StrUnicode {

  private StrUnicode() {}

  private static final int[] ALPHA = ranges(StrUnicodeTable.ALPHA);
  private static final int[] DECIMAL = ranges(StrUnicodeTable.DECIMAL);
  private static final int[] DIGIT = ranges(StrUnicodeTable.DIGIT);
  private static final int[] NUMERIC = ranges(StrUnicodeTable.NUMERIC);
  private static final int[] LOWER = ranges(StrUnicodeTable.LOWER);
  private static final int[] UPPER = ranges(StrUnicodeTable.UPPER);
  private static final int[] TITLE = ranges(StrUnicodeTable.TITLE);

  /** A case mapping: simple runs (start, end, stride, delta) plus multi-code-point entries. */
  static final class Mapping {
    private final int[] starts;
    private final int[] runs;
    private final int[] multiKeys;
    private final int[][] multiValues;

    Mapping(String simple, String multi) {
      String[] items = simple.split(",");
      starts = new int[items.length];
      runs = new int[items.length * 3];
      for (int i = 0; i < items.length; i++) {
        String it = items[i];
        int colon = it.indexOf(':');
        int delta = Integer.parseInt(it.substring(colon + 1));
        String range = it.substring(0, colon);
        int start;
        int end;
        int stride = 1;
        int dash = range.indexOf('-');
        if (dash < 0) {
          start = Integer.parseInt(range, 16);
          end = start;
        } else {
          int slash = range.indexOf('/');
          start = Integer.parseInt(range.substring(0, dash), 16);
          end = Integer.parseInt(range.substring(dash + 1, slash), 16);
          stride = Integer.parseInt(range.substring(slash + 1));
        }
        starts[i] = start;
        runs[i * 3] = end;
        runs[i * 3 + 1] = stride;
        runs[i * 3 + 2] = delta;
      }
      String[] m = multi.isEmpty() ? new String[0] : multi.split(",");
      multiKeys = new int[m.length];
      multiValues = new int[m.length][];
      for (int i = 0; i < m.length; i++) {
        int eq = m[i].indexOf('=');
        multiKeys[i] = Integer.parseInt(m[i].substring(0, eq), 16);
        String[] cps = m[i].substring(eq + 1).split("\\.");
        multiValues[i] = new int[cps.length];
        for (int j = 0; j < cps.length; j++) {
          multiValues[i][j] = Integer.parseInt(cps[j], 16);
        }
      }
    }

    /** Appends the mapping of {@code c} to {@code out}. */
    void apply(int c, StrBuilder out) {
      int k = Arrays.binarySearch(multiKeys, c);
      if (k >= 0) {
        for (int v : multiValues[k]) {
          out.appendCodePoint(v);
        }
        return;
      }
      out.appendCodePoint(simple(c));
    }

    /** Returns the single-code-point mapping of {@code c} (itself when it has none). */
    int simple(int c) {
      int i = Arrays.binarySearch(starts, c);
      if (i < 0) {
        i = -i - 2;
      }
      if (i >= 0 && c <= runs[i * 3] && (c - starts[i]) % runs[i * 3 + 1] == 0) {
        return c + runs[i * 3 + 2];
      }
      return c;
    }
  }

  static final Mapping LOWER_MAP =
      new Mapping(StrUnicodeTable.LOWER_MAP, StrUnicodeTable.LOWER_MAP_MULTI);
  static final Mapping UPPER_MAP =
      new Mapping(StrUnicodeTable.UPPER_MAP, StrUnicodeTable.UPPER_MAP_MULTI);
  static final Mapping TITLE_MAP =
      new Mapping(StrUnicodeTable.TITLE_MAP, StrUnicodeTable.TITLE_MAP_MULTI);
  static final Mapping FOLD_MAP =
      new Mapping(StrUnicodeTable.FOLD_MAP, StrUnicodeTable.FOLD_MAP_MULTI);

  static boolean isAlpha(int c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : in(ALPHA, c);
  }

  static boolean isDecimal(int c) {
    return c < 128 ? c >= '0' && c <= '9' : in(DECIMAL, c);
  }

  static boolean isDigit(int c) {
    return c < 128 ? c >= '0' && c <= '9' : in(DIGIT, c);
  }

  static boolean isNumeric(int c) {
    return c < 128 ? c >= '0' && c <= '9' : in(NUMERIC, c);
  }

  static boolean isLower(int c) {
    return c < 128 ? c >= 'a' && c <= 'z' : in(LOWER, c);
  }

  static boolean isUpper(int c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : in(UPPER, c);
  }

  static boolean isTitle(int c) {
    return c >= 128 && in(TITLE, c);
  }

  static boolean isCased(int c) {
    return isLower(c) || isUpper(c) || isTitle(c);
  }

  private static boolean in(int[] ranges, int c) {
    // ranges holds sorted pairs [low, high]; an odd insertion point lies inside a pair.
    int i = Arrays.binarySearch(ranges, c);
    return i >= 0 || ((-i - 1) & 1) == 1;
  }

  private static int[] ranges(String table) {
    String[] items = table.split(",");
    int[] out = new int[items.length * 2];
    for (int i = 0; i < items.length; i++) {
      String it = items[i];
      int dash = it.indexOf('-');
      out[2 * i] = Integer.parseInt(dash < 0 ? it : it.substring(0, dash), 16);
      out[2 * i + 1] = Integer.parseInt(dash < 0 ? it : it.substring(dash + 1), 16);
    }
    return out;
  }
}
