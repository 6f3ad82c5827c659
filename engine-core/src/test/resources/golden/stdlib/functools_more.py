# functools beyond the conformance tests: partial reprs and nesting, total_ordering,
# singledispatch, cache, lru_cache(typed), update_wrapper, errors.
import functools
from functools import partial, total_ordering, singledispatch, cache, lru_cache, reduce

def f(a, b, c=0):
    return a + b + c

p = partial(f, 1, c=5)
print(repr(p).startswith('functools.partial(<function f at '), repr(p).endswith('>, 1, c=5)'))
print(p(2), partial(p, 2)(), partial(p, 2).args, partial(p, 2).keywords, partial(p, 2).func is f)
for args in [(), (1,)]:
    try:
        partial(*args)
    except TypeError as e:
        print('TypeError:', e)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2), Version(1) > Version(1))
try:
    total_ordering(type('Nothing', (), {}) if False else object)
except ValueError as e:
    print('ValueError:', e)

@singledispatch
def show(x):
    return f'object {x!r}'
@show.register(int)
def _(x):
    return f'int {x}'
@show.register(list)
def _(x):
    return f'list of {len(x)}'
print(show('s'), show(3), show(True), show([1, 2]))

@cache
def square(n):
    return n * n
print(square(3), square(3), square.cache_info())

@lru_cache(typed=True)
def ident(x):
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info(), ident.cache_parameters())
print(reduce(lambda a, b: a * b, [2, 3, 4]), reduce(lambda a, b: a + b, [], 0))

def wrapper(*args):
    return args
def original():
    """original doc"""
functools.update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is original)
