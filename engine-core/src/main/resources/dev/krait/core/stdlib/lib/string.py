"""Common string constants and helpers (Krait's own implementation of CPython's string)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them again with sep (or one space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class Template:
    """A string with $-substitutions, as PEP 292 describes."""

    delimiter = '$'
    idpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        text = self.template
        out = []
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and text[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            braced = i + 1 < n and text[i + 1] == '{'
            start = i + 2 if braced else i + 1
            j = start
            while j < n and (text[j] == '_' or text[j].isascii() and text[j].isalnum()):
                j += 1
            name = text[start:j]
            valid = name and not name[0].isdigit() and (not braced or j < n and text[j] == '}')
            if not valid:
                if safe:
                    out.append('$')
                    i += 1
                    continue
                self._invalid(i + 1)
            end = j + 1 if braced else j
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                out.append(text[i:end])
            i = end
        return ''.join(out)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged
