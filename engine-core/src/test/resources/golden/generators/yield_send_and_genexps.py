# generators: yield, next, send, finally on exhaustion, generator expressions
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(x * x for x in range(5)))
g = count(2)
print(next(g), next(g), next(g, "done"))
def echo():
    got = yield "ready"
    while True:
        got = yield "got " + str(got)
e = echo()
print(e.send(None), e.send(1), e.send("x"))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in fin():
    print(v)
print(max(len(w) for w in ["a", "abc", "ab"]))
