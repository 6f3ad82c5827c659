# The errors of the coroutine protocol, with CPython's messages.


async def f():
    return 1


def show(fn):
    try:
        print("ok", fn())
    except (TypeError, RuntimeError, ValueError, StopIteration) as e:
        print(type(e).__name__ + ":", e)


c = f()
show(lambda: c.send(1))
show(lambda: c.send(None))
show(lambda: c.send(None))
show(lambda: c.throw(ValueError))
show(lambda: c.close())

c = f()
show(lambda: iter(c))
show(lambda: next(c))
c.close()
show(lambda: c.send(None))


async def await_int():
    await 3


show(lambda: await_int().send(None))


class BadAwait:
    def __await__(self):
        return 5


async def await_bad():
    await BadAwait()


show(lambda: await_bad().send(None))


class CoroAwait:
    def __await__(self):
        return f()


async def await_coro():
    await CoroAwait()


c = f()
show(lambda: c.send(None))


async def raises_stop():
    raise StopIteration(7)


show(lambda: raises_stop().send(None))


pending = f()


def plain_gen():
    yield from pending


show(lambda: list(plain_gen()))
pending.close()


async def awaits_twice():
    c = f()
    print("first", await c)
    print("second", await c)


show(lambda: awaits_twice().send(None))


class Tick:
    def __await__(self):
        yield "tick"


async def waiter(other):
    await other


async def holder():
    await Tick()


h = holder()
h.send(None)
show(lambda: waiter(h).send(None))
h.close()


async def self_running():
    me.send(None)


me = self_running()
show(lambda: me.send(None))

for src in [
    "await x",
    "def g():\n    await x\n",
    "class C:\n    await x\n",
    "def g():\n    async with x:\n        pass\n",
    "def g():\n    async for i in x:\n        pass\n",
    "def g():\n    return [i async for i in x]\n",
    "lambda: await x",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
