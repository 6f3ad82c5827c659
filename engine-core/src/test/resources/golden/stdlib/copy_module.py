# copy.copy and copy.deepcopy: builtin values, classes defined in Python, subclasses of builtin
# containers and scalars, exceptions, the copy hooks, and what cannot be copied.
import copy

print(copy.__all__, copy.error is copy.Error, issubclass(copy.Error, Exception))

nested = [1, [2, 3], {"k": [4]}, (5, [6])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"], deep[3][1] is nested[3][1])

for value in (1, 2.5, True, None, "s", b"b", (1, 2), frozenset({1}), range(3), len, copy, int):
    if value is copy:
        continue
    print(repr(value), copy.copy(value) is value, copy.deepcopy(value) is value)

t = (1, 2, ("a",))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)

d = {"a": [1], "b": {2, 3}}
print(copy.copy(d)["a"] is d["a"], copy.deepcopy(d)["a"] is d["a"], copy.deepcopy(d) == d)
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba)

# Recursive structures keep their shape.
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r)
rd = {}
rd["self"] = rd
print(copy.deepcopy(rd)["self"] is not rd)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pc is p, pc.tags is p.tags, pd.tags is p.tags, type(pd).__name__)


class Slotted:
    __slots__ = ("a", "__hidden", "unset")

    def __init__(self):
        self.a = [1]
        self.__hidden = 2

    def hidden(self):
        return self.__hidden


sl = copy.copy(Slotted())
print(sl.a, sl.hidden(), hasattr(sl, "unset"))
sd = copy.deepcopy(sl)
print(sd.a == sl.a, sd.a is sl.a)


class Hooks:
    def __init__(self):
        self.v = 1

    def __copy__(self):
        print("__copy__")
        return "copied"

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return "deep-copied"


print(copy.copy(Hooks()), copy.deepcopy(Hooks()))


class State:
    def __init__(self):
        self.secret = 1
        self.kept = 2

    def __getstate__(self):
        return {"kept": self.kept}

    def __setstate__(self, state):
        print("__setstate__", state)
        self.__dict__.update(state)
        self.restored = True


sc = copy.copy(State())
print(sorted(vars(sc).items()))
print(sorted(vars(copy.deepcopy(State())).items()))


class Tagged(list):
    pass


tl = Tagged([1, [2]])
tl.note = "n"
tc = copy.copy(tl)
td = copy.deepcopy(tl)
print(type(tc).__name__, tc, tc.note, tc[1] is tl[1], td[1] is tl[1], td.note)


class Registry(dict):
    pass


rg = Registry(a=[1])
print(type(copy.copy(rg)).__name__, copy.copy(rg), copy.deepcopy(rg)["a"] is rg["a"])


class Meters(float):
    pass


m = Meters(2.5)
m.unit = "m"
mc = copy.copy(m)
print(type(mc).__name__, mc, mc.unit)


class Name(str):
    pass


print(type(copy.deepcopy(Name("abc"))).__name__, copy.deepcopy(Name("abc")))

err = ValueError("bad", 2)
err.extra = [1]
ec = copy.copy(err)
ed = copy.deepcopy(err)
print(type(ec).__name__, ec.args, ec.extra is err.extra, ed.extra is err.extra)


def gen():
    yield 1


for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print("TypeError", e)

memo = {}
a = [1]
b = copy.deepcopy(a, memo)
print(memo[id(a)] is b, memo[id(memo)][0] is a)

# The collections classes, named tuples and the reduce protocol.
import collections
import sys

P = collections.namedtuple("P", "a b")
nt = P(1, [2])
print(copy.copy(nt), copy.deepcopy(nt), copy.deepcopy(nt).b is nt.b, copy.copy(nt).b is nt.b)
dq = collections.deque([1, [2]], maxlen=5)
dc = copy.copy(dq)
dc.append(3)
print(dq, dc, copy.deepcopy(dq)[1] is dq[1])
od = collections.OrderedDict(a=[1], b=2)
print(copy.copy(od), copy.deepcopy(od), copy.deepcopy(od)["a"] is od["a"])
print(copy.copy(collections.Counter("aab")))
dd = collections.defaultdict(list, a=[1])
ddc = copy.deepcopy(dd)
print(ddc, ddc.default_factory, ddc["a"] is dd["a"])
try:
    copy.copy(sys)
except TypeError as e:
    print("TypeError", e)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        print("__reduce__")
        return (Reduced, (self.v * 2,))


print(copy.copy(Reduced(2)).v, copy.deepcopy(Reduced(3)).v)


class Named:
    def __reduce__(self):
        return "Named"


n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)
