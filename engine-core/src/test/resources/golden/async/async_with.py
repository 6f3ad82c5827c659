# async with: __aenter__ and __aexit__ are awaited; __aexit__ may suppress.


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


def run(coro):
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            print("result:", e.value)
            return
        print("yielded:", y)
        value = "sent-" + str(y)


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        got = await Tick(self.name + ".enter")
        print(self.name, "entered, got", got)
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        got = await Tick(self.name + ".exit")
        print(self.name, "exit", typ.__name__ if typ else None, exc, tb is not None, got)
        return self.suppress


async def simple():
    async with Manager("a") as x:
        print("body with", x)
    return "simple done"


run(simple())


async def nested():
    async with Manager("outer") as o, Manager("inner") as i:
        print("body", o, i)
        await Tick("in body")
    return "nested done"


run(nested())


async def suppressed():
    async with Manager("s", suppress=True):
        raise ValueError("dropped")
    return "after suppressed"


run(suppressed())


async def propagated():
    try:
        async with Manager("p"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e))
    return "after propagated"


run(propagated())


async def returns_inside():
    for i in range(3):
        async with Manager("loop" + str(i)):
            if i == 1:
                break
            if i == 0:
                continue
    async with Manager("r"):
        return "returned from inside"


run(returns_inside())


class Plain:
    def __aenter__(self):
        return Tick("plain enter")

    def __aexit__(self, *args):
        return Tick("plain exit")


async def plain():
    async with Plain() as v:
        print("plain body", v)


run(plain())


class NoAenter:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


class NoAexit:
    async def __aenter__(self):
        pass


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class BadExit:
    async def __aenter__(self):
        pass

    def __aexit__(self, *a):
        return 2


for mgr in [NoAenter(), NoAexit(), BadEnter(), BadExit(), 5]:
    async def use():
        async with mgr:
            print("body runs")

    try:
        run(use())
    except TypeError as e:
        print("TypeError:", e)
