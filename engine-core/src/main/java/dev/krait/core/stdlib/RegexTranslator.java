package dev.krait.core.stdlib;

import dev.krait.core.runtime.PyErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a Python regular expression (CPython 3.11's {@code sre_parse} syntax and errors) and
 * writes the {@code java.util.regex} pattern that matches exactly the same strings.
 *
 * <p>Nothing is left to Java's own reading of a construct whose meaning differs: every literal
 * is written as {@code \x{h}}; {@code .}, {@code ^}, {@code $}, {@code \Z}, {@code \b},
 * {@code \w}, {@code \d}, {@code \s} become explicit classes and lookarounds; named groups
 * become numbered ones (the names stay here); verbose mode is applied here. Only the
 * {@code i} flag reaches Java.
 *
 * <p>Java has no conditional group {@code (?(1)yes|no)}. For one, the group it tests gets an
 * empty "marker" group just before its closing parenthesis, which has taken part in the match
 * exactly when the group has; {@code (?=\m)yes|(?!\m)no} then tests it, since a backreference
 * to a group that did not take part fails. Markers shift Java's group numbers, so group
 * references are written as placeholders and numbered at the end, and the result maps each
 * Python group to its Java group.
 */
final class RegexTranslator {

  // Python's flag values (re.IGNORECASE, ...).
  static final int IGNORECASE = 2;
  static final int LOCALE = 4;
  static final int MULTILINE = 8;
  static final int DOTALL = 16;
  static final int UNICODE = 32;
  static final int VERBOSE = 64;
  static final int ASCII = 256;

  private static final int UNBOUNDED = Integer.MAX_VALUE;
  private static final int MAX_REPEAT = 0xFFFFFFFF >>> 2;

  /** A syntax error in the pattern: CPython's message and the code point index it points at. */
  static final class Error extends Exception {
    final int pos;

    Error(String message, int pos) {
      super(message, null, false, false);
      this.pos = pos;
    }
  }

  private final int[] p;
  private int pos;
  private int flags;
  private final boolean isBytes;
  private final StringBuilder out = new StringBuilder();
  private int groups;
  // Java's capturing groups so far: the Python groups and the markers (see the class comment).
  private int javaGroups;
  private final List<Integer> javaGroupOf = new ArrayList<>();
  private final Map<Integer, Integer> markerOf = new java.util.HashMap<>();
  private final Set<Integer> markedGroups;
  // The groups conditionals test, with the position of the reference for the error.
  private final Map<Integer, Integer> conditionRefs = new LinkedHashMap<>();
  private final Map<String, Integer> names = new LinkedHashMap<>();
  private final Set<Integer> openGroups = new HashSet<>();
  // Inside a look-behind: the number of groups before it; else -1.
  private int lookbehindGroups = -1;
  // The group each group is nested in (0: none), by group number - 1.
  private final List<Integer> parents = new ArrayList<>();
  private int innermost;

  private RegexTranslator(String pattern, int flags, boolean isBytes, Set<Integer> marked) {
    this.p = pattern.codePoints().toArray();
    this.flags = flags;
    this.isBytes = isBytes;
    this.markedGroups = marked;
  }

  // Placeholders for group numbers in Java's pattern: GROUP n END, MARKER n END.
  private static final char GROUP = '\u0001';
  private static final char MARKER = '\u0002';
  private static final char END = '\u0003';

  /** The translation of one pattern. */
  record Result(
      String javaPattern, int flags, int groups, Map<String, Integer> groupIndex,
      List<Integer> parents, List<Integer> javaGroups) {}

  /**
   * Translates {@code pattern} compiled with the Python {@code flags}. Returns the Java source,
   * the pattern's flags after its global inline flags ({@code UNICODE} added for a str pattern
   * without {@code ASCII}), the number of groups, the group names and each group's enclosing
   * group (which {@code Match.lastindex} needs), and the Java group of each Python group.
   */
  static Result translate(String pattern, int flags, boolean isBytes) throws Error {
    if (!isBytes && (flags & LOCALE) != 0) {
      throw PyErrors.valueError("cannot use LOCALE flag with a str pattern");
    }
    if ((flags & ASCII) != 0 && (flags & LOCALE) != 0) {
      throw PyErrors.valueError("ASCII and LOCALE flags are incompatible");
    }
    if (isBytes && (flags & UNICODE) != 0) {
      throw PyErrors.valueError("cannot use UNICODE flag with a bytes pattern");
    }
    RegexTranslator t = parse(pattern, flags, isBytes, Set.of());
    if (!t.conditionRefs.isEmpty()) {
      // Now that the tested groups are known, parse again to give them markers.
      t = parse(pattern, flags, isBytes, t.conditionRefs.keySet());
    }
    int result = t.flags;
    if (!isBytes && (result & ASCII) == 0) {
      result |= UNICODE;
    }
    if ((result & ASCII) != 0 && (result & UNICODE) != 0 && (flags & UNICODE) == 0) {
      result &= ~UNICODE;
    }
    if ((result & ASCII) != 0 && (result & UNICODE) != 0) {
      throw PyErrors.valueError("ASCII and UNICODE flags are incompatible");
    }
    String prefix = (result & IGNORECASE) != 0 ? (t.unicode(result) ? "(?iu)" : "(?i)") : "";
    return new Result(prefix + t.numbered(), result, t.groups, t.names, t.parents,
        t.javaGroupOf);
  }

  private static RegexTranslator parse(
      String pattern, int flags, boolean isBytes, Set<Integer> marked) throws Error {
    RegexTranslator t = new RegexTranslator(pattern, flags, isBytes, marked);
    t.alternation();
    if (t.pos < t.p.length) {
      // Only an unmatched ')' stops the top level early.
      throw new Error("unbalanced parenthesis", t.pos);
    }
    for (Map.Entry<Integer, Integer> ref : t.conditionRefs.entrySet()) {
      if (ref.getKey() > t.groups) {
        throw new Error("invalid group reference " + ref.getKey(), ref.getValue());
      }
    }
    return t;
  }

  /** Returns the output with the group placeholders replaced by Java's group numbers. */
  private String numbered() {
    StringBuilder result = new StringBuilder(out.length());
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == GROUP || c == MARKER) {
        int end = out.indexOf(String.valueOf(END), i);
        int group = Integer.parseInt(out.substring(i + 1, end));
        result.append(c == GROUP ? javaGroupOf.get(group - 1) : markerOf.get(group));
        i = end;
      } else {
        result.append(c);
      }
    }
    return result.toString();
  }

  /** CPython's checks of a group that a reference or a conditional inside a look-behind uses. */
  private void checkLookbehindGroup(int group) throws Error {
    if (lookbehindGroups < 0) {
      return;
    }
    if (openGroups.contains(group)) {
      throw new Error("cannot refer to an open group", pos);
    }
    if (group > lookbehindGroups) {
      throw new Error("cannot refer to group defined in the same lookbehind subpattern", pos);
    }
  }

  private void groupReference(int group) throws Error {
    checkLookbehindGroup(group);
    if (lookbehindGroups >= 0) {
      // CPython allows it when the group has a fixed width; Java cannot bound the look-behind.
      throw PyErrors.make(PyErrors.NOT_IMPLEMENTED_ERROR,
          "re: a group reference inside a look-behind is not implemented in Krait yet");
    }
    out.append("(?:\\").append(GROUP).append(group).append(END).append(')');
  }

  private boolean unicode(int f) {
    return !isBytes && (f & ASCII) == 0;
  }

  private boolean more() {
    return pos < p.length;
  }

  private int peek() {
    return pos < p.length ? p[pos] : -1;
  }

  private boolean match(int c) {
    if (pos < p.length && p[pos] == c) {
      pos++;
      return true;
    }
    return false;
  }

  // alternation: sequence ('|' sequence)*; returns the width [min, max]
  private int[] alternation() throws Error {
    int[] width = sequence();
    while (match('|')) {
      out.append('|');
      int[] w = sequence();
      width = new int[] {Math.min(width[0], w[0]), Math.max(width[1], w[1])};
    }
    return width;
  }

  private void skipVerbose() {
    while ((flags & VERBOSE) != 0 && more()) {
      int c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f') {
        pos++;
      } else if (c == '#') {
        while (more() && peek() != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  // sequence: (atom quantifier*)*, up to '|' or ')' or the end
  private int[] sequence() throws Error {
    long min = 0;
    long max = 0;
    int itemStart = -1;
    int[] itemWidth = null;
    boolean itemRepeatable = false;
    boolean itemRepeated = false;
    while (true) {
      skipVerbose();
      if (!more() || peek() == '|' || peek() == ')') {
        break;
      }
      int start = pos;
      int c = peek();
      if (c == '*' || c == '+' || c == '?' || (c == '{' && isRepeat())) {
        if (itemStart < 0 || !itemRepeatable) {
          throw new Error("nothing to repeat", start);
        }
        if (itemRepeated) {
          throw new Error("multiple repeat", start);
        }
        int[] bounds = repeat();
        min -= itemWidth[0];
        max = max == UNBOUNDED || itemWidth[1] == UNBOUNDED ? UNBOUNDED : max - itemWidth[1];
        itemWidth = new int[] {
            (int) Math.min((long) itemWidth[0] * bounds[0], UNBOUNDED),
            bounds[1] == UNBOUNDED || itemWidth[1] == UNBOUNDED
                ? (itemWidth[1] == 0 ? 0 : UNBOUNDED)
                : (int) Math.min((long) itemWidth[1] * bounds[1], UNBOUNDED)};
        appendRepeat(bounds);
        if (match('?')) {
          out.append('?');
        } else if (match('+')) {
          out.append('+');
        }
        itemRepeated = true;
      } else {
        int[] repeatable = {1};
        int at = out.length();
        int[] width = atom(repeatable);
        if (width == null) {
          // A comment or global flags: the previous item stays the one a quantifier repeats.
          continue;
        }
        itemStart = at;
        itemRepeated = false;
        itemWidth = width;
        itemRepeatable = repeatable[0] == 1;
      }
      min = Math.min(min + itemWidth[0], UNBOUNDED);
      max = max == UNBOUNDED || itemWidth[1] == UNBOUNDED ? UNBOUNDED
          : Math.min(max + itemWidth[1], UNBOUNDED);
    }
    return new int[] {(int) min, (int) max};
  }

  /** Whether the '{' at pos starts a repeat ({m}, {m,}, {,n}, {m,n}) rather than a literal. */
  private boolean isRepeat() {
    int i = pos + 1;
    int digits = 0;
    while (i < p.length && p[i] >= '0' && p[i] <= '9') {
      i++;
      digits++;
    }
    if (i < p.length && p[i] == ',') {
      i++;
      while (i < p.length && p[i] >= '0' && p[i] <= '9') {
        i++;
      }
    } else if (digits == 0) {
      return false;
    }
    return i < p.length && p[i] == '}';
  }

  /** Reads a quantifier at pos; returns [min, max] (max UNBOUNDED for none). */
  private int[] repeat() throws Error {
    int c = p[pos++];
    if (c == '*') {
      return new int[] {0, UNBOUNDED};
    } else if (c == '+') {
      return new int[] {1, UNBOUNDED};
    } else if (c == '?') {
      return new int[] {0, 1};
    }
    int start = pos;
    long lo = 0;
    boolean hasLo = false;
    while (peek() >= '0' && peek() <= '9') {
      lo = Math.min(lo * 10 + (p[pos++] - '0'), 1L << 40);
      hasLo = true;
    }
    long hi;
    if (match(',')) {
      hi = UNBOUNDED;
      boolean hasHi = false;
      long h = 0;
      while (peek() >= '0' && peek() <= '9') {
        h = Math.min(h * 10 + (p[pos++] - '0'), 1L << 40);
        hasHi = true;
      }
      if (hasHi) {
        hi = h;
      }
    } else {
      hi = lo;
    }
    pos++; // '}'
    if (lo >= MAX_REPEAT || (hi != UNBOUNDED && hi >= MAX_REPEAT)) {
      throw PyErrors.overflowError("the repetition number is too large");
    }
    if (hi != UNBOUNDED && hi < lo) {
      throw new Error("min repeat greater than max repeat", start);
    }
    return new int[] {hasLo ? (int) lo : 0, (int) hi};
  }

  private void appendRepeat(int[] bounds) {
    if (bounds[0] == 0 && bounds[1] == UNBOUNDED) {
      out.append('*');
    } else if (bounds[0] == 1 && bounds[1] == UNBOUNDED) {
      out.append('+');
    } else if (bounds[0] == 0 && bounds[1] == 1) {
      out.append('?');
    } else if (bounds[1] == UNBOUNDED) {
      out.append('{').append(bounds[0]).append(",}");
    } else if (bounds[0] == bounds[1]) {
      out.append('{').append(bounds[0]).append('}');
    } else {
      out.append('{').append(bounds[0]).append(',').append(bounds[1]).append('}');
    }
  }

  /**
   * Writes one atom; returns its width, or null when it writes nothing (a comment, global
   * flags). {@code repeatable[0]} is set to 0 for an anchor.
   */
  private int[] atom(int[] repeatable) throws Error {
    int start = pos;
    int c = p[pos++];
    switch (c) {
      case '(':
        return group(start);
      case '[':
        characterClass(start);
        return new int[] {1, 1};
      case '.':
        out.append((flags & DOTALL) != 0 ? "[\\x{0}-\\x{10FFFF}]" : "[^\\n]");
        return new int[] {1, 1};
      case '^':
        repeatable[0] = 0;
        out.append((flags & MULTILINE) != 0 ? "(?:(?<=\\n)|\\A)" : "\\A");
        return new int[] {0, 0};
      case '$':
        repeatable[0] = 0;
        out.append((flags & MULTILINE) != 0 ? "(?=\\n|\\z)" : "(?=\\n?\\z)");
        return new int[] {0, 0};
      case '\\':
        return escape(start, repeatable);
      default:
        literal(c);
        return new int[] {1, 1};
    }
  }

  private void literal(int c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out.append((char) c);
    } else {
      out.append("\\x{").append(Integer.toHexString(c)).append('}');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Groups

  private int[] group(int start) throws Error {
    if (!match('?')) {
      return capture(start, null);
    }
    int c = peek();
    if (c == -1) {
      throw new Error("unexpected end of pattern", pos);
    }
    pos++;
    switch (c) {
      case ':':
        return subpattern(start, "(?:");
      case '>':
        return subpattern(start, "(?>");
      case '=':
        return lookaround(start, "(?=", false);
      case '!':
        return lookaround(start, "(?!", false);
      case '#':
        while (more() && peek() != ')') {
          pos++;
        }
        if (!match(')')) {
          throw new Error("missing ), unterminated comment", start);
        }
        return null;
      case '(':
        return conditional(start);
      case 'P':
        return namedGroup(start);
      case '<': {
        int d = peek();
        if (d == '=' || d == '!') {
          pos++;
          return lookaround(start, d == '=' ? "(?<=" : "(?<!", true);
        }
        if (d == -1) {
          throw new Error("unexpected end of pattern", pos);
        }
        throw new Error("unknown extension ?<" + new String(Character.toChars(d)), start + 1);
      }
      default:
        pos--;
        if (isFlag(c) || c == '-') {
          return flagGroup(start);
        }
        throw new Error("unknown extension ?" + new String(Character.toChars(c)), start + 1);
    }
  }

  private int[] capture(int start, String name) throws Error {
    int number = ++groups;
    if (name != null) {
      Integer previous = names.put(name, number);
      if (previous != null) {
        throw new Error("redefinition of group name " + pyRepr(name) + " as group " + number
            + "; was group " + previous, start + 4);
      }
    }
    openGroups.add(number);
    parents.add(innermost);
    javaGroupOf.add(++javaGroups);
    int enclosing = innermost;
    innermost = number;
    out.append('(');
    int[] width = alternation();
    if (!match(')')) {
      throw new Error("missing ), unterminated subpattern", start);
    }
    if (markedGroups.contains(number)) {
      markerOf.put(number, ++javaGroups);
      out.append("()");
    }
    out.append(')');
    innermost = enclosing;
    openGroups.remove(number);
    return width;
  }

  private int[] subpattern(int start, String open) throws Error {
    out.append(open);
    int[] width = alternation();
    if (!match(')')) {
      throw new Error("missing ), unterminated subpattern", start);
    }
    out.append(')');
    return width;
  }

  // '(?(' (name | number) ')' yes ['|' no] ')'
  private int[] conditional(int start) throws Error {
    int nameStart = pos;
    String name = groupName(")", start, true);
    int group;
    if (isIdentifier(name)) {
      Integer number = names.get(name);
      if (number == null) {
        throw new Error("unknown group name " + pyRepr(name), nameStart);
      }
      group = number;
    } else {
      if (!name.chars().allMatch(c -> c >= '0' && c <= '9') || name.length() > 9) {
        throw new Error("bad character in group name " + pyRepr(name), nameStart);
      }
      group = Integer.parseInt(name);
      if (group == 0) {
        throw new Error("bad group number", nameStart);
      }
    }
    conditionRefs.putIfAbsent(group, nameStart);
    checkLookbehindGroup(group);
    String marker = "\\" + MARKER + group + END;
    out.append("(?:(?=").append(marker).append(')');
    int[] yes = sequence();
    out.append("|(?!").append(marker).append(')');
    int[] no = {0, 0};
    if (match('|')) {
      no = sequence();
      if (peek() == '|') {
        throw new Error("conditional backref with more than two branches", pos);
      }
    }
    if (!match(')')) {
      throw new Error("missing ), unterminated subpattern", start);
    }
    out.append(')');
    return new int[] {Math.min(yes[0], no[0]), Math.max(yes[1], no[1])};
  }

  private int[] lookaround(int start, String open, boolean behind) throws Error {
    int saved = lookbehindGroups;
    if (behind && lookbehindGroups < 0) {
      lookbehindGroups = groups;
    }
    int[] width;
    try {
      width = subpattern(start, open);
    } finally {
      lookbehindGroups = saved;
    }
    if (behind && (width[0] != width[1] || width[1] == UNBOUNDED)) {
      // CPython finds this while compiling, after parsing: the error has no position.
      throw new Error("look-behind requires fixed-width pattern", -1);
    }
    return new int[] {0, 0};
  }

  private int[] namedGroup(int start) throws Error {
    if (match('<')) {
      String name = groupName(">", start);
      return capture(start, name);
    }
    if (match('=')) {
      String name = groupName(")", start);
      Integer number = names.get(name);
      if (number == null) {
        throw new Error("unknown group name " + pyRepr(name), start + 4);
      }
      if (openGroups.contains(number)) {
        throw new Error("cannot refer to an open group", start + 4);
      }
      groupReference(number);
      return new int[] {0, UNBOUNDED};
    }
    if (!more()) {
      throw new Error("unexpected end of pattern", pos);
    }
    throw new Error("unknown extension ?P" + new String(Character.toChars(p[pos])), start + 1);
  }

  private String groupName(String terminator, int start) throws Error {
    return groupName(terminator, start, false);
  }

  private String groupName(String terminator, int start, boolean anyText) throws Error {
    int nameStart = pos;
    while (more() && p[pos] != terminator.charAt(0)) {
      pos++;
    }
    if (!more()) {
      throw nameStart == pos ? new Error("missing group name", pos)
          : new Error("missing " + terminator + ", unterminated name", nameStart);
    }
    String name = new String(p, nameStart, pos - nameStart);
    pos++;
    if (name.isEmpty()) {
      throw new Error("missing group name", nameStart);
    }
    if (!anyText && !isIdentifier(name)) {
      throw new Error("bad character in group name " + pyRepr(name), nameStart);
    }
    return name;
  }

  static boolean isIdentifier(String name) {
    int first = name.codePointAt(0);
    if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
      return false;
    }
    return name.codePoints().skip(1).allMatch(
        c -> c == '_' || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
  }

  private static boolean isFlag(int c) {
    return c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'u' || c == 'x';
  }

  private static int flagValue(int c) {
    switch (c) {
      case 'a': return ASCII;
      case 'i': return IGNORECASE;
      case 'L': return LOCALE;
      case 'm': return MULTILINE;
      case 's': return DOTALL;
      case 'u': return UNICODE;
      default: return VERBOSE;
    }
  }

  // '(?' flags ')' (global, at the start only) or '(?' flags ['-' flags] ':' ... ')' (scoped)
  private int[] flagGroup(int start) throws Error {
    int add = 0;
    int remove = 0;
    int c = p[pos++];
    if (c != '-') {
      while (true) {
        if (!isBytes && c == 'L') {
          throw new Error("bad inline flags: cannot use 'L' flag with a str pattern", pos);
        }
        if (isBytes && c == 'u') {
          throw new Error("bad inline flags: cannot use 'u' flag with a bytes pattern", pos);
        }
        add |= flagValue(c);
        if (Integer.bitCount(add & (ASCII | LOCALE | UNICODE)) > 1) {
          throw new Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos);
        }
        if (!more()) {
          throw new Error("missing -, : or )", pos);
        }
        c = p[pos++];
        if (c == ')' || c == '-' || c == ':') {
          break;
        }
        if (!isFlag(c)) {
          throw new Error(Character.isLetter(c) ? "unknown flag" : "missing -, : or )", pos - 1);
        }
      }
    }
    if (c == ')') {
      if (start != 0 && !onlyGlobalFlagsBefore(start)) {
        throw new Error("global flags not at the start of the expression", start);
      }
      flags |= add;
      return null;
    }
    if (c == '-') {
      if (!more()) {
        throw new Error("missing flag", pos);
      }
      c = p[pos++];
      if (!isFlag(c)) {
        throw new Error(Character.isLetter(c) ? "unknown flag" : "missing flag", pos - 1);
      }
      while (true) {
        if (c == 'a' || c == 'u' || c == 'L') {
          throw new Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos);
        }
        remove |= flagValue(c);
        if (!more()) {
          throw new Error("missing :", pos);
        }
        c = p[pos++];
        if (c == ':') {
          break;
        }
        if (!isFlag(c)) {
          throw new Error(Character.isLetter(c) ? "unknown flag" : "missing :", pos - 1);
        }
      }
    }
    if ((add & remove) != 0) {
      throw new Error("bad inline flags: flag turned on and off", pos);
    }
    return scopedFlags(start, add, remove);
  }

  private boolean onlyGlobalFlagsBefore(int start) {
    // CPython accepts a run of global flag groups at the very start: (?i)(?m)...
    int i = 0;
    while (i < start) {
      if (p[i] != '(' || i + 1 >= p.length || p[i + 1] != '?') {
        return false;
      }
      i += 2;
      while (i < p.length && isFlag(p[i])) {
        i++;
      }
      if (i >= p.length || p[i] != ')') {
        return false;
      }
      i++;
    }
    return true;
  }

  private int[] scopedFlags(int start, int add, int remove) throws Error {
    int saved = flags;
    flags = (flags | add) & ~remove;
    if ((add & ASCII) != 0) {
      flags &= ~UNICODE;
    }
    boolean caseless = (flags & IGNORECASE) != 0;
    String open = caseless == ((saved & IGNORECASE) != 0) ? "(?:"
        : caseless ? (unicode(flags) ? "(?iu:" : "(?i:") : "(?-i:";
    try {
      return subpattern(start, open);
    } finally {
      flags = saved;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Escapes and classes

  private String wordClass() {
    return unicode(flags) ? "\\p{L}\\p{N}_" : "a-zA-Z0-9_";
  }

  private String digitClass() {
    return unicode(flags) ? "\\p{Nd}" : "0-9";
  }

  private String spaceClass() {
    // str.isspace() for str patterns; CPython's ASCII set otherwise.
    return unicode(flags)
        ? "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}"
            + "\\x{2029}\\x{202f}\\x{205f}\\x{3000}"
        : "\\x{9}-\\x{d}\\x{20}";
  }

  private int[] escape(int start, int[] repeatable) throws Error {
    if (!more()) {
      throw new Error("bad escape (end of pattern)", start);
    }
    int c = p[pos++];
    switch (c) {
      case 'A':
        repeatable[0] = 0;
        out.append("\\A");
        return new int[] {0, 0};
      case 'Z':
        repeatable[0] = 0;
        out.append("\\z");
        return new int[] {0, 0};
      case 'b':
      case 'B': {
        repeatable[0] = 0;
        String w = "[" + wordClass() + "]";
        out.append(c == 'b'
            ? "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"
            // \B never matches in an empty string.
            : "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + ")(?!\\A\\z))");
        return new int[] {0, 0};
      }
      case 'd':
        out.append('[').append(digitClass()).append(']');
        return new int[] {1, 1};
      case 'D':
        out.append("[^").append(digitClass()).append(']');
        return new int[] {1, 1};
      case 'w':
        out.append('[').append(wordClass()).append(']');
        return new int[] {1, 1};
      case 'W':
        out.append("[^").append(wordClass()).append(']');
        return new int[] {1, 1};
      case 's':
        out.append('[').append(spaceClass()).append(']');
        return new int[] {1, 1};
      case 'S':
        out.append("[^").append(spaceClass()).append(']');
        return new int[] {1, 1};
      default:
        break;
    }
    if (c >= '1' && c <= '9') {
      return backReferenceOrOctal(start, c);
    }
    pos--;
    literal(escapedCharacter(start));
    return new int[] {1, 1};
  }

  private int[] backReferenceOrOctal(int start, int first) throws Error {
    int value = first - '0';
    if (more() && peek() >= '0' && peek() <= '9') {
      int second = p[pos];
      if (first <= '7' && second <= '7' && pos + 1 < p.length && p[pos + 1] >= '0'
          && p[pos + 1] <= '7') {
        int code = (first - '0') * 64 + (second - '0') * 8 + (p[pos + 1] - '0');
        pos += 2;
        if (code > 0377) {
          throw new Error("octal escape value " + new String(p, start, pos - start)
              + " outside of range 0-0o377", start);
        }
        literal(code);
        return new int[] {1, 1};
      }
      value = value * 10 + (second - '0');
      pos++;
    }
    if (value > groups) {
      throw new Error("invalid group reference " + value, start + 1);
    }
    if (openGroups.contains(value)) {
      throw new Error("cannot refer to an open group", start);
    }
    groupReference(value);
    return new int[] {0, UNBOUNDED};
  }

  /**
   * Reads the escape after a backslash at {@code start} that stands for one character (pos is
   * on the character after the backslash); returns its code point.
   */
  private int escapedCharacter(int start) throws Error {
    int c = p[pos++];
    switch (c) {
      case 'a': return 7;
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'v': return 0x0b;
      case '\\': return '\\';
      case 'x': return hexEscape(start, 2);
      case 'u':
        if (!isBytes) {
          return hexEscape(start, 4);
        }
        break;
      case 'U':
        if (!isBytes) {
          int cp = hexEscape(start, 8);
          if (cp > 0x10FFFF) {
            throw new Error("bad escape " + new String(p, start, pos - start), start);
          }
          return cp;
        }
        break;
      case 'N':
        if (!isBytes) {
          return namedEscape(start);
        }
        break;
      case '0': {
        int code = 0;
        for (int i = 0; i < 2 && more() && peek() >= '0' && peek() <= '7'; i++) {
          code = code * 8 + (p[pos++] - '0');
        }
        return code;
      }
      default:
        break;
    }
    if (c < 128 && (Character.isLetterOrDigit(c))) {
      throw new Error("bad escape \\" + (char) c, start);
    }
    return c;
  }

  private int hexEscape(int start, int digits) throws Error {
    int value = 0;
    for (int i = 0; i < digits; i++) {
      int d = more() ? Character.digit(p[pos], 16) : -1;
      if (d < 0 || p[pos] > 127) {
        throw new Error("incomplete escape " + new String(p, start, pos - start), start);
      }
      value = value * 16 + d;
      pos++;
    }
    return value;
  }

  private int namedEscape(int start) throws Error {
    if (!match('{')) {
      throw new Error("missing {", pos);
    }
    int nameStart = pos;
    while (more() && peek() != '}') {
      pos++;
    }
    if (!more()) {
      throw new Error("missing }, unterminated name", nameStart);
    }
    String name = new String(p, nameStart, pos - nameStart);
    pos++;
    try {
      return Character.codePointOf(name);
    } catch (IllegalArgumentException e) {
      throw new Error("undefined character name " + pyRepr(name), start);
    }
  }

  // '[' ['^'] items ']'
  private void characterClass(int start) throws Error {
    StringBuilder items = new StringBuilder();
    boolean negate = match('^');
    boolean first = true;
    while (true) {
      if (!more()) {
        throw new Error("unterminated character set", start);
      }
      int itemStart = pos;
      int c = p[pos++];
      if (c == ']' && !first) {
        break;
      }
      first = false;
      int low;
      if (c == '\\') {
        String category = classEscape();
        if (category != null) {
          items.append(category);
          if (peek() == '-' && pos + 1 < p.length && p[pos + 1] != ']') {
            throw new Error("bad character range " + new String(p, itemStart, pos + 2 - itemStart),
                itemStart);
          }
          continue;
        }
        low = classCharacter(itemStart);
      } else {
        low = c;
      }
      if (peek() == '-' && pos + 1 < p.length && p[pos + 1] != ']') {
        pos++;
        int highStart = pos;
        int d = p[pos++];
        int high;
        if (d == '\\') {
          if (more() && classCategory(peek()) != null) {
            throw new Error("bad character range " + new String(p, itemStart, pos + 1 - itemStart),
                itemStart);
          }
          high = classCharacter(highStart);
        } else {
          high = d;
        }
        if (high < low) {
          throw new Error("bad character range " + new String(p, itemStart, pos - itemStart),
              itemStart);
        }
        appendClassChar(items, low);
        items.append('-');
        appendClassChar(items, high);
      } else {
        appendClassChar(items, low);
      }
    }
    out.append(negate ? "[^" : "[").append(items).append(']');
  }

  private static void appendClassChar(StringBuilder items, int c) {
    items.append("\\x{").append(Integer.toHexString(c)).append('}');
  }

  /** Returns the Java class text of a class escape such as \d at pos (then skipped), or null. */
  private String classEscape() {
    if (!more()) {
      return null;
    }
    String text = classCategory(peek());
    if (text != null) {
      pos++;
    }
    return text;
  }

  private String classCategory(int c) {
    switch (c) {
      case 'd': return digitClass();
      case 'D': return "[^" + digitClass() + "]";
      case 'w': return wordClass();
      case 'W': return "[^" + wordClass() + "]";
      case 's': return spaceClass();
      case 'S': return "[^" + spaceClass() + "]";
      default: return null;
    }
  }

  private int classCharacter(int start) throws Error {
    if (!more()) {
      throw new Error("unterminated character set", start);
    }
    int c = peek();
    if (c == 'b') {
      pos++;
      return '\b';
    }
    if (c >= '1' && c <= '7') {
      // In a class, digits are octal escapes (up to three) and never group references.
      int code = 0;
      int count = 0;
      while (count < 3 && more() && peek() >= '0' && peek() <= '7') {
        code = code * 8 + (p[pos++] - '0');
        count++;
      }
      if (count < 3 && more() && peek() >= '8' && peek() <= '9' || count == 0) {
        throw new Error("bad escape " + new String(p, start, pos + 1 - start), start);
      }
      if (code > 0377) {
        throw new Error("octal escape value " + new String(p, start, pos - start)
            + " outside of range 0-0o377", start);
      }
      return code;
    }
    if (c == '8' || c == '9') {
      throw new Error("bad escape \\" + (char) c, start);
    }
    if (c == 'A' || c == 'Z' || c == 'B') {
      throw new Error("bad escape \\" + (char) c, start);
    }
    return escapedCharacter(start);
  }

  /** Returns Python's repr of a str without quotes in it (group names are identifiers). */
  private static String pyRepr(String s) {
    return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' + s + '"' : "'" + s + "'";
  }
}
