# set and frozenset: displays, comprehensions, operators, methods, CPython iteration order
s = {3, 1, 2, 10, 8, 33, 17}
print(s, set(), frozenset([5, 1]), {x % 7 for x in range(20)}, len(s), 3 in s, 4 in s)
s.add(100); s.discard(1); s.remove(3)
print(s, s | {0}, s & {2, 8, 99}, s - {2}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3}, {1} == {1})
print(sorted({"b", "a"}), set([1, 1, 2]), set(range(50)), {*range(3), 9}, {1.5, 2, True})
t = set(range(20))
for i in range(0, 20, 3):
    t.discard(i)
t.add(40); t.add(3)
print(t, t.pop(), hash(frozenset([1, 2, 3])), frozenset({1, 2}) | {5}, {-1, -2, 2**61, 2**64})
