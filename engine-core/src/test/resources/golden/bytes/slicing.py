# Slicing bytes and bytearray, and slice assignment and deletion on bytearray.
b = b'0123456789'
for i, j, k in [(None, None, None), (2, 5, None), (None, None, -1), (-3, None, None),
                (1, -1, 3), (8, 1, -2), (100, None, None), (None, -100, None)]:
    print(i, j, k, b[i:j:k], bytearray(b)[i:j:k])
print(b[2:7], b[::2], b[::-3], b[-4:-1], b[5:2])
a = bytearray(b)
a[2:4] = b'ab'
print(a)
a[::3] = b'XYZW'
print(a)
a[1:1] = [65, 66]
print(a)
del a[::2]
print(a)
del a[-2:]
print(a)
a[:] = b''
print(a, len(a))
for f in [lambda: b[::0], lambda: b['a':], lambda: a.__setitem__(5, b'x')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    c = bytearray(b'abcd')
    c[::2] = b'xyz'
except ValueError as e:
    print('ValueError', e)
