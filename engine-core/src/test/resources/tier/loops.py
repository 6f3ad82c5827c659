def count(n):
    total = 0
    i = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if i > 50:
            break
        total += i
    else:
        total = -1
    return total


def nested(n):
    out = []
    for a in range(n):
        for b in range(a):
            if (a + b) % 4 == 0:
                out.append((a, b))
    return out


def flags(xs):
    return [x is None or (x and not x % 2) for x in xs]


def unpack(pairs):
    s = 0
    for a, (b, *rest) in pairs:
        s += a * b + len(rest)
    first, *middle, last = range(6)
    return s, first, middle, last


def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in [b], a not in (b,)


print(count(10), count(100))
print(nested(7))
print(flags([None, 0, 1, 2, 3, 4, 0.0, 5.5]))
print(unpack([(1, [2, 3, 4]), (5, (6,))]))
print(compare(1, 2), compare("b", "a"))
print(-count(5), +count(6), ~count(7), not count(8))
print(divmod(17, 5), 2 ** 10, 7 // 2, 7 % 3, 1 << 5, 0xff & 0x0f | 0x30 ^ 1)
