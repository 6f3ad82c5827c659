# type(name, bases, dict), type.__new__/__init__/__call__, metaclasses, __prepare__, class
# keywords, the metaclass conflict, __instancecheck__/__subclasscheck__ and zero-argument super().
for args in [(), ('X', 1, {}), (1, (), {}), ('X', (), 5), ('X', (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
print(type('X',), type(type), type(1, ))
for args in [('X',), ('X', (), {}, 4)]:
    try:
        type.__new__(type, *args)
    except TypeError as e:
        print(e)
for call in [lambda: type.__new__(1, 'X', (), {}), lambda: type.__new__(int, 'X', (), {}),
             lambda: type(1, x=1), lambda: type.__init__(int, 1, x=1),
             lambda: type.__init__(int, 1, 2), lambda: type('X', (), {'__qualname__': 1}),
             lambda: type('X', (1,), {}), lambda: type('X', (), {}, color='red')]:
    try:
        call()
    except TypeError as e:
        print(e)
D = type('D', (), {'__qualname__': 'Outer.D', 'f': lambda self: 'f of ' + type(self).__name__})
print(D, D.__name__, D.__qualname__, D().f())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print('call', cls.__name__, args, kw)
        return super().__call__(*args, **kw)
class Base(metaclass=Meta, flavour='plain'):
    def __init__(self, v=0):
        self.v = v
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Derived(Base, flavour='rich'):
    def who(self):
        return ['Derived'] + [type(super()).__name__]
d = Derived(v=4)
print(d.v, d.who(), Derived.prepared, type(Derived).__name__, isinstance(Derived, Meta))
class M1(type): pass
class M2(type): pass
class P(metaclass=M1): pass
class Q(metaclass=M2): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class R2(P, metaclass=M3): pass
class R3(R2, P): pass
print(type(R2).__name__, type(R3).__name__, type(type('R4', (P,), {})).__name__)
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Quacker(metaclass=Duck): pass
class Robot:
    quack = True
print(isinstance(Robot(), Quacker), isinstance(1, Quacker), isinstance(Quacker(), Quacker),
      issubclass(Robot, Quacker), issubclass(int, (Quacker, str)), issubclass(Quacker, object))
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Z(metaclass=BadPrepare): pass
except TypeError as e:
    print(e)
class Forgetful(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class UsesSuper(metaclass=Forgetful):
        def f(self):
            return super().f()
except RuntimeError as e:
    print(e)
try:
    type('C', (), {'__classcell__': 1})
except TypeError as e:
    print(e)
def factory(name, bases, ns, **kw):
    return (name, bases, sorted(ns), kw)
class NotAClass(int, metaclass=factory, extra=1):
    a = 1
print(NotAClass)
