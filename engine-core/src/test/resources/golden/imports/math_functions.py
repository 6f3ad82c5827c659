import math
from math import isclose, fsum, gcd, factorial

print(isclose(1.0, 1.0 + 1e-10), isclose(1.0, 1.1), isclose(0.0, 1e-12, abs_tol=1e-9))
print(isclose(math.inf, math.inf), isclose(math.inf, 1e308), isclose(math.nan, math.nan))
for bad in [dict(rel_tol=-1.0), dict(abs_tol=-0.5)]:
    try:
        isclose(1, 2, **bad)
    except ValueError as e:
        print("ValueError", e)
print(fsum([0.1] * 10), sum([0.1] * 10), fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(fsum([]), fsum(range(10)), fsum([1.0, math.inf]), fsum([math.inf, math.nan]))
try:
    fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError", e)
try:
    fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError", e)
print(gcd(), gcd(12, 18), gcd(-12, 18, 27), gcd(0, 0), gcd(2 ** 100, 6 ** 50))
print(factorial(0), factorial(5), factorial(30), len(str(factorial(500))))
for bad in [-1, 5.0, "3"]:
    try:
        factorial(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.sqrt(2.0), math.sin(0.5), math.cos(0.5), math.tan(0.5), math.atan(1.0))
print(math.exp(2), math.log(10), math.log(1024, 2), math.fabs(-3), math.hypot(3, 4, 12))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20 + 0.0), math.tau)
try:
    math.sqrt(-0.1)
except ValueError as e:
    print("ValueError", e)
print(math.pow(2, 10), math.pow(2.0, -1), math.pow(1.0, math.nan), math.pow(math.nan, 0))
print(math.pow(-1, math.inf), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-8, 1 / 3 * 0))
for a, b in [(0.0, -1.0), (-8.0, 1 / 3), (10.0, 400.0)]:
    try:
        print(math.pow(a, b))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
