# bytes and bytearray with the protocols: iteration, __index__, __bytes__, hashing, in-place ops.
print(bytes(range(5)), bytearray(range(65, 70)), bytes(x for x in [1, 2]))
print(b'-'.join(bytes([c]) for c in b'abc'))
a = bytearray()
a.extend(x + 1 for x in range(3))
print(a)
class I:
    def __index__(self):
        return 3
print(bytes(I()), b'abcd'[I()], bytes([I()]), b'ab' * I())
class BB:
    def __bytes__(self):
        return b'custom'
print(bytes(BB()), b'%s' % BB(), b'%b' % BB())
print(b'abc'.count(I()), b'abcdef'.find(b'd', I()))
x = b'abc'
y = x
x += b'd'
print(x, y, x is y)
z = bytearray(b'q')
w = z
z += b'r'
print(z, w, z is w)
print(b'a' < b'ab', b'\xff' > b'a', bytearray(b'b') >= b'a', b'x' != 'x', b'x' == 'x')
print(b'abc'.decode('ascii'))
print(b''.join([]), bytes(), bytearray() == b'', bool(b''), bool(b'x'))
print(repr(b'\'"'), repr(b"'"), repr(bytearray(b'"\'')))
print(max(b'abc'), min(bytearray(b'xyz')), sum(b'\x01\x02'))
print(type(bytearray()), bytes.__name__, isinstance(b'', bytes))
print(b'Hello'.startswith(b'He', 0, 2), b'Hello'.endswith(b'lo', -3))
d = {b'a': 1, bytes([98]): 2}
print(d[b'b'], b'a' in d)
class Own(bytes):
    def __bytes__(self):
        return b'own'
class Bad:
    def __bytes__(self):
        return 'not bytes'
print(bytes(Own(b'x')), bytearray(Own(b'x')), bytes(b'plain'))
try:
    bytes(Bad())
except TypeError as e:
    print('TypeError', e)
