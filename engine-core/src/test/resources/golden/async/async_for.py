# async for and asynchronous comprehensions over hand-written async iterators.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            print("result:", e.value, "after", steps, "ticks")
            return e.value
        steps += 1


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def loop():
    total = []
    async for i in Countdown(3):
        total.append(i)
    else:
        print("else runs")
    return total


run(loop())


async def breaks():
    async for i in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            break
        print("item", i)
    else:
        print("not printed")
    return "broke"


run(breaks())


async def nested_loops():
    out = []
    async for i in Countdown(2):
        async for j in Countdown(2):
            out.append((i, j))
    return out


run(nested_loops())


async def returns():
    async for i in Countdown(4):
        if i == 2:
            return i


run(returns())


class Failing(Countdown):
    async def __anext__(self):
        if self.n == 1:
            raise ValueError("broken iterator")
        return await super().__anext__()


async def failing():
    try:
        async for i in Failing(3):
            print("got", i)
    except ValueError as e:
        print("caught", e)
    return "failing done"


run(failing())


async def comprehensions():
    a = [i * 2 async for i in Countdown(3)]
    b = {i async for i in Countdown(3) if i != 1}
    c = {i: str(i) async for i in Countdown(2)}
    d = [(i, j) async for i in Countdown(2) for j in range(2)]
    e = [await plus_one(i) for i in range(3)]
    f = [x async for x in Countdown(3) async for y in Countdown(x)]
    return a, sorted(b), c, d, e, f


async def plus_one(x):
    await Tick()
    return x + 1


run(comprehensions())


class NoAiter:
    pass


class BadAiter:
    def __aiter__(self):
        return 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 3


for obj in [NoAiter(), BadAiter(), BadAnext(), [1, 2]]:
    async def use():
        async for x in obj:
            print("body", x)

    try:
        run(use())
    except TypeError as e:
        print("TypeError:", e)
