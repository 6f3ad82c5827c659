# try/except/else/finally through the exception table, with return, break and continue
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", a, b)
print(divide(6, 3))
print(divide(1, 0))
def pick(kind):
    try:
        if kind == 1:
            raise ValueError("bad value")
        if kind == 2:
            raise KeyError("k")
        if kind == 3:
            return [][1]
        return "ok"
    except (ValueError, KeyError) as e:
        return "handled " + type(e).__name__ + " " + repr(e)
    except IndexError:
        return "index"
for kind in range(4):
    print(pick(kind))
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)
def finally_overrides():
    try:
        return "try"
    finally:
        print("in finally")
print(finally_overrides())
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class", repr(e))
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging")
        raise
try:
    reraise()
except ArithmeticError as e:
    print("reraised", type(e).__name__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    pass
except Exception:
    print("never")
else:
    print("else ran")
while True:
    try:
        break
    except Exception:
        pass
print("after while")
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("name cleared:", e)
