package dev.krait.core.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Finds the invalid UTF-8 that CPython would report in source without a coding declaration.
 *
 * <p>CPython decodes UTF-8 source token by token, so only bad bytes inside a name or a string
 * literal are errors (comments are never decoded), and its message gives the position of the bad
 * byte within that token's text. This scanner knows just enough of the token structure (comments,
 * strings with their quotes and backslashes, names) to reproduce that.
 */
final class Utf8Errors {

  private Utf8Errors() {}

  /** Returns the error CPython reports for {@code bytes}, or null if only comments are bad. */
  static SyntaxError find(byte[] bytes, int start, String filename) {
    int n = bytes.length;
    int line = 1;
    int lineStart = start;
    int i = start;
    while (i < n) {
      int b = bytes[i] & 0xff;
      if (b == '\n' || b == '\r') {
        i += newlineLength(bytes, i);
        line++;
        lineStart = i;
      } else if (b == '#') {
        while (i < n && bytes[i] != '\n' && bytes[i] != '\r') {
          i++;
        }
      } else if (b == '\'' || b == '"') {
        int tokenStart = i;
        int quoteSize = i + 2 < n && bytes[i + 1] == b && bytes[i + 2] == b ? 3 : 1;
        int bodyStart = i + quoteSize;
        int p = bodyStart;
        int bodyEnd = -1;
        int firstLine = line;
        int firstLineStart = lineStart;
        while (p < n) {
          int c = bytes[p] & 0xff;
          if (c == b && (quoteSize == 1 || (p + 2 < n && bytes[p + 1] == b && bytes[p + 2] == b))) {
            bodyEnd = p;
            p += quoteSize;
            break;
          }
          boolean escaped = false;
          if (c == '\\' && p + 1 < n) {
            p++;
            escaped = true;
          }
          int newline = newlineLength(bytes, p);
          if (newline > 0) {
            if (quoteSize == 1 && !escaped) {
              break;
            }
            p += newline;
            line++;
            lineStart = p;
          } else {
            p++;
          }
        }
        int end = bodyEnd < 0 ? p : bodyEnd;
        SyntaxError error =
            check(bytes, bodyStart, end, filename, firstLine, firstLineStart, tokenStart, p, 1);
        if (error != null) {
          return error;
        }
        i = p;
      } else if (isNameByte(b)) {
        int tokenStart = i;
        while (i < n && isNameByte(bytes[i] & 0xff)) {
          i++;
        }
        SyntaxError error =
            check(bytes, tokenStart, i, filename, line, lineStart, tokenStart, i, 0);
        if (error != null) {
          return error;
        }
      } else {
        i++;
      }
    }
    return null;
  }

  private static int newlineLength(byte[] bytes, int i) {
    if (bytes[i] == '\n') {
      return 1;
    }
    if (bytes[i] == '\r') {
      return i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
    }
    return 0;
  }

  private static boolean isNameByte(int b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '_'
        || b >= 0x80;
  }

  /**
   * Returns the error for the first bad sequence in {@code [from, to)}, or null. The column is
   * where CPython puts it: just past the token, plus {@code columnBias}.
   */
  private static SyntaxError check(
      byte[] bytes,
      int from,
      int to,
      String filename,
      int line,
      int lineStart,
      int tokenStart,
      int tokenEnd,
      int columnBias) {
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        lo = b == 0xE0 ? 0xA0 : 0x80;
        hi = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        lo = b == 0xF0 ? 0x90 : 0x80;
        hi = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return error(bytes, i, from, "invalid start byte", filename, line, lineStart, tokenEnd,
            columnBias);
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= to) {
          return error(bytes, i, from, "unexpected end of data", filename, line, lineStart,
              tokenEnd, columnBias);
        }
        int c = bytes[i + k] & 0xff;
        if (k == 1 ? c < lo || c > hi : c < 0x80 || c > 0xBF) {
          return error(bytes, i, from, "invalid continuation byte", filename, line, lineStart,
              tokenEnd, columnBias);
        }
      }
      i += need + 1;
    }
    return null;
  }

  private static SyntaxError error(
      byte[] bytes,
      int at,
      int from,
      String reason,
      String filename,
      int line,
      int lineStart,
      int tokenEnd,
      int columnBias) {
    String msg =
        String.format(
            "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
            bytes[at] & 0xff, at - from, reason);
    // The error is on the bad byte's line, which differs from the token's in a multi-line string.
    for (int i = lineStart; i < at; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    int lineEnd = lineStart;
    while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
      lineEnd++;
    }
    String text = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    int endInLine = Math.min(tokenEnd, lineEnd);
    int column =
        new String(bytes, lineStart, endInLine - lineStart, StandardCharsets.UTF_8).length()
            + columnBias;
    return new SyntaxError(
        "SyntaxError", msg, filename, line, column, line, columnBias == 0 ? -1 : column, text);
  }
}
