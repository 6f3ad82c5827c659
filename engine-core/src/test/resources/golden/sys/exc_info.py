# sys.exc_info() is the exception being handled, in this frame or a caller's.
import sys
print(sys.exc_info())
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__)
    try:
        raise KeyError(1)
    except KeyError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())
def f():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print(repr(f()))
try:
    sys.exc_info(1)
except TypeError as e:
    print(e)
