"""Functions creating iterators for efficient looping (Krait's own implementation of CPython's
itertools, in Python): each is a class whose objects are their own iterators, with CPython's
argument checks, messages and (for count and repeat) reprs.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


class _iterator:
    """The common part: an object that is its own iterator, driven by a generator."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__module__}.{type(self).__name__}' "
                        "object")


def _index(value, message):
    if value is None:
        return None
    try:
        index = value.__index__()
    except AttributeError:
        raise ValueError(message) from None
    if not 0 <= index <= _sys.maxsize:
        raise ValueError(message)
    return index


class count(_iterator):
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_next', '_step')

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not (isinstance(value, (int, float, complex)) or hasattr(value, '__add__')
                    and hasattr(type(value), '__index__')):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._next!r})'
        return f'{type(self).__name__}({self._next!r}, {self._step!r})'


class cycle(_iterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
indefinitely."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class repeat(_iterator):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        names = ('object', 'times')
        if len(args) > 2:
            raise TypeError(f'repeat() takes at most 2 arguments ({len(args)} given)')
        values = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"repeat() got an unexpected keyword argument '{key}'")
            if key in values:
                raise TypeError(f"argument for repeat() given by name ('{key}') and "
                                f"position ({names.index(key) + 1})")
            values[key] = value
        if 'object' not in values:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = values['object']
        times = values.get('times')
        if times is not None:
            times = times.__index__() if hasattr(type(times), '__index__') else None
            if times is None:
                raise TypeError(f"'{type(values['times']).__name__}' object cannot be "
                                "interpreted as an integer")
            times = max(times, 0)
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


class accumulate(_iterator):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_iterator):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iterable

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates
lazily."""
        self = cls()
        self._gen = cls._run(iter(iterable))
        return self


class compress(_iterator):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_iterator):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_iterator):
    """Return successive entries from an iterable as long as the predicate evaluates to true
for each entry."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_iterator):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        if function is None:
            function = bool
        self._gen = (x for x in iter(iterable) if not function(x))


class starmap(_iterator):
    """Return an iterator whose values are returned from the function evaluated with an
argument tuple taken from the given sequence."""
    __slots__ = ()

    def __init__(self, *args):
        if len(args) != 2:
            raise TypeError(f'starmap expected 2 arguments, got {len(args)}')
        function, iterable = args
        self._gen = (function(*a) for a in iter(iterable))


class islice(_iterator):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ()

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        it = iter(args[0])
        if len(args) == 2:
            start, step = 0, 1
            stop = _index(args[1], 'Stop argument for islice() must be None or an integer: '
                                   '0 <= x <= sys.maxsize.')
        else:
            start = _index(args[1], 'Indices for islice() must be None or an integer: '
                                    '0 <= x <= sys.maxsize.')
            stop = _index(args[2], 'Stop argument for islice() must be None or an integer: '
                                   '0 <= x <= sys.maxsize.')
            step = _index(args[3] if len(args) == 4 else None,
                          'Step for islice() must be a positive integer or None.')
            start = 0 if start is None else start
            step = 1 if step is None else step
            if step == 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = self._run(it, start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        position = 0
        wanted = start
        while stop is None or wanted < stop:
            try:
                while position < wanted:
                    next(it)
                    position += 1
                value = next(it)
            except StopIteration:
                return
            position += 1
            yield value
            wanted += step
        # CPython consumes the skipped items up to stop, but not beyond it.
        while position < stop:
            try:
                next(it)
            except StopIteration:
                return
            position += 1


class pairwise(_iterator):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            for b in it:
                yield a, b
                a = b
            return


class zip_longest(_iterator):
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th
element comes from the i-th iterable argument."""
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class groupby(_iterator):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._id = object()

    def __next__(self):
        self._id = object()
        while self._currkey is not _MISSING and self._currkey == self._tgtkey:
            self._step()
        if self._currkey is _MISSING:
            self._step()
        self._tgtkey = self._currkey
        return self._currkey, self._grouper(self._tgtkey, self._id)

    def _step(self):
        self._currvalue = next(self._it)
        self._currkey = self._keyfunc(self._currvalue)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


_MISSING = object()


class _tee_link:
    """One cell of the linked list the iterators of one tee() share."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee(_iterator):
    __slots__ = ('_source', '_link')

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


class product(_iterator):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(len(pool) == 0 for pool in pools):
            return
        indices = [0] * len(pools)
        yield tuple(pool[0] for pool in pools)
        while True:
            for i in reversed(range(len(pools))):
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
            else:
                return
            yield tuple(pool[j] for pool, j in zip(pools, indices))


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        if n is not None:
            raise TypeError('Expected int as r')
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_iterator):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r, len(pool)))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_iterator):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r, None))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_iterator):
    """Return successive r-length combinations of elements in the iterable allowing
individual elements to have successive repeats."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r, None))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
