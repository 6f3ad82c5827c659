# Class calls (object.__new__ then a Python __init__ from the stack), module attributes through
# the attribute cache, float/int comparisons, attribute sites seeing several classes.
class P:
    def __init__(self, a, b=2):
        self.a = a; self.b = b
p = P(1); print(p.a, p.b, vars(p))
p = P(1, b=5); print(vars(p))
class Q(P):
    pass
print(vars(Q(3)))
class R:
    def __init__(self):
        return 3
try: R()
except TypeError as e: print(e)
try: P()
except TypeError as e: print(e)
try: P(1,2,3)
except TypeError as e: print(e)
class M(type):
    def __call__(cls, *a):
        print("meta call", a); return super().__call__(*a)
class S(metaclass=M):
    def __init__(self, x): self.x = x
print(S(4).x)
class N:
    def __new__(cls, *a):
        print("new", a); return super().__new__(cls)
    def __init__(self, x): self.x = x
print(N(5).x)
class G:
    def __init__(self):
        yield 1
try: G()
except TypeError as e: print(e)
import math
print(math.sin(0.5), math.pi)
try: math.nope
except AttributeError as e: print(e)
print(1.0 < 2, 2**53+1 > float(2**53), -0.0 == 0, 0 == -0.0, 3.5 >= 3, float('nan') < 1, float('inf') > 10**400, 1e300 > 10**300)
class T:
    def f(self): return 1
class U(T):
    def f(self): return 2
class V(T): pass
for o in [T(), U(), V(), U(), T(), V()]*2:
    print(o.f(), end=' ')
print()
