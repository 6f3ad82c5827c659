# The builtins module, __builtins__ in __main__, id(), and site's exit()/quit().
import builtins, sys
print(builtins.len is len, __builtins__ is builtins, builtins.__name__, sys.modules['builtins'] is builtins)
print(type(__builtins__).__name__)
builtins.shout = lambda s: s.upper()
print(shout('hi'))
a = object(); b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(1) == id(1))
print(repr(exit), repr(quit), __debug__, IOError is OSError, EnvironmentError is OSError)
for args, kw in [((), {}), ((3,), {}), ((), {'code': 'bye'})]:
    try:
        exit(*args, **kw)
    except SystemExit as e:
        print(e.args, e.code)
try:
    exit(1, 2)
except TypeError as e:
    print(e)
try:
    id()
except TypeError as e:
    print(e)
objs = [object() for _ in range(10000)] + [[] for _ in range(1000)]
print(len({id(o) for o in objs}) == len(objs), all(id(o) == id(o) for o in objs[:50]))
quit(5)
