# __init_subclass__ and __set_name__: implicit classmethod/staticmethod, keyword arguments,
# object.__init_subclass__'s errors, CPython 3.11's wrapping of __set_name__ errors, ordering.
class Q:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(Q.__dict__['__init_subclass__']).__name__, type(Q.__dict__['__new__']).__name__)
class R(Q, tag=1): pass
class R2(R): pass
class Plain: pass
for call in [lambda: type('X', (Plain,), {}, a=1), lambda: Plain.__init_subclass__(1),
             lambda: Plain.__init_subclass__(a=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class Model:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__, [k for k, v in vars(cls).items() if isinstance(v, Field)])
class User(Model):
    a = Field()
    b = Field()
    c = 3
print(User.a.name, User.b.name)
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom in ' + name)
try:
    class Z:
        d = Boom()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__cause__ is e.__context__)
class Late:
    pass
Late.f = Field()
print(hasattr(Late.f, 'name'))
