# * and ** in calls and displays: CPython's messages name the function.
def f(*args, **kwargs):
    return args, kwargs


class C:
    def m(self, *a, **k):
        return a, k


class Mapping:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, key):
        return key * 2


cases = ['f(*5)', 'f(*5, 1)', 'f(1, *None)', '[*5]', '(*5,)', 'f(**[1])', "f(**{'a': 1}, **{'a': 2})",
         "f(a=1, **{'a': 2})", 'C.m(C(), **[1])', "{**[1]}", 'f(**{1: 2})', 'len(*5)', 'print(**[1])',
         "f(x=1, **{'y': 1}, **[1])", 'f(*1, **1)']
for src in cases:
    try:
        print(src, '=>', eval(src))
    except TypeError as e:
        print(src, '->', e)
print(f(*'ab', **Mapping()), {**Mapping()}, f(*[1, 2]), f(*(1,)), f(*range(3), *'x'), C().m(*[1], **{'k': 2}))
print(ord(b'A'), ord(bytearray(b'\xff')), ord('\U0001F600'))
for v in ['', 'ab', b'', b'ab', bytearray(), 5, None]:
    try:
        ord(v)
    except TypeError as e:
        print(repr(v), '->', e)
print(repr(bytearray(b"q'")), repr(bytearray(b'q"')), repr(bytearray(b'\'"')), repr(b"q'"), repr(b'q\'"'))
