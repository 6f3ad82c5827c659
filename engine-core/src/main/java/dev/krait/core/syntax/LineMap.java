package dev.krait.core.syntax;

import java.util.Arrays;

/**
 * Turns char offsets in one decoded source text into lines and columns, as CPython reports them.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. Building the map is one pass
 * over the text (a vectorized {@code indexOf} when there is no {@code \r}). A lookup first tries
 * the lines found last, since the compiler asks about nearby offsets over and over, then
 * binary-searches. A UTF-8 column is plain arithmetic on a line found to be ASCII; each line is
 * checked for non-ASCII chars once, on its first UTF-8 lookup.
 */
public final class LineMap {

  private final String text;
  private final int[] lineStarts;
  private final int lineCount;
  /**
   * Per 0-based line: {@link #UNKNOWN}, {@link #ASCII} or {@link #WIDE}; made on the first UTF-8
   * lookup. Filling it in twice from two threads writes the same values, so no lock is needed.
   */
  private byte[] lineKinds;
  /**
   * The 0-based lines found by the last two searches (a node's start and end line alternate):
   * hints only, always checked before use, so threads sharing a map at most miss them.
   */
  private int lastLine;
  private int otherLine;

  private static final byte UNKNOWN = 0;
  private static final byte ASCII = 1;
  private static final byte WIDE = 2;

  /** Creates the map of {@code text}. */
  public LineMap(String text) {
    this.text = text;
    int[] starts = new int[Math.max(16, text.length() / 32)];
    int count = 1;
    int n = text.length();
    if (text.indexOf('\r') < 0) {
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    } else {
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
    }
    this.lineStarts = starts;
    this.lineCount = count;
  }

  /** Returns the number of lines; text ending in a line break has an empty last line. */
  public int lineCount() {
    return lineCount;
  }

  /** Returns the 1-based line that holds char {@code offset} (the text's length is allowed). */
  public int line(int offset) {
    return lineIndex(offset) + 1;
  }

  /** Returns the 0-based line that holds char {@code offset}. */
  private int lineIndex(int offset) {
    int hint = lastLine;
    if (holds(hint, offset)) {
      return hint;
    }
    int other = otherLine;
    if (holds(other, offset)) {
      return other;
    }
    if (hint + 1 < lineCount && holds(hint + 1, offset)) {
      otherLine = hint;
      lastLine = hint + 1;
      return hint + 1;
    }
    int lo = 0;
    int hi = lineCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    otherLine = hint;
    lastLine = lo;
    return lo;
  }

  /** Returns whether 0-based line {@code index} holds char {@code offset}. */
  private boolean holds(int index, int offset) {
    return lineStarts[index] <= offset
        && (index + 1 == lineCount || offset < lineStarts[index + 1]);
  }

  /** Returns the char offset where 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** Returns the 0-based column of {@code offset} in chars. */
  public int column(int offset) {
    return offset - lineStarts[lineIndex(offset)];
  }

  /**
   * Returns the 0-based column of {@code offset} in UTF-8 bytes, which is what CPython's
   * {@code col_offset} and {@code end_col_offset} count.
   */
  public int utf8Column(int offset) {
    int index = lineIndex(offset);
    int start = lineStarts[index];
    if (lineKind(index) == ASCII) {
      return offset - start;
    }
    int bytes = 0;
    for (int i = start; i < offset; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        // A surrogate pair is one code point of four UTF-8 bytes, even when the offset splits it.
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Returns {@link #ASCII} or {@link #WIDE} for 0-based line {@code index}, checked once. */
  private byte lineKind(int index) {
    byte[] kinds = lineKinds;
    if (kinds == null) {
      kinds = new byte[lineCount];
      lineKinds = kinds;
    }
    byte kind = kinds[index];
    if (kind == UNKNOWN) {
      int end = index + 1 < lineCount ? lineStarts[index + 1] : text.length();
      kind = ASCII;
      for (int i = lineStarts[index]; i < end; i++) {
        if (text.charAt(i) >= 0x80) {
          kind = WIDE;
          break;
        }
      }
      kinds[index] = kind;
    }
    return kind;
  }

  /** Returns the text of 1-based {@code line} without its line break. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineCount ? lineStarts[line] : text.length();
    if (end > start && text.charAt(end - 1) == '\n') {
      end--;
    }
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, end);
  }
}
