# bytearray: the mutating methods, item assignment and in-place operators.
a = bytearray(b'hello')
a.append(33)
a.extend(b' world')
a.extend([1, 2])
a.insert(0, 62)
print(a, len(a), a.pop(), a.pop(0), a)
a.remove(108)
a.reverse()
print(a)
a[0] = 65
del a[1]
print(a, a[0], a[-1])
a += b'++'
a *= 2
print(a)
b = a.copy()
a.clear()
print(a, b, a == b, b.upper(), b.find(b'+'))
print(bytearray(3), bytearray([1, 2]), bytearray('x', 'ascii'), bytearray.fromhex('41 42'))
print(bytearray(b'abc') + b'd', b'd' + bytearray(b'abc'), bytearray(b'ab') * 2)
print(bytearray(b'a,b').split(b','), bytearray(b' x ').strip(), bytearray(b'q').decode())
class Buf(bytearray):
    def total(self):
        return sum(self)
    def __repr__(self):
        return 'Buf' + str(len(self))
x = Buf(b'\x01\x02\x03')
x.append(4)
print(x.total(), repr(x), isinstance(x, bytearray), type(x.upper()).__name__)
class Name(bytes):
    pass
n = Name(b'nm')
print(type(n).__name__, n, n + b'!', n == b'nm', len(n), n.upper())
for f in [lambda: a.pop(), lambda: bytearray(b'x').remove(9), lambda: hash(bytearray()),
          lambda: bytearray(b'x').append(256), lambda: bytearray(b'x').insert(0, 'a'),
          lambda: bytearray(1.5), lambda: bytearray('abc')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
