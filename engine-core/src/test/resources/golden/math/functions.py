# math: exact integer functions, correctly rounded results, special values and CPython's errors.
import math

print(math.isqrt(0), math.isqrt(99), math.isqrt(2 ** 200 + 5), math.isqrt(True))
print(math.comb(0, 0), math.comb(5, 7), math.comb(100, 50), math.comb(10 ** 20, 2))
print(math.perm(0), math.perm(6), math.perm(6, 0), math.perm(6, 7), math.perm(20, 10), math.perm(5, None))
print(math.factorial(25), len(str(math.factorial(1000))), math.factorial(True))
print(math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.gcd(-4, -6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2 ** 40, 3 ** 20))
print(math.prod(range(1, 11)), math.prod([1.5, 2], start=2), math.prod([[1]], start=3), math.prod(['a'], start=1))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([]), math.fsum([math.inf, 1.0]), math.fsum(range(10)))
print(math.hypot(), math.hypot(-3), math.hypot(1, 1), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308 / 2), math.hypot(math.inf, math.nan), math.hypot(1, 2, 3, 4))
print(math.dist([1, 2, 3], (4, 6, 3)), math.dist((0.1,), (0.7,)), math.dist([], []))
for x in [0.0, -0.0, 1.0, -2.5, 1e-310, 1e308, math.inf, -math.inf, math.nan, 3, 2 ** 60]:
    print(repr(x), math.frexp(x), math.modf(x) if not isinstance(x, int) else '', math.copysign(1, x), math.isfinite(x), math.ulp(x))
print(math.ldexp(1, 1023), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-3.0, 10 ** 10 * -1), math.ldexp(math.inf, 5), math.ldexp(0.0, 10 ** 30))
print(math.fmod(5, math.inf), math.fmod(-5.5, 2), math.fmod(-0.0, 1), math.remainder(-5, 2), math.remainder(6, 4), math.remainder(1, math.inf))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.nextafter(3, 3), math.ulp(1.0), math.ulp(-1e300), math.ulp(5e-324))
print(math.trunc(-0.9), math.trunc(1e20), math.floor(-0.0), math.ceil(-0.1), math.floor(True), math.ceil(2 ** 70))
class Rounded:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 2.5
print(math.floor(Rounded()), math.ceil(Rounded()), math.trunc(Rounded()), math.sqrt(Rounded()))
class Idx:
    def __index__(self): return 7
print(math.sqrt(Idx()), math.factorial(Idx()), math.gcd(Idx(), 21))
print(math.log(2 ** 1000), math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000), math.log(100, 10), math.log(8, 2.0), math.log2(0.1))
print(math.log1p(1e-20), math.expm1(1e-10), math.exp2(10), math.cbrt(-27), math.cbrt(2), math.exp(-1000))
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'atanh', 'erf', 'erfc', 'exp', 'expm1', 'log1p', 'cbrt', 'gamma', 'lgamma']:
    f = getattr(math, name)
    print(name, [round(f(x), 12) for x in [0.5, 0.25, -0.75]])
print('acosh', [round(math.acosh(x), 12) for x in [1, 1.5, 10, 1e10]])
print([math.erf(x) for x in [-3, -1, 0, 0.1, 0.5, 0.9, 1.3, 2, 3.5, 6, 1e-30]], [math.erfc(x) for x in [-7, -2, 0, 0.2, 0.6, 1, 2, 3, 5, 10, 27, 30]])
print([math.log10(10 ** k) for k in range(-300, 300, 37)], [math.log2(2.0 ** k) for k in range(-1074, 1024, 97)], math.log10(2 ** 1000), math.log10(7), math.log2(10 ** 500))
print(math.gamma(5), math.gamma(0.5) ** 2, math.gamma(-0.5), math.gamma(171), math.lgamma(1), math.lgamma(2), math.lgamma(0.5), math.lgamma(-2.5), round(math.gamma(1.5), 14), math.gamma(-200.5))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf), math.degrees(1), math.radians(90), math.pow(-2, 3), math.pow(2, -1), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.isclose(1e-9, 2e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf), math.isclose(1, 1.0000000001))
for bad in ['math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt("a")', 'math.sqrt(x=1)', 'math.atan2(1)', 'math.atan2(y=1, x=2)',
            'math.perm()', 'math.perm(1, 2, 3)', 'math.comb(1)', 'math.comb(-1, 2)', 'math.perm(2, -1)', 'math.comb(1.0, 1)',
            'math.ldexp(1, 2.0)', 'math.ldexp(1.0, 10 ** 30)', 'math.trunc("a")', 'math.floor("a")', 'math.floor(math.inf)', 'math.ceil(math.nan)',
            'math.prod()', 'math.prod([1], [2])', 'math.prod([1], begin=2)', 'math.dist((1,), (1, 2))', 'math.dist(1, 2)', 'math.gcd(1.5)', 'math.lcm(2, "x")',
            'math.log(10, 1)', 'math.log(-1)', 'math.log(0.0)', 'math.log(0)', 'math.log(-10 ** 400)', 'math.log()', 'math.log(1, 2, 3)', 'math.log("x")',
            'math.log2(0)', 'math.log10(-1)', 'math.log1p(-1)', 'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(200)', 'math.gamma(-math.inf)', 'math.lgamma(-2)',
            'math.lgamma(0)', 'math.acosh(0)', 'math.atanh(1)', 'math.asin(2)', 'math.fmod(1, 0)', 'math.fmod(math.inf, 1)', 'math.remainder(1, 0)',
            'math.remainder(math.inf, 2)', 'math.isqrt(2.0)', 'math.isqrt(-5)', 'math.factorial(10 ** 30)', 'math.factorial(-2)', 'math.comb(10 ** 30, 10 ** 20)',
            'math.exp2(2000)', 'math.sinh(1000)', 'math.cosh(-1000)', 'math.expm1(1000)', 'math.exp(1e6)', 'math.pow(0, -1)', 'math.pow(-1, 0.5)', 'math.pow(10, 400)',
            'math.cos(math.inf)', 'math.sin(-math.inf)', 'math.sqrt(-0.5)', 'math.fsum([math.inf, -math.inf])', 'math.fsum([1e308, 1e308])', 'math.fsum(1)',
            'math.isclose(1, 2, rel_tol=-1)', 'math.frexp("x")', 'math.hypot("x")', 'math.nextafter(1)', 'math.ulp("a")', 'math.erf("a")', 'math.sqrt(10 ** 400)']:
    try:
        print(bad, '=', eval(bad))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(bad, '->', type(e).__name__, e)
for call in ['math.isclose(1)', 'math.isclose()', 'math.isclose(1, 2, 3)', 'math.isclose(1, b=2)', 'math.isclose(a=1, b=1.0)', 'math.isclose(1, 2, tol=3)',
             'math.isclose(1, a=2)', 'math.isclose(1, 2, a=3)', 'math.isclose(1, 1.05, abs_tol=0.1, rel_tol=0)', 'math.isclose("x", 1)', 'math.isclose(1, 1, rel_tol="x")']:
    try:
        print(call, '=', eval(call))
    except (TypeError, ValueError) as e:
        print(call, '->', type(e).__name__, e)
print([math.cosh(x) for x in [0.0, 1e-20, 0.1, -0.3, 1, 2.5, -10, 21.9, 22.5, 300, 709.9, 710.4]], [math.sinh(x) for x in [1e-10, 0.5, -3, 30]])
