package dev.krait.core.stdlib;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The time tuples {@code time.strftime}, {@code asctime} and {@code mktime} read, and
 * {@code strftime} itself with the C library's (glibc's) directives in the C locale.
 */
final class TimeFormat {

  private TimeFormat() {}

  private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday"};
  private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December"};

  /**
   * Returns the nine fields of a time tuple (year, month 1-12, day, hour, minute, second,
   * weekday Monday=0, day of year 1-366, isdst) with CPython's checks ({@code checkRanges}
   * for strftime and asctime, which also take 0 for month, day and day of year).
   */
  static long[] fields(PyObject t, String fname, boolean checkRanges) {
    if (!(t instanceof PyTuple tuple)) {
      throw PyErrors.typeError("Tuple or struct_time argument required");
    }
    if (tuple.size() != 9) {
      throw PyErrors.typeError(fname + "(): illegal time tuple argument");
    }
    long[] f = new long[9];
    for (int i = 0; i < 9; i++) {
      PyObject v = tuple.get(i);
      if (!(v instanceof PyInt)) {
        throw PyErrors.typeError("'" + v.type().name()
            + "' object cannot be interpreted as an integer");
      }
      PyInt n = Abstract.index(v);
      if (n.isBig()) {
        throw PyErrors.overflowError("Python int too large to convert to C long");
      }
      if (n.longValue() != (int) n.longValue()) {
        throw PyErrors.overflowError(n.signum() > 0 ? "signed integer is greater than maximum"
            : "signed integer is less than minimum");
      }
      f[i] = n.longValue();
    }
    // gettmarg keeps the C library's Sunday-based weekday, modulo 7 with C's sign.
    long cday = (f[6] + 1) % 7;
    if (checkRanges) {
      f[1] = check(f[1], 0, 12, 1, "month out of range");
      f[2] = check(f[2], 0, 31, 1, "day of month out of range");
      check(f[3], 0, 23, 0, "hour out of range");
      check(f[4], 0, 59, 0, "minute out of range");
      check(f[5], 0, 61, 0, "seconds out of range");
      if (cday < 0) {
        throw PyErrors.valueError("day of week out of range");
      }
      f[7] = check(f[7], 0, 366, 1, "day of year out of range");
      f[8] = Math.max(-1, Math.min(1, f[8]));
    }
    f[6] = (cday + 6) % 7;
    return f;
  }

  // A field in [lo, hi]; zero (allowed by CPython, as 1 for months and days) becomes zeroAs.
  private static long check(long v, long lo, long hi, long zeroAs, String message) {
    if (v < lo || v > hi) {
      throw PyErrors.valueError(message);
    }
    return v == 0 && zeroAs != 0 ? zeroAs : v;
  }

  /** Returns {@code format} with glibc's directives replaced from the fields {@code t}. */
  static String strftime(String format, long[] t, String zone, long gmtoff) {
    StringBuilder out = new StringBuilder();
    int n = format.length();
    for (int i = 0; i < n; i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 >= n) {
        out.append(c);
        continue;
      }
      int start = i;
      char flag = 0;
      i++;
      while (i < n && "-_0^#".indexOf(format.charAt(i)) >= 0) {
        flag = format.charAt(i++);
      }
      int width = -1;
      while (i < n && Character.isDigit(format.charAt(i))) {
        width = Math.max(width, 0) * 10 + (format.charAt(i++) - '0');
      }
      while (i < n && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) {
        i++;
      }
      String s = i < n ? directive(format.charAt(i), t, zone, gmtoff, flag) : null;
      if (s == null) {
        // glibc copies an unknown directive as it is, padded to the width asked for.
        String raw = format.substring(start, Math.min(i + 1, n));
        out.append(" ".repeat(Math.max(0, width - raw.length()))).append(raw);
        continue;
      }
      out.append(pad(s, width, flag));
    }
    return out.toString();
  }

  private static String pad(String s, int width, char flag) {
    if (flag == '^') {
      s = s.toUpperCase(Locale.ROOT);
    }
    if (width <= s.length()) {
      return s;
    }
    boolean numeric = !s.isEmpty() && (Character.isDigit(s.charAt(s.length() - 1)));
    char fill = flag == '_' || !numeric ? ' ' : '0';
    if (flag == '0') {
      fill = '0';
    }
    return String.valueOf(fill).repeat(width - s.length()) + s;
  }

  // One directive's text, or null for one glibc does not know.
  private static String directive(char d, long[] t, String zone, long gmtoff, char flag) {
    int wday = (int) t[6];
    int sunday = (wday + 1) % 7;
    int yday = (int) t[7] - 1;
    long hour12 = t[3] % 12 == 0 ? 12 : t[3] % 12;
    switch (d) {
      case 'a': return DAY_NAMES[wday].substring(0, 3);
      case 'A': return DAY_NAMES[wday];
      case 'b': case 'h': return MONTH_NAMES[(int) t[1] - 1].substring(0, 3);
      case 'B': return MONTH_NAMES[(int) t[1] - 1];
      case 'c': return strftime("%a %b %e %H:%M:%S %Y", t, zone, gmtoff);
      case 'C': return String.valueOf(Math.floorDiv(t[0], 100));
      case 'd': return num(t[2], 2, flag);
      case 'D': case 'x': return strftime("%m/%d/%y", t, zone, gmtoff);
      case 'e': return num(t[2], 2, flag == 0 ? '_' : flag);
      case 'F': return strftime("%Y-%m-%d", t, zone, gmtoff);
      case 'g': return num(Math.floorMod(isoYear(t), 100), 2, flag);
      case 'G': return String.valueOf(isoYear(t));
      case 'H': return num(t[3], 2, flag);
      case 'I': return num(hour12, 2, flag);
      case 'j': return num(t[7], 3, flag);
      case 'k': return num(t[3], 2, flag == 0 ? '_' : flag);
      case 'l': return num(hour12, 2, flag == 0 ? '_' : flag);
      case 'm': return num(t[1], 2, flag);
      case 'M': return num(t[4], 2, flag);
      case 'n': return "\n";
      case 'p': return t[3] < 12 ? "AM" : "PM";
      case 'P': return t[3] < 12 ? "am" : "pm";
      case 'r': return strftime("%I:%M:%S %p", t, zone, gmtoff);
      case 'R': return strftime("%H:%M", t, zone, gmtoff);
      case 's': return String.valueOf(epochSeconds(t) - gmtoff);
      case 'S': return num(t[5], 2, flag);
      case 't': return "\t";
      case 'T': case 'X': return strftime("%H:%M:%S", t, zone, gmtoff);
      case 'u': return String.valueOf(wday + 1);
      case 'U': return num((yday + 7 - sunday) / 7, 2, flag);
      case 'V': return num(isoWeekDays(t) / 7 + 1, 2, flag);
      case 'w': return String.valueOf(sunday);
      case 'W': return num((yday + 7 - wday) / 7, 2, flag);
      case 'y': return num(Math.floorMod(t[0], 100), 2, flag);
      case 'Y': return String.valueOf(t[0]);
      case 'z': {
        long off = Math.abs(gmtoff) / 60;
        return (gmtoff < 0 ? "-" : "+") + String.format("%02d%02d", off / 60, off % 60);
      }
      case 'Z': return flag == '#' ? zone.toLowerCase(Locale.ROOT) : zone;
      case '%': return "%";
      default: return null;
    }
  }

  private static String num(long v, int digits, char flag) {
    String s = String.valueOf(Math.abs(v));
    if (flag != '-' && s.length() < digits) {
      s = String.valueOf(flag == '_' ? ' ' : '0').repeat(digits - s.length()) + s;
    }
    return v < 0 ? "-" + s : s;
  }

  private static long epochSeconds(long[] t) {
    return LocalDateTime.of((int) t[0], 1, 1, 0, 0).plusMonths(t[1] - 1).plusDays(t[2] - 1)
        .plusHours(t[3]).plusMinutes(t[4]).plusSeconds(t[5]).toEpochSecond(ZoneOffset.UTC);
  }

  // glibc's iso_week_days: days since the Monday of ISO week 1 of the tuple's year.
  private static int isoWeekDays(int yday, int sunday) {
    int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
    return yday - (yday - sunday + 4 + bigEnoughMultipleOf7) % 7 + 3;
  }

  private static int isoWeekDays(long[] t) {
    return isoWeek(t)[1];
  }

  private static long isoYear(long[] t) {
    return isoWeek(t)[0];
  }

  // The ISO year and the days into its week 1, as glibc computes them for %G, %g and %V.
  private static int[] isoWeek(long[] t) {
    int year = (int) t[0];
    int yday = (int) t[7] - 1;
    int sunday = (int) ((t[6] + 1) % 7);
    int days = isoWeekDays(yday, sunday);
    if (days < 0) {
      year--;
      days = isoWeekDays(yday + 365 + (leap(year) ? 1 : 0), sunday);
    } else {
      int next = isoWeekDays(yday - 365 - (leap(year) ? 1 : 0), sunday);
      if (next >= 0) {
        year++;
        days = next;
      }
    }
    return new int[] {year, days};
  }

  private static boolean leap(int y) {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  }
}
