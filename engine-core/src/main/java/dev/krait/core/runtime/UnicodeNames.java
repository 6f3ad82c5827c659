package dev.krait.core.runtime;

import java.util.Locale;

/** Character names as {@code unicodedata.name} gives them, for the namereplace error handler. */
final class UnicodeNames {

  private UnicodeNames() {}

  private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
    "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
  private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
    "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
  private static final String[] TAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
    "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P",
    "H"};

  /** Returns the name of {@code cp}, or null when it has none (controls, unassigned). */
  static String name(int cp) {
    if (cp >= 0xac00 && cp <= 0xd7a3) {
      int s = cp - 0xac00;
      return "HANGUL SYLLABLE " + LEADS[s / (21 * 28)] + VOWELS[s % (21 * 28) / 28]
          + TAILS[s % 28];
    }
    if (Character.getType(cp) == Character.CONTROL || Character.isSurrogate((char) cp)
        && cp < 0x10000) {
      return null;
    }
    String name = Character.getName(cp);
    if (name == null) {
      return null;
    }
    String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    if (name.endsWith(" " + hex)) {
      // Java names characters without a listed name by block and code point.
      if (name.startsWith("CJK UNIFIED IDEOGRAPHS")) {
        return "CJK UNIFIED IDEOGRAPH-" + hex;
      }
      if (name.startsWith("TANGUT")) {
        return "TANGUT IDEOGRAPH-" + hex;
      }
      return null;
    }
    return name;
  }
}
