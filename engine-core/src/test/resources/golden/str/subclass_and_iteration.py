# A Python subclass of str: construction, inherited methods, instance attributes, overrides
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("krait")
print(n, repr(n), type(n).__name__, isinstance(n, str), len(n), n.shout())
print(type(n.upper()).__name__, type(n + "x").__name__, type(str(n)).__name__, n == "krait")
n.tag = 5
print(n.tag, n[1], n[1:3], n[::-1], n * 2, "ai" in n, hash(n) == hash("krait"))


class Loud(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"


loud = Loud("hey")
print(loud, repr(loud), loud.lower(), {loud: 1}["HEY"])

total = []
for ch in "a😀b":
    total.append(ch)
print(total, "".join(total), "+".join(["x", n, loud]))
it = iter("xy")
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(type(iter("é")).__name__, max("hello"), min("hello"))
words = "the quick brown fox".split()
print(" ".join([w.capitalize() for w in words]), str.upper(words[1]), "%s|%5d|%-4s|" % (n, 42, loud))
print("{0}-{1!r}-{x:>6}".format(n, loud, x="pad"), (3.14159).__format__(".2f"), (255).__format__("#x"))
