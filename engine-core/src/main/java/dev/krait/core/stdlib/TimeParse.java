package dev.krait.core.stdlib;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code time.strptime} as CPython's {@code _strptime} in the C locale: the format becomes a
 * regular expression from the same pieces (so the same strings match the same way, case
 * insensitively), then the fields are combined with its rules and error messages.
 */
final class TimeParse {

  private TimeParse() {}

  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December"};

  private static final Map<Character, String> NUMERIC = Map.ofEntries(
      Map.entry('d', "3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]"),
      Map.entry('f', "[0-9]{1,6}"),
      Map.entry('H', "2[0-3]|[0-1]\\d|\\d"),
      Map.entry('I', "1[0-2]|0[1-9]|[1-9]"),
      Map.entry('G', "\\d\\d\\d\\d"),
      Map.entry('j', "36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]"),
      Map.entry('m', "1[0-2]|0[1-9]|[1-9]"),
      Map.entry('M', "[0-5]\\d|\\d"),
      Map.entry('S', "6[0-1]|[0-5]\\d|\\d"),
      Map.entry('U', "5[0-3]|[0-4]\\d|\\d"),
      Map.entry('W', "5[0-3]|[0-4]\\d|\\d"),
      Map.entry('w', "[0-6]"),
      Map.entry('u', "[1-7]"),
      Map.entry('V', "5[0-3]|0[1-9]|[1-4]\\d|\\d"),
      Map.entry('y', "\\d\\d"),
      Map.entry('Y', "\\d\\d\\d\\d"),
      Map.entry('z', "[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z)"));

  // Alternatives longest first, as _strptime's __seqToRE.
  private static String alternatives(char name, String... words) {
    String[] sorted = words.clone();
    Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder("(?<").append(group(name)).append('>');
    for (int i = 0; i < sorted.length; i++) {
      b.append(i > 0 ? "|" : "").append(Pattern.quote(sorted[i].toLowerCase(Locale.ROOT)));
    }
    return b.append(')').toString();
  }

  // Java group names are letters and digits: 'd' as "gd", 'D' as "gD".
  private static String group(char directive) {
    return "g" + directive;
  }

  private static String[] abbreviations(String[] names) {
    return Arrays.stream(names).map(n -> n.substring(0, 3)).toArray(String[]::new);
  }

  // The regular expression of one directive, or null for one _strptime does not know.
  private static String directive(char d, String[] zones) {
    String numeric = NUMERIC.get(d);
    if (numeric != null) {
      return "(?<" + group(d) + ">" + numeric + ")";
    }
    switch (d) {
      case 'A': return alternatives('A', DAYS);
      case 'a': return alternatives('a', abbreviations(DAYS));
      case 'B': return alternatives('B', MONTHS);
      case 'b': return alternatives('b', abbreviations(MONTHS));
      case 'p': return alternatives('p', "AM", "PM");
      case 'Z': return zones.length == 0 ? "" : alternatives('Z', zones);
      case '%': return "%";
      default: return null;
    }
  }

  private static String expand(char d) {
    switch (d) {
      case 'c': return "%a %b %d %H:%M:%S %Y";
      case 'x': return "%m/%d/%y";
      case 'X': return "%H:%M:%S";
      default: return null;
    }
  }

  // The format as a regular expression: literal text quoted, whitespace runs as \s+.
  private static String pattern(String format, String[] zones) {
    StringBuilder b = new StringBuilder();
    int n = format.length();
    for (int i = 0; i < n; i++) {
      char c = format.charAt(i);
      if (Character.isWhitespace(c)) {
        while (i + 1 < n && Character.isWhitespace(format.charAt(i + 1))) {
          i++;
        }
        b.append("\\s+");
      } else if (c != '%') {
        b.append(Pattern.quote(String.valueOf(c)));
      } else if (i + 1 >= n) {
        throw PyErrors.valueError("stray % in format '" + format + "'");
      } else {
        char d = format.charAt(++i);
        String expansion = expand(d);
        String re = expansion != null ? pattern(expansion, zones) : directive(d, zones);
        if (re == null) {
          // _strptime escapes regex syntax first, so '%.' names the directive '\\' -> '%'.
          String bad = "\\.^$*+?(){}[]|".indexOf(d) >= 0 ? "%" : String.valueOf(d);
          throw PyErrors.valueError("'" + bad + "' is a bad directive in format '" + format
              + "'");
        }
        b.append(re);
      }
    }
    return b.toString();
  }

  /** Returns {@code time.strptime(string, format)} as a struct_time. */
  static PyObject strptime(String string, String format, String[] zoneNames, String[] tzname,
      boolean daylight) {
    Pattern p;
    try {
      p = Pattern.compile(pattern(format, zoneNames),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    } catch (PatternSyntaxException e) {
      throw PyErrors.valueError("a directive is repeated in format '" + format + "'");
    }
    Matcher m = p.matcher(string);
    if (!m.lookingAt()) {
      throw PyErrors.valueError("time data " + Abstract.repr(PyStr.of(string)).value()
          + " does not match format " + Abstract.repr(PyStr.of(format)).value());
    }
    if (m.end() != string.length()) {
      throw PyErrors.valueError("unconverted data remains: " + string.substring(m.end()));
    }
    return new Fields(m).build(tzname, daylight);
  }

  /** The values one match found, combined as _strptime does. */
  private static final class Fields {
    private final Matcher m;

    Fields(Matcher m) {
      this.m = m;
    }

    // The text a directive matched, or null where the format has no such directive.
    private String get(char d) {
      try {
        return m.group(group(d));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private static int index(String[] names, String value) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equalsIgnoreCase(value)) {
          return i;
        }
      }
      return -1;
    }

    PyObject build(String[] tzname, boolean daylight) {
      Integer year = null;
      int month = 1;
      int day = 1;
      int hour = 0;
      int minute = 0;
      int second = 0;
      int tz = -1;
      Integer gmtoff = null;
      Integer isoYear = null;
      Integer isoWeek = null;
      Integer weekOfYear = null;
      boolean weekStartsMonday = false;
      Integer weekday = null;
      Integer julian = null;
      String v;
      if ((v = get('y')) != null) {
        int y = Integer.parseInt(v);
        year = y <= 68 ? y + 2000 : y + 1900;
      }
      if ((v = get('Y')) != null) {
        year = Integer.parseInt(v);
      }
      if ((v = get('G')) != null) {
        isoYear = Integer.parseInt(v);
      }
      if ((v = get('m')) != null) {
        month = Integer.parseInt(v);
      }
      if ((v = get('B')) != null) {
        month = index(MONTHS, v) + 1;
      }
      if ((v = get('b')) != null) {
        month = index(abbreviations(MONTHS), v) + 1;
      }
      if ((v = get('d')) != null) {
        day = Integer.parseInt(v.trim());
      }
      if ((v = get('H')) != null) {
        hour = Integer.parseInt(v);
      }
      if ((v = get('I')) != null) {
        hour = Integer.parseInt(v);
        String ampm = get('p') == null ? "" : get('p').toLowerCase(Locale.ROOT);
        if (ampm.isEmpty() || ampm.equals("am")) {
          hour = hour == 12 ? 0 : hour;
        } else if (hour != 12) {
          hour += 12;
        }
      }
      if ((v = get('M')) != null) {
        minute = Integer.parseInt(v);
      }
      if ((v = get('S')) != null) {
        second = Integer.parseInt(v);
      }
      if ((v = get('A')) != null) {
        weekday = index(DAYS, v);
      }
      if ((v = get('a')) != null) {
        weekday = index(abbreviations(DAYS), v);
      }
      if ((v = get('w')) != null) {
        int w = Integer.parseInt(v);
        weekday = w == 0 ? 6 : w - 1;
      }
      if ((v = get('u')) != null) {
        weekday = Integer.parseInt(v) - 1;
      }
      if ((v = get('j')) != null) {
        julian = Integer.parseInt(v);
      }
      if ((v = get('U')) != null) {
        weekOfYear = Integer.parseInt(v);
      }
      if ((v = get('W')) != null) {
        weekOfYear = Integer.parseInt(v);
        weekStartsMonday = true;
      }
      if ((v = get('V')) != null) {
        isoWeek = Integer.parseInt(v);
      }
      if ((v = get('z')) != null) {
        gmtoff = offset(v);
      }
      String zone = get('Z');
      if (zone != null) {
        String z = zone.toLowerCase(Locale.ROOT);
        boolean standard = z.equals("utc") || z.equals("gmt")
            || z.equals(tzname[0].toLowerCase(Locale.ROOT));
        boolean summer = daylight && z.equals(tzname[1].toLowerCase(Locale.ROOT));
        boolean ambiguous = tzname[0].equals(tzname[1]) && daylight
            && !z.equals("utc") && !z.equals("gmt");
        if (!ambiguous) {
          tz = standard ? 0 : summer ? 1 : tz;
        }
      }
      if (year == null && isoYear != null) {
        if (isoWeek == null || weekday == null) {
          throw PyErrors.valueError("ISO year directive '%G' must be used with the ISO week "
              + "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
        }
        if (julian != null) {
          throw PyErrors.valueError("Day of the year directive '%j' is not compatible with "
              + "ISO year directive '%G'. Use '%Y' instead.");
        }
      } else if (weekOfYear == null && isoWeek != null) {
        if (weekday == null) {
          throw PyErrors.valueError("ISO week directive '%V' must be used with the ISO year "
              + "directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
        }
        throw PyErrors.valueError("ISO week directive '%V' is incompatible with the year "
            + "directive '%Y'. Use the ISO year '%G' instead.");
      }
      boolean leapYearFix = false;
      if (year == null && month == 2 && day == 29) {
        year = 1904;
        leapYearFix = true;
      } else if (year == null) {
        year = 1900;
      }
      if (julian == null && weekday != null) {
        if (weekOfYear != null) {
          julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
        } else if (isoYear != null && isoWeek != null) {
          // _calc_julian_from_V: days from January 1 of the ISO year, which may run past it.
          int correction = LocalDate.of(isoYear, 1, 4).getDayOfWeek().getValue() + 3;
          int ordinal = isoWeek * 7 + weekday + 1 - correction;
          year = isoYear;
          if (ordinal < 1) {
            year -= 1;
            ordinal += LocalDate.of(year, 1, 1).lengthOfYear();
          }
          julian = ordinal;
        }
        if (julian != null && julian <= 0) {
          year -= 1;
          julian += LocalDate.of(year, 1, 1).lengthOfYear();
        }
      }
      LocalDate date;
      try {
        date = julian == null ? LocalDate.of(year, month, day)
            : LocalDate.of(year, 1, 1).plusDays(julian - 1);
      } catch (DateTimeException e) {
        throw PyErrors.valueError("day is out of range for month");
      }
      if (julian == null) {
        julian = date.getDayOfYear();
      }
      if (weekday == null) {
        weekday = date.getDayOfWeek().getValue() - 1;
      }
      return StructSeq.of(TimeModule.STRUCT_TIME, PyInt.of(leapYearFix ? 1900 : date.getYear()),
          PyInt.of(date.getMonthValue()), PyInt.of(date.getDayOfMonth()), PyInt.of(hour),
          PyInt.of(minute), PyInt.of(second), PyInt.of(weekday), PyInt.of(julian),
          PyInt.of(tz), zone == null ? PyNone.NONE : PyStr.of(zone),
          gmtoff == null ? PyNone.NONE : PyInt.of(gmtoff));
    }

    // _calc_julian_from_U_or_W.
    private static int julianFromWeek(int year, int week, int weekday, boolean mondayFirst) {
      int firstWeekday = LocalDate.of(year, 1, 1).getDayOfWeek().getValue() - 1;
      if (!mondayFirst) {
        firstWeekday = (firstWeekday + 1) % 7;
        weekday = (weekday + 1) % 7;
      }
      int week0Length = (7 - firstWeekday) % 7;
      if (week == 0) {
        return 1 + weekday - firstWeekday;
      }
      return 1 + week0Length + 7 * (week - 1) + weekday;
    }

    // %z: +HHMM[SS[.ffffff]], with or without colons, or Z.
    private static int offset(String z) {
      if (z.equals("Z") || z.equals("z")) {
        return 0;
      }
      String text = z;
      if (text.charAt(3) == ':') {
        text = text.substring(0, 3) + text.substring(4);
        if (text.length() > 5) {
          if (text.charAt(5) != ':') {
            throw PyErrors.valueError("Inconsistent use of : in " + z);
          }
          text = text.substring(0, 5) + text.substring(6);
        }
      }
      int seconds = Integer.parseInt(text.substring(1, 3)) * 3600
          + Integer.parseInt(text.substring(3, 5)) * 60
          + (text.length() >= 7 ? Integer.parseInt(text.substring(5, 7)) : 0);
      return text.startsWith("-") ? -seconds : seconds;
    }
  }
}
