"""A first Krait example: `bin/krait examples/hello.py` runs it, exactly as `python3` does.

`bin/krait --dis examples/hello.py` shows its Krait bytecode, and
`bin/krait --dump-ast examples/hello.py` its syntax tree (identical to CPython's `ast.dump`).
"""
import sys


def fibonacci(n: int) -> list[int]:
    """Returns the first n Fibonacci numbers."""
    numbers, a, b = [], 0, 1
    while len(numbers) < n:
        numbers.append(a)
        a, b = b, a + b
    return numbers


def describe(value):
    match value:
        case int(n) if n < 0:
            return "a negative int"
        case int() | float():
            return "a number"
        case [first, *rest]:
            return f"a sequence starting with {first!r} and {len(rest)} more"
        case {"name": str(name)}:
            return f"a record named {name}"
        case _:
            return f"something else: {type(value).__name__}"


def greet(name: str = "world") -> str:
    return f"Hello, {name}!"


if __name__ == "__main__":
    print(greet("Krait"))
    print(*fibonacci(10), sep=", ")
    for value in (-3, 2.5, ["a", "b", "c"], {"name": "Ada"}, None):
        print(f"{value!r:>20} is {describe(value)}")
    print(f"{sys.implementation.name} {sys.version_info.major}.{sys.version_info.minor}")
