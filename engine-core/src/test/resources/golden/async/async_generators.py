# Asynchronous generators driven by a hand-written scheduler: __anext__, asend, athrow, aclose.


class Tick:
    def __await__(self):
        got = yield "tick"
        return got


def run(coro):
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            print("result:", e.value)
            return e.value
        print("  scheduler saw", y)
        value = "resumed"


async def counter(n):
    for i in range(n):
        got = await Tick()
        print("  counter awaited ->", got)
        received = yield i
        print("  counter received", received)
    print("  counter done")


async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    return out


run(consume())

g = counter(2)
print(type(g).__name__, repr(g).startswith("<async_generator object counter at 0x"))
print(g.__aiter__() is g)


async def by_hand():
    a = await g.__anext__()
    b = await g.asend("hello")
    try:
        await g.asend("again")
    except StopAsyncIteration:
        print("  exhausted")
    return a, b


run(by_hand())


async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  guarded caught", e)
        yield "after error"
    finally:
        print("  guarded cleanup")


async def throwing():
    h = guarded()
    print("first", await h.__anext__())
    print("athrow gives", await h.athrow(ValueError, "boom"))
    print("aclose gives", await h.aclose())
    h2 = guarded()
    await h2.__anext__()
    await h2.aclose()
    print("closed again", await h2.aclose())
    return "throwing done"


run(throwing())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def ignoring():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(ignoring())


async def comprehensions():
    squares = [x * x async for x in counter(3)]
    gen = (x + 100 async for x in counter(2))
    print(type(gen).__name__)
    return squares, [y async for y in gen]


run(comprehensions())


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def check_raise():
    r = raises_stop()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(check_raise())

try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
