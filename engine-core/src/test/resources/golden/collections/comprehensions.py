# list and dict comprehensions, nested and with conditions and closures
print([x * x for x in range(6) if x % 2 == 0])
print({k: v for k, v in [("a", 1), ("b", 2)]})
def f(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(f(3))
m = 10
print([x + m for x in range(3) for y in range(2) if y])
