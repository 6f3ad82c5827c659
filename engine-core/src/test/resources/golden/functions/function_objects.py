# Function objects: docstrings, __code__, __closure__ and cells, annotations, attributes.
def documented(a, b=1, *args, c, d=2, **kw):
    """First line.

    More."""
    x = a
    def inner():
        return x + b
    return inner


print(repr(documented.__doc__), documented.__code__.co_consts[0] == documented.__doc__)
co = documented.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals, co.co_firstlineno)
print(co.co_flags & 0x0f, co.co_filename.endswith('function_objects.py'))
inner = documented(10, c=0)
print(inner(), inner.__code__.co_freevars, [type(c).__name__ for c in inner.__closure__])
print(sorted(c.cell_contents for c in inner.__closure__), documented.__closure__)
cell = inner.__closure__[0]
cell.cell_contents = 100
print(inner())
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print('ValueError:', e)
try:
    inner()
except NameError as e:
    print('NameError:', e)


def no_doc():
    x = 'not a docstring'
    'nor this'
    return x


def only_doc():
    'only'


print(no_doc.__doc__, no_doc.__code__.co_consts[0], only_doc(), only_doc.__doc__)
print((lambda: 'x').__doc__, (lambda: 'x').__code__.co_consts[0])
no_doc.__doc__ = 'set later'
print(no_doc.__doc__)


class K:
    """Class doc."""
    def method(self):
        """Method doc."""


print(K.__doc__, K.method.__doc__)
order = []


def note(x):
    order.append(x)
    return x


def annotated(a: note('a'), /, b: note('b') = note('default'), *c: note('c'), d: note('d'), **e: note('e')) -> note('ret'):
    pass


print(order)
print(annotated.__annotations__)
print(no_doc.__annotations__, (lambda x: x).__annotations__)
no_doc.__annotations__ = {'x': int}
print(no_doc.__annotations__)
try:
    no_doc.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)
for attr in ['__closure__', '__globals__']:
    try:
        setattr(no_doc, attr, None)
    except AttributeError as e:
        print('AttributeError:', e)
no_doc.__wrapped__ = only_doc
no_doc.tag = 'tagged'
print(no_doc.__wrapped__ is only_doc, sorted(no_doc.__dict__), no_doc.tag)
print(len.__name__, len.__qualname__, [].append.__name__, [].append.__qualname__, type(len).__name__)
x: int = 5
print(__annotations__)
