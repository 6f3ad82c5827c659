# collections beyond the conformance tests: ChainMap, deque extras, Counter comparisons,
# namedtuple errors and options, defaultdict copies.
from collections import ChainMap, deque, Counter, namedtuple, defaultdict, OrderedDict
base = {'a': 1, 'b': 2}
over = {'b': 20}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), 'a' in cm, cm.get('z', 0), cm)
child = cm.new_child()
child['c'] = 3
print(child.maps[0], child.parents, dict(child.items()) == {'a': 1, 'b': 20, 'c': 3})
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
d = deque(range(5), 3)
d.reverse()
print(d, d.maxlen, d * 2, d == deque([4, 3, 2]), d < deque([5]))
try:
    d.insert(0, 9)
except IndexError as e:
    print('IndexError', e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError', e)
dd = deque([1, 2, 3])
del dd[1]
dd[0] = 'x'
print(dd, dd.index(3), deque([[1]]), repr(deque()))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3), Counter('abc') >= Counter('ab'))
c = Counter(a=2, b=-1)
c += Counter(a=1)
print(c, Counter('aab').most_common(1), Counter(a=2).copy())
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
for args, kwargs in [(('P', 'a _b'), {}), (('P', 'a a'), {}), (('P', ['1x']), {}),
                     (('P', 'a b'), {'defaults': [1, 2, 3]})]:
    try:
        namedtuple(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
P = namedtuple('P', 'a b', defaults=[2])
print(P(1), P._field_defaults, P(1)._replace(b=5), P.__doc__, P.a.__doc__, P._make((3, 4)))
try:
    P(1)._replace(c=1)
except ValueError as e:
    print('ValueError', e)
try:
    P._make([1])
except TypeError as e:
    print('TypeError', e)
match P(1, 2):
    case P(x, y):
        print('matched', x, y)
g = defaultdict(list, {'k': [1]})
h = g.copy()
h['k'].append(2)
print(h, h.default_factory, defaultdict(None, a=1), g | {'z': []})
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
od = OrderedDict(a=1, b=2)
print(od.copy(), od | {'c': 3}, OrderedDict() == OrderedDict(), OrderedDict(a=1) != OrderedDict(a=1))
