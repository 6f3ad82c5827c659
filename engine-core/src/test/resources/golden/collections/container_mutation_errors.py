# Mutation while iterating or sorting, and recursive reprs.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

def grow_dict():
    d = {1: 2}
    for k in d:
        d[k + 1] = 0

def grow_set():
    s = set([1])
    for k in s:
        s.add(k + 1)

def sort_append():
    a = [3, 1, 2]
    a.sort(key=lambda x: a.append(x) or x)
    return a

def sort_mixed():
    a = [3, 'a', 1]
    a.sort()

attempt(grow_dict)
attempt(grow_set)
attempt(sort_append)
attempt(sort_mixed)
a = [1, 2]
a.append(a)
d = {'k': a}
d['self'] = d
print(a, d, (a,))
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
attempt(lambda: sorted())
attempt(lambda: sorted([1], foo=1))
attempt(lambda: [].pop())
attempt(lambda: {}.popitem())
attempt(lambda: set().pop())
attempt(lambda: {}['missing'])
attempt(lambda: [1, 2].index(5))
attempt(lambda: [1].remove(5))
attempt(lambda: (1,).index(5))
attempt(lambda: hash([1]))
attempt(lambda: {[1]: 2})
attempt(lambda: frozenset([1, 2]) == set([1, 2]))
attempt(lambda: hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
attempt(lambda: dict.fromkeys(range(3), []))
attempt(lambda: list(reversed(range(10**20, 10**20 + 3))))
