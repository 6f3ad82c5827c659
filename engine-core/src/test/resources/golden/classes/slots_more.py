# __slots__ details: private names are mangled, identifiers only, __dict__/__weakref__ slots,
# member descriptors on the class, slots in subclasses of classes with a dict.
class P:
    __slots__ = ('__secret', 'plain')
    def __init__(self):
        self.__secret = 1
        self.plain = 2
    def secret(self):
        return self.__secret
p = P()
print(p.secret(), p.plain, sorted(k for k in P.__dict__ if not k.startswith('__')))
print(P._P__secret, P.plain)
for slots in [('not an identifier',), (1,), ('__dict__', '__dict__'), ('__weakref__', '__weakref__')]:
    try:
        class Bad:
            __slots__ = slots
    except TypeError as e:
        print(e)
class WithDict:
    pass
try:
    class Again(WithDict):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
class Mixed(WithDict):
    __slots__ = ('a',)
m = Mixed()
m.a = 1
m.b = 2
print(m.a, m.b, vars(m), sorted(k for k in Mixed.__dict__ if k not in ('__module__', '__doc__')))
class Weak:
    __slots__ = ('__weakref__', 'v')
w = Weak()
print(w.__weakref__, hasattr(w, '__dict__'), sorted(Weak.__dict__))
class Under:
    __slots__ = ['x', 'y']
u = Under()
u.x = 5
try:
    u.y
except AttributeError as e:
    print(e)
try:
    del u.y
except AttributeError as e:
    print(e)
print(Under.__slots__, Under.x.__name__, Under.x.__objclass__.__name__)
try:
    Under.x.__get__(5)
except TypeError as e:
    print(e)
