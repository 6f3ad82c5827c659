# CPython's TypeError texts for bad calls
def f(a, b, /, c, d=4, *, e, g=7):
    pass
def g(x, y=1):
    pass
def h(p):
    pass
def k(a, b, c):
    pass
def kw(*, a, b):
    pass
calls = [
    lambda: h(),
    lambda: h(1, 2),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=2),
    lambda: g(1, z=2),
    lambda: k(1),
    lambda: k(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, e=4),
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: kw(),
    lambda: kw(b=1),
    lambda: h(1, 2, 3),
    lambda: g(1, 2, 3, 4),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
