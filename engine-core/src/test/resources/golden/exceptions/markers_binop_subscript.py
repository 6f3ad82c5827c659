# 3.11 traceback markers: ~ under operands and ^ under the operator or index, through calls.
def ratio(values, key):
    total = values[key] // (len(values) - 2)   # a comment after the span
    return total


def outer(values):
    return ratio(values, 'a') + 1


print(outer({'a': 1, 'b': 2, 'c': 3}))
data = {'a': 4, 'b': 5}
result = [outer(data)]
