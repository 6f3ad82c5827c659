package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The {@code _krait_clock} module under the bundled {@code datetime}: the current time and the
 * JVM's default time zone (its offset, name and daylight saving time at an instant), which is
 * what CPython takes from the C library's {@code localtime}.
 */
final class LocalClockModule {

  private LocalClockModule() {}

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("_krait_clock");
    // now_us() -> microseconds since the epoch
    m.function("now_us", (a, k) -> {
      Instant now = Instant.now();
      return PyInt.of(now.getEpochSecond() * 1_000_000L + now.getNano() / 1000);
    });
    // utc_offset(seconds) -> the local UTC offset in seconds at that instant
    m.function("utc_offset", (a, k) -> PyInt.of(
        zone().getRules().getOffset(instant(a[0])).getTotalSeconds()));
    // is_dst(seconds) -> whether daylight saving time is in force locally at that instant
    m.function("is_dst", (a, k) ->
        zone().getRules().isDaylightSavings(instant(a[0])) ? PyBool.TRUE : PyBool.FALSE);
    // zone_name(seconds) -> the local zone's abbreviation at that instant, as %Z shows it
    m.function("zone_name", (a, k) -> {
      boolean dst = zone().getRules().isDaylightSavings(instant(a[0]));
      TimeZone tz = TimeZone.getDefault();
      return PyStr.of(tz.getDisplayName(dst, TimeZone.SHORT, Locale.ROOT));
    });
    return m;
  }

  private static ZoneId zone() {
    return ZoneId.systemDefault();
  }

  private static Instant instant(PyObject seconds) {
    long s = Abstract.index(seconds).longValue();
    // Beyond Instant's range the rules of the nearest representable instant apply.
    long clamped =
        Math.max(Math.min(s, Instant.MAX.getEpochSecond()), Instant.MIN.getEpochSecond());
    return Instant.ofEpochSecond(clamped);
  }
}
