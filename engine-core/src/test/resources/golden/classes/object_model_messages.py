# The object-model behaviours ObjectModelTest checks through Java calls, run as Python and
# compared with CPython's output: C3 MRO and its conflict text, attribute lookup and its errors,
# slot wrappers, bool arithmetic, operator errors, base-type errors, exception str/repr.


def error(thunk):
    try:
        thunk()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "(no error)"


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])


def conflict():
    class E(A, B): pass
print(error(conflict))


def duplicate():
    class F(A, A): pass
print(error(duplicate))


class P:
    z = 3
p = P()
p.x = 5
print(p.x, p.z, P().z)
print(error(lambda: p.y))
print(error(lambda: int.x))
print(error(lambda: setattr(int, "x", 1)))

print((1).__add__(2), int.__add__(1, 2), (5).__repr__(), (1).__add__("a"))
print(True + 1, True & True, True & 3)

print(error(lambda: 1 + "a"))
print(error(lambda: "a" + 1))
print(error(lambda: 1 < "a"))
print(error(lambda: hash({})))
print(error(lambda: -"a"))


def iadd():
    x = 1
    x += "a"
print(error(iadd))


def bad_base():
    class MyBool(bool): pass
print(error(bad_base))


def layout():
    class L(int, str): pass
print(error(layout))

print(str(KeyError("k")), repr(ValueError()), str(ValueError(1, 2)), repr(ValueError("x")))
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code)
