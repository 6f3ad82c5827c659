package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code time} module: clocks, {@code sleep}, and conversions between timestamps,
 * {@code struct_time} and text, in the JVM's default time zone as CPython uses the C library's.
 */
final class TimeModule {

  private TimeModule() {}

  static final StructSeq.Kind STRUCT_TIME = StructSeq.constructible("time.struct_time", 9,
      "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
      "tm_isdst", "tm_zone", "tm_gmtoff");

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
    "Aug", "Sep", "Oct", "Nov", "Dec"};
  private static final DateTimeFormatter ZONE_ABBREVIATION =
      DateTimeFormatter.ofPattern("zzz", Locale.US);

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("time");
    m.put("struct_time", STRUCT_TIME.type);
    m.function("time", (a, k) -> {
      noArgs("time", a);
      Instant now = Instant.now();
      return PyFloat.of(now.getEpochSecond() + now.getNano() * 1e-9);
    });
    m.function("time_ns", (a, k) -> {
      noArgs("time_ns", a);
      Instant now = Instant.now();
      return PyInt.of(BigInteger.valueOf(now.getEpochSecond())
          .multiply(BigInteger.valueOf(1_000_000_000L)).add(BigInteger.valueOf(now.getNano())));
    });
    for (String name : new String[] {"monotonic", "perf_counter"}) {
      m.function(name, (a, k) -> {
        noArgs(name, a);
        return PyFloat.of(System.nanoTime() * 1e-9);
      });
      m.function(name + "_ns", (a, k) -> {
        noArgs(name + "_ns", a);
        return PyInt.of(System.nanoTime());
      });
    }
    m.function("process_time", (a, k) -> {
      noArgs("process_time", a);
      return PyFloat.of(processNanos() * 1e-9);
    });
    m.function("process_time_ns", (a, k) -> {
      noArgs("process_time_ns", a);
      return PyInt.of(processNanos());
    });
    m.function("thread_time", (a, k) -> {
      noArgs("thread_time", a);
      return PyFloat.of(threadNanos() * 1e-9);
    });
    m.function("thread_time_ns", (a, k) -> {
      noArgs("thread_time_ns", a);
      return PyInt.of(threadNanos());
    });
    m.function("sleep", (a, k) -> {
      sleep(a);
      return PyNone.NONE;
    });
    m.function("gmtime", (a, k) -> structTime(ZonedDateTime.ofInstant(
        instant("gmtime", a), ZoneOffset.UTC), true));
    m.function("localtime", (a, k) -> structTime(ZonedDateTime.ofInstant(
        instant("localtime", a), ZoneId.systemDefault()), false));
    m.function("mktime", (a, k) -> {
      if (a.length != 1) {
        throw PyErrors.typeError("time.mktime() takes exactly one argument (" + a.length
            + " given)");
      }
      return PyFloat.of(mktime(TimeFormat.fields(a[0], "mktime", false)));
    });
    m.function("asctime", (a, k) -> {
      long[] t = a.length == 0 ? nowFields() : TimeFormat.fields(a[0], "asctime", true);
      return PyStr.of(asctime(t));
    });
    m.function("ctime", (a, k) -> PyStr.of(asctime(fieldsOf(structTime(ZonedDateTime.ofInstant(
        instant("ctime", a), ZoneId.systemDefault()), false)))));
    m.function("strftime", (a, k) -> {
      if (a.length < 1 || a.length > 2) {
        throw PyErrors.typeError(a.length == 0 ? "strftime() takes at least 1 argument (0 given)"
            : "strftime() takes at most 2 arguments (" + a.length + " given)");
      }
      if (!(a[0] instanceof PyStr format)) {
        throw PyErrors.typeError("strftime() argument 1 must be str, not "
            + a[0].type().name());
      }
      PyObject t = a.length == 2 ? a[1] : localNow();
      long[] fields = TimeFormat.fields(t, "strftime", true);
      String zone = t instanceof StructSeq s && s.field(9) instanceof PyStr z ? z.value()
          : tzname(fields[8] > 0);
      long gmtoff = t instanceof StructSeq s && s.field(10) instanceof PyInt g ? g.longValue()
          : -(fields[8] > 0 ? altzone() : timezone());
      return PyStr.of(TimeFormat.strftime(format.value(), fields, zone, gmtoff));
    });
    m.function("strptime", (a, k) -> {
      if (k != null && k.length > 0) {
        throw PyErrors.typeError("strptime() takes no keyword arguments");
      }
      if (a.length < 1 || a.length > 2) {
        // time.strptime calls _strptime._strptime_time in CPython, whose errors these are.
        throw PyErrors.typeError(a.length == 0
            ? "_strptime_time() missing 1 required positional argument: 'data_string'"
            : "_strptime_time() takes from 1 to 2 positional arguments but " + a.length
                + " were given");
      }
      PyObject format = a.length == 2 ? a[1] : PyStr.of("%a %b %d %H:%M:%S %Y");
      for (int i = 0; i < 2; i++) {
        PyObject arg = i == 0 ? a[0] : format;
        if (!(arg instanceof PyStr)) {
          throw PyErrors.typeError("strptime() argument " + i + " must be str, not "
              + Abstract.repr(arg.type()).value());
        }
      }
      boolean daylight = timezone() != altzone();
      String[] tzname = {tzname(false), tzname(true)};
      Set<String> zones = new LinkedHashSet<>(List.of("utc", "gmt",
          tzname[0].toLowerCase(Locale.ROOT)));
      if (daylight) {
        zones.add(tzname[1].toLowerCase(Locale.ROOT));
      }
      return TimeParse.strptime(((PyStr) a[0]).value(), ((PyStr) format).value(),
          zones.toArray(new String[0]), tzname, daylight);
    });
    m.function("get_clock_info", (a, k) -> {
      if (a.length != 1 || (k != null && k.length > 0)) {
        throw PyErrors.typeError("get_clock_info() takes exactly one argument (" + a.length
            + " given)");
      }
      if (!(a[0] instanceof PyStr name)) {
        throw PyErrors.typeError("get_clock_info() argument 1 must be str, not "
            + a[0].type().name());
      }
      return clockInfo(imports, name.value());
    });
    m.put("timezone", PyInt.of(timezone()));
    m.put("altzone", PyInt.of(altzone()));
    m.put("daylight", PyInt.of(timezone() != altzone() ? 1 : 0));
    m.put("tzname", PyTuple.of(PyStr.of(tzname(false)), PyStr.of(tzname(true))));
    return m;
  }

  // get_clock_info(name): a types.SimpleNamespace naming the Java clock behind each function.
  private static PyObject clockInfo(Imports imports, String name) {
    String implementation;
    boolean monotonic = true;
    switch (name) {
      case "time":
        implementation = "java.time.Instant.now()";
        monotonic = false;
        break;
      case "monotonic":
      case "perf_counter":
        implementation = "System.nanoTime()";
        break;
      case "process_time":
        implementation = "ProcessHandle.Info.totalCpuDuration()";
        break;
      case "thread_time":
        implementation = "ThreadMXBean.getCurrentThreadCpuTime()";
        break;
      default:
        throw PyErrors.valueError("unknown clock");
    }
    PyObject namespace = Abstract.getAttr(imports.importModule("types"), "SimpleNamespace");
    return Abstract.call(namespace, new PyObject[] {PyStr.of(implementation),
        PyBool.of(monotonic), PyBool.of(!monotonic), PyFloat.of(1e-09)},
        new String[] {"implementation", "monotonic", "adjustable", "resolution"});
  }

  private static void noArgs(String name, PyObject[] a) {
    if (a.length != 0) {
      throw PyErrors.typeError("time." + name + "() takes no arguments (" + a.length
          + " given)");
    }
  }

  private static long processNanos() {
    return ProcessHandle.current().info().totalCpuDuration()
        .map(d -> d.toNanos()).orElseGet(TimeModule::threadNanos);
  }

  private static long threadNanos() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  // Sleeps in slices so that an interrupted thread stops with KeyboardInterrupt promptly.
  private static void sleep(PyObject[] a) {
    if (a.length != 1) {
      throw PyErrors.typeError("time.sleep() takes exactly one argument (" + a.length
          + " given)");
    }
    double secs;
    if (a[0] instanceof PyFloat f) {
      secs = f.value();
    } else if (a[0] instanceof PyInt i) {
      secs = i.isBig() ? Double.POSITIVE_INFINITY : i.longValue();
    } else {
      secs = MathModule.toDouble(indexOrFloat(a[0]));
    }
    if (Double.isNaN(secs)) {
      throw PyErrors.valueError("Invalid value NaN (not a number)");
    }
    if (secs < 0) {
      throw PyErrors.valueError("sleep length must be non-negative");
    }
    if (secs > 9.2e9) {
      throw PyErrors.overflowError("sleep length is too large");
    }
    long deadline = System.nanoTime() + (long) (secs * 1e9);
    try {
      for (long left = deadline - System.nanoTime(); left > 0;
          left = deadline - System.nanoTime()) {
        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
      }
    } catch (InterruptedException e) {
      throw PyErrors.make(PyErrors.KEYBOARD_INTERRUPT);
    }
  }

  private static PyObject indexOrFloat(PyObject v) {
    if (Abstract.lookupAttr(v.type(), "__float__") == null
        && Abstract.lookupAttr(v.type(), "__index__") == null) {
      throw PyErrors.typeError("'" + v.type().name()
          + "' object cannot be interpreted as an integer");
    }
    return v;
  }

  // The optional seconds argument of gmtime/localtime/ctime, floored as CPython's time_t.
  private static Instant instant(String name, PyObject[] a) {
    if (a.length > 1) {
      throw PyErrors.typeError(name + "() takes at most 1 argument (" + a.length + " given)");
    }
    if (a.length == 0 || a[0] == PyNone.NONE) {
      return Instant.now();
    }
    double secs;
    if (a[0] instanceof PyInt i) {
      if (i.isBig()) {
        throw PyErrors.overflowError("timestamp out of range for platform time_t");
      }
      secs = i.longValue();
    } else if (a[0] instanceof PyFloat f) {
      secs = f.value();
      if (Double.isNaN(secs)) {
        throw PyErrors.valueError("Invalid value NaN (not a number)");
      }
    } else {
      throw PyErrors.typeError("'" + a[0].type().name()
          + "' object cannot be interpreted as an integer");
    }
    try {
      return Instant.ofEpochSecond((long) Math.floor(secs));
    } catch (DateTimeException | ArithmeticException e) {
      throw PyErrors.overflowError("timestamp out of range for platform time_t");
    }
  }

  private static PyObject structTime(ZonedDateTime t, boolean utc) {
    boolean dst = !utc && t.getZone().getRules().isDaylightSavings(t.toInstant());
    return StructSeq.of(STRUCT_TIME, PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()),
        PyInt.of(t.getDayOfMonth()), PyInt.of(t.getHour()), PyInt.of(t.getMinute()),
        PyInt.of(t.getSecond()), PyInt.of(t.getDayOfWeek().getValue() - 1),
        PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0),
        PyStr.of(utc ? "GMT" : ZONE_ABBREVIATION.format(t)),
        PyInt.of(t.getOffset().getTotalSeconds()));
  }

  private static PyObject localNow() {
    return structTime(ZonedDateTime.now(ZoneId.systemDefault()), false);
  }

  private static long[] nowFields() {
    return fieldsOf(localNow());
  }

  private static long[] fieldsOf(PyObject structTime) {
    return TimeFormat.fields(structTime, "asctime", true);
  }

  // asctime's fixed format: 'Sun Jun  5 23:21:05 1993'.
  private static String asctime(long[] t) {
    return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[(int) t[6]],
        MONTHS[(int) t[1] - 1], t[2], t[3], t[4], t[5], t[0]);
  }

  private static double mktime(long[] t) {
    try {
      LocalDateTime local = LocalDateTime.of((int) t[0], 1, 1, 0, 0)
          .plusMonths(t[1] - 1).plusDays(t[2] - 1).plusHours(t[3]).plusMinutes(t[4])
          .plusSeconds(t[5]);
      return local.atZone(ZoneId.systemDefault()).toEpochSecond();
    } catch (DateTimeException | ArithmeticException e) {
      throw PyErrors.overflowError("mktime argument out of range");
    }
  }

  // CPython's init_timezone: the offsets in January and July of this year, west of UTC.
  private static int offsetWest(int month) {
    ZonedDateTime t = ZonedDateTime.of(LocalDateTime.of(
        LocalDateTime.now().getYear(), month, 1, 0, 0), ZoneId.systemDefault());
    return -t.getOffset().getTotalSeconds();
  }

  private static String abbreviation(int month) {
    return ZONE_ABBREVIATION.format(ZonedDateTime.of(LocalDateTime.of(
        LocalDateTime.now().getYear(), month, 1, 0, 0), ZoneId.systemDefault()));
  }

  private static boolean southern() {
    return offsetWest(1) < offsetWest(7);
  }

  static int timezone() {
    return southern() ? offsetWest(7) : offsetWest(1);
  }

  static int altzone() {
    return southern() ? offsetWest(1) : offsetWest(7);
  }

  static String tzname(boolean dst) {
    return dst != southern() ? abbreviation(7) : abbreviation(1);
  }
}
