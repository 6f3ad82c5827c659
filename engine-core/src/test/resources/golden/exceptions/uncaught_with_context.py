# an uncaught exception raised while handling another: both tracebacks and exit status 1
def parse(text):
    return int(text)
def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            raise KeyError(v)
    return out
print(load(["1", "2"]))
load(["3", "x"])
