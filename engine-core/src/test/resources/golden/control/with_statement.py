# with: __enter__/__exit__, suppression, several items, return and break through it
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("boom")
def f():
    with CM("c") as y, CM("d"):
        return y + "!"
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
try:
    with CM("e"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
