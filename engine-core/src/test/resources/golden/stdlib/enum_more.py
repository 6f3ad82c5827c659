# enum: errors, Flag and IntFlag algebra, StrEnum, unique, the functional API, _missing_.
from enum import Enum, Flag, IntFlag, auto, unique, StrEnum, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
try: Color.value
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try: Color.RED = 3
except AttributeError as e: print(e)
except TypeError as e: print(e)
print(Color.__members__, repr(Color), dir(Color.RED))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), len(Perm), Perm.R | Perm.W, repr(Perm.R | Perm.W), ~Perm.R, Perm(0), repr(Perm(0)), Perm.RWX, repr(Perm.RWX), Perm.R in Perm.RWX, list(Perm.RWX), bool(Perm(0)))
try: Perm(8)
except ValueError as e: print(e)
class P2(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(P2.A | P2.B, repr(P2.A | 8), P2.A | 1, P2.A + 1, repr(~P2.A), str(P2.A|P2.C), format(P2.B), P2(3))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B + 'x', f'{S.B}')
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.ANT, Animal(2))
print(Enum('X', [('a', 5), ('b', 6)]).b, IntEnum('Y', 'p q').q + 1)
class E(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return cls.A if v == 0 else None
print(E(0))
try: E(7)
except ValueError as e: print(repr(e))
print(auto(), type(Color), Color.RED.__class__.__mro__, isinstance(Color, type))
print(Color.RED < Color.GREEN if False else 'x')
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
print(hash(Color.RED) == hash('RED'), Color._member_names_, Color._value2member_map_)
print(Perm.R.name, (Perm.R | Perm.W).name, Perm(0).name, Perm.R.value)
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value)
class Shape(Enum):
    _ignore_ = 'helper'
    helper = 5
    SQUARE = 2
    CIRCLE = 3
    size = nonmember(10)
    @classmethod
    def biggest(cls):
        return max(cls, key=lambda s: s.value)
print(list(Shape), Shape.size, Shape.biggest(), list(reversed(Shape)), Shape.SQUARE in Shape)
print(Perm.R & Perm.W, repr(Perm.R ^ Perm.RWX), Perm.RWX & ~Perm.X, list(Perm.R | Perm.X), len(Perm.RWX))
print(P2(0), repr(P2(0)), P2.A & 3, P2.C in (P2.A | P2.C), isinstance(P2.A, int), P2.A == 1, ~P2(0))
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
print(Weekday(2), Weekday.MON < Weekday.WED, max(Weekday), Weekday['TUE'].name, sum(Weekday), f'{Weekday.WED:>4}')
class Mood(Enum):
    HAPPY = 'h'
    SAD = 's'
    def describe(self):
        return '%s is %s' % (self.name, self.value)
    def __str__(self):
        return 'mood:' + self.value
print(Mood.HAPPY.describe(), str(Mood.SAD), f'{Mood.SAD}', repr(Mood.SAD), Mood('h'))
try:
    class Bad(Color):
        PINK = 9
except TypeError as e:
    print(e)
try:
    Mood.HAPPY.name = 'x'
except AttributeError as e:
    print('name is read-only')
print(Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else '', Color.RED._sort_order_ if False else '')
from enum import EnumMeta, EnumType
class Attr(Enum):
    name = 1
    value = 2
    other = 3
print(Attr.name, Attr.value, Attr.other.name, Attr.name.value, Attr['value'], list(Attr))
class Base(Enum):
    def describe(self):
        return f'{self.name}={self.value}'
    @classmethod
    def first(cls):
        return next(iter(cls))
class Fruit(Base):
    APPLE = 'a'
    PEAR = 'p'
print(Fruit.first(), Fruit.PEAR.describe(), isinstance(Fruit.APPLE, Base), issubclass(Fruit, Enum), type(Fruit) is EnumMeta)
class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ordered), Ordered.A.__class__.__name__, Ordered.__name__, Ordered.__qualname__, Ordered.A.__doc__ is None or True)
print(sorted(dir(Fruit.APPLE)), sorted(dir(Fruit)))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num.TWO * 3, Num(1) is Num.ONE, Num.ONE == 1.0, {Num.ONE: 'x'}[1], '%d %s %r' % (Num.TWO, Num.TWO, Num.TWO), format(Num.ONE, '03d'), hex(Num.TWO))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color.WHITE), Color.RED | Color.BLUE, Color(5), Color(7) is Color.WHITE, ~Color.WHITE, Color.RED & Color.GREEN, repr(Color.RED ^ Color.WHITE))
print(Color.__members__.keys(), len(Color), bool(Color(0)), Color.RED in Color.WHITE, [c.name for c in Color])
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), Perm.R + 1, Perm.R | 1, repr(Perm(0)), repr(Perm(12)), Perm.R & 6, 6 & Perm.R, int(Perm.X))
Shape = Enum('Shape', {'SQ': 4, 'TRI': 3})
print(list(Shape), Shape.SQ.value, Shape.__module__ if False else '', Enum('E', 'a,b').b)
class Sx(StrEnum):
    A = 'alpha'
print(Sx.A == 'alpha', Sx.A.upper(), str(Sx.A), repr(Sx.A), Sx('alpha'), '-'.join([Sx.A, 'b']))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)
try:
    Color['NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    Num(9)
except ValueError as e:
    print('ValueError', e)
try:
    Fruit('z')
except ValueError as e:
    print('ValueError', e)
print(Fruit('a'), Fruit.APPLE.value, Fruit.APPLE._value_, Fruit.APPLE._name_, Fruit._member_names_)
print(isinstance(Fruit.APPLE, Fruit), Fruit.APPLE is Fruit['APPLE'], hash(Fruit.APPLE) == hash(Fruit.APPLE), Fruit.APPLE != Fruit.PEAR)
