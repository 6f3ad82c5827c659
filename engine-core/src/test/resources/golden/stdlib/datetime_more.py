# datetime: constructors' errors, timedelta rounding and arithmetic, time/timezone/tzinfo, ISO parsing, strftime, local time.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC
import datetime as dt_module
print(datetime.now().year >= 2024, abs(datetime.now(timezone.utc) - datetime.now(UTC)) < timedelta(seconds=5), date.today() == datetime.now().date() or date.today() == datetime.now().date() - timedelta(1))
print(datetime.fromtimestamp(0).timestamp(), datetime.fromtimestamp(1700000000.25).timestamp(), datetime(2024, 6, 1, 12).timestamp() == datetime(2024, 6, 1, 12).astimezone(UTC).timestamp())
print(datetime(2024, 6, 1, 12, tzinfo=UTC).astimezone().astimezone(UTC), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(-1.5, UTC))
class Fixed(tzinfo):
    def __init__(self, hours):
        self.off = timedelta(hours=hours)
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'FIX%+d' % (self.off // timedelta(hours=1))
t = datetime(2024, 3, 10, 8, 0, tzinfo=Fixed(-5))
print(t, t.tzname(), t.utcoffset(), t.astimezone(UTC), t.astimezone(Fixed(3)), t.strftime('%H:%M %z %Z'), t == datetime(2024, 3, 10, 13, tzinfo=UTC))
print(hash(t) == hash(datetime(2024, 3, 10, 13, tzinfo=UTC)), t - datetime(2024, 3, 10, 0, tzinfo=UTC), sorted([t, datetime(2024, 3, 10, 12, tzinfo=UTC)])[0].hour)
print(time(5, 30, tzinfo=Fixed(2)).utcoffset(), time(5, 30, tzinfo=Fixed(2)) == time(3, 30, tzinfo=UTC), repr(time(5, 30, 1, tzinfo=UTC).replace(tzinfo=None)))
for s in ['2024-01-02T03:04:05.5', '2024-01-02 03:04:05,123456', '2024-01-02T03', '2024-01-02T0304', '2024-01-02T03:04:05-03:30', '2024-01-02T03:04:05+0530', '2024-W10-3T12:00', '2024-01-02T24:00', '2024-01-02x03:04', '2024-01-02T03:04:05.1234567', '2024-1-2', '2024-01-02T', 'garbage', '2024-01-02T03:4']:
    try:
        print(s, '->', repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, '-> ValueError', e)
for s in ['12:30', '12:30:45.25+01:00', 'T12', '1230', '12:30:45Z', '25:00', '12:3']:
    try:
        print(s, '->', repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, '-> ValueError', e)
d = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(d + timedelta(microseconds=1), d.isoformat(timespec='milliseconds'), d.isoformat('_', 'hours'), d.timetuple().tm_yday if hasattr(d.timetuple(), 'tm_yday') else '', d.isocalendar())
for y in (2020, 2021, 2026, 1999):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date(y, 1, 1).strftime('%U %W %V %G %j %a'))
print(date(2024, 1, 1).strftime('%e|%C|%D|%F|%T|%R|%r|%k|%l|%g|%h|%%|%Q'), time(0, 5).strftime('%I:%M %p'), time(13, 5).strftime('%l %p'))
print(timedelta(days=-3, hours=5) * -1, timedelta(seconds=7) // timedelta(seconds=2), timedelta(seconds=7) % timedelta(seconds=-2), divmod(timedelta(seconds=-7), timedelta(seconds=2)))
print(timedelta(milliseconds=1.5), timedelta(minutes=0.1), timedelta(weeks=0.5), timedelta(days=1e-7), timedelta(seconds=-0.5), timedelta(microseconds=-0.5), timedelta(microseconds=-1.5))
print(repr(timedelta(days=999999999)), timedelta.max + timedelta.min)
try:
    timedelta.max + timedelta(microseconds=1)
except OverflowError as e:
    print('OverflowError', e)
try:
    timedelta(days='1')
except TypeError as e:
    print('TypeError', e)
print(date.fromordinal(1), date.fromordinal(3652059), date(2024, 2, 29).replace(year=2025) if False else date(2024, 2, 29).replace(day=28, year=2025))
try:
    date(2024, 2, 29).replace(year=2025)
except ValueError as e:
    print(e)
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), datetime(2024, 1, 1) != date(2024, 1, 1), date(2024, 1, 1) in {date(2024, 1, 1): 1}, datetime.combine(date(2024, 5, 6), time(7, 8, tzinfo=UTC)))
print(timezone(timedelta(hours=-3), 'BRT'), timezone(timedelta(hours=5, minutes=45)).tzname(None), timezone.utc.tzname(None), timezone(-timedelta(minutes=1)), timezone(timedelta(0), 'Z') == UTC, repr(timezone(timedelta(0), 'Z')))
class MyDate(date):
    pass
md = MyDate(2024, 1, 1)
print(type(md + timedelta(1)).__name__, type(md.replace(day=2)).__name__, repr(md)[:6], MyDate.fromordinal(5).__class__.__name__)
print(dt_module.date is date, dt_module.MINYEAR)
print(datetime(2000, 1, 1).strftime('%c | %x | %X'), format(datetime(2000, 1, 1, 5), ''), '{:%H}'.format(time(7)))
from datetime import MINYEAR, MAXYEAR
import datetime as D
tests = ['date(2024.0, 1, 1)', 'date("2024", 1, 1)', 'date(0, 1, 1)', 'date(10000,1,1)', 'time(25)', 'time(1, 60)', 'time(1,1,60)', 'time(1,1,1,10**6)', 'time(fold=2)',
 'datetime(2024,1,1,tzinfo=1)', 'timedelta(days=10**9)', 'timedelta(1) * 1.5', 'timedelta(1) / 0', 'timedelta(1) // 0', 'date(2024,1,1) < 1', 'date(2024,1,1) - 1', 'timedelta(1) + 1',
 'datetime.fromisoformat("2024-01-01T25:00")', 'date.fromisoformat(1)', 'datetime(2024,1,1) - date(2024,1,1)', 'datetime(2024,1,1) < date(2024,1,1)', 'datetime(2024,1,1) == date(2024,1,1)',
 'datetime(2024,1,1, tzinfo=timezone.utc) - datetime(2024,1,1)', 'datetime(2024,1,1, tzinfo=timezone.utc) < datetime(2024,1,1)', 'timezone(timedelta(hours=25))', 'timezone(1)',
 'date.fromordinal(0)', 'date.max + timedelta(1)', 'timedelta(1) % 0', 'time(1) + timedelta(1)', 'date(2024,1,1).strftime(1)', 'date(2024, 2)', 'time(tzinfo=5)', 'datetime(2024)',
 'timedelta(days=1.5, seconds=0.5, microseconds=0.5)', 'timedelta(microseconds=1.5)', 'timedelta(microseconds=2.5)', 'timedelta(hours=1/3)', 'timedelta(1) * 0.1', 'timedelta(seconds=1) / 3', 'timedelta(seconds=10) // 3', 'divmod(timedelta(hours=5), timedelta(hours=2))', 'timedelta(hours=5) % timedelta(hours=2)', '-timedelta(microseconds=1)', 'timedelta.max', 'timedelta.min', 'timedelta.resolution', 'repr(timedelta(seconds=1))', 'repr(timedelta(microseconds=-1))', 'timedelta(1) == 1', 'hash(timedelta(1)) == hash(timedelta(hours=24))', 'bool(timedelta(0))', 'round(timedelta(hours=1).total_seconds())',
 'time()', 'repr(time(1,2,3,4))', 'time(1,2,3,4).isoformat()', 'time(1,2).isoformat("seconds")', 'time(1,2,3,456789).isoformat(timespec="milliseconds")', 'time(1,2).isoformat("hours")', 'time(1,2).isoformat("bogus")', 'repr(time(1, tzinfo=timezone.utc))', 'str(time(1, tzinfo=timezone(timedelta(hours=-5, minutes=-30))))', 'time.fromisoformat("01:02:03.5")', 'time(12).strftime("%I %p %H:%M")', 'time.min', 'time.max', 'time.resolution', 'bool(time())', 'time(1) < time(2)',
 'repr(timezone.utc)', 'str(timezone.utc)', 'repr(timezone(timedelta(hours=1)))', 'repr(timezone(timedelta(hours=1), "X"))', 'str(timezone(timedelta(hours=-1, minutes=-30)))', 'timezone(timedelta(seconds=1))', 'timezone.utc.utcoffset(None)', 'timezone.min', 'timezone.max', 'timezone(timedelta(0)) is timezone.utc', 'timezone(timedelta(0)) == timezone.utc', 'UTC is timezone.utc',
 'datetime(2024,1,1,tzinfo=timezone.utc)', 'repr(datetime(2024,1,1,tzinfo=timezone.utc))', 'repr(datetime(2024,1,1,1,2,3,4, fold=1))', 'datetime(2024,1,1,tzinfo=timezone.utc).isoformat()', 'datetime(2024,1,1,12,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=2)))', 'datetime(2024,1,1,tzinfo=timezone.utc).timestamp()', 'datetime.fromtimestamp(86400*365, timezone.utc)', 'datetime.utcfromtimestamp(1.5)', 'datetime.fromisoformat("2024-01-02T03:04:05.123+02:00")', 'datetime.fromisoformat("2024-01-02T03:04:05Z")', 'datetime.fromisoformat("20240102T030405")', 'date.fromisoformat("20240102")', 'date.fromisoformat("2024-W01-2")', 'datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2024,1,1,1,tzinfo=timezone(timedelta(hours=1)))',
 'datetime(2024,1,1).strftime("%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %% %G %V %u")', 'datetime(2024,1,1, tzinfo=timezone(timedelta(hours=5, minutes=30))).strftime("%z %Z %:z")', 'date(2024,1,1).ctime()', 'datetime(2024,7,4,5,6,7).ctime()', 'format(date(2024,1,1), "%d/%m")', 'format(date(2024,1,1), "")', 'f"{datetime(2024,1,1):%Y}"',
 'date(2024,1,1).isocalendar()', 'date(2024,12,30).isocalendar()', 'date.fromisocalendar(2024, 1, 1)', 'date(2024,1,1).timetuple()', 'datetime(2024,1,1,5,6,7).timetuple()', 'datetime(2024,3,1).replace(day=31)', 'datetime.combine(date(2024,1,1), time(5))', 'datetime(2024,1,1).utcoffset()', 'datetime(2024,1,1, tzinfo=timezone.utc).tzname()', 'datetime(2024,1,1, tzinfo=timezone.utc).dst()', 'datetime.min', 'datetime.max', 'datetime.resolution', 'D.MINYEAR', 'D.MAXYEAR', 'repr(date.resolution)', 'datetime(2024,1,1) - timedelta(microseconds=1)', 'date(2024,1,1) == datetime(2024,1,1)', 'isinstance(datetime(2024,1,1), date)', 'datetime(2024,1,1).date() == date(2024,1,1)', 'date(2024,1,1).__class__.__module__', 'repr(date)', 'repr(D.tzinfo)', 'datetime(2024,1,1,1,1,1,1).isoformat(timespec="minutes")', 'datetime(2024,5,5).isoweekday()', 'datetime(2024,1,1,tzinfo=timezone.utc).utctimetuple()', 'date(2024,1,1) + timedelta(hours=30)', 'datetime(2024,1,1) + timedelta(hours=30)', 'timedelta(hours=30) + date(2024,1,1)', 'sorted([time(5), time(1)])', 'timedelta(weeks=1, days=-1, hours=1.5)', 'str(timedelta(days=-1, microseconds=1))', 'abs(timedelta(microseconds=-5))', 'timedelta(1) // 2', 'timedelta(1) / timedelta(hours=5)', 'timedelta(1) * 2 == 2 * timedelta(1)', 'timedelta(0.5)', 'timedelta(seconds=86400.5)',
]
for t in tests:
    try:
        r = eval(t)
        print(t, '=>', r)
    except Exception as e:
        print(t, '!>', type(e).__name__, e)
for e in ['1 + timedelta(1)', '1 - timedelta(1)' , '1 + date(2024,1,1)', '1 - date(2024,1,1)', '1 + datetime(2024,1,1)', 'timedelta(1) - date(2024,1,1)', 'date(2024,1,1) < 1', 'time(1) >= 2', 'timedelta(1) < 3', 'None + timedelta(1)']:
    try:
        print(e, eval(e))
    except TypeError as x:
        print(e, '->', x)
class Other:
    def __radd__(self, o): return 'other radd'
    def __gt__(self, o): return 'other gt'
print(date(2024,1,1) + Other(), timedelta(1) + Other(), date(2024,1,1) < Other())
