def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"


def outer():
    r = yield from inner()
    print("outer got", r)
    r2 = yield from [10, 20]
    print("list gave", r2)
    return "done"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)


def gen_ret():
    yield 1
    return 42


def collect():
    v = yield from gen_ret()
    yield v


print(list(collect()))


def chain(*its):
    for it in its:
        yield from it


print(list(chain(range(3), "ab", (x * x for x in range(3)))))


def deep(n):
    if n == 0:
        return 0
    r = yield n
    s = yield from deep(n - 1)
    return n + s


g = deep(3)
out = []
try:
    v = next(g)
    while True:
        out.append(v)
        v = g.send(v)
except StopIteration as e:
    print(out, e.value)
