"""Helpers for reprs (Krait's own, partial implementation of CPython's reprlib):
recursive_repr. The Repr class and repr() with size limits raise NotImplementedError."""

__all__ = ['recursive_repr']


def recursive_repr(fillvalue='...'):
    """Decorator to make a repr function return fillvalue for a recursive call."""

    def decorating_function(user_function):
        # The objects whose repr is being made, compared by identity (one context's calls).
        running = []

        def wrapper(self):
            for active in running:
                if active is self:
                    return fillvalue
            running.append(self)
            try:
                result = user_function(self)
            finally:
                for index, active in enumerate(running):
                    if active is self:
                        del running[index]
                        break
            return result

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def __getattr__(name):
    if name in ('Repr', 'aRepr', 'repr'):
        raise NotImplementedError(f'reprlib.{name} is not implemented in Krait yet')
    raise AttributeError(f"module 'reprlib' has no attribute {name!r}")
