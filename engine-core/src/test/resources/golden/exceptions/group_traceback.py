# An uncaught exception group prints boxed: nested groups, chained sub-exceptions, markers.
def validate(item):
    if item < 0:
        raise ValueError(f'negative: {item}')
    return 10 // item


def run(items):
    errors = []
    for item in items:
        try:
            validate(item)
        except (ValueError, ZeroDivisionError) as e:
            errors.append(e)
    try:
        {}['missing']
    except KeyError as k:
        errors.append(RuntimeError('lookup failed'))
        errors[-1].__cause__ = k
    inner = BaseExceptionGroup('inner', [TypeError('t'), BaseExceptionGroup('base', [KeyboardInterrupt()])])
    raise BaseExceptionGroup('batch', errors + [inner])


print('start')
run([1, -2, 0])
