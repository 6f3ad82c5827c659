# Assigning __bases__: the MRO of the class and its subclasses is recomputed, lookups follow;
# CPython's errors for bad values, cycles, layouts and inconsistent orders leave it unchanged.
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
    def only_b(self):
        return 'only in B'
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__], C.__base__.__name__)
print(isinstance(d, A), isinstance(d, B), issubclass(D, B), A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in D.mro()])
class S:
    __slots__ = ('x',)
for value in [1, (), (1,), (D,), (C, C), (S,), (int,)]:
    try:
        C.__bases__ = value
    except TypeError as e:
        print(e)
print([k.__name__ for k in C.__mro__])
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    P.__bases__ = (Y, X)
    class R(P, Q): pass
    print('ok', [k.__name__ for k in R.__mro__])
    P.__bases__ = (X, Y)
except TypeError as e:
    print(e)
try:
    del C.__bases__
except TypeError as e:
    print(e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
class E:
    def __eq__(self, other):
        return True
class F:
    pass
class G(F):
    pass
G.__bases__ = (E,)
print(G() == 1, G.__hash__)
