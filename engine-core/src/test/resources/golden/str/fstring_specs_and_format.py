# f-string format specs (nested fields too), format(), ascii(), %-formatting and str.format
pi = 3.14159265
n = 42
name = "Ada"
print(f"{pi:.2f} {pi:10.4f}| {n:03d} {n:>5} {n:<5}| {n:^5}| {n:b} {255:#x} {n:+,}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}] [{n!r:>6}] [{name!a}] [{'é'!a:>8}]")
print(f"{1234567.891:,.2f} {1e-7:g} {1e16:.3} {-0.0:z.1f} {0.5:%} {12345678:_}")
print(format(3.5), format(2**70, ","), format("x", "^5"), format(True), format(None))
print(ascii("naïve 😀"), ascii([1, "é"]), "%s|%r|%a" % ("é", "é", "é"))
print("%-8s|%8.3f|%+05d|%x|%o|%e" % ("left", 2.71828, 7, 255, 8, 12345.6789))
print("{0:>{1}}|{name:.2}|{2:,}".format("r", 5, 10**6, name="truncated"))


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        return format(self.c * 9 / 5 + 32, spec) + "F"


t = Temp(21.5)
print(f"{t:.1f}", format(t, ".0f"), "{:.2f}".format(t))
for bad in [lambda: "{:d}".format("x"), lambda: format("s", "d"), lambda: f"{n:q}",
            lambda: "%d" % "x", lambda: "{0}{}".format(1, 2), lambda: format(1, ",x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
