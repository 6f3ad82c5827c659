# random: CPython's exact sequences for seeds of every type, the distributions, state, subclasses and errors.
import random

for seed in [0, 1, 42, -42, 2 ** 32, 2 ** 64 + 1, 10 ** 50, 'hello', b'hello', bytearray(b'hello'), '', 3.5, -0.0, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(7), random.randrange(1000))
random.seed('abc', version=1)
print(random.random())
random.seed(b'abc', version=1)
print(random.random())
random.seed(2024)
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(1000) % 1000003)
print(random.randrange(10), random.randrange(5, 10), random.randrange(0, 100, 7), random.randrange(100, 0, -3), random.randrange(-10, -1), random.randrange(10 ** 30))
print(random.randint(1, 1), random.randint(-5, 5), random.randint(0, 2 ** 70), random.randbytes(0), random.randbytes(9))
print(random.choice('xyz'), random.choice(range(10, 100, 7)), random.choice([None]), random.choice((1, 2)))
print(random.sample(range(100), 10), random.sample('abcdefgh', 8), random.sample([1, 2, 3], 0), random.sample(range(10 ** 9), 3), random.sample(['a', 'b', 'c'], 2, counts=[1, 5, 2]))
print(random.sample(range(1000), 40)[-5:], random.sample(list(range(30)), 25)[:5])
print(random.choices('abc'), random.choices('abc', k=6), random.choices(range(5), [10, 0, 0, 0, 1], k=5), random.choices('ab', cum_weights=[0.5, 1.0], k=4), random.choices([], k=0))
items = list(range(30))
random.shuffle(items)
print(items)
random.shuffle(items)
print(items)
random.seed(7)
dists = [random.uniform(1, 5), random.uniform(5, 1), random.triangular(), random.triangular(0, 10, 8), random.triangular(3, 3), random.normalvariate(), random.normalvariate(10, 2),
         random.gauss(), random.gauss(), random.gauss(5, 0.5), random.lognormvariate(0, 0.5), random.expovariate(1.5), random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4),
         random.gammavariate(0.5, 2), random.gammavariate(1, 2), random.gammavariate(3, 0.5), random.betavariate(0.5, 0.5), random.betavariate(2, 5), random.paretovariate(2),
         random.weibullvariate(1, 1.5)]
print(dists)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
g1 = random.Random(99)
g2 = random.Random()
g2.setstate(g1.getstate())
print(g1.random() == g2.random(), random.Random(99).random() == random.Random(99).random(), g1.randint(1, 6), g2.randint(1, 6))
old = (2, tuple(x - 2 ** 32 if x >= 2 ** 31 else x for x in random.Random(5).getstate()[1]), None)
g3 = random.Random()
g3.setstate(old)
print(g3.random() == random.Random(5).random())

class Constant(random.Random):
    def random(self):
        return 0.25
c = Constant(1)
print(c.randrange(100), c.choice('abcd'), c.uniform(0, 8), [c.randint(1, 6) for _ in range(3)], Constant._randbelow.__name__)

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3
print(Bits(2).randrange(6), Bits._randbelow.__name__)

class Seeded(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.created = True
s = Seeded(5)
print(s.created, s.random() == random.Random(5).random(), isinstance(s, random.Random))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.getrandbits(8) < 256, len(sr.randbytes(4)), sr.seed(1), 1 <= sr.randint(1, 6) <= 6)
try:
    sr.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)
for bad in ['random.choice([])', 'random.choice("")', 'random.randint(5, 1)', 'random.randrange(0)', 'random.randrange(5, 1)', 'random.randrange(1, 10, 0)', 'random.randrange(10, 1, 1)',
            'random.randrange(1, 2, 3, 4)', 'random.randrange(5, step=2)', 'random.sample([1], 2)', 'random.sample([1], -1)', 'random.sample({1, 2}, 1)', 'random.sample({1: 2}, 1)',
            'random.sample([1, 2], 1, counts=[1])', 'random.sample([1, 2], 1, counts=[0, 0])', 'random.sample([1, 2], 1, counts=[1.5, 1])', 'random.getrandbits(-1)', 'random.seed([1])',
            'random.seed({})', 'random.choices("ab", [1], k=2)', 'random.choices("ab", [1, 1], cum_weights=[1, 2])', 'random.choices("ab", [0, 0])', 'random.choices("ab", 3)',
            'random.choices("ab", [1, float("inf")])', 'random.gammavariate(0, 1)', 'random.gammavariate(1, -1)', 'random.Random().setstate((9, 1, 1))', 'random.Random().setstate((3, (1, 2), None))',
            'random.Random().setstate((3, (0,) * 624 + (625,), None))', 'random.Random().setstate((3, (-1,) * 625, None))', 'random.Random().setstate((3, 5, None))',
            'random.uniform("a", "b")', 'random.expovariate(0)', 'random.shuffle((1, 2))', 'random.randbytes(-1)']:
    try:
        print(bad, '=', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
