# An exception raised in an except* clause, with the wrapped bare exception as its context; the
# unhandled part of a group propagates with its traceback.
def handle():
    try:
        1 / 0
    except* ZeroDivisionError as group:
        print('caught', repr(group))
        raise KeyError('from handler')


try:
    handle()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__context__.__traceback__)
try:
    raise ExceptionGroup('kept', [ValueError(1), TypeError(2)])
except* ValueError:
    print('values handled')
