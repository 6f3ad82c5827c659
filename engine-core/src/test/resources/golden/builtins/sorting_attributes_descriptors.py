# sorted/list.sort, getattr family, enumerate/zip/reversed, property/staticmethod/classmethod
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([(1, "b"), (0, "z")], key=lambda p: p[1]))
l = [5, 2, 9]; l.sort(); print(l); l.remove(9); print(l)
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "xy")), list(reversed([1, 2, 3])), list(reversed(range(3))))
class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = P(); p.x = 5
print(p.x, P.s(1), P.c(), p.c(), getattr(p, "x"), getattr(p, "nope", "dflt"), hasattr(p, "x"), issubclass(bool, int))
setattr(p, "y", 3); print(p.y, pow(2, 10), pow(2, 10, 1000))
