# A metaclass may override mro(): its result becomes __mro__ and drives attribute lookup.
class Reversed(type):
    def mro(cls):
        default = super().mro()
        print('mro() of', cls.__name__, [k.__name__ for k in default])
        return [default[0]] + default[1:-1][::-1] + [object]
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
class C(A, B, metaclass=Reversed):
    pass
print([k.__name__ for k in C.__mro__], C().who(), [k.__name__ for k in C.mro()])
class Bad(type):
    def mro(cls):
        return [cls, 1]
try:
    class D(metaclass=Bad):
        pass
except TypeError as e:
    print(e)
class Unsuitable(type):
    def mro(cls):
        return [cls, int, object]
try:
    class E(metaclass=Unsuitable):
        pass
except TypeError as e:
    print(e)
