# Coroutines driven by hand: a tiny scheduler sends None until StopIteration.


class Sleep:
    """An awaitable whose __await__ is a generator: it yields once per tick."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for i in range(self.ticks):
            got = yield ("sleep", i)
            print("  sleep resumed with", got)
        return self.ticks * 10


def run(coro, sends=None):
    """Drives coro to its end, printing each step; returns its result."""
    step = 0
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            print("done after", step, "steps:", e.value)
            return e.value
        print("step", step, "yielded", yielded)
        step += 1
        value = sends[step - 1] if sends else None


async def leaf(n):
    r = await Sleep(n)
    return r + 1


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a, b


async def top():
    x = await middle()
    print("middle gave", x)
    return sum(x)


print(run(top()))
print(run(leaf(3), sends=["a", "b", "c"]))


async def no_await():
    return "plain"


print(run(no_await()))

c = no_await()
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object no_await at 0x"))
print(c.cr_running, c.cr_await)
run(c)


class Outer:
    async def method(self, k):
        return await leaf(k) * 2


c = Outer().method(1)
print(c.__qualname__)
print(run(c))


# cr_await shows what a suspended coroutine waits on.
c = top()
c.send(None)
print(type(c.cr_await).__name__)
c.close()
print(c.cr_await)


# A coroutine's __await__ gives a coroutine_wrapper iterator.
async def five():
    await Sleep(1)
    return 5


w = five().__await__()
print(type(w).__name__)
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("wrapper returned", e.value)


class Delegating:
    def __await__(self):
        return five().__await__()


async def use_delegating():
    return await Delegating() + 1


print(run(use_delegating()))


# Exceptions travel through awaits.
async def fails():
    await Sleep(1)
    raise ValueError("inner")


async def catches():
    try:
        await fails()
    except ValueError as e:
        print("caught", e)
        return "recovered"


print(run(catches()))

# throw() raises inside the suspended coroutine, at the innermost await.
async def guarded():
    try:
        await Sleep(3)
    except KeyError as e:
        print("guarded got", repr(e))
        return "handled"
    finally:
        print("guarded finally")


c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("throw ended it:", e.value)

# close() raises GeneratorExit inside.
c = guarded()
c.send(None)
print(c.close())
print(c.close())


async def stubborn():
    try:
        await Sleep(2)
    except GeneratorExit:
        await Sleep(1)


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
