package dev.krait.core.builtins;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/** The builtin iterator types {@code enumerate}, {@code zip} and {@code map}. */
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

  /** {@code zip(*iterables)} (without {@code strict}). */
  static final class Zip extends PyObject {
    static final PyType TYPE =
        TypeBuilder.of("zip", Zip.class, PyType.OBJECT)
            .newSlot((t, args, kw) -> {
              if (kw != null && kw.length > 0) {
                throw PyErrors.typeError("zip() keyword arguments are not implemented yet");
              }
              PyObject[] its = new PyObject[args.length];
              for (int i = 0; i < args.length; i++) {
                its[i] = Abstract.iter(args[i]);
              }
              return new Zip(its);
            })
            .iter(z -> z)
            .next(z -> ((Zip) z).next())
            .ready();

    private final PyObject[] its;

    Zip(PyObject[] its) {
      this.its = its;
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
          return null;
        }
      }
      return PyTuple.of(items);
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
}
