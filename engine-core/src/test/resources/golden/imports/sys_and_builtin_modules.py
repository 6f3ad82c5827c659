from __future__ import annotations, print_function, division
import sys
import math as m
from sys import argv, maxsize as ms

print(sys, argv[1:], ms, type(m).__name__)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.platform, sys.byteorder)
sys.stdout.write("hello\n")
print("to err", file=sys.stderr)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print('sys' in sys.modules, sys.modules['sys'] is sys)
print(m.sqrt(2), m.sin(1), m.cos(1), m.floor(2.5), m.ceil(2.5), m.pi, m.e, m.inf, m.nan, m.log(8, 2), m.exp(1), m.hypot(3, 4))
try:
    m.sqrt(-1)
except ValueError as e:
    print(e)
try:
    import foo
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import sys.path
except ImportError as e:
    print(type(e).__name__, e)
try:
    m.nope
except AttributeError as e:
    print(e)
from math import *
print(sqrt(16), floor(-1.5))
vi = sys.version_info
print(vi, vi.major, vi.minor, vi.releaselevel, vi[0], vi[:3], len(vi), list(vi))
print(vi >= (3, 8), (3, 12) > vi, vi == (3, 11, 7, 'final', 0), 3 in vi, hash(vi) == hash(tuple(vi)))
major, minor, *rest = vi
print(major, minor, rest, "%d.%d" % vi[:2])
