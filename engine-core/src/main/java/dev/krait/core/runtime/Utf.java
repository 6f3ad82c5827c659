package dev.krait.core.runtime;

/** The UTF-8, UTF-16 and UTF-32 decoders, reporting CPython's error ranges and reasons. */
final class Utf {

  private Utf() {}

  static void decodeUtf8(Codecs.Decoder d) {
    byte[] b = d.data;
    int n = b.length;
    StringBuilder out = d.out;
    int i = 0;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        out.append((char) c);
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xbf;
      if (c < 0xc2) {
        i = d.error(i, i + 1, "invalid start byte");
        continue;
      } else if (c < 0xe0) {
        need = 1;
      } else if (c < 0xf0) {
        need = 2;
        if (c == 0xe0) {
          lo = 0xa0;
        } else if (c == 0xed) {
          hi = 0x9f;
        }
      } else if (c < 0xf5) {
        need = 3;
        if (c == 0xf0) {
          lo = 0x90;
        } else if (c == 0xf4) {
          hi = 0x8f;
        }
      } else {
        i = d.error(i, i + 1, "invalid start byte");
        continue;
      }
      int cp = c & (0x3f >> need);
      int bad = 0;
      for (int k = 1; k <= need; k++) {
        if (i + k >= n) {
          bad = -1;
          break;
        }
        int x = b[i + k] & 0xff;
        if (k == 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) {
          bad = k;
          break;
        }
        cp = cp << 6 | (x & 0x3f);
      }
      if (bad == 0) {
        out.appendCodePoint(cp);
        i += need + 1;
      } else if (bad < 0) {
        i = d.error(i, n, "unexpected end of data", surrogate8(b, i), 3);
      } else {
        i = d.error(i, i + bad, "invalid continuation byte", surrogate8(b, i), 3);
      }
    }
  }

  /** Returns the surrogate that an ED A0-BF 80-BF sequence at {@code i} encodes, or -1. */
  private static int surrogate8(byte[] b, int i) {
    if (i + 2 < b.length && (b[i] & 0xff) == 0xed && (b[i + 1] & 0xe0) == 0xa0
        && (b[i + 2] & 0xc0) == 0x80) {
      return 0xd000 | (b[i + 1] & 0x3f) << 6 | (b[i + 2] & 0x3f);
    }
    return -1;
  }

  /** Decodes UTF-16; {@code order} is 0 (BOM or little-endian), 1 (LE) or 2 (BE). */
  static void decodeUtf16(Codecs.Decoder d, int order) {
    byte[] b = d.data;
    int n = b.length;
    int i = 0;
    boolean be = order == 2;
    if (order == 0 && n >= 2) {
      if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
        i = 2;
      } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
        i = 2;
        be = true;
      }
    }
    if (order == 0) {
      d.codec = be ? "utf-16-be" : "utf-16-le";
    }
    while (i < n) {
      if (i + 1 >= n) {
        i = d.error(i, n, "truncated data");
        continue;
      }
      int u = unit(b, i, be);
      if (u < 0xd800 || u > 0xdfff) {
        d.out.append((char) u);
        i += 2;
      } else if (u >= 0xdc00) {
        i = d.error(i, i + 2, "illegal encoding", u, 2);
      } else if (i + 3 >= n) {
        i = d.error(i, n, "unexpected end of data", u, 2);
      } else {
        int u2 = unit(b, i + 2, be);
        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
          d.out.append((char) u).append((char) u2);
          i += 4;
        } else {
          i = d.error(i, i + 2, "illegal UTF-16 surrogate", u, 2);
        }
      }
    }
  }

  private static int unit(byte[] b, int i, boolean be) {
    return be ? (b[i] & 0xff) << 8 | (b[i + 1] & 0xff) : (b[i + 1] & 0xff) << 8 | (b[i] & 0xff);
  }

  /** Decodes UTF-32; {@code order} is 0 (BOM or little-endian), 1 (LE) or 2 (BE). */
  static void decodeUtf32(Codecs.Decoder d, int order) {
    byte[] b = d.data;
    int n = b.length;
    int i = 0;
    boolean be = order == 2;
    if (order == 0 && n >= 4) {
      if (quad(b, 0, false) == 0xfeff) {
        i = 4;
      } else if (quad(b, 0, true) == 0xfeff) {
        i = 4;
        be = true;
      }
    }
    if (order == 0) {
      d.codec = be ? "utf-32-be" : "utf-32-le";
    }
    while (i < n) {
      if (i + 3 >= n) {
        i = d.error(i, n, "truncated data");
        continue;
      }
      long cp = quad(b, i, be);
      if (cp > 0x10ffff) {
        i = d.error(i, i + 4, "code point not in range(0x110000)");
      } else if (cp >= 0xd800 && cp <= 0xdfff) {
        i = d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)",
            (int) cp, 4);
      } else {
        d.out.appendCodePoint((int) cp);
        i += 4;
      }
    }
  }

  private static long quad(byte[] b, int i, boolean be) {
    long v = 0;
    for (int k = 0; k < 4; k++) {
      v = v << 8 | (b[be ? i + k : i + 3 - k] & 0xff);
    }
    return v;
  }
}
