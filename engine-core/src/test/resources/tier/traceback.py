def inner(d):
    return d["missing"] + 1


def middle(d):
    x = [inner(d) for _ in range(1)]
    return x


def outer():
    try:
        middle({})
    except KeyError:
        raise RuntimeError("while handling")


outer()
