# classes: inheritance, super(), operator dunders, exception subclasses, class bodies in functions
class Animal:
    kind = "generic"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"
class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"
d = Dog("rex")
print(d.speak(), d.kind, d, isinstance(d, Animal), type(d).__name__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __str__(self):
        return f"({self.x}, {self.y})"
print(Vec(1, 2) + Vec(3, 4), Vec(1, 1) == Vec(1, 1))
class MyError(ValueError):
    pass
try:
    raise MyError("custom")
except ValueError as e:
    print(type(e).__name__, e)
def make():
    v = 5
    class Inner:
        val = v
        def get(self):
            return v
    return Inner
print(make().val, make()().get(), Dog.__qualname__)
