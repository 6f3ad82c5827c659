"""A first Krait example: `bin/krait --dump-ast examples/hello.py` prints its syntax tree.

Running it (`bin/krait examples/hello.py`) comes with Krait's compiler and virtual machine; with
CPython it prints a greeting and the first Fibonacci numbers.
"""


def fibonacci(n: int) -> list[int]:
    """Returns the first n Fibonacci numbers."""
    numbers, a, b = [], 0, 1
    while len(numbers) < n:
        numbers.append(a)
        a, b = b, a + b
    return numbers


def greet(name: str = "world") -> str:
    return f"Hello, {name}!"


if __name__ == "__main__":
    print(greet("Krait"))
    print(*fibonacci(10), sep=", ")
