# f-strings without format specs, str concatenation, indexing and conversions
name = "world"
n = 42
print(f"hello {name}!", f"{n}", f"{n!r} {name!r} {name!s}")
print(f"{1 + 2} {[1, 2]} {None} {3.5}")
s = "abc" + "déf"
print(s, len(s), s[0], s[-1], s[3])
print(str(12), str(1.5), str(None), str(True), repr("it's"), repr('say "hi"'))
print(int("42"), int("-7"), int(" 12 "), int("ff", 16), int(3.9), float("2.5"), float(3))
print(int(), float(), str(), bool(), bool([]), bool("x"))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("nope")
except ValueError as e:
    print(e)
print("abc" == "abc", "a" * 3, "x" in "xyz")
