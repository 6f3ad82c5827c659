# raise ... from ...: the direct-cause section of the traceback
def check(n):
    if n < 0:
        raise ValueError("negative")
    return n
try:
    check(-1)
except ValueError as e:
    raise RuntimeError("check failed") from e
