# common str methods, tuple operators, map and dict.popitem
print("a,b,,c".split(","), " x  y ".split(), "-".join(["a", "b"]), "Hi".upper(), "Hi".lower())
print("  pad ".strip(), "xxhixx".strip("x"), "abc".startswith("ab"), "abc".endswith(("x", "c")))
print("aaa".replace("a", "b"), "hello".find("l"), "hello".index("o"), "banana".count("an"))
print("42".zfill(5), "-7".zfill(4), "ab".center(7, "*"), "ab".center(6), "abc".center(6), "x".ljust(3) + "|", "x".rjust(3))
print("123".isdigit(), "ab1".isalpha(), "a b c".split(None, 1))
print((1, 2) + (3,), (0,) * 3, (1, 2, 1).count(1), "hello world".title(), "a=b".partition("="), "x\ny\r\n".splitlines(), list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])), {1: 2, 3: 4}.popitem())
