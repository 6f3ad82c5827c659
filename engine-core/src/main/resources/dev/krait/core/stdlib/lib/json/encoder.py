"""JSON encoding: JSONEncoder and the string escapers (Krait's own implementation).

Output and error messages are CPython 3.11's: dumps() without indent behaves as its C
encoder (plain "Out of range float values are not JSON compliant"), iterencode() and indented
output as its Python encoder (the message ends with the value's repr).
"""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
    from _json import encode_basestring as c_encode_basestring
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_encode_basestring_ascii = c_encode_basestring = c_make_encoder = None

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii', 'INFINITY']

INFINITY = float('inf')

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _plain(s):
    # Nothing to escape in printable ASCII without quotes or backslashes.
    return s.isascii() and s.isprintable() and '"' not in s and '\\' not in s


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    if _plain(s):
        return '"' + s + '"'
    escapes = _ESCAPES
    return '"' + ''.join([escapes.get(c, c) for c in s]) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if _plain(s):
        return '"' + s + '"'
    escapes = _ESCAPES
    out = []
    for c in s:
        e = escapes.get(c)
        if e is not None:
            out.append(e)
        elif ' ' <= c <= '~':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    Encodes dict, list, tuple, str, int, float, True, False and None (and their subclasses);
    other objects go through default(), which subclasses override.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self._chunks(o, True))

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON representation chunk by chunk."""
        yield from self._chunks(o, _one_shot)

    def _chunks(self, o, one_shot):
        # As CPython: in one shot (encode, dumps) without indent, the fast encoder with its C
        # messages; in one shot with indent, the fast encoder with the Python encoder's
        # messages; chunk by chunk (iterencode, dump), the Python encoder.
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        c_messages = one_shot and indent is None
        if (one_shot and c_make_encoder is not None and isinstance(self.key_separator, str)
                and isinstance(self.item_separator, str)):
            return c_make_encoder(self.check_circular, self.default, self.ensure_ascii, indent,
                                  self.key_separator, self.item_separator, self.sort_keys,
                                  self.skipkeys, self.allow_nan, c_messages)(o, 0)
        encoder = _Encoder(
            [] if self.check_circular else None, self.default,
            encode_basestring_ascii if self.ensure_ascii else encode_basestring,
            indent, self.key_separator, self.item_separator, self.sort_keys, self.skipkeys,
            self.allow_nan, c_messages)
        chunks = []
        encoder.encode(o, chunks, 0)
        return chunks


class _Encoder:
    # One encoding's settings; encode() appends the text of a value to a list of chunks.

    def __init__(self, markers, default, encode_str, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan, c_messages):
        self.markers = markers
        self.default = default
        self.encode_str = encode_str
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan
        self.c_messages = c_messages

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if self.c_messages:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def encode(self, o, chunks, level):
        if isinstance(o, str):
            chunks.append(self.encode_str(o))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, chunks, level)
        elif isinstance(o, dict):
            self.encode_dict(o, chunks, level)
        else:
            marker = self.enter(o)
            self.encode(self.default(o), chunks, level)
            self.leave(marker)

    # markers is the stack of the containers being encoded (compared by identity: there is
    # no id() to key a dict by), or None without check_circular.
    def enter(self, o):
        markers = self.markers
        if markers is None:
            return None
        for m in markers:
            if m is o:
                raise ValueError("Circular reference detected")
        markers.append(o)
        return o

    def leave(self, marker):
        if marker is not None:
            self.markers.pop()

    def open(self, chunks, bracket, level):
        # Returns the separator between items (with the newline and indent, if any).
        if self.indent is None:
            chunks.append(bracket)
            return self.item_separator
        newline_indent = '\n' + self.indent * (level + 1)
        chunks.append(bracket + newline_indent)
        return self.item_separator + newline_indent

    def close(self, chunks, bracket, level):
        if self.indent is not None:
            chunks.append('\n' + self.indent * level)
        chunks.append(bracket)

    def encode_list(self, lst, chunks, level):
        if not lst:
            chunks.append('[]')
            return
        marker = self.enter(lst)
        separator = self.open(chunks, '[', level)
        first = True
        for value in lst:
            if first:
                first = False
            else:
                chunks.append(separator)
            self.encode(value, chunks, level + 1)
        self.close(chunks, ']', level)
        self.leave(marker)

    def encode_dict(self, dct, chunks, level):
        if not dct:
            chunks.append('{}')
            return
        marker = self.enter(dct)
        separator = self.open(chunks, '{', level)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                chunks.append(separator)
            chunks.append(self.encode_str(key))
            chunks.append(self.key_separator)
            self.encode(value, chunks, level + 1)
        self.close(chunks, '}', level)
        self.leave(marker)
