package dev.krait.core.syntax;

import java.io.ByteArrayOutputStream;

/**
 * Decodes the body of a str or bytes literal: escape sequences, backslash-newline and line
 * breaks, as CPython's {@code unicode_escape} and {@code _PyBytes_DecodeEscape} do.
 *
 * <p>The source may still hold CR LF or CR line breaks; in a literal they mean {@code \n}, as
 * CPython's tokenizer translates them before decoding.
 */
final class StringEscapes {

  /** A decoding error; the caller turns it into a {@link SyntaxError} at the right place. */
  static final class DecodeError extends RuntimeException {
    DecodeError(String message) {
      super(message, null, false, false);
    }
  }

  private StringEscapes() {}

  /** Returns {@code s[from, to)} with its line breaks as {@code \n}: a raw literal's value. */
  static String raw(String s, int from, int to) {
    int cr = s.indexOf('\r', from);
    if (cr < 0 || cr >= to) {
      return s.substring(from, to);
    }
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < to && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Returns the str value of {@code s[from, to)}, a literal body with escapes: a String, or an
   * {@link dev.krait.core.ast.Expr.CodePoints} when escapes make a surrogate pair of two code
   * points.
   */
  static Object decodeStr(String s, int from, int to) {
    int backslash = s.indexOf('\\', from);
    if (backslash < 0 || backslash >= to) {
      return raw(s, from, to);
    }
    StrBuilder out = new StrBuilder(to - from);
    StringBuilder sb = out.chars;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        i += i + 1 < to && s.charAt(i + 1) == '\n' ? 2 : 1;
        continue;
      }
      if (c != '\\') {
        sb.append(c);
        i++;
        continue;
      }
      int escape = i;
      i++;
      if (i >= to) {
        // A literal part of an f-string may end in a backslash, before a brace: it stays.
        sb.append('\\');
        break;
      }
      c = s.charAt(i++);
      switch (c) {
        case '\n' -> { }
        case '\r' -> {
          if (i < to && s.charAt(i) == '\n') {
            i++;
          }
        }
        case '\\', '\'', '"' -> sb.append(c);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 'v' -> sb.append('\u000b');
        case 'a' -> sb.append('\u0007');
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int value = c - '0';
          for (int k = 0; k < 2 && i < to && isOctal(s.charAt(i)); k++) {
            value = value * 8 + s.charAt(i++) - '0';
          }
          sb.append((char) value);
        }
        case 'x' -> i = hexEscape(s, from, to, escape, i, 2, "truncated \\xXX escape", out);
        case 'u' -> i = hexEscape(s, from, to, escape, i, 4, "truncated \\uXXXX escape", out);
        case 'U' ->
            i = hexEscape(s, from, to, escape, i, 8, "truncated \\UXXXXXXXX escape", out);
        case 'N' -> i = namedEscape(s, from, to, escape, i, sb);
        default -> {
          // An unknown escape keeps its backslash; the character is decoded on the next turn.
          sb.append('\\');
          i--;
        }
      }
    }
    return out.value();
  }

  private static int hexEscape(
      String s, int from, int to, int escape, int i, int count, String message,
      StrBuilder sb) {
    int value = 0;
    for (int k = 0; k < count; k++, i++) {
      int digit = i < to ? hexDigit(s.charAt(i)) : -1;
      if (digit < 0) {
        throw unicodeError(s, from, to, escape, i, message);
      }
      value = value * 16 + digit;
    }
    if (value > Character.MAX_CODE_POINT || value < 0) {
      throw unicodeError(s, from, to, escape, i, "illegal Unicode character");
    }
    // Only here can a lone surrogate come in: a named character is never one.
    sb.appendEscaped(value);
    return i;
  }

  private static int namedEscape(String s, int from, int to, int escape, int i, StringBuilder sb) {
    String malformed = "malformed \\N character escape";
    if (i >= to || s.charAt(i) != '{') {
      throw unicodeError(s, from, to, escape, i, malformed);
    }
    int nameStart = ++i;
    while (i < to && s.charAt(i) != '}') {
      i++;
    }
    if (i >= to || i == nameStart) {
      throw unicodeError(s, from, to, escape, i, malformed);
    }
    int codePoint = UnicodeNames.lookup(s.substring(nameStart, i));
    i++;
    if (codePoint < 0) {
      throw unicodeError(s, from, to, escape, i, "unknown Unicode character name");
    }
    sb.appendCodePoint(codePoint);
    return i;
  }

  /**
   * Returns CPython's error for the escape at {@code s[escape, end)}. CPython reports positions in
   * a buffer where each non-ASCII character was rewritten as a 10-byte {@code \\UXXXXXXXX}
   * escape (and a backslash before one as {@code \\u005c}), so the positions count that way.
   */
  private static DecodeError unicodeError(
      String s, int from, int to, int escape, int end, String message) {
    int start = bufferPosition(s, from, to, escape);
    int stop = bufferPosition(s, from, to, end);
    String where =
        stop - start == 1
            ? "byte 0x5c in position " + start
            : "bytes in position " + start + "-" + (stop - 1);
    return new DecodeError(
        "(unicode error) 'unicodeescape' codec can't decode " + where + ": " + message);
  }

  private static int bufferPosition(String s, int from, int to, int index) {
    int position = 0;
    for (int i = from; i < index; i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < to && s.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\\') {
        position += i + 1 >= to || s.charAt(i + 1) >= 0x80 ? 6 : 1;
      } else if (c >= 0x80) {
        boolean pair = i + 1 < to && Character.isSurrogatePair(c, s.charAt(i + 1));
        if (pair) {
          i++;
        }
        position += 10;
      } else {
        position++;
      }
    }
    return position;
  }

  /** Returns the bytes value of {@code s[from, to)}, an ASCII literal body with escapes. */
  static byte[] decodeBytes(String s, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
    int i = from;
    int position = 0;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.write('\n');
        i += i + 1 < to && s.charAt(i + 1) == '\n' ? 2 : 1;
        position++;
        continue;
      }
      if (c != '\\' || i + 1 >= to) {
        out.write(c);
        i++;
        position++;
        continue;
      }
      int escapePosition = position;
      c = s.charAt(i + 1);
      i += 2;
      position += 2;
      switch (c) {
        case '\n' -> { }
        case '\r' -> {
          // CPython saw CR LF as one LF.
          if (i < to && s.charAt(i) == '\n') {
            i++;
          }
        }
        case '\\', '\'', '"' -> out.write(c);
        case 'b' -> out.write('\b');
        case 'f' -> out.write('\f');
        case 't' -> out.write('\t');
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 'v' -> out.write(0x0b);
        case 'a' -> out.write(0x07);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int value = c - '0';
          for (int k = 0; k < 2 && i < to && isOctal(s.charAt(i)); k++) {
            value = value * 8 + s.charAt(i++) - '0';
            position++;
          }
          // CPython keeps the low 8 bits of an escape above \377 (with a warning).
          out.write(value & 0xff);
        }
        case 'x' -> {
          int high = i + 1 < to ? hexDigit(s.charAt(i)) : -1;
          int low = i + 1 < to ? hexDigit(s.charAt(i + 1)) : -1;
          if (high < 0 || low < 0) {
            throw new DecodeError(
                "(value error) invalid \\x escape at position " + escapePosition);
          }
          out.write(high * 16 + low);
          i += 2;
          position += 2;
        }
        default -> {
          out.write('\\');
          i--;
          position--;
        }
      }
    }
    return out.toByteArray();
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private static int hexDigit(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
