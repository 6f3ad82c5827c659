# Class namespaces: __dict__ as a mappingproxy in CPython's order, __doc__, __module__,
# __name__/__qualname__/__bases__ assignment and their errors, mro(), __subclasses__().
class A:
    x = 1
print(A.__dict__)
print(repr(A.__dict__))
class B(A):
    "doc of B"
    y = 2
print(B.__dict__, B.__doc__, B().__doc__, A.__doc__)
T = type('T', (), {'v': 7})
print(T.__dict__, T.__module__, T)
class S:
    __slots__ = ('a', '__dict__')
print(S.__dict__)
class S2:
    __slots__ = ('a',)
print(S2.__dict__, S2.__dict__['a'])
class S3:
    __slots__ = ('__weakref__',)
print(S3.__dict__)
print(type(A.__dict__).__name__, A.__dict__.get('x'), A.__dict__.get('nope', 'dflt'), len(B.__dict__))
print(list(B.__dict__), 'x' in A.__dict__, 'y' in A.__dict__, A.__dict__.keys())
print(sorted(k for k, v in A.__dict__.items() if not k.startswith('__')))
try:
    A.__dict__['nope']
except KeyError as e:
    print(repr(e))
try:
    A.__dict__['z'] = 1
except TypeError as e:
    print(e)
try:
    A.__dict__ = {}
except AttributeError as e:
    print(e)
proxy = A.__dict__
A.later = 3
print('later' in proxy, proxy['later'])
print(type.__dict__['__dict__'], type.__dict__['__name__'], A.__dict__['__dict__'])
for attr, value in [('__name__', 5), ('__qualname__', 5), ('__bases__', 1)]:
    try:
        setattr(A, attr, value)
    except TypeError as e:
        print(e)
for attr in ['__name__', '__qualname__', '__module__']:
    try:
        delattr(A, attr)
    except TypeError as e:
        print(e)
try:
    int.__name__ = 'integer'
except TypeError as e:
    print(e)
A.__name__ = 'Renamed'
print(A, A.__name__, A.__qualname__)
A.__qualname__ = 'Q.Renamed'
print(A, A.__name__, A.__qualname__)
A.__module__ = 'elsewhere'
print(A, A.__module__)
A.__doc__ = 'now documented'
print(A.__doc__)
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
print(W.mro(), W.__mro__, W.__bases__, W.__base__, object.__base__)
print([k.__name__ for k in X.__subclasses__()], Y.__subclasses__(), W.__subclasses__())
print(int.__module__, int.__name__, int.__qualname__, type(int.__dict__).__name__)
