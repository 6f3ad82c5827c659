class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Rect:
    def __init__(self):
        self.w = 1


RED = 1


class Color:
    GREEN = 2


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as n:
            return f"small {n}"
        case Color.GREEN:
            return "green"
        case "hi" | b"hi":
            return "greeting"
        case str(s) if len(s) > 3:
            return f"long str {s}"
        case str():
            return "short str"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others.items())}"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(a, b) if a == b:
            return f"diagonal {a}"
        case Point(a, b):
            return f"point {a},{b}"
        case int(i) | float(i):
            return f"number {i}"
        case (1, 2) | (2, 1):
            return "never"
        case _:
            return "other"


for v in [None, True, False, 0, 1, 1.0, 2, 3.5, "hi", b"hi", "hello", "yo", [], (),
          [5], (7,), [1, 2, 3], [4, 5, 6, 7], (8, 9),
          {"type": "circle", "r": 3, "extra": 1}, {"type": "sq", "a": 1, "b": 2}, {},
          {"x": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), range(3), "abc",
          b"xy", 1j]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

match [1, [2, 3], {"k": (4, 5)}]:
    case [a, [b, c], {"k": (d, e)}]:
        print(a, b, c, d, e)

try:
    match Rect():
        case Rect(1, 2):
            pass
except TypeError as e:
    print(e)

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)

try:
    match {2: 1}:
        case {2: 1, Color.GREEN: 2}:
            pass
except ValueError as e:
    print(e)

x = "unchanged"
match 42:
    case 1:
        x = "one"
print(x)

match (1, 2):
    case (a, b) | [b, a]:
        print(a, b)

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)


class Sub(dict):
    def __missing__(self, k):
        return "missing"


match Sub(a=1):
    case {"b": _}:
        print("wrong")
    case {"a": v}:
        print("sub", v)
