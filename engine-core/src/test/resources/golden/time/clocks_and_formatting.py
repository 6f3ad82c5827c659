# time: clocks, struct_time, gmtime/localtime/mktime, strftime directives, asctime/ctime, errors.
import time

t0, m0, p0, c0 = time.time(), time.monotonic(), time.perf_counter(), time.process_time()
ns = time.time_ns()
print(type(t0).__name__, type(ns).__name__, abs(ns / 1e9 - t0) < 5, time.monotonic_ns() > 0, time.perf_counter_ns() > 0, time.process_time_ns() >= 0)
time.sleep(0.01)
time.sleep(0)
print(time.monotonic() - m0 >= 0.009, time.perf_counter() - p0 >= 0.009, time.process_time() >= c0)
g = time.gmtime(0)
print(g, len(g), g.tm_zone, g.tm_gmtoff, g[0], g[-1], g[1:3], tuple(g) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.gmtime(1234567890.9), time.gmtime(-86401), time.gmtime(2 ** 33))
print(time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, -1)))
local = time.localtime(1e9)
print(time.mktime(local), time.mktime(time.localtime(0)) == 0, time.localtime(1e9) == local, time.ctime(1e9) == time.asctime(local))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname), type(time.tzname[0]).__name__)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8))
print(s, s.tm_zone, s.tm_gmtoff, s.tm_yday, s == (2020, 1, 2, 3, 4, 5, 6, 7, 8), type(s) is time.struct_time, isinstance(s, tuple))
s11 = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'XYZ', 3600))
print(s11, s11.tm_zone, s11.tm_gmtoff, len(s11))
t = (2024, 3, 9, 7, 5, 3, 5, 69, 0)
for f in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %h', '%c|%x|%X', '%D %F %T %R %r', '%I %l %k %p %P', '%j %U %W %w %u', '%G %g %V', '%e|%-d|%_d|%-m|%-H',
          '%y %C %%', '%n%t', '%10Y|%5d|%^a|%^B|%#Z', '%Q %E %Oe %5', 'no directives', '', 'ends with %', '%s']:
    print(repr(f), repr(time.strftime(f, t)))
print(time.strftime('%Z %z', s11), time.strftime('%Z %z', time.gmtime(0)))
for y in range(2018, 2027):
    jan1 = time.gmtime(time.mktime((y, 1, 1, 12, 0, 0, 0, 1, -1)) - time.timezone)
    dec30 = time.gmtime(time.mktime((y, 12, 30, 12, 0, 0, 0, 1, -1)) - time.timezone)
    print(y, time.strftime('%G %V %g %U %W %a', jan1), time.strftime('%G %V %U %W %a %j', dec30))
print(time.strftime('%Y %m %d %j', (2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Y', (999, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y|%y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
for bad in [(1, 2, 3), (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024.0, 1, 1, 0, 0, 0, 0, 1, 0), 'not a tuple', [2024, 1, 1, 0, 0, 0, 0, 1, 0]]:
    for fn in [lambda b: time.strftime('%Y', b), time.asctime, time.mktime]:
        try:
            print(repr(fn(bad)))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
for bad in ['time.sleep(-1)', 'time.sleep("1")', 'time.sleep(None)', 'time.sleep()', 'time.gmtime("x")', 'time.gmtime(float("nan"))', 'time.gmtime(10 ** 30)',
            'time.struct_time((1, 2))', 'time.struct_time(5)', 'time.struct_time(range(12))', 'time.strftime(5)', 'time.time(1)']:
    try:
        print(bad, eval(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, '->', type(e).__name__, e)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, info.resolution, type(info.implementation).__name__, type(info).__name__)
for bad in ['x', 5]:
    try:
        time.get_clock_info(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
