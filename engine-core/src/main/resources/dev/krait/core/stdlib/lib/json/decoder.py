"""JSON decoding: JSONDecoder, JSONDecodeError and scanstring (Krait's own implementation).

The scanner follows CPython 3.11's C scanner, so errors carry its messages and positions. The
Java module _json does the scanning when it is there (it always is in Krait); the Python
scanner here, py_make_scanner and py_scanstring, does the same more slowly.
"""

try:
    from _json import make_scanner as c_make_scanner, scanstring as c_scanstring
except ImportError:
    c_make_scanner = c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_WHITESPACE = ' \t\n\r'
_HEX_DIGITS = '0123456789abcdefABCDEF'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip(s, idx, n):
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _hex4(s, at, error_pos):
    digits = s[at:at + 4]
    for c in digits:
        if c not in _HEX_DIGITS:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, error_pos)
    return int(digits, 16)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string from the index end (after the opening quote).

    Returns a tuple of the decoded string and the index after the closing quote.
    """
    n = len(s)
    begin = end - 1
    chunks = []
    # The next quote and backslash at or after end, searched again only once passed
    # (-1: there is none left; -2: not searched yet).
    quote = backslash = -2
    while True:
        if quote != -1 and quote < end:
            quote = s.find('"', end)
        if backslash != -1 and backslash < end:
            backslash = s.find('\\', end)
        stop = min(quote if quote >= 0 else n, backslash if backslash >= 0 else n)
        chunk = s[end:stop]
        if strict and chunk and min(chunk) < ' ':
            for i in range(len(chunk)):
                if chunk[i] < ' ':
                    raise JSONDecodeError("Invalid control character at", s, end + i)
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if chunk:
            chunks.append(chunk)
        if stop == quote:
            return ''.join(chunks), quote + 1
        esc = stop + 1
        if esc >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[esc]
        if c != 'u':
            char = _BACKSLASH.get(c)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(char)
            end = esc + 1
            continue
        hex_end = esc + 5
        if hex_end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, esc)
        uni = _hex4(s, esc + 1, esc)
        end = hex_end
        # A high surrogate escape followed by a low one is one character.
        if (0xd800 <= uni <= 0xdbff and hex_end + 6 < n and s[hex_end] == '\\'
                and s[hex_end + 1] == 'u'):
            uni2 = _hex4(s, hex_end + 2, hex_end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end = hex_end + 6
        chunks.append(chr(uni))


scanstring = c_scanstring or py_scanstring


class py_make_scanner:
    # Scans one JSON value at an index with a decoder's hooks; raises StopIteration(idx)
    # where no value starts, which the decoder turns into "Expecting value".

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, string, idx):
        return self.scan(string, idx)

    def scan(self, s, idx):
        n = len(s)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return py_scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1, n)
        if c == '[':
            return self.parse_array(s, idx + 1, n)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self.match_number(s, idx, n)

    def match_number(self, s, start, n):
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
            if '0' <= s[idx - 1] <= '9':
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def parse_object(self, s, idx, n):
        pairs = []
        idx = _skip(s, idx, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, idx)
                key, idx = py_scanstring(s, idx + 1, self.strict)
                idx = _skip(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip(s, idx + 1, n)
                value, idx = self.scan(s, idx)
                pairs.append((key, value))
                idx = _skip(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip(s, idx + 1, n)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, idx + 1

    def parse_array(self, s, idx, n):
        values = []
        idx = _skip(s, idx, n)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self.scan(s, idx)
                values.append(value)
                idx = _skip(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip(s, idx + 1, n)
        return values, idx + 1


class JSONDecoder:
    """Simple JSON decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to int or float, and
    true, false and null to True, False and None; NaN, Infinity and -Infinity are accepted
    as their floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = (c_make_scanner or py_make_scanner)(self)

    def decode(self, s):
        """Return the Python representation of s (a str holding one JSON document)."""
        n = len(s)
        obj, end = self.raw_decode(s, idx=_skip(s, 0, n))
        end = _skip(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s at idx; return it and the index where it ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
