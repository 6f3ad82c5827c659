# enum.global_enum: members in the module's namespace, module.NAME reprs.
from enum import Enum, Flag, IntFlag, global_enum, auto
@global_enum
class Dir(Enum):
    NORTH = 1
    SOUTH = 2
print(NORTH, repr(SOUTH), Dir(1), [Dir.NORTH], f'{SOUTH}')
@global_enum
class Bits(IntFlag):
    B1 = 1
    B2 = 2
print(repr(B1 | B2), repr(Bits(0)), str(B1), repr(Bits(9)))
@global_enum
class F(Flag):
    X = auto()
    Y = auto()
print(str(X | Y), str(F(0)))
