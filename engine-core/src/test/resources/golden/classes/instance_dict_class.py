# __dict__ and __class__ of instances: reading, assigning, deleting, CPython's errors; __class__
# on builtin objects; vars() and dir() through them; property attributes and messages.
class A:
    def __init__(self):
        self.x = 1
a = A()
print(a.__dict__, vars(a) is a.__dict__, a.__class__, type(a.__dict__).__name__)
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
a.__dict__ = {'q': 1}
print(a.q, vars(a))
del a.__dict__
print(a.__dict__, hasattr(a, 'q'))
def gen():
    yield 1
for v in [1, 'x', None, [], gen(), len, A, type, A.__init__, a.__init__, (x for x in ())]:
    print(v.__class__.__name__, end=' ')
print()
class B:
    __slots__ = ('x',)
class A2:
    pass
for v in [1, int, B]:
    try:
        a.__class__ = v
    except TypeError as e:
        print(e)
try:
    del a.__class__
except TypeError as e:
    print(e)
try:
    (1).__class__ = A
except TypeError as e:
    print(e)
a.__class__ = A2
print(type(a).__name__, isinstance(a, A2), a.__dict__)
b = B()
print(hasattr(b, '__dict__'), '__dict__' in dir(a), '__class__' in dir(b), '__weakref__' in dir(a))
try:
    vars(b)
except TypeError as e:
    print(e)
try:
    b.x
except AttributeError as e:
    print(e)
class P:
    y = property(lambda s: 1)
    z = property(lambda s: 2, doc='zdoc')
    def _w(self):
        return 3
    w = property(_w)
print(P.y.__doc__, P.z.__doc__, P.y.fset, P.w.fget.__name__, P().w)
for stmt in ['P().y = 1', 'del P().y']:
    try:
        exec(stmt)
    except AttributeError as e:
        print(e)
p = property(lambda s: 1)
P.late = p
try:
    P().late = 1
except AttributeError as e:
    print(e)
p.__set_name__(P, 'named')
try:
    P().late = 1
except AttributeError as e:
    print(e)
