# Markers are left out when plain ^ would cover the whole stripped line; calls get plain ^.
def fail(n):
    if n:
        raise ValueError(f'bad {n}')
    return n


def middle(n):
    fail(n)


values = [middle(0), 'é' * 2]
print(values, len(values))
middle(3)
