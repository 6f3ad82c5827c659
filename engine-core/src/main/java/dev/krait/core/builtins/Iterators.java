package dev.krait.core.builtins;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.CompareOp;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/**
 * The builtin iterator types {@code enumerate}, {@code zip}, {@code map}, {@code filter} and
 * {@code callable_iterator} (what {@code iter(callable, sentinel)} returns).
 */
final class Iterators {

  private Iterators() {}

  /** {@code enumerate(iterable, start=0)}. */
  static final class Enumerate extends PyObject {
    static final PyType TYPE =
        TypeBuilder.of("enumerate", Enumerate.class, PyType.OBJECT)
            .newSlot((t, args, kw) -> {
              int nkw = kw == null ? 0 : kw.length;
              int npos = args.length - nkw;
              if (npos < 1 || args.length > 2) {
                throw PyErrors.typeError(
                    "enumerate() missing required argument 'iterable' (pos 1)");
              }
              PyObject start = args.length == 2 ? args[1] : PyInt.of(0);
              return new Enumerate(Abstract.iter(args[0]), Abstract.index(start));
            })
            .iter(e -> e)
            .next(e -> ((Enumerate) e).next())
            .ready();

    private final PyObject it;
    private PyObject count;

    Enumerate(PyObject it, PyObject start) {
      this.it = it;
      this.count = start;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private PyObject next() {
      PyObject v = Abstract.next(it);
      if (v == null) {
        return null;
      }
      PyObject i = count;
      count = Abstract.add(count, PyInt.of(1));
      return PyTuple.of(i, v);
    }
  }

  /** {@code zip(*iterables, strict=False)}. */
  static final class Zip extends PyObject {
    static final PyType TYPE =
        TypeBuilder.of("zip", Zip.class, PyType.OBJECT)
            .newSlot((t, args, kw) -> {
              int nkw = kw == null ? 0 : kw.length;
              boolean strict = false;
              for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("strict")) {
                  throw PyErrors.typeError(
                      "zip() got an unexpected keyword argument '" + kw[k] + "'");
                }
                strict = Abstract.isTrue(args[args.length - nkw + k]);
              }
              PyObject[] its = new PyObject[args.length - nkw];
              for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(args[i]);
              }
              return new Zip(its, strict);
            })
            .iter(z -> z)
            .next(z -> ((Zip) z).next())
            .ready();

    private final PyObject[] its;
    private final boolean strict;

    Zip(PyObject[] its, boolean strict) {
      this.its = its;
      this.strict = strict;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private PyObject next() {
      if (its.length == 0) {
        return null;
      }
      PyObject[] items = new PyObject[its.length];
      for (int i = 0; i < its.length; i++) {
        items[i] = Abstract.next(its[i]);
        if (items[i] == null) {
          if (strict) {
            checkAllEnded(i);
          }
          return null;
        }
      }
      return PyTuple.of(items);
    }

    // Iterator i ended first: with strict=True, every other one must end at the same place.
    private void checkAllEnded(int i) {
      if (i > 0) {
        throw PyErrors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
            + (i == 1 ? " 1" : "s 1-" + i));
      }
      for (int j = 1; j < its.length; j++) {
        if (Abstract.next(its[j]) != null) {
          throw PyErrors.valueError("zip() argument " + (j + 1) + " is longer than argument"
              + (j == 1 ? " 1" : "s 1-" + j));
        }
      }
    }
  }

  /** {@code map(function, iterable, ...)}. */
  static final class Map extends PyObject {
    static final PyType TYPE =
        TypeBuilder.of("map", Map.class, PyType.OBJECT)
            .newSlot((t, args, kw) -> {
              if (kw != null && kw.length > 0) {
                throw PyErrors.typeError("map() takes no keyword arguments");
              }
              if (args.length < 2) {
                throw PyErrors.typeError("map() must have at least two arguments.");
              }
              PyObject[] its = new PyObject[args.length - 1];
              for (int i = 1; i < args.length; i++) {
                its[i - 1] = Abstract.iter(args[i]);
              }
              return new Map(args[0], its);
            })
            .iter(m -> m)
            .next(m -> ((Map) m).next())
            .ready();

    private final PyObject fn;
    private final PyObject[] its;

    Map(PyObject fn, PyObject[] its) {
      this.fn = fn;
      this.its = its;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private PyObject next() {
      PyObject[] args = new PyObject[its.length];
      for (int i = 0; i < its.length; i++) {
        args[i] = Abstract.next(its[i]);
        if (args[i] == null) {
          return null;
        }
      }
      return Abstract.call(fn, args, null);
    }
  }

  /** {@code filter(function, iterable)}: the items for which the function (or bool) is true. */
  static final class Filter extends PyObject {
    static final PyType TYPE =
        TypeBuilder.of("filter", Filter.class, PyType.OBJECT)
            .newSlot((t, args, kw) -> {
              if (kw != null && kw.length > 0) {
                throw PyErrors.typeError("filter() takes no keyword arguments");
              }
              if (args.length != 2) {
                throw PyErrors.typeError("filter expected 2 arguments, got " + args.length);
              }
              return new Filter(args[0], Abstract.iter(args[1]));
            })
            .iter(f -> f)
            .next(f -> ((Filter) f).next())
            .ready();

    private final PyObject fn;
    private final PyObject it;

    Filter(PyObject fn, PyObject it) {
      this.fn = fn;
      this.it = it;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private PyObject next() {
      for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
        boolean keep = fn == PyNone.NONE || fn == PyBool.TYPE
            ? Abstract.isTrue(v)
            : Abstract.isTrue(Abstract.call(fn, v));
        if (keep) {
          return v;
        }
      }
      return null;
    }
  }

  /** What {@code iter(callable, sentinel)} returns: calls until the sentinel comes back. */
  static final class CallIterator extends PyObject {
    static final PyType TYPE =
        TypeBuilder.of("callable_iterator", CallIterator.class, PyType.OBJECT)
            .iter(c -> c)
            .next(c -> ((CallIterator) c).next())
            .ready();

    private PyObject fn;
    private final PyObject sentinel;

    CallIterator(PyObject fn, PyObject sentinel) {
      this.fn = fn;
      this.sentinel = sentinel;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private PyObject next() {
      if (fn == null) {
        return null;
      }
      PyObject v;
      try {
        v = Abstract.call(fn);
      } catch (PyException e) {
        if (e.value().type().isSubtypeOf(PyErrors.STOP_ITERATION)) {
          fn = null;
          return null;
        }
        throw e;
      }
      if (Abstract.richCompareBool(v, sentinel, CompareOp.EQ)) {
        fn = null;
        return null;
      }
      return v;
    }
  }
}
