"""Dates, times, durations and fixed-offset time zones, with CPython 3.11's API and messages.

Krait's own implementation. The proleptic Gregorian calendar as CPython's: ordinal 1 is
0001-01-01. Local time (today, now, fromtimestamp, timestamp, astimezone) follows the JVM's
default time zone, read through _krait_clock.
"""

import _krait_clock

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTH_NAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """Returns (year, month, day) of the proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _type_name(obj):
    """The name CPython's C types show in messages: 'datetime.date' for this module's types."""
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    if cls.__module__ == 'builtins':
        return cls.__qualname__
    return cls.__qualname__


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                        % type(tz).__name__)


def _unsupported(op, a, b, reflected):
    """Tries b's reflected operator, as the interpreter would, else raises CPython's TypeError
    with the qualified type names of C types."""
    method = getattr(type(b), reflected, None)
    if method is not None and not isinstance(b, (int, float, str, bytes, list, tuple, dict)):
        result = method(b, a)
        if result is not NotImplemented:
            return result
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _type_name(a), _type_name(b)))


def _unsupported_reflected(op, a, b):
    """The reflected operator b.__rop__(a) is the interpreter's last try: raises its TypeError
    (but leaves a sequence's own error, such as "can't multiply sequence", to the interpreter)."""
    if isinstance(a, (str, bytes, bytearray, list, tuple)):
        return NotImplemented
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _type_name(a), _type_name(b)))


_REFLECTED_COMPARISONS = {'<': '__gt__', '<=': '__ge__', '>': '__lt__', '>=': '__le__'}


def _incomparable(op, a, b):
    """Tries b's reflected comparison, else raises CPython's TypeError with qualified names.
    Called as the reflection of 'x < a', the message names a's operator instead."""
    method = getattr(type(b), _REFLECTED_COMPARISONS[op], None)
    if method is not None and not isinstance(b, (int, float, str, bytes, list, tuple, dict)):
        result = method(b, a)
        if result is not NotImplemented:
            return result
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (op, _type_name(a), _type_name(b)))


def _divide_and_round(a, b):
    """Returns the int nearest to a / b, halves to even (a, b ints)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset, '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# ---------------------------------------------------------------------------------------------
# strftime


def _iso_year_week(year, month, day):
    """Returns (ISO year, ISO week, ISO weekday) of a date."""
    week1monday = _iso_week1_monday(year)
    today = _ymd2ord(year, month, day)
    week, weekday = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _iso_week1_monday(year)
        week, weekday = divmod(today - week1monday, 7)
    elif week >= 52 and today >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, weekday + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    week1monday = first - first_weekday
    if first_weekday > 3:
        week1monday += 7
    return week1monday


def _strftime(fmt, fields, tz_source):
    """Formats as glibc's strftime does for the directives CPython's tests use.

    fields: (year, month, day, hour, minute, second, microsecond); tz_source gives the
    utcoffset() and tzname() for %z and %Z (None for naive).
    """
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    year, month, day, hour, minute, second, us = fields
    ordinal = _ymd2ord(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ymd2ord(year, 1, 1) + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == 'a':
            out.append(_DAY_NAMES[weekday][:3])
        elif d == 'A':
            out.append(_DAY_NAMES[weekday])
        elif d in 'bh':
            out.append(_MONTH_NAMES[month][:3])
        elif d == 'B':
            out.append(_MONTH_NAMES[month])
        elif d == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAY_NAMES[weekday][:3], _MONTH_NAMES[month][:3], day, hour, minute, second,
                year))
        elif d == 'C':
            out.append('%02d' % (year // 100))
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'e':
            out.append('%2d' % day)
        elif d == 'f':
            out.append('%06d' % us)
        elif d == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif d == 'G':
            out.append('%d' % _iso_year_week(year, month, day)[0])
        elif d == 'g':
            out.append('%02d' % (_iso_year_week(year, month, day)[0] % 100))
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % ((hour + 11) % 12 + 1))
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'k':
            out.append('%2d' % hour)
        elif d == 'l':
            out.append('%2d' % ((hour + 11) % 12 + 1))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'n':
            out.append('\n')
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'r':
            out.append('%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, second,
                                              'AM' if hour < 12 else 'PM'))
        elif d == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 't':
            out.append('\t')
        elif d == 'T' or d == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'u':
            out.append('%d' % (weekday + 1))
        elif d == 'U':
            out.append('%02d' % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif d == 'V':
            out.append('%02d' % _iso_year_week(year, month, day)[1])
        elif d == 'w':
            out.append('%d' % ((weekday + 1) % 7))
        elif d == 'W':
            out.append('%02d' % ((yday + 6 - weekday) // 7))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'Y':
            out.append('%d' % year)
        elif d == 'z':
            off = tz_source.utcoffset() if tz_source is not None else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif d == 'Z':
            name = tz_source.tzname() if tz_source is not None else None
            out.append(name.replace('%', '%%') if name is not None else '')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


class _StructTime(tuple):
    """A stand-in for time.struct_time (same fields and repr) when time has none."""

    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
               'tm_yday', 'tm_isdst')

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self))

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError("'time.struct_time' object has no attribute %r" % name) from None


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    values = (y, m, d, hh, mm, ss, wday, dnum, dstflag)
    try:
        import time as _time
        return _time.struct_time(values)
    except (ImportError, AttributeError):
        return _StructTime(values)


class _Comparable:
    """The six comparisons, from _comparable(other) and _cmp(other, op) -> -1, 0 or 1 (or 2:
    unequal, for == and != between naive and aware values)."""

    __slots__ = ()

    def _compare_fail(self, op, other):
        return _incomparable(op, self, other)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmp(other, '==') == 0
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._cmp(other, '!=') != 0
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmp(other, '<') < 0
        return self._compare_fail('<', other)

    def __le__(self, other):
        if self._comparable(other):
            return self._cmp(other, '<=') <= 0
        return self._compare_fail('<=', other)

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmp(other, '>') > 0
        return self._compare_fail('>', other)

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmp(other, '>=') >= 0
        return self._compare_fail('>=', other)


def _format(self, fmt):
    """__format__ of date, time and datetime: strftime(fmt), or str() for ''."""
    if not isinstance(fmt, str):
        raise TypeError('must be str, not %s' % type(fmt).__name__)
    if len(fmt) != 0:
        return self.strftime(fmt)
    return str(self)


def _compare_local(a, b, op, kind):
    """Compares two times or datetimes by their fields when that decides: returns (result,
    None), result -1, 0, 1 or 2 (unequal: naive against aware, for == and != only); else
    (None, (a's offset, b's offset)) for the caller to compare in UTC."""
    myoff = otoff = None
    if a._tzinfo is b._tzinfo:
        same = True
    else:
        myoff = a.utcoffset()
        otoff = b.utcoffset()
        same = myoff == otoff
    if same:
        x, y = a._key(), b._key()
        return (0 if x == y else 1 if x > y else -1), None
    if myoff is None or otoff is None:
        if op in ('==', '!='):
            return 2, None
        raise TypeError("can't compare offset-naive and offset-aware %s" % kind)
    return None, (myoff, otoff)


def _tz_utcoffset(tz, dt):
    if tz is None:
        return None
    offset = tz.utcoffset(dt)
    _check_utc_offset('utcoffset', offset)
    return offset


def _tz_name(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError('tzinfo.tzname() must return None or a string, not %r'
                        % type(name).__name__)
    return name


def _tz_dst(tz, dt):
    if tz is None:
        return None
    offset = tz.dst(dt)
    _check_utc_offset('dst', offset)
    return offset


# ---------------------------------------------------------------------------------------------
# timedelta

_US_PER_DAY = 86400 * 1000000


class timedelta(_Comparable):
    """A duration: days, seconds (0..86399) and microseconds (0..999999), days signed."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        total = 0
        leftover = 0.0
        for value, factor in ((days, _US_PER_DAY), (seconds, 1000000), (microseconds, 1),
                              (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                              (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                whole = int(value)
                total += whole * factor
                frac = (value - whole) * factor
                whole_us = int(frac)
                total += whole_us
                leftover += frac - whole_us
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (
                    _COMPONENT_NAMES[factor], type(value).__name__))
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        days, us = divmod(us, _US_PER_DAY)
        seconds, us = divmod(us, 1000000)
        if abs(days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(
                self._to_microseconds() + other._to_microseconds())
        if isinstance(other, date):
            return other.__add__(self)
        return _unsupported('+', self, other, '__radd__')

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return other.__add__(self)
        return _unsupported_reflected('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(
                self._to_microseconds() - other._to_microseconds())
        return _unsupported('-', self, other, '__rsub__')

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return _unsupported_reflected('-', other, self)

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _divide_and_round(self._to_microseconds() * a, b))
        return _unsupported('*', self, other, '__rmul__')

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _unsupported_reflected('*', other, self)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return _unsupported('//', self, other, '__rfloordiv__')

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('division by zero')
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(
                _divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('float division by zero')
            return timedelta._from_microseconds(
                _divide_and_round(b * self._to_microseconds(), a))
        return _unsupported('/', self, other, '__rtruediv__')

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(
                self._to_microseconds() % other._to_microseconds())
        return _unsupported('%', self, other, '__rmod__')

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return _unsupported('divmod()', self, other, '__rdivmod__')

    def _comparable(self, other):
        return isinstance(other, timedelta)

    def _cmp(self, other, op):
        a, b = self._to_microseconds(), other._to_microseconds()
        return 0 if a == b else 1 if a > b else -1

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


_COMPONENT_NAMES = {_US_PER_DAY: 'days', 1000000: 'seconds', 1: 'microseconds',
                    1000: 'milliseconds', 60000000: 'minutes', 3600000000: 'hours',
                    7 * _US_PER_DAY: 'weeks'}

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# date


class date(_Comparable):
    """A date of the proleptic Gregorian calendar: year, month, day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _local_fields(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_krait_clock.now_us() / 10 ** 6)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday - 1][:3],
                                            _MONTH_NAMES[self._month][:3], self._day,
                                            self._year)

    def strftime(self, fmt):
        return _strftime(fmt, (self._year, self._month, self._day, 0, 0, 0, 0), None)

    __format__ = _format

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other, op):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else 1 if a > b else -1

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def _compare_fail(self, op, other):
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return _incomparable(op, self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return _unsupported('+', self, other, '__radd__')

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _unsupported_reflected('+', other, self)

    def __rsub__(self, other):
        return _unsupported_reflected('-', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _unsupported('-', self, other, '__rsub__')

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_iso_year_week(self._year, self._month, self._day))

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    """The (year, week, weekday) named tuple of isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


def _isocalendar_to_ymd(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


# ---------------------------------------------------------------------------------------------
# tzinfo, timezone


class tzinfo:
    """The abstract base of time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24), not %r.' % (offset,))


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


timezone._maxoffset = timedelta(hours=24, microseconds=-1)
timezone._minoffset = -timezone._maxoffset
timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------------------------------------
# time


class time(_Comparable):
    """A time of day, with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _key(self):
        return self._hour * 3600 + self._minute * 60 + self._second, self._microsecond

    def _comparable(self, other):
        return isinstance(other, time)

    def _cmp(self, other, op):
        result, offsets = _compare_local(self, other, op, 'times')
        if offsets is None:
            return result
        myoff, otoff = offsets
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return 0 if a == b else 1 if a > b else -1

    def __add__(self, other):
        return _unsupported('+', self, other, '__radd__')

    def __sub__(self, other):
        return _unsupported('-', self, other, '__rsub__')

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash(t._key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond)._key())
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    __str__ = isoformat

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _parse_isoformat_time(text)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(*fields)

    def strftime(self, fmt):
        return _strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second,
                               self._microsecond), self if self._tzinfo is not None else None)

    __format__ = _format

    def utcoffset(self):
        return _tz_utcoffset(self._tzinfo, None)

    def tzname(self):
        return _tz_name(self._tzinfo, None)

    def dst(self):
        return _tz_dst(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond,
                            self._tzinfo)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# datetime


def _local_fields(t):
    """Returns the local (y, m, d, hh, mm, ss, us) of the POSIX timestamp t."""
    us_total = _timestamp_microseconds(t)
    seconds = us_total // 1000000
    offset = _krait_clock.utc_offset(seconds)
    return _utc_fields(us_total + offset * 1000000)


def _timestamp_microseconds(t):
    if isinstance(t, int):
        return t * 1000000
    if isinstance(t, float):
        if t != t or t in (float('inf'), float('-inf')):
            raise ValueError('Invalid value %s' % ('NaN' if t != t else t))
        a, b = t.as_integer_ratio()
        return _divide_and_round(a * 1000000, b)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


_EPOCH_ORDINAL = 719163


def _utc_fields(us_total):
    days, us = divmod(us_total, _US_PER_DAY)
    ordinal = days + _EPOCH_ORDINAL
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError('year %d is out of range' % (1970 + days // 365))
    y, m, d = _ord2ymd(ordinal)
    seconds, us = divmod(us, 1000000)
    hh, seconds = divmod(seconds, 3600)
    mm, ss = divmod(seconds, 60)
    return y, m, d, hh, mm, ss, us


class datetime(date):
    """A date with a time of day and an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_us(cls, us_total, tz, local):
        if local:
            seconds = us_total // 1000000
            us_total += _krait_clock.utc_offset(seconds) * 1000000
        y, m, d, hh, mm, ss, us = _utc_fields(us_total)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None and not local:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_us(_timestamp_microseconds(t), tz, tz is None)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_us(_timestamp_microseconds(t), None, False)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return cls._from_us(_krait_clock.now_us(), tz, tz is None)

    @classmethod
    def utcnow(cls):
        return cls._from_us(_krait_clock.now_us(), None, False)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date_value, time_value, tzinfo=True):
        if not isinstance(date_value, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date_value).__name__)
        if not isinstance(time_value, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time_value).__name__)
        if tzinfo is True:
            tzinfo = time_value.tzinfo
        return cls(date_value.year, date_value.month, date_value.day, time_value.hour,
                   time_value.minute, time_value.second, time_value.microsecond, tzinfo,
                   fold=time_value.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            split = _find_isoformat_datetime_separator(date_string)
            date_fields = _parse_isoformat_date(date_string[:split])
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        time_fields = [0, 0, 0, 0, None]
        if split < len(date_string):
            try:
                time_fields = _parse_isoformat_time(date_string[split + 1:])
            except ValueError:
                raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*(date_fields + tuple(time_fields)))

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dstflag = -1
        elif dst:
            dstflag = 1
        else:
            dstflag = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, dstflag)

    def _local_timestamp_us(self):
        """The POSIX time in microseconds of this naive datetime read as local time."""
        local_us = (self.toordinal() - _EPOCH_ORDINAL) * _US_PER_DAY + (
            (self._hour * 3600 + self._minute * 60 + self._second) * 1000000
            + self._microsecond)
        local_s = local_us // 1000000
        guess = local_s - _krait_clock.utc_offset(local_s)
        offset = _krait_clock.utc_offset(guess)
        if _krait_clock.utc_offset(local_s - offset) != offset and self._fold:
            offset = _krait_clock.utc_offset(local_s - offset)
        return local_us - offset * 1000000

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp_us() / 10 ** 6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts_us = self._local_timestamp_us()
        else:
            ts_us = ((self - _EPOCH) // timedelta(microseconds=1))
        seconds = ts_us // 1000000
        offset = _krait_clock.utc_offset(seconds)
        return timezone(timedelta(seconds=offset), _krait_clock.zone_name(seconds))

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[weekday - 1][:3], _MONTH_NAMES[self._month][:3], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = '%s(%s)' % (_type_name(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        y, m, d, hh, mm, ss, us, offset = _strptime.strptime_fields(date_string, format)
        tz = None
        if offset is not None:
            delta = timedelta(seconds=offset[0], microseconds=offset[1])
            tz = timezone.utc if not delta else timezone(delta)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def strftime(self, fmt):
        return _strftime(fmt, (self._year, self._month, self._day, self._hour, self._minute,
                               self._second, self._microsecond),
                         self if self._tzinfo is not None else None)

    def utcoffset(self):
        return _tz_utcoffset(self._tzinfo, self)

    def tzname(self):
        return _tz_name(self._tzinfo, self)

    def dst(self):
        return _tz_dst(self._tzinfo, self)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _cmp(self, other, op):
        result, offsets = _compare_local(self, other, op, 'datetimes')
        if offsets is None:
            return result
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _comparable(self, other):
        return isinstance(other, datetime)

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _unsupported('+', self, other, '__radd__')
        total = self._to_us() + other._to_microseconds()
        days, us = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        seconds, us = divmod(us, 1000000)
        hh, seconds = divmod(seconds, 3600)
        mm, ss = divmod(seconds, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _unsupported_reflected('+', other, self)

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return _unsupported('-', self, other, '__rsub__')
        base = timedelta(microseconds=self._to_us() - other._to_us())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._key())
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - tzoff)
        return self._hashcode

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self._tzinfo)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------------------------
# ISO 8601 parsing (the formats CPython 3.11's fromisoformat accepts)


def _digits(s, start, count):
    text = s[start:start + count]
    if len(text) != count or not (text.isdigit() and text.isascii()):
        raise ValueError('not digits')
    return int(text)


def _parse_isoformat_date(s):
    """Returns (year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(s, 0, 4)
    has_sep = len(s) > 4 and s[4] == '-'
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = _digits(s, pos, 2)
        pos += 2
        day = 1
        if pos < len(s):
            if has_sep:
                if s[pos] != '-':
                    raise ValueError('bad separator')
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError('trailing text')
        return _isocalendar_to_ymd(year, week, day)
    month = _digits(s, pos, 2)
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != '-':
            raise ValueError('bad separator')
        pos += 1
    day = _digits(s, pos, 2)
    pos += 2
    if pos != len(s):
        raise ValueError('trailing text')
    return year, month, day


def _find_isoformat_datetime_separator(s):
    """Returns the index of the separator between the date and the time (len(s) for none)."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n < 8 or s[8:9] != '-':
                return 8
            return 10
        return 10
    if s[4] == 'W':
        if n > 7 and s[7].isdigit():
            return 8
        return 7
    return 8


def _parse_hh_mm_ss_ff(s):
    """Returns [hour, minute, second, microsecond] of HH[:MM[:SS[.fff[fff]]]] or compact."""
    fields = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for i in range(3):
        fields[i] = _digits(s, pos, 2)
        pos += 2
        if pos >= n:
            return fields
        c = s[pos]
        if i == 2:
            break
        if c == ':':
            if has_sep is False:
                raise ValueError('inconsistent separators')
            has_sep = True
            pos += 1
        elif has_sep:
            raise ValueError('inconsistent separators')
        else:
            has_sep = False
            if c in '.,':
                raise ValueError('fraction before seconds')
    if s[pos] not in '.,':
        raise ValueError('bad fraction separator')
    pos += 1
    digits = s[pos:]
    if not digits or not (digits.isdigit() and digits.isascii()):
        raise ValueError('bad fraction')
    fields[3] = int((digits + '00000')[:6])
    return fields


def _parse_isoformat_time(s):
    """Returns [hour, minute, second, microsecond, tzinfo] of an ISO time with offset."""
    if len(s) < 2:
        raise ValueError('Isoformat time too short')
    tz_pos = len(s)
    for i, c in enumerate(s):
        if c in '+-Z':
            tz_pos = i
            break
    fields = _parse_hh_mm_ss_ff(s[:tz_pos])
    tz = None
    if tz_pos < len(s):
        tzstr = s[tz_pos:]
        if tzstr == 'Z':
            tz = timezone.utc
        else:
            body = tzstr[1:]
            if len(body) not in (2, 4, 5, 6, 8) and len(body) < 9:
                raise ValueError('Malformed time zone string')
            hh, mm, ss, us = _parse_hh_mm_ss_ff(body)
            delta = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            if tzstr[0] == '-':
                delta = -delta
            tz = timezone(delta)
    fields.append(tz)
    return fields
