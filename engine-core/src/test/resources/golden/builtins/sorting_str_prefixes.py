# Sorting strs and tuples led by strs: the packed-prefix fast path (Latin-1, wider, astral).
seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) & 0x7fffffff
    return (seed[0] >> 16) % n
words = ['', 'a', 'a\x00', 'a\x00b', 'ab', 'abcdefgh', 'abcdefghi', 'abcdefgh\x00', 'é', 'ÿÿÿÿÿÿÿÿ', 'Z', 'abcdefgg']
for pool in (words, words + ['Ā', 'ĀĀ', 'ĀĀĀĀĀ', 'ĀĀĀĀ', 'ĀĀĀĀ\x00'], words + ['x\U0001F600']):
    xs = [pool[rnd(len(pool))] + pool[rnd(len(pool))] for _ in range(300)]
    print(sorted(xs) == sorted(xs, key=lambda s: [ord(c) for c in s]), hash(tuple(sorted(xs))) == hash(tuple(sorted(xs, reverse=True)[::-1])))
    print(sorted(xs))
    recs = [(rnd(5), pool[rnd(len(pool))], i) for i in range(300)]
    print(sorted(recs, key=lambda r: (r[1], r[0])))
    print(sorted(recs, key=lambda r: (r[0], r[1]), reverse=True))
    print(sorted(recs, key=lambda r: r[1]))
    print(sorted(recs, key=lambda r: (len(r[1]), r[1]), reverse=True))
print(sorted([(3, 'b'), (-2**62, 'a'), (2**62, 'c'), (3, 'a')]))
print(sorted([(1.5, 'x'), (-0.0, 'b'), (0.0, 'a'), (-1e300, 'q')]))
print(sorted([3, 1, 2, -5, 2**63 - 1, -2**63]), sorted([0.5, -0.0, 0.0, -2.5]))
wide = ['', 'Ā', 'ĀĀ', 'ĀĀĀ', 'ĀĀĀ\x00', 'ĀĀĀĀ', 'aĀ', 'a', 'a\x00']
for pool in (words, words + ['x\U0001F600'], wide, words + wide):
    recs = [(rnd(3), pool[rnd(len(pool))] + pool[rnd(len(pool))], i) for i in range(400)]
    print(sorted(recs, key=lambda r: (r[0], r[1])))
    print(sorted(recs, key=lambda r: (len(r[1]), r[1]), reverse=True))
    print(sorted(recs, key=lambda r: (r[0], r[1], -r[2])))
