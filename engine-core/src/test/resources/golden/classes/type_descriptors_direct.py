# Calling the descriptors and methods of type and object directly: CPython's TypeErrors for
# objects they do not apply to, and the results for ones they do.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
t(lambda: type.__dict__['__name__'].__get__(1))
t(lambda: type.__dict__['__name__'].__set__(A, 1))
t(lambda: type.__dict__['__dict__'].__get__(A))
t(lambda: object.__dict__['__class__'].__get__(1))
t(lambda: A.__dict__['__dict__'].__get__(1))
t(lambda: type.__init__(A))
t(lambda: type.__new__(type))
t(lambda: type.mro(1))
t(lambda: type.__subclasses__(1))
t(lambda: type.__instancecheck__(A, 1))
t(lambda: type.__subclasscheck__(A, 1))
t(lambda: object.__init_subclass__())
t(lambda: type.__prepare__())
t(lambda: A.__dict__['__weakref__'].__get__(A()))
t(lambda: type.__dir__(1))
t(lambda: type('X', (A,), {'__slots__': 5}))
t(lambda: type('X', (), {'__slots__': ['a', 'a']}))
t(lambda: setattr(A(), '__class__', type('B', (int,), {})))
