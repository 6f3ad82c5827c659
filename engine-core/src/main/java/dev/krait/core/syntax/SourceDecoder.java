package dev.krait.core.syntax;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes Python source bytes to text as CPython's {@code compile(bytes)} does: UTF-8 unless a
 * PEP 263 coding declaration on line 1 or 2 names another encoding, with an optional UTF-8 BOM.
 */
public final class SourceDecoder {

  private static final String UTF_8 = "utf-8";

  // Python codec spellings the JDK does not know under the same name.
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("latin-1", "ISO-8859-1"),
          Map.entry("latin1", "ISO-8859-1"),
          Map.entry("iso-latin-1", "ISO-8859-1"),
          Map.entry("l1", "ISO-8859-1"),
          Map.entry("iso8859-1", "ISO-8859-1"),
          Map.entry("iso8859-15", "ISO-8859-15"),
          Map.entry("latin-9", "ISO-8859-15"),
          Map.entry("latin9", "ISO-8859-15"),
          Map.entry("l9", "ISO-8859-15"),
          Map.entry("u8", "UTF-8"),
          Map.entry("utf", "UTF-8"),
          Map.entry("utf8", "UTF-8"),
          Map.entry("cp65001", "UTF-8"),
          Map.entry("646", "US-ASCII"),
          Map.entry("us", "US-ASCII"),
          Map.entry("sjis", "Shift_JIS"),
          Map.entry("shift-jis", "Shift_JIS"),
          Map.entry("s-jis", "Shift_JIS"),
          Map.entry("eucjp", "EUC-JP"),
          Map.entry("ujis", "EUC-JP"),
          Map.entry("u-jis", "EUC-JP"),
          Map.entry("euckr", "EUC-KR"),
          Map.entry("mac-roman", "x-MacRoman"),
          Map.entry("macroman", "x-MacRoman"),
          Map.entry("mac-cyrillic", "x-MacCyrillic"),
          Map.entry("mac-greek", "x-MacGreek"),
          Map.entry("mac-latin2", "x-MacCentralEurope"),
          Map.entry("mac-turkish", "x-MacTurkish"),
          Map.entry("mac-iceland", "x-MacIceland"));

  private SourceDecoder() {}

  /**
   * Returns the text of {@code bytes}, without a leading BOM.
   *
   * @throws SyntaxError with CPython's message for an unknown or contradictory encoding or for
   *     bytes the encoding cannot decode
   */
  public static String decode(byte[] bytes, String filename) {
    int start = 0;
    boolean bom = false;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
      bom = true;
    }
    String declared = declaredEncoding(bytes, start);
    if (declared != null && bom && !declared.equals(UTF_8)) {
      throw fileError("encoding problem: " + declared + " with BOM", filename);
    }
    if (declared == null || declared.equals(UTF_8)) {
      return decodeUtf8(bytes, start, filename);
    }
    Charset charset = charset(declared);
    if (charset == null) {
      throw fileError("unknown encoding: " + declared, filename);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    int capacity = (int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1;
    CharBuffer out = CharBuffer.allocate(capacity);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw fileError(codecMessage(charset, declared, bytes, in.position()), filename);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Returns the Java charset for a Python codec name, or null if there is none. */
  static Charset charset(String pythonName) {
    String name = pythonName.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    String alias = ALIASES.get(name);
    try {
      return Charset.forName(alias != null ? alias : name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The coding declaration

  /**
   * Returns the encoding declared on line 1 or 2 (line 2 only when line 1 is blank or a comment),
   * normalized as CPython does for UTF-8 and Latin-1, or null.
   */
  static String declaredEncoding(byte[] bytes, int start) {
    int end1 = indexOf(bytes, start, (byte) '\n');
    if (end1 < 0) {
      return null; // CPython looks for a declaration only on lines that end.
    }
    String spec = codingSpec(bytes, start, end1 + 1);
    if (spec != null || !isBlankOrComment(bytes, start, end1 + 1)) {
      return spec;
    }
    int end2 = indexOf(bytes, end1 + 1, (byte) '\n');
    return end2 < 0 ? null : codingSpec(bytes, end1 + 1, end2 + 1);
  }

  private static int indexOf(byte[] bytes, int from, byte b) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlankOrComment(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b == '#' || b == '\n' || b == '\r') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /** Returns the name in {@code # ... coding[:=] name} on the line {@code [from, to)}, or null. */
  private static String codingSpec(byte[] bytes, int from, int to) {
    int i = from;
    // CPython stops six bytes before the end of the line (the length of "coding").
    int limit = to - 6;
    for (; i < limit; i++) {
      byte b = bytes[i];
      if (b == '#') {
        break;
      }
      if (b != ' ' && b != '\t' && b != '\f') {
        return null;
      }
    }
    for (; i < limit; i++) {
      if (!matches(bytes, i, "coding")) {
        continue;
      }
      int t = i + 6;
      if (bytes[t] != ':' && bytes[t] != '=') {
        continue;
      }
      do {
        t++;
      } while (t < bytes.length && (bytes[t] == ' ' || bytes[t] == '\t'));
      int begin = t;
      while (t < bytes.length && isNameByte(bytes[t])) {
        t++;
      }
      if (begin < t) {
        return normalName(new String(bytes, begin, t - begin, StandardCharsets.US_ASCII));
      }
    }
    return null;
  }

  private static boolean matches(byte[] bytes, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (at + k >= bytes.length || bytes[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameByte(byte b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '_'
        || b == '.';
  }

  /** Returns CPython's {@code get_normal_name}: UTF-8 and Latin-1 spellings made canonical. */
  private static String normalName(String name) {
    String s = name.length() > 12 ? name.substring(0, 12) : name;
    s = s.toLowerCase(Locale.ROOT).replace('_', '-');
    if (s.equals(UTF_8) || s.startsWith("utf-8-")) {
      return UTF_8;
    }
    if (s.equals("latin-1")
        || s.equals("iso-8859-1")
        || s.equals("iso-latin-1")
        || s.startsWith("latin-1-")
        || s.startsWith("iso-8859-1-")
        || s.startsWith("iso-latin-1-")) {
      return "iso-8859-1";
    }
    return name;
  }

  // ---------------------------------------------------------------------------------------------
  // UTF-8

  /**
   * Decodes UTF-8. CPython checks the bytes only where it decodes a token, so bad bytes inside a
   * comment pass; elsewhere the error names the byte's position within its string or name.
   */
  private static String decodeUtf8(byte[] bytes, int start, String filename) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      SyntaxError error = Utf8Errors.find(bytes, start, filename);
      if (error != null) {
        throw error;
      }
      // Only comments hold bad bytes: their text is never decoded by CPython.
      return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }
  }

  private static String codecMessage(Charset charset, String declared, byte[] bytes, int at) {
    String hex = String.format("0x%02x", bytes[at] & 0xff);
    String name = charset.name();
    if (name.equals("US-ASCII")) {
      return "'ascii' codec can't decode byte " + hex + " in position " + at
          + ": ordinal not in range(128)";
    }
    if (charset.newEncoder().maxBytesPerChar() <= 1) {
      return "'charmap' codec can't decode byte " + hex + " in position " + at
          + ": character maps to <undefined>";
    }
    String codec = declared.toLowerCase(Locale.ROOT).replace('-', '_');
    return "'" + codec + "' codec can't decode byte " + hex + " in position " + at
        + ": illegal multibyte sequence";
  }

  /** Returns an error about the whole file, which CPython reports at line 0 without a column. */
  private static SyntaxError fileError(String msg, String filename) {
    return new SyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null);
  }
}
