# Subscripting builtin classes gives types.GenericAlias (annotations such as list[int] evaluate).
def fibonacci(n: int) -> list[int]:
    return [n]
print(fibonacci.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[str], frozenset[int])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a([1, 2]))
class C: pass
print(list[C])
print(list.__class_getitem__(int))
