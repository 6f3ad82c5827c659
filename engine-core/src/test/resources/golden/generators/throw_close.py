def g1():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield 99
    finally:
        print("finally g1")


g = g1()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")

g = g1()
print(next(g))
g.close()
print("closed")
g.close()


def stubborn():
    closing = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if closing:
                return
            closing = True
            print("ignoring")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.close())


def inner():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        print("inner caught", e)
        return "recovered"
    finally:
        print("inner finally")


def outer():
    r = yield from inner()
    print("outer r", r)
    yield "after"


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
g = outer()
print(next(g))
g.close()
print("outer closed")

g = outer()
print(next(g))
try:
    g.throw(TypeError, "bad")
except TypeError as e:
    print("propagated", e)


def ret():
    return 5
    yield


try:
    next(ret())
except StopIteration as e:
    print("value", e.value)


def bad():
    raise StopIteration("x")
    yield


try:
    next(bad())
except RuntimeError as e:
    print(e, repr(e.__cause__))

g = g1()
try:
    g.send(1)
except TypeError as e:
    print(e)

g = g1()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted throw", e)
print(list(g))

try:
    g1().throw(1)
except TypeError as e:
    print(e)
try:
    g1().throw(ValueError(), 1)
except TypeError as e:
    print(e)


def echo():
    v = None
    while True:
        try:
            v = yield v
        except Exception as e:
            v = "err:" + type(e).__name__


g = echo()
next(g)
print(g.send(1), g.throw(IndexError), g.send(3))
