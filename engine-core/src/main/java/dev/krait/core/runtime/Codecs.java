package dev.krait.core.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The text codecs of {@code str.encode} and {@code bytes.decode} (utf-8, ascii, latin-1,
 * utf-16/32 with BOM or byte order, cp1252) with CPython's error handlers and error messages.
 */
public final class Codecs {

  private Codecs() {}

  private static final int UTF8 = 0;
  private static final int ASCII = 1;
  private static final int LATIN1 = 2;
  private static final int UTF16 = 3;
  private static final int UTF16LE = 4;
  private static final int UTF16BE = 5;
  private static final int UTF32 = 6;
  private static final int UTF32LE = 7;
  private static final int UTF32BE = 8;
  private static final int CP1252 = 9;
  private static final int UTF8SIG = 10;

  /** The names that errors report, by codec. */
  private static final String[] NAMES = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
    "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "charmap", "utf-8"};

  /** cp1252's code points for bytes 0x80-0x9f (-1: undefined); other bytes are latin-1. */
  private static final int[] CP1252_HIGH = {0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020,
    0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, -1, 0x17d, -1, -1, 0x2018, 0x2019, 0x201c,
    0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1, 0x17e, 0x178};

  private static final String[] ENCODE_NAMES = {"encoding", "errors"};

  /** Returns {@code str.encode(encoding='utf-8', errors='strict')} for the str method. */
  static PyObject strEncode(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = BytesMethods.keywords("encode", args, kw, ENCODE_NAMES, 0);
    String enc = a[0] == null ? "utf-8" : argString("encode", 1, "encoding", a[0]);
    String err = a[1] == null ? null : argString("encode", 2, "errors", a[1]);
    return PyBytes.wrap(encode((PyStr) self, enc, err));
  }

  /** Returns a str argument's value, raising {@code f() argument 'name' must be str, not X}. */
  static String argString(String fname, int pos, String name, PyObject o) {
    if (!(o instanceof PyStr)) {
      throw PyErrors.typeError(fname + "() argument '" + name + "' must be str, not "
          + o.type().name());
    }
    return ((PyStr) o).value();
  }

  private static int lookup(String encoding) {
    StringBuilder sb = new StringBuilder(encoding.length());
    for (int i = 0; i < encoding.length(); i++) {
      char c = encoding.charAt(i);
      sb.append(c == '_' || c == ' ' ? '-' : Character.toLowerCase(c));
    }
    switch (sb.toString()) {
      case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
        return UTF8;
      case "ascii": case "us-ascii": case "646":
        return ASCII;
      case "latin-1": case "latin1": case "latin": case "l1": case "iso-8859-1": case "iso8859-1":
      case "8859": case "cp819": case "iso-ir-100": case "csisolatin1":
        return LATIN1;
      case "utf-16": case "utf16": case "u16":
        return UTF16;
      case "utf-16-le": case "utf-16le":
        return UTF16LE;
      case "utf-16-be": case "utf-16be":
        return UTF16BE;
      case "utf-32": case "utf32": case "u32":
        return UTF32;
      case "utf-32-le": case "utf-32le":
        return UTF32LE;
      case "utf-32-be": case "utf-32be":
        return UTF32BE;
      case "cp1252": case "windows-1252": case "1252":
        return CP1252;
      case "utf-8-sig":
        return UTF8SIG;
      default:
        throw PyErrors.make(PyErrors.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }
  }

  private static void checkHandler(String errors) {
    switch (errors) {
      case "strict": case "ignore": case "replace": case "backslashreplace":
      case "xmlcharrefreplace": case "namereplace": case "surrogateescape":
      case "surrogatepass":
        return;
      default:
        throw PyErrors.make(PyErrors.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }
  }

  // ---- encoding ----

  /** Returns {@code s.encode(encoding, errors)} (errors null means strict). */
  public static byte[] encode(PyStr s, String encoding, String errors) {
    int codec = lookup(encoding);
    try {
      return encode(s, codec, errors);
    } catch (PyException e) {
      throw wrap(e, "encoding", encoding);
    }
  }

  /**
   * Returns {@code e}, or for a codec that CPython runs through the codec registry (not one of
   * its built-in fast paths), the same type of error naming the codec, as
   * {@code _PyErr_TrySetFromCause} does: {@code encoding with 'cp1252' codec failed (...)}.
   */
  private static PyException wrap(PyException e, String what, String encoding) {
    PyType t = e.value().type();
    if (isFastPath(encoding) || (t != PyErrors.LOOKUP_ERROR && t != PyErrors.TYPE_ERROR)) {
      return e;
    }
    return PyErrors.make(t, what + " with '" + encoding + "' codec failed ("
        + e.value().summary() + ")");
  }

  /** Returns whether CPython encodes or decodes {@code encoding} without the codec registry. */
  private static boolean isFastPath(String encoding) {
    // CPython's _Py_normalize_encoding: lower case, punctuation runs become one underscore.
    StringBuilder sb = new StringBuilder();
    boolean punct = false;
    for (int i = 0; i < encoding.length(); i++) {
      char c = encoding.charAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
        if (punct && sb.length() > 0) {
          sb.append('_');
        }
        punct = false;
        sb.append(Character.toLowerCase(c));
      } else {
        punct = true;
      }
    }
    String n = sb.toString();
    if (n.startsWith("utf")) {
      String rest = n.startsWith("utf_") ? n.substring(4) : n.substring(3);
      return rest.equals("8") || rest.equals("16") || rest.equals("32");
    }
    return n.equals("ascii") || n.equals("us_ascii") || n.equals("latin1") || n.equals("latin_1")
        || n.equals("iso_8859_1") || n.equals("iso8859_1");
  }

  private static byte[] encode(PyStr s, int codec, String errors) {
    // The str's own code points: exact also for a split surrogate pair (see PyStr).
    int[] cps = s.codePoints();
    ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
    if (codec == UTF16) {
      out.write(0xff);
      out.write(0xfe);
    } else if (codec == UTF32) {
      out.write(0xff);
      out.write(0xfe);
      out.write(0);
      out.write(0);
    } else if (codec == UTF8SIG) {
      out.write(0xef);
      out.write(0xbb);
      out.write(0xbf);
      codec = UTF8;
    }
    int i = 0;
    while (i < cps.length) {
      int cp = cps[i];
      if (encodable(codec, cp)) {
        put(out, codec, cp);
        i++;
        continue;
      }
      int j = i + 1;
      // The UTF-16/32 encoders report one character at a time; the others report a run.
      boolean single = codec >= UTF16 && codec <= UTF32BE;
      while (!single && j < cps.length && !encodable(codec, cps[j])) {
        j++;
      }
      encodeError(out, codec, s, cps, i, j, errors == null ? "strict" : errors);
      i = j;
    }
    return out.toByteArray();
  }

  private static boolean encodable(int codec, int cp) {
    switch (codec) {
      case ASCII:
        return cp < 0x80;
      case LATIN1:
        return cp < 0x100;
      case CP1252:
        return cp1252Byte(cp) >= 0;
      default:
        return cp < 0xd800 || cp > 0xdfff;
    }
  }

  private static int cp1252Byte(int cp) {
    if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) {
      return cp;
    }
    for (int k = 0; k < CP1252_HIGH.length; k++) {
      if (CP1252_HIGH[k] == cp) {
        return 0x80 + k;
      }
    }
    return -1;
  }

  /** Writes one encodable code point (or, for surrogatepass, a surrogate) in the codec. */
  private static void put(ByteArrayOutputStream out, int codec, int cp) {
    switch (codec) {
      case UTF8:
        if (cp < 0x80) {
          out.write(cp);
        } else if (cp < 0x800) {
          out.write(0xc0 | cp >> 6);
          out.write(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
          out.write(0xe0 | cp >> 12);
          out.write(0x80 | cp >> 6 & 0x3f);
          out.write(0x80 | cp & 0x3f);
        } else {
          out.write(0xf0 | cp >> 18);
          out.write(0x80 | cp >> 12 & 0x3f);
          out.write(0x80 | cp >> 6 & 0x3f);
          out.write(0x80 | cp & 0x3f);
        }
        return;
      case UTF16:
      case UTF16LE:
      case UTF16BE:
        if (cp >= 0x10000) {
          unit16(out, codec, Character.highSurrogate(cp));
          unit16(out, codec, Character.lowSurrogate(cp));
        } else {
          unit16(out, codec, cp);
        }
        return;
      case UTF32:
      case UTF32LE:
        out.write(cp & 0xff);
        out.write(cp >> 8 & 0xff);
        out.write(cp >> 16 & 0xff);
        out.write(0);
        return;
      case UTF32BE:
        out.write(0);
        out.write(cp >> 16 & 0xff);
        out.write(cp >> 8 & 0xff);
        out.write(cp & 0xff);
        return;
      case CP1252:
        out.write(cp1252Byte(cp));
        return;
      default:
        out.write(cp);
    }
  }

  private static void unit16(ByteArrayOutputStream out, int codec, int u) {
    if (codec == UTF16BE) {
      out.write(u >> 8 & 0xff);
      out.write(u & 0xff);
    } else {
      out.write(u & 0xff);
      out.write(u >> 8 & 0xff);
    }
  }

  private static String reason(int codec) {
    switch (codec) {
      case ASCII:
        return "ordinal not in range(128)";
      case LATIN1:
        return "ordinal not in range(256)";
      case CP1252:
        return "character maps to <undefined>";
      default:
        return "surrogates not allowed";
    }
  }

  private static void encodeError(ByteArrayOutputStream out, int codec, PyStr s, int[] cps,
      int start, int end, String errors) {
    switch (errors) {
      case "strict":
        break;
      case "ignore":
        return;
      case "replace":
        for (int k = start; k < end; k++) {
          put(out, codec, '?');
        }
        return;
      case "backslashreplace":
      case "xmlcharrefreplace":
      case "namereplace":
        for (int k = start; k < end; k++) {
          String r = replacement(errors, cps[k]);
          for (int c = 0; c < r.length(); c++) {
            put(out, codec, r.charAt(c));
          }
        }
        return;
      case "surrogateescape":
        if (codec == CP1252) {
          // The charmap codec runs the generic handler: all of the run, or the error.
          int k = start;
          while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) {
            k++;
          }
          if (k == end) {
            for (k = start; k < end; k++) {
              out.write(cps[k] - 0xdc00);
            }
            return;
          }
        } else if (codec != UTF16 && codec != UTF16LE && codec != UTF16BE && codec != UTF32
            && codec != UTF32LE && codec != UTF32BE) {
          while (start < end && cps[start] >= 0xdc80 && cps[start] <= 0xdcff) {
            out.write(cps[start++] - 0xdc00);
          }
          if (start == end) {
            return;
          }
        }
        break;
      case "surrogatepass":
        if (codec != ASCII && codec != LATIN1 && codec != CP1252) {
          for (int k = start; k < end; k++) {
            put(out, codec, cps[k]);
          }
          return;
        }
        break;
      default:
        checkHandler(errors);
    }
    throw UnicodeErrors.encodeError(NAMES[codec], s, start, end, reason(codec));
  }

  private static String replacement(String errors, int cp) {
    if (errors.equals("xmlcharrefreplace")) {
      return "&#" + cp + ";";
    }
    if (errors.equals("namereplace")) {
      String name = UnicodeNames.name(cp);
      if (name != null) {
        return "\\N{" + name + "}";
      }
    }
    return escape(cp);
  }

  /** Returns {@code \xNN}, {@code \\uNNNN} or {@code \\UNNNNNNNN} for {@code cp}. */
  static String escape(int cp) {
    String hex = Integer.toHexString(cp);
    if (cp < 0x100) {
      return "\\x" + "00".substring(hex.length()) + hex;
    }
    if (cp < 0x10000) {
      return "\\u" + "0000".substring(hex.length()) + hex;
    }
    return "\\U" + "00000000".substring(hex.length()) + hex;
  }

  // ---- decoding ----

  /** Returns {@code data.decode(encoding, errors)} (errors null means strict). */
  public static PyStr decode(byte[] data, String encoding, String errors) {
    int codec = lookup(encoding);
    try {
      return decode(data, codec, errors);
    } catch (PyException e) {
      throw wrap(e, "decoding", encoding);
    }
  }

  private static PyStr decode(byte[] data, int codec, String errors) {
    if (codec == UTF8SIG) {
      // The BOM is dropped before decoding, so error positions count from after it.
      if (data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb
          && (data[2] & 0xff) == 0xbf) {
        data = java.util.Arrays.copyOfRange(data, 3, data.length);
      }
      codec = UTF8;
    }
    Decoder d = new Decoder(data, NAMES[codec], errors == null ? "strict" : errors);
    switch (codec) {
      case UTF8:
        Utf.decodeUtf8(d);
        break;
      case UTF16:
      case UTF16LE:
      case UTF16BE:
        Utf.decodeUtf16(d, codec == UTF16 ? 0 : codec == UTF16LE ? 1 : 2);
        break;
      case UTF32:
      case UTF32LE:
      case UTF32BE:
        Utf.decodeUtf32(d, codec == UTF32 ? 0 : codec == UTF32LE ? 1 : 2);
        break;
      default:
        decodeSingleByte(d, codec);
    }
    return PyStr.of(d.out.toString());
  }

  private static void decodeSingleByte(Decoder d, int codec) {
    byte[] b = d.data;
    int i = 0;
    while (i < b.length) {
      int v = b[i] & 0xff;
      if (codec == LATIN1) {
        d.out.append((char) v);
        i++;
      } else if (codec == ASCII) {
        if (v < 0x80) {
          d.out.append((char) v);
          i++;
        } else {
          i = d.error(i, i + 1, "ordinal not in range(128)");
        }
      } else {
        int cp = v >= 0x80 && v < 0xa0 ? CP1252_HIGH[v - 0x80] : v;
        if (cp >= 0) {
          d.out.appendCodePoint(cp);
          i++;
        } else {
          i = d.error(i, i + 1, "character maps to <undefined>");
        }
      }
    }
  }

  /** The state of one decoding: input, output and the error handler. */
  static final class Decoder {
    final byte[] data;
    /** The codec name errors report; UTF-16/32 with a BOM name the byte order found. */
    String codec;
    final String errors;
    final StringBuilder out;

    Decoder(byte[] data, String codec, String errors) {
      this.data = data;
      this.codec = codec;
      this.errors = errors;
      this.out = new StringBuilder(data.length);
    }

    /**
     * Applies the error handler to the undecodable {@code data[start:end]} and returns the
     * position to continue from; {@code surrogate} is the code unit that surrogatepass may
     * take at {@code start} (-1 if none), spanning {@code surrogateLen} bytes.
     */
    int error(int start, int end, String reason, int surrogate, int surrogateLen) {
      switch (errors) {
        case "strict":
          break;
        case "ignore":
          return end;
        case "replace":
          out.append('\ufffd');
          return end;
        case "backslashreplace":
          for (int k = start; k < end; k++) {
            out.append(escape(data[k] & 0xff));
          }
          return end;
        case "surrogateescape": {
          // Up to four non-ASCII bytes become U+DC80..U+DCFF; decoding resumes after them.
          int k = start;
          while (k < end && k < start + 4 && (data[k] & 0xff) >= 0x80) {
            out.append((char) (0xdc00 + (data[k] & 0xff)));
            k++;
          }
          if (k > start) {
            return k;
          }
          break;
        }
        case "surrogatepass":
          if (surrogate >= 0) {
            out.append((char) surrogate);
            return start + surrogateLen;
          }
          break;
        case "xmlcharrefreplace":
        case "namereplace":
          throw PyErrors.typeError(
              "don't know how to handle UnicodeDecodeError in error callback");
        default:
          checkHandler(errors);
      }
      throw UnicodeErrors.decodeError(codec, data, start, end, reason);
    }

    int error(int start, int end, String reason) {
      return error(start, end, reason, -1, 0);
    }
  }
}
