# module globals, fast locals, cells, nonlocal and global declarations
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def make_counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1 = make_counter(10)
c2 = make_counter(100)
print(c1(), c1(5), c2(), c1())
def outer(x):
    def middle():
        def inner():
            return x * 2
        return inner()
    return middle()
print(outer(21))
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def param_cell(a):
    def get():
        return a
    a = a + 1
    return get
print(param_cell(1)())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
