# bytes: construction, repr, operators and methods, run by Krait and by CPython.
data = [b'', b'abc', b'  Hello, World!  ', b'a\tb\nc\r\nd', b'\x00\x7f\x80\xff', b"it's", b'"q"']
for b in data:
    print(repr(b), len(b), list(b))
    print(b.upper(), b.lower(), b.title(), b.swapcase(), b.capitalize())
    print(b.split(), b.rsplit(None, 1), b.split(b','), b.splitlines(), b.splitlines(True))
    print(b.strip(), b.lstrip(b' H'), b.rstrip(b'! '), b.center(21, b'*'), b.zfill(8))
    print(b.find(b'l'), b.rfind(b'l'), b.count(b'l'), b.startswith(b'  '), b.endswith((b'!', b'c')))
    print(b.replace(b'l', b'L', 2), b.partition(b'o'), b.rpartition(b'o'), b.expandtabs(4))
    print(b.hex(), b.hex('-', 2), b.isalpha(), b.isdigit(), b.isspace(), b.isascii(), b.istitle())
    print(b + b'!', b * 2, 3 * b, b == b'abc', b < b'b', b'c' in b, 99 in b)
print(bytes(4), bytes([1, 2, 3]), bytes((65, 66)), bytes('h\xe9', 'utf-8'), bytes(bytearray(b'x')))
print(bytes.fromhex('de ad BE EF'), b'-'.join([b'a', bytearray(b'b'), b'c']))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz'), b'b'), b'abcabc'.removeprefix(b'ab'))
print(b'%s|%5d|%-4x|%c|%r|%.2f|%e|%g' % (b'x', 42, 255, 65, 'h\xe9', 3.14159, 12345.6789, 0.00001))
print(b'%(a)s and %(b)s' % {b'a': b'one', b'b': b'two'})
print(hash(b'abc') == hash(b'abc'), hash(b''), {b'k': 1}[b'k'])
for it in b'hi':
    print(it)
errors = [
    lambda: b'a' + 'b', lambda: b'a' * 'b', lambda: b'abc'[10], lambda: b'abc'[str('x')],
    lambda: b'a'.split(b''), lambda: bytes('x'), lambda: bytes([300]), lambda: bytes(-1),
    lambda: bytes.fromhex('zz'), lambda: b'abc'.index(b'z'), lambda: b'%d' % 'x',
    lambda: b'%s %s' % (b'x',), lambda: b'x'.center(5, b'ab'), lambda: 'x' in b'abc',
    lambda: b'abc'.decode('nope'), lambda: b'abc'.find(), lambda: b'x'.strip(chars=b'x'),
]
for f in errors:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
