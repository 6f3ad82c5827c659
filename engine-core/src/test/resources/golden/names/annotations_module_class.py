calls = []


def note(x):
    calls.append(x)
    return x


a: note(int) = 1
b: note("str")
print(a, "b" in dir() if False else None, __annotations__)
if True:
    c: list = [1]
for i in range(1):
    d: note(float) = 2.0
class O:
    pass


obj = O()
obj.attr: note("attr") = 3
obj.attr2: note("attr2")
xs = [0]
xs[0]: note("sub") = 5
print(__annotations__, calls, obj.attr, xs)


class C:
    x: int
    y: str = "why"

    def method(self):
        z: note("never") = 1
        return z


print(C.__annotations__, C.y, C().method(), calls)
