# LOAD_GLOBAL caches must see every rebinding, deletion and shadowing of globals and builtins.
counter = 0


def read_counter():
    return counter


def call_len(x):
    return len(x)


results = []
for i in range(6):
    counter = i * 10
    results.append(read_counter())
print(results)

# A global shadowing a builtin, added and removed between calls in a loop.
out = []
for i in range(6):
    if i == 2:
        len = lambda x: -1
    if i == 4:
        del len
    out.append(call_len([1, 2, 3]))
print(out)

# A global that disappears: NameError, then works again once rebound.
def read_gone():
    return gone


gone = 1
print(read_gone())
del gone
try:
    read_gone()
except NameError as e:
    print("NameError:", e)
gone = 2
print(read_gone())

# Many globals added between calls (the globals dict grows and is rebuilt).
g0 = 0
g1 = 1
g2 = 2
g3 = 3
g4 = 4
g5 = 5
g6 = 6
g7 = 7
g8 = 8
g9 = 9
g10 = 10
g11 = 11
g12 = 12
g13 = 13
g14 = 14
g15 = 15
g16 = 16
g17 = 17
g18 = 18
g19 = 19
g20 = 20
g21 = 21
g22 = 22
g23 = 23
g24 = 24
g25 = 25
g26 = 26
g27 = 27
g28 = 28
g29 = 29
g30 = 30
g31 = 31
g32 = 32
g33 = 33
g34 = 34
g35 = 35
g36 = 36
g37 = 37
g38 = 38
g39 = 39
print(read_counter(), call_len([0] * 7))
counter = "changed"
print(read_counter())

# Two modules' worth of globals are not needed to see a cache miss: a function rebinding the
# global it reads on every call.
def bump():
    global counter
    counter = counter + 1
    return counter


counter = 0
print([bump() for _ in range(5)])
