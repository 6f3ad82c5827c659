package dev.krait.core.syntax;

import java.util.Arrays;

/**
 * Turns char offsets in one decoded source text into lines and columns, as CPython reports them.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. Building the map is one pass
 * over the text; each lookup is a binary search.
 */
public final class LineMap {

  private final String text;
  private final int[] lineStarts;
  private final int lineCount;

  /** Creates the map of {@code text}. */
  public LineMap(String text) {
    this.text = text;
    int[] starts = new int[Math.max(16, text.length() / 32)];
    int count = 1;
    int n = text.length();
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
    this.lineStarts = starts;
    this.lineCount = count;
  }

  /** Returns the number of lines; text ending in a line break has an empty last line. */
  public int lineCount() {
    return lineCount;
  }

  /** Returns the 1-based line that holds char {@code offset} (the text's length is allowed). */
  public int line(int offset) {
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
    return lo + 1;
  }

  /** Returns the char offset where 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** Returns the 0-based column of {@code offset} in chars. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1];
  }

  /**
   * Returns the 0-based column of {@code offset} in UTF-8 bytes, which is what CPython's
   * {@code col_offset} and {@code end_col_offset} count.
   */
  public int utf8Column(int offset) {
    int start = lineStarts[line(offset) - 1];
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
