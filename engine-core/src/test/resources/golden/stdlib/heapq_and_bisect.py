# heapq and bisect: ordering, ties and stability, key=, lazy merge, errors.
import heapq
import bisect


class Loud:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f'{self.v}{self.tag}'


h = []
for i, v in enumerate([3, 1, 3, 2, 1, 3]):
    heapq.heappush(h, Loud(v, 'abcdef'[i]))
print(list(h), [heapq.heappop(h) for _ in range(len(h))])
data = [Loud(v, 'abcdefgh'[i]) for i, v in enumerate([5, 2, 5, 1, 2, 9, 1, 5])]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nsmallest(1, data), heapq.nlargest(1, data))
print(heapq.nsmallest(10, data), heapq.nlargest(4, iter(data)), heapq.nsmallest(0, data), heapq.nlargest(-1, data))
print(heapq.nsmallest(3, ['ccc', 'a', 'bb', 'dd', 'e'], key=len), heapq.nlargest(2, iter(['ccc', 'a', 'bb', 'dd']), key=len))
x = [5, 3, 8, 1]
heapq.heapify(x)
print(x, heapq.heapreplace(x, 9), x, heapq.heappushpop(x, 0), heapq.heappushpop(x, 4), x)
m = heapq.merge([1, 3, 5], [2, 3, 6], [], [0, 7])
print(type(m).__name__, next(m), list(m))
print(list(heapq.merge(['x', 'yyy'], ['zz'], key=len)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
calls = []
lazy = heapq.merge(map(lambda v: calls.append(v) or v, [1, 2]))
print(calls)
print(list(lazy), calls)
for f, args in [(heapq.heappop, ([],)), (heapq.heappush, ([],)), (heapq.heappush, (1, 2)), (heapq.heapify, ((),)),
                (heapq.heappop, ()), (heapq.heapreplace, ([], 1))]:
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2, 0, 2), bisect.bisect_left(a, 2, hi=-5))
print(bisect.bisect_left(a, 0), bisect.bisect_right(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect([], 1))
bisect.insort_left(a, 2.0)
bisect.insort_right(a, 2.5)
bisect.insort(a, 0)
print(a)
rows = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(rows, 3, key=lambda r: r[1]), bisect.bisect_right(rows, 3, key=lambda r: r[1]))
bisect.insort(rows, ('e', 3), key=lambda r: r[1])
bisect.insort_left(rows, ('f', 3), key=lambda r: r[1])
print(rows)


class Seq(list):
    def insert(self, i, v):
        print('insert', i, v)
        super().insert(i, v)


s = Seq([1, 5])
bisect.insort(s, 3)
print(s)
for args in [(1, 2), ([1], 2, -1), ([1], 1, None)]:
    try:
        bisect.bisect_left(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
