# comparison chains, identity, membership and short-circuit boolean operators
print(1 < 2, 2 <= 2, 3 == 3.0, 3 != 4, 5 > 6, 7 >= 7)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
x = 1
print(None is None, x is not None, 2 in [1, 2], 5 not in (1, 2))
print("ab" in "cabd", "x" not in "abc", 3 in range(5), 9 in {9: 1})
print(0 or "default", 1 and "yes", None or 0 or [], 1 and 2 and 3)
def noisy(v):
    print("eval", v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print("a" < "b", (1, 2) < (1, 3), [1, 2] == [1, 2], True == 1)
