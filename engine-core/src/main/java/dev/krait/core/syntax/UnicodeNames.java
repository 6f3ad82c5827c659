package dev.krait.core.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Finds the code point of a Unicode character name, as a {@code \N{...}} escape does. */
final class UnicodeNames {

  private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
  private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";

  // The short names of the Hangul jamo that make up a syllable's algorithmic name.
  private static final String[] LEADS = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H"
  };
  private static final String[] VOWELS = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I"
  };
  private static final String[] TRAILS = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"
  };

  private UnicodeNames() {}

  /** Returns the code point named {@code name} (any letter case), or -1 if there is none. */
  static int lookup(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.startsWith(CJK_PREFIX)) {
      return cjkIdeograph(name.substring(CJK_PREFIX.length()));
    }
    if (upper.startsWith(HANGUL_PREFIX)) {
      return hangulSyllable(upper.substring(HANGUL_PREFIX.length()));
    }
    Integer alias = Aliases.TABLE.get(upper);
    if (alias != null) {
      return alias;
    }
    // Java trims the name and invents names for unnamed code points; Python does neither.
    if (!upper.equals(upper.strip())) {
      return -1;
    }
    int codePoint;
    try {
      codePoint = Character.codePointOf(upper);
    } catch (IllegalArgumentException notFound) {
      return -1;
    }
    String real = Character.getName(codePoint);
    return upper.equals(real) && !isInventedName(codePoint, real) ? codePoint : -1;
  }

  private static boolean isInventedName(int codePoint, String name) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return block != null
        && name.equals(
            block.toString().replace('_', ' ')
                + " "
                + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT));
  }

  private static int cjkIdeograph(String hex) {
    // As CPython: four or five upper-case hex digits naming a unified ideograph.
    if (hex.length() != 4 && hex.length() != 5) {
      return -1;
    }
    int codePoint = 0;
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) {
        return -1;
      }
      codePoint = codePoint * 16 + digit;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    boolean unified =
        block != null
            && block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS")
            && Character.isIdeographic(codePoint);
    return unified ? codePoint : -1;
  }

  private static int hangulSyllable(String jamo) {
    int[] position = {0};
    int lead = longestPrefix(jamo, position, LEADS);
    int vowel = longestPrefix(jamo, position, VOWELS);
    int trail = longestPrefix(jamo, position, TRAILS);
    if (lead < 0 || vowel < 0 || trail < 0 || position[0] != jamo.length()) {
      return -1;
    }
    return 0xAC00 + (lead * VOWELS.length + vowel) * TRAILS.length + trail;
  }

  private static int longestPrefix(String s, int[] position, String[] names) {
    int best = -1;
    for (int i = 0; i < names.length; i++) {
      if (s.startsWith(names[i], position[0])
          && (best < 0 || names[i].length() > names[best].length())) {
        best = i;
      }
    }
    if (best >= 0) {
      position[0] += names[best].length();
    }
    return best;
  }

  /** The name aliases, loaded on first use: most programs never spell one. */
  private static final class Aliases {
    static final Map<String, Integer> TABLE = load();

    private static Map<String, Integer> load() {
      Map<String, Integer> table = new HashMap<>();
      try (InputStream in = UnicodeNames.class.getResourceAsStream("name-aliases.txt");
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          int semicolon = line.indexOf(';');
          if (!line.startsWith("#") && semicolon > 0) {
            int codePoint = Integer.parseInt(line.substring(semicolon + 1), 16);
            table.put(line.substring(0, semicolon), codePoint);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return table;
    }
  }
}
