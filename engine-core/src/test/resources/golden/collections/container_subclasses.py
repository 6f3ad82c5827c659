class L(list):
    pass
l = L([3, 1, 2])
l.x = 5
l.sort()
print(l, type(l).__name__, l.x, len(l), l == [1, 2, 3], isinstance(l, list))
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d['a'], d[21], d, type(d).__name__, 'b' in d)
class C(dict):
    pass
c = C()
try:
    c[1]
except KeyError as e:
    print('KeyError', e)
class T(tuple):
    def first(self):
        return self[0]
t = T([7, 8])
print(t, t.first(), type(t).__name__, t + (1,), hash(t) == hash((7, 8)))
class S(set):
    pass
s = S([1, 2])
print(s, type(s | S([3])).__name__, S(), frozenset([1]))
class F(frozenset):
    pass
print(F([1]), F(), type(F([1]) | frozenset([2])).__name__)
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), list(reversed((1, 2))))
print(list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
try:
    reversed(5)
except TypeError as e:
    print(e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class K(list):
    def __repr__(self):
        return 'K!'
print([K()], K([1]))
class Rev(list):
    def __iter__(self):
        return reversed(self)
r = Rev([1, 2, 3])
print(list(r), tuple(r), [0] + r, r)
x = [0]
x.extend(r)
print(x)
class DK(dict):
    def keys(self):
        return ['a']
    def __iter__(self):
        return iter(['a'])
print(dict(DK(a=1, b=2)))
class DK2(dict):
    def keys(self):
        return ['a']
print(dict(DK2(a=1, b=2)))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c['x'] += 1
print(c, c.get('y'), 'y' in c)
class L(list):
    __slots__ = ('a',)
l = L([1])
try:
    l.a = 5
    print(l.a, l)
except Exception as e:
    print(type(e).__name__, e)
class D(dict):
    __slots__ = ()
d = D(x=1)
print(d, hasattr(d, '__dict__'))
