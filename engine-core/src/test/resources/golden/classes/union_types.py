# X | Y of classes (PEP 604): flattening, duplicates, None, repr, equality, hashing,
# isinstance/issubclass, and the TypeError for operands that are not classes.
class Mine:
    pass
u = int | str
print(u, int | str | int, None | int, int | None, (int | str) | float, int | int, Mine | None)
print(u.__args__, (int | None).__args__, type(u).__name__, u.__parameters__)
print(u == (str | int), u == (int | float), u != (str | int), hash(u) == hash(str | int))
print(isinstance(1, u), isinstance(1.0, u), isinstance(None, int | None), isinstance(True, Mine | int))
print(issubclass(bool, u), issubclass(float, u), issubclass(Mine, Mine | None))
for make in [lambda: int | 1, lambda: 'x' | int]:
    try:
        make()
    except TypeError as e:
        print(e)
def f(x: int | None = None) -> str | None:
    return x
print(f(3), {int | str: 'key'}[str | int])
