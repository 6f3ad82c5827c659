"""Regular expressions with CPython 3.11's API, reprs and errors.

Krait's own implementation: _krait_re translates a pattern to java.util.regex (checking it as
CPython's parser does) and finds matches; Pattern, Match, sub, split and the templates are here.
"""

import enum
import _krait_re

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
    'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X',
    'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
    'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'


class RegexFlag(enum.IntFlag):
    """The flags of compile() and friends; they combine with |."""
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        if value < 0:
            return '~' + repr(RegexFlag(~value))
        names = []
        for flag in RegexFlag:
            if flag._value_ & value:
                names.append('re.' + flag._name_)
                value &= ~flag._value_
        if value:
            names.append(hex(value))
        if not names:
            return 're.NOFLAG'
        return '|'.join(names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """A pattern or template that is not valid: msg, pattern, pos, lineno and colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_FLAG_NAMES = ((1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII'))


def _operator_index(value):
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError('not an integer') from None
    return method(value)


def _flag_value(flags):
    if isinstance(flags, RegexFlag):
        return flags._value_
    return flags


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled pattern')
        result = _krait_re.translate(pattern, flags)
        if len(result) == 2:
            raise error(result[0], pattern, result[1])
        (self._java, flags, self.groups, self._groupindex, self._parents,
         self._java_groups) = result
        self.pattern = pattern
        self.flags = flags
        self._bytes = isinstance(pattern, bytes)

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if flags & (LOCALE._value_ | UNICODE._value_ | ASCII._value_) == UNICODE._value_:
            flags &= ~UNICODE._value_
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return 're.compile(%s)' % (text,)
        names = []
        for value, name in _FLAG_NAMES:
            if flags & value:
                names.append('re.' + name)
                flags &= ~value
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        return cls

    def _check(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            if isinstance(string, bytearray):
                string = bytes(string)
            elif not isinstance(string, bytes):
                raise TypeError("expected string or bytes-like object, got '%s'"
                                % type(string).__name__)
        elif not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        return string

    def _run(self, string, pos, endpos, mode, must_advance=False):
        subject = self._check(string)
        n = len(subject)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        spans = _krait_re.match(self._java, subject, pos, endpos, mode, must_advance,
                                self._java_groups)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        subject = self._check(string)
        if endpos is None:
            endpos = len(subject)
        return _krait_re.findall(self._java, subject, pos, endpos, self._java_groups,
                                 self.groups)

    def _spans(self, subject, limit):
        """The span tuples of the successive matches in all of subject, at most limit."""
        if limit < 0:
            return []
        return _krait_re.scan(self._java, subject, 0, len(subject), self._java_groups, limit)

    def split(self, string, maxsplit=0):
        subject = self._check(string)
        pieces = []
        last = 0
        for spans in self._spans(subject, maxsplit):
            pieces.append(subject[last:spans[0]])
            for g in range(2, len(spans), 2):
                start = spans[g]
                pieces.append(subject[start:spans[g + 1]] if start >= 0 else None)
            last = spans[1]
        pieces.append(subject[last:])
        return pieces

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        subject = self._check(string)
        template = None if callable(repl) else _compile_template(self, repl)
        pieces = []
        last = 0
        all_spans = self._spans(subject, count)
        for spans in all_spans:
            pieces.append(string[last:spans[0]])
            if template is not None:
                pieces.extend(_expand_spans(template, string, spans))
            else:
                piece = repl(Match(self, string, 0, len(subject), spans))
                if piece is not None:
                    if self._bytes and not isinstance(piece, bytes):
                        raise TypeError('expected a bytes-like object, %s found'
                                        % type(piece).__name__)
                    if not self._bytes and not isinstance(piece, str):
                        raise TypeError('expected str instance, %s found'
                                        % type(piece).__name__)
                    pieces.append(piece)
            last = spans[1]
        n = len(all_spans)
        pieces.append(string[last:])
        empty = b'' if self._bytes else ''
        return empty.join(pieces), n


class _Scanner:
    """Iterates over the successive matches, as CPython: an empty match never repeats."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.must_advance = False
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        m = self.search()
        if m is None:
            raise StopIteration
        return m

    def _next(self, mode):
        if self.done:
            return None
        m = self.pattern._run(self.string, self.pos, self.endpos, mode, self.must_advance)
        if m is None:
            self.done = True
            return None
        self.pos = m.end()
        self.must_advance = m.end() == m.start()
        return m

    def search(self):
        return self._next(0)

    def match(self):
        return self._next(1)


class Match:
    """The result of a successful match: groups, their spans and the string searched."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    @property
    def lastindex(self):
        """The group that closed last: the one ending last, an enclosing group after those it
        holds, else the later one."""
        spans = self._spans
        parents = self.re._parents
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            if spans[2 * g] < 0 or spans[2 * g + 1] < best_end:
                continue
            if best is not None and spans[2 * g + 1] == best_end:
                enclosing = parents[g - 1]
                while enclosing and enclosing != best:
                    enclosing = parents[enclosing - 1]
                if enclosing == best:
                    continue
            best = g
            best_end = spans[2 * g + 1]
        return best

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re._groupindex.items():
            if index == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1])
                     for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, (str, bytes)):
            index = self.re._groupindex.get(group)
        else:
            try:
                index = _operator_index(group)
            except TypeError:
                index = None
            if index is not None and not 0 <= index <= self.re.groups:
                index = None
        if index is None:
            raise IndexError('no such group')
        return index

    def _group(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * index + 1]]

    def _group_or_empty(self, index):
        return self._group(index, b'' if self.re._bytes else '')

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default)
                for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return self._spans[2 * index], self._spans[2 * index + 1]

    def expand(self, template):
        return _expand_template(_compile_template(self.re, template), self)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._spans[0], self._spans[1], self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
            '\\': '\\'}


def _compile_template(pattern, repl):
    """Parses a replacement template into literal strs and group numbers (CPython's rules)."""
    is_bytes = isinstance(repl, bytes)
    if pattern._bytes != is_bytes:
        if is_bytes:
            raise TypeError('expected str instance, bytes found')
        raise TypeError('expected a bytes-like object, str found')
    text = repl.decode('latin-1') if is_bytes else repl
    items = []
    literal = []
    i = 0
    n = len(text)

    def flush():
        if literal:
            items.append(''.join(literal))
            literal.clear()

    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, start)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise error('missing <', repl, i)
            close = text.find('>', i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise error('missing group name', repl, i + 1)
                raise error('missing >, unterminated name', repl, i + 1)
            name = text[i + 1:close]
            if not name:
                raise error('missing group name', repl, i + 1)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, repl, i + 1)
            elif name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                raise error('bad character in group name %r' % name, repl, i + 1)
            i = close + 1
            flush()
            items.append(index)
        elif c == '0':
            code = 0
            for _ in range(2):
                if i < n and text[i] in '01234567':
                    code = code * 8 + int(text[i])
                    i += 1
            literal.append(chr(code))
        elif c in '123456789':
            digits = c
            if i < n and text[i].isdigit() and text[i].isascii():
                if (c in '01234567' and text[i] in '01234567' and i + 1 < n
                        and text[i + 1] in '01234567'):
                    code = int(c + text[i:i + 2], 8)
                    if code > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % (c + text[i:i + 2]), repl, start)
                    literal.append(chr(code))
                    i += 2
                    continue
                digits += text[i]
                i += 1
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, start + 1)
            flush()
            items.append(index)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\%s' % c, repl, start)
        else:
            literal.append('\\' + c)
    flush()
    if is_bytes:
        items = [item.encode('latin-1') if isinstance(item, str) else item for item in items]
    if not items:
        items.append(b'' if is_bytes else '')
    return items


def _expand_spans(template, string, spans):
    """Returns the pieces of a template expanded for the match with these spans."""
    pieces = []
    for item in template:
        if isinstance(item, int):
            start = spans[2 * item]
            if start >= 0:
                pieces.append(string[start:spans[2 * item + 1]])
        else:
            pieces.append(item)
    return pieces


def _expand_template(template, m):
    empty = b'' if m.re._bytes else ''
    return empty.join(_expand_spans(template, m.string, m._spans))


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compiles a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """Scans through string for a match to the pattern; returns a Match or None."""
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """Matches the pattern at the start of string; returns a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Matches the pattern against all of string; returns a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """Returns a list of all non-overlapping matches (or their groups) in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Returns an iterator over the Match objects of all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Returns string with the matches replaced by repl (a template or a function)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Returns (new_string, number_of_subs_made) as sub() does."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Splits string by the occurrences of pattern, keeping the groups' text."""
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    """Clears the regular expression caches."""
    _cache.clear()
    _krait_re.purge()


def template(pattern, flags=0):
    """Compiles a template pattern (deprecated in CPython; no different here)."""
    return _compile(pattern, flags | T)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escapes the special characters of a pattern."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars).encode('latin1')
