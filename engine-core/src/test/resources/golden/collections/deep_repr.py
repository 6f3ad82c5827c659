# Container reprs nest up to CPython's recursion limit, then raise RecursionError.
a = []
for i in range(997):
    a = [a]
print(len(repr(a)))
a = [a]
try:
    repr(a)
except RecursionError as e:
    print(type(e).__name__, e)
d = {}
for i in range(5000):
    d = {i: (d,)}
try:
    print(d)
except RecursionError as e:
    print(type(e).__name__, e)
