# compile(..., 'single') runs one interactive statement: expression statements show their value.
import sys
exec(compile("1 + 2", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
exec(compile("'text'", "<stdin>", "single"))
exec(compile("x = 5", "<stdin>", "single"))
exec(compile("for i in range(3): i * 10\n", "<stdin>", "single"))
exec(compile("if True:\n    [1, 2]\n    'second'\n", "<stdin>", "single"))
exec(compile("a = 1; a + 1; a + 2", "<stdin>", "single"))
exec(compile("def f():\n    42\n", "<stdin>", "single"))
exec(compile("f()", "<stdin>", "single"))
exec(compile("class C:\n    7\n", "<stdin>", "single"))
ns = {}
exec(compile("6 * 7", "<stdin>", "single"), ns)

print(_)
exec(compile("[]", "<stdin>", "single"))
print(_)
exec(compile("None", "<stdin>", "single"))
print(_)
try:
    compile("1\n2\n", "<stdin>", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)


def hook(v):
    print("hook got", repr(v))


sys.displayhook = hook
exec(compile("'hooked'", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
print(sys.displayhook is hook)
