# The fast paths for int/float arithmetic, subscripts and calls keep Python's semantics.
import sys

print(sys.maxsize + 1, -sys.maxsize - 2, sys.maxsize * 3, (-sys.maxsize - 1) // -1)
print(7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2, 2 ** -1, 1 / 4, 10 / 5)
print(3 + 0.5, 0.5 + 3, 3 * 1.5, 2.0 - 1, 1 - 2.0, 7 % 2.5, 7.0 // 2)
print(True + True, True & False, type(True | False).__name__, 1 << 70, -1 >> 100)
zero = 0
for name, bad in (
    ("1 / 0", lambda: 1 / zero),
    ("1 // 0", lambda: 1 // zero),
    ("1 % 0", lambda: 1 % zero),
    ("1.0 / 0", lambda: 1.0 / zero),
    ("1.0 % 0", lambda: 1.0 % zero),
    ("5 % 0.0", lambda: 5 % float(zero)),
    ("2.0 // 0", lambda: 2.0 // zero),
):
    try:
        bad()
    except ZeroDivisionError as e:
        print(name, "->", e)
nan = float("nan")
print(nan < 1.0, nan == nan, nan != nan, -0.0 == 0.0, 1.5 >= 1.5)

xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[-1], xs[0], t[-3], t[2])
for name, bad in (
    ("xs[3]", lambda: xs[3]),
    ("xs[-4]", lambda: xs[-4]),
    ("t[5]", lambda: t[5]),
    ("xs[2**70]", lambda: xs[2**70]),
):
    try:
        bad()
    except IndexError as e:
        print(name, "->", e)
xs[-1] = 99
xs[0] = 1
print(xs)
try:
    xs[3] = 0
except IndexError as e:
    print(e)
d = {"a": 1}
d["b"] = 2
print(d["a"], d)
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)


class Dflt(dict):
    def __missing__(self, key):
        return key * 2


print(Dflt()["ab"])

a, b = (1, 2)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 5), f(1, 2, 3), f(c=0, a=9))
for args in ((), (1, 2, 3, 4)):
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
f.__defaults__ = (7,)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print(e)


class A:
    def m(self, x=5):
        return x

    @staticmethod
    def s(x):
        return x * 3

    @classmethod
    def c(cls, x):
        return cls.__name__, x


o = A()
bound = o.m
print(o.m(), o.m(1), bound(2), A.m(o, 3), o.s(2), o.c(1), A.c(2))
try:
    o.m(1, 2)
except TypeError as e:
    print(e)
print("abc".upper(), "a,b".split(","), [3, 1, 2].index(2))
try:
    [].pop()
except IndexError as e:
    print(e)


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
