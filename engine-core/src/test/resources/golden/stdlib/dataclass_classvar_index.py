# dataclasses leave ClassVar annotations out of the fields; operator.index as PyNumber_Index.
from __future__ import annotations
import operator
import dataclasses
from dataclasses import dataclass, field, fields
from typing import ClassVar
import typing


@dataclass
class P:
    x: int
    count: ClassVar[int] = 0
    plain: ClassVar = 'c'
    y: int = 2


print([f.name for f in fields(P)], P(1), P(1) == P(1), P.count, P.plain)
print(sorted(P.__dataclass_fields__))
try:
    @dataclass
    class Bad:
        registry: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)

for v in [3, True, 1.5, '7', None]:
    try:
        print(operator.index(v))
    except TypeError as e:
        print(e)


class Weird:
    def __index__(self):
        return 'x'


try:
    operator.index(Weird())
except TypeError as e:
    print(e)
