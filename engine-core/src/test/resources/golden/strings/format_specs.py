# the format mini-language in f-strings, format() and str.format
x = 3.14159
n = 1234567
print(f"{x:.2f} {x:10.3f}| {x:<8.1f}| {x:e} {x:.3g} {n:,} {n:_} {n:>10} {n:08d} {255:x} {255:#X} {5:b} {0.25:%} {x:+.1f}")
print(f"{'hi':>5}|{'hi':^6}|{'hi':*<4}|{'abcdef':.3}|{1e20:g} {1e-5:g} {123.0:g} {0.0001:.2e} {2.675:.2f} {-0.0:.1f}")
print("{} and {}".format(1, "a"), "{0}{1}{0}".format("x", "y"), "{name:>6}".format(name="n"), "{:.{}f}".format(2.5, 3), "{!r}".format("q"), "{0[1]}".format([7, 8]))
print(format(42, "5d"), format(3.5), format("s", "3"), f"{n!r:>9}", f"{10:.1f}", f"{7:g}", f"{1.5:}")
w = 7
print(f"{n:{w}}", f"{x:{w}.{2}f}")
