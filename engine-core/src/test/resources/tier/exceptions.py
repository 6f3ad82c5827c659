def divide(xs):
    out = []
    for x in xs:
        try:
            out.append(10 // x)
        except ZeroDivisionError as e:
            out.append(str(e))
        except (TypeError, ValueError):
            out.append("type")
        else:
            out.append("ok")
        finally:
            out.append("f")
    return out


def loop_in_try(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


def nested_raise():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise ValueError("outer") from e
    except ValueError as e:
        return repr(e), repr(e.__cause__), repr(e.__context__)


def reraise():
    try:
        try:
            {}["k"]
        except KeyError:
            raise
    except KeyError as e:
        return "again " + repr(e)


def context():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][1]
    except IndexError as e:
        return type(e.__context__).__name__


def unbound(flag):
    if flag:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return str(e)


def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")


def star():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("value", repr(e.exceptions))
    except* TypeError as e:
        print("type", repr(e.exceptions))


def assertion(x):
    try:
        assert x > 0, "not positive"
    except AssertionError as e:
        return "assert " + str(e)
    return "fine"


print(divide([1, 0, "a", 5]))
print(loop_in_try(6))
print(nested_raise())
print(reraise())
print(context())
print(unbound(True), unbound(False))
print(finally_return())
star()
print(assertion(1), assertion(-1))
