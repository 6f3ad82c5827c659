# Sorting by primitive keys (all exact ints, all floats other than NaN) and by columns (all
# BMP strs, or tuples of one length whose positions hold such keys): orders and stability.
def ck(l):
    h = 0
    for x in l:
        h = (h * 31 + sum(map(ord, repr(x)))) % 1000000007
    return h
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed
vals = [0.0, -0.0, 1.5, -1.5, float('inf'), float('-inf'), 1e-300, -1e-300, 2.0, 3]
for n in [0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 1000, 5000]:
    ints = [rnd() % 50 - 25 for _ in range(n)]
    big = [rnd() - 2**30 for _ in range(n)]
    fl = [vals[rnd() % 9] for _ in range(n)]
    fl2 = [(rnd() % 1000) / 7.0 - 50 for _ in range(n)]
    recs = list(range(n))
    for data in (ints, big, fl, fl2):
        s = sorted(data)
        print(n, ck((s)) if n > 40 else s)
        print([repr(x) for x in sorted(data)][:12])
        pairs = list(enumerate(data))
        print(ck((sorted(pairs, key=lambda p: p[1]))))
        print(ck((sorted(pairs, key=lambda p: p[1], reverse=True))))
        l = list(data); l.sort(reverse=True); print(ck((l)))
print(sorted([1, 2.0, 0]), sorted([3.0, 1, -0.0, 0]), sorted([2**70, 1, -2**70]))
print(sorted([float('nan'), 1.0, 0.5]))
print(sorted([True, False, 1, 0]))
words = ['delta', 'Alpha', 'echo', 'Bravo', 'charlie', 'é', 'zz', '', 'a', 'ab', 'Ab', '\u20ac']
for n in [0, 1, 2, 33, 100, 3000]:
    ws = [words[rnd() % 12] + str(rnd() % 20) for _ in range(n)]
    print(ck((sorted(ws))), sorted(ws)[:5], sorted(ws, reverse=True)[:5])
    tups = [(rnd() % 5, ws[i], (rnd() % 7) / 2.0) for i in range(n)]
    print(ck((sorted(tups))), sorted(tups)[:4])
    pairs = list(enumerate(tups))
    print(ck((sorted(pairs, key=lambda p: (p[1][0], -p[1][2])))))
    print(ck((sorted(pairs, key=lambda p: (len(p[1][1]), p[1][1]), reverse=True))))
    print(ck((sorted(pairs, key=lambda p: p[1][1]))))
print(sorted(['b', 'a', '\U0001f600', '\uffff']), sorted([(1, 'a'), (1,), (0, 'b')]), sorted([(1, 2.0), (1, 1)]))
print(sorted([(1, 'b'), (1, 'a', 0)]), sorted([('x', 1), ('x', 0.5)]))
print(sorted([(1, 'b'), (1, 'a', 0), (1, 'b', -1)]), sorted([3, 2**64, 1]), sorted([0.5, 2, 1.5]))
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print(e)
l = [3, 1, 2]
l.sort(key=lambda x: -x)
print(l)
