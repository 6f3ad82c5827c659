# total_ordering from each root comparison; Counter's operators with zero and negative counts.
from functools import total_ordering
for root in ['lt', 'le', 'gt', 'ge']:
    ns = {}
    exec(f"def m(self, o): return self.n {dict(lt='<', le='<=', gt='>', ge='>=')[root]} o.n", ns)
    class C:
        def __init__(self, n): self.n = n
        def __eq__(self, o): return self.n == o.n
    setattr(C, f'__{root}__', ns['m'])
    C = total_ordering(C)
    print(root, [(a < b, a <= b, a > b, a >= b) for a, b in [(C(1), C(2)), (C(2), C(2)), (C(3), C(2))]])
from collections import Counter
a = Counter(a=3, b=1, c=0, e=-2); b = Counter(a=1, b=2, d=4, e=-5)
print(a + b, a - b, a | b, a & b, +a, -a, b - a)
