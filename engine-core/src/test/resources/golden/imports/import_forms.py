import sys as s1, sys
from sys import (maxsize,
                 byteorder as bo)
import math, math as m2
print(s1 is sys, m2 is math, maxsize == sys.maxsize, bo)


def f():
    import sys
    from math import floor as fl
    return sys.maxsize > 0, fl(3.7)


print(f())
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(repr(e), e.name)
try:
    import math.sub.x
except ModuleNotFoundError as e:
    print(e)
try:
    from sys import nope, argv
except ImportError as e:
    print(e, e.name)
print(math.floor(-2.5), math.ceil(-2.5), math.floor(7), math.sqrt(9), math.log(100, 10))
for bad in [-1.0, 0.0]:
    try:
        print(math.log(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    math.sqrt("x")
except TypeError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
import __future__
print(hasattr(__future__, 'division'), "annotations" in __future__.all_feature_names)
