"""datetime.strptime: parses a string by a strftime format (CPython 3.11's rules, C locale).

Krait's own implementation: the format becomes a regular expression with one named group per
directive, matched case-insensitively, as CPython's _strptime does.
"""

import re

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']


def _names(group, names):
    # Longest first, so 'june' is not read as 'jun'.
    return '(?P<%s>%s)' % (group, '|'.join(sorted(names, key=len, reverse=True)))


_DIRECTIVES = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': _names('A', _DAYS),
    'a': _names('a', [d[:3] for d in _DAYS]),
    'B': _names('B', _MONTHS),
    'b': _names('b', [m[:3] for m in _MONTHS]),
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
               'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d'}

_cache = {}


def _pattern(format):
    """Returns the compiled regular expression of a strptime format."""
    compiled = _cache.get(format)
    if compiled is not None:
        return compiled
    seen = set()
    out = []
    i = 0
    text = format
    while i < len(text):
        c = text[i]
        if c != '%':
            if c.isspace():
                while i < len(text) and text[i].isspace():
                    i += 1
                out.append(r'\s+')
                continue
            out.append(re.escape(c))
            i += 1
            continue
        if i + 1 >= len(text):
            raise ValueError("stray %% in format '%s'" % format)
        d = text[i + 1]
        if d in _COMPOSITES:
            text = text[:i] + _COMPOSITES[d] + text[i + 2:]
            continue
        if d not in _DIRECTIVES:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
        piece = _DIRECTIVES[d]
        if d in seen and d != '%':
            # A repeated directive must read the same text again.
            piece = '(?P=%s)' % d
        seen.add(d)
        out.append(piece)
        i += 2
    compiled = re.compile(''.join(out), re.IGNORECASE)
    _cache[format] = compiled
    return compiled


def _parse(data_string, format):
    """Returns the fields of data_string read by format: (year, month, day, hour, minute,
    second, microsecond, utc offset or None, weekday, day of year, found dict)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index + 1, type(arg).__name__))
    found = _pattern(format).match(data_string)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    return found.groupdict()


def _utc_offset(z):
    if z.upper() == 'Z':
        return 0, 0
    sign = -1 if z[0] == '-' else 1
    z = z[1:].replace(':', '')
    seconds = int(z[:2]) * 3600 + int(z[2:4]) * 60 + (int(z[4:6]) if len(z) > 4 else 0)
    micro = int((z[7:] + '000000')[:6]) if len(z) > 6 else 0
    return sign * seconds, sign * micro


def strptime_fields(data_string, format):
    """Returns (year, month, day, hour, minute, second, microsecond, offset) where offset is
    (seconds, microseconds) east of UTC or None."""
    f = _parse(data_string, format)
    year = 1900
    if f.get('Y') is not None:
        year = int(f['Y'])
    elif f.get('y') is not None:
        year = int(f['y'])
        year += 2000 if year <= 68 else 1900
    month = day = 1
    if f.get('m') is not None:
        month = int(f['m'])
    elif f.get('B') is not None:
        month = _MONTHS.index(f['B'].lower()) + 1
    elif f.get('b') is not None:
        month = [m[:3] for m in _MONTHS].index(f['b'].lower()) + 1
    if f.get('d') is not None:
        day = int(f['d'])
    hour = 0
    if f.get('H') is not None:
        hour = int(f['H'])
    elif f.get('I') is not None:
        hour = int(f['I'])
        ampm = (f.get('p') or '').lower()
        if ampm == 'am' and hour == 12:
            hour = 0
        elif ampm == 'pm' and hour != 12:
            hour += 12
    minute = int(f['M']) if f.get('M') is not None else 0
    second = int(f['S']) if f.get('S') is not None else 0
    micro = int((f['f'] + '00000')[:6]) if f.get('f') is not None else 0
    offset = _utc_offset(f['z']) if f.get('z') is not None else None
    if f.get('j') is not None and f.get('m') is None and f.get('d') is None:
        import datetime
        d = datetime.date(year, 1, 1) + datetime.timedelta(days=int(f['j']) - 1)
        year, month, day = d.year, d.month, d.day
    return year, month, day, hour, minute, second, micro, offset
