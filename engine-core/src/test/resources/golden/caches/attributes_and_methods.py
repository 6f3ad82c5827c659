# Attribute and method caches must follow changes to classes, bases, instances and __class__.


class Base:
    kind = "base"

    def greet(self):
        return "base greet"


class Child(Base):
    pass


c = Child()
out = []
for i in range(6):
    if i == 1:
        Base.greet = lambda self: "patched base"
    if i == 2:
        Child.greet = lambda self: "child override"
    if i == 3:
        del Child.greet
    if i == 4:
        c.greet = lambda: "instance attribute"
    if i == 5:
        del c.greet
    out.append(c.greet())
print(out)

kinds = []
for i in range(4):
    if i == 1:
        Base.kind = "rebound"
    if i == 2:
        c.kind = "own"
    if i == 3:
        Child.kind = "child"
    kinds.append(c.kind)
print(kinds)


# A data descriptor added to the class later wins over the instance dict.
class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)


p = Point(-3)
vals = []
for i in range(4):
    if i == 2:
        Point.x = property(lambda self: 42)
    vals.append(p.x)
print(vals)


# Builtin methods called through LOAD_METHOD, and a list subclass overriding one.
class MyList(list):
    def append(self, v):
        list.append(self, v * 2)


for seq in ([], MyList()):
    for i in range(3):
        seq.append(i)
    print(type(seq).__name__, seq)


# Methods replaced on the class while a loop keeps calling them.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1


k = Counter()
for i in range(6):
    if i == 3:
        Counter.step = lambda self: setattr(self, "n", self.n + 100)
    k.step()
print(k.n)


# __getattr__ added to a class later; __slots__ instances.
class Lazy:
    pass


z = Lazy()
got = []
for i in range(3):
    if i == 1:
        Lazy.__getattr__ = lambda self, name: "computed " + name
    try:
        got.append(z.missing)
    except AttributeError as e:
        got.append(str(e))
print(got)


# Stores: a property with a setter added to a base later takes over the assignments.
class Rec:
    pass


class SubRec(Rec):
    pass


r = SubRec()
log = []
for i in range(4):
    if i == 2:
        Rec.v = property(lambda self: "getter", lambda self, value: log.append(value))
    r.v = i
    log.append(r.v)
print(log)


# A descriptor class that gains __get__ after its instances are cached as plain values.
class Thing:
    pass


class Holder:
    t = Thing()


h = Holder()
seen = []
for i in range(3):
    if i == 1:
        Thing.__get__ = lambda self, obj, owner: "via __get__"
    seen.append(h.t if isinstance(h.t, str) else "plain")
print(seen)


# Attributes read in a loop over instances whose dicts have different orders.
class Bag:
    pass


bags = []
for i in range(4):
    b = Bag()
    if i % 2:
        b.y = i
        b.x = -i
    else:
        b.x = i
        b.y = -i
    bags.append(b)
print([(b.x, b.y) for b in bags])
for b in bags:
    b.x = b.y * 10
print([b.x for b in bags])
del bags[0].x
try:
    bags[0].x
except AttributeError as e:
    print(e)
