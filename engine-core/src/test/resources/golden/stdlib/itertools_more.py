# itertools beyond the conformance tests: cycle, repeat, tee, zip_longest, pairwise, starmap,
# dropwhile/takewhile, compress, filterfalse, combinations_with_replacement, reprs, errors.
from itertools import (cycle, repeat, tee, zip_longest, pairwise, starmap, dropwhile,
                       takewhile, compress, filterfalse, combinations_with_replacement,
                       islice, count, permutations, combinations, product, chain)
print(list(islice(cycle('ab'), 5)), list(cycle([])), list(repeat(7, 3)), list(repeat('x', -2)))
print(repr(repeat(1)), repr(repeat('a', 2)), repr(count()), repr(count(2.5, 0.5)), repr(count(1, 1)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), tee([1], 0), len(tee('ab', 3)))
print(list(zip_longest('abc', [1])), list(zip_longest('a', 'bc', fillvalue='-')), list(zip_longest()))
print(list(pairwise('abcd')), list(pairwise('a')), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(compress('abcdef', [1, 0, 1, 0, 1])), list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 1)), list(combinations_with_replacement('ab', 0)))
print(type(chain()).__name__, type(islice('', 1)).__name__, list(chain.from_iterable(x for x in ['ab', 'c'])))
for expr in ['islice("a", 1, -1)', 'islice("a", 0, 1, 0)', 'islice("a")', 'count("a")',
             'permutations("ab", -1)', 'combinations("ab", -1)', 'product("a", repeat=-1)',
             'tee("a", -1)', 'starmap(1)', 'cycle(1)', 'repeat()', 'combinations("ab", 1.5)']:
    try:
        eval(expr)
        print(expr, 'ok')
    except (TypeError, ValueError) as e:
        print(expr, type(e).__name__, e)
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it), list(islice(range(10), 0, None, 3)))
