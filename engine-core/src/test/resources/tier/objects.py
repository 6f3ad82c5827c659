class Counter:
    total = 0

    def __init__(self, start):
        self.value = start

    def bump(self, by=1, *, twice=False):
        self.value += by * (2 if twice else 1)
        Counter.total += 1
        return self

    def __enter__(self):
        print("enter", self.value)
        return self

    def __exit__(self, kind, exc, tb):
        print("exit", kind.__name__ if kind else None, exc)
        return kind is KeyError


def use():
    c = Counter(1)
    c.bump().bump(2).bump(by=3, twice=True)
    with c as d:
        d.bump()
    with Counter(10):
        raise KeyError("swallowed")
    try:
        with Counter(20):
            raise ValueError("passes")
    except ValueError as e:
        print("caught", e)
    del c.value
    return getattr(c, "value", "gone"), Counter.total


def closures():
    fns = []
    for i in range(3):
        def f(k=i):
            return k * scale
        fns.append(f)
    scale = 10

    def outer():
        n = 0

        def inc():
            nonlocal n
            n += 1
            return n
        return inc

    inc = outer()
    inc()
    return [f() for f in fns], inc(), (lambda *a, **k: (a, sorted(k)))(1, 2, x=3, y=4)


def calls(*args, **kwargs):
    parts = dict(kwargs, extra=1)
    return len(args), sorted(parts.items()), max(args, default=None), f"{args!r:>12}|{len(parts):03d}"


def gen_user():
    def gen(n):
        for i in range(n):
            yield i * i
    return sum(gen(5)), list(gen(3)), {x for x in gen(4)}, {x: -x for x in gen(3)}


def matcher(v):
    match v:
        case [1, *rest]:
            return "list", rest
        case {"k": value}:
            return "dict", value
        case Counter(value=7):
            return "counter"
        case str() as s if s:
            return "str", s
        case _:
            return "other"


glob = 0


def globals_and_del():
    global glob
    glob += 5
    items = [1, 2, 3]
    del items[0]
    items[0] = 9
    x = 1
    del x
    return glob, items, items[::-1]


print(use())
print(closures())
print(calls(3, 1, 2, a=1), calls())
print(gen_user())
print(matcher([1, 2, 3]), matcher({"k": 5}), matcher(Counter(7)), matcher("s"), matcher(3))
print(globals_and_del())


def generators():
    def counter(n):
        total = 0
        try:
            for i in range(n):
                got = yield i
                if got:
                    total += got
        except KeyError as e:
            yield "thrown " + repr(e)
        finally:
            print("closing", total)
        return total

    g = counter(5)
    out = [next(g), g.send(10), next(g), g.throw(KeyError("k"))]
    try:
        next(g)
    except StopIteration as e:
        out.append(("stop", e.value))
    h = counter(3)
    next(h)
    h.close()
    return out, [x * 2 for x in counter(3)], sum(x for x in range(10) if x % 3)


print(generators())
