# The exact-class comparisons of sorting (ints, strs by code point, floats, tuples of them).
nan = float("nan")
data = [(3, "b"), (1, "z"), (3, "a"), (1,), (2, 2.5), (2, 1.5), (1, "z", 0), ("x",) and (0, "é"), (0, "\U0001f600"), (0, "\uffff")]
print(sorted(data, key=lambda t: t))
print(sorted(["b", "a", "\uffff", "\U0001f600", "é", "ab"]))
print(sorted([(1, [2]), (1, [1]), (0, [5])]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
print(sorted([(nan, 1), (nan, 0)], key=lambda t: t[1]))
print(sorted([(1.0, "b"), (1, "a"), (True, "c")]))
