# from __future__ import annotations: every annotation is its source text, nothing is evaluated.
from __future__ import annotations


def f(a: list[int], *b: int | None, c: 'x' = 3, **k: dict[str, "y"]) -> Foo.bar[1:2, ...]:
    return a


print(f.__annotations__)


def g(a: x[()], b: x[(1,)], c: x[1,], d: lambda *a, b=1, **k: 0, e: lambda: 0,
      g: lambda a, /, b: 0, h: -x ** -y, i: (a if b else c), j: not a or b and c,
      k: a < b < c, l: f(*a, **k, z=1), m: f(x for x in y if z), n: 1 .real,
      o: 1.5 .real, p: f"a{b!r:>{w}} {{c}}", q: u'x', r: b'x', s: 1e400, u: [*a],
      v: {*a}, aa: x[a:b, ::2], ab: (a, b)[0], ac: ~a + (-b) * (a - b) - (c - d),
      ad: (a ** b) ** c, ae: {x: y for x, y in z}, af: [x async for x in y],
      ag: f"{'{'}x", ah: 1j, ai: x[*a], aj: (1).real, ak: ..., al: None,
      am: a if (b if c else d) else (e if f else g), an: (a, *b), ao: {**a, 'b': c},
      ap: (not a) + 1, aq: a is not b not in c, ar: x.y.z(1)[2], at: 2 ** -1.5) -> '\n':
    pass


for name, text in g.__annotations__.items():
    print(name, text)

x: Undefined = 3
y: Also.undefined
print(__annotations__, x)


class C:
    y: lambda x: x + 1 = 2
    z: (a, b)
    w: {1: 2, **d}
    holder = f
    holder.attr: undefined_name = 5
    (v): undefined_too = 6


print(C.__annotations__, C.y, f.attr, C.v)


def h():
    local: undefined_in_function = 1
    return local


print(h(), h.__annotations__)
