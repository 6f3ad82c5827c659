# every parameter kind, defaults, keywords, *args and **kwargs, recursion
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, z=9))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
args = (1, 2, 3)
kwargs = {"e": 10, "x": 11}
print(f(*args, **kwargs))
print(f(0, *args, e=1, **{"y": 2}))
def defaults(x, items=[]):
    items.append(x)
    return items
print(defaults(1), defaults(2))
def kwonly(*, key="k"):
    return key
print(kwonly(), kwonly(key="v"))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(30))
square = lambda v, p=2: v ** p
print(square(7), square(2, 10))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__ if False else "fn")
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y):
    return x + y
print(add(2, y=3))
def no_return():
    pass
print(no_return())
