package dev.krait.core.vm;

import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyMethodDescriptor;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.ReturningIterator;
import dev.krait.core.runtime.TypeBuilder;

/**
 * An asynchronous generator: an {@code async def} with {@code yield}. Its frame runs as a
 * generator's, but each {@code yield} hands out a {@link Wrapped} value (ASYNC_GEN_WRAP), so the
 * awaitables of {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose} can tell a value
 * the generator yields (it ends the await with StopIteration) from one an inner {@code await}
 * yields (it passes through to whoever drives the coroutine).
 */
final class PyAsyncGenerator extends PyGenerator {

  /** The type {@code async_generator}. */
  static final PyType TYPE =
      TypeBuilder.of("async_generator", PyAsyncGenerator.class, PyType.OBJECT)
          .repr(g -> PyStr.of(((PyAsyncGenerator) g).repr()))
          .method("__aiter__", (PyMethodDescriptor.FnN) (g, args, kw) -> g)
          .method(
              "__anext__",
              (PyMethodDescriptor.FnN)
                  (g, args, kw) -> new Step((PyAsyncGenerator) g, PyNone.NONE, null, false))
          .method(
              "asend",
              (PyMethodDescriptor.FnN)
                  (g, args, kw) -> new Step((PyAsyncGenerator) g, one("asend", args), null, false))
          .method(
              "athrow",
              (PyMethodDescriptor.FnN)
                  (g, args, kw) ->
                      new Step((PyAsyncGenerator) g, null, exception(args), false))
          .method(
              "aclose",
              (PyMethodDescriptor.FnN)
                  (g, args, kw) ->
                      new Step((PyAsyncGenerator) g, null,
                          PyErrors.make(PyErrors.GENERATOR_EXIT), true))
          .ready();

  PyAsyncGenerator(Frame frame) {
    super(frame);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  String kind() {
    return "async generator";
  }

  /** ASYNC_GEN_WRAP: marks v as yielded by the generator itself. */
  static PyObject wrap(PyObject v) {
    return new Wrapped(v);
  }

  private static PyObject one(String name, PyObject[] args) {
    if (args.length != 1) {
      throw PyErrors.typeError(
          "async_generator." + name + "() takes exactly one argument (" + args.length
              + " given)");
    }
    return args[0];
  }

  private static PyException exception(PyObject[] args) {
    return thrownException(args).toThrowable();
  }

  /** A value the generator yielded, on its way out through the awaitable that resumed it. */
  static final class Wrapped extends PyObject {
    static final PyType TYPE =
        TypeBuilder.of("async_generator_wrapped_value", Wrapped.class, PyType.OBJECT).ready();

    final PyObject value;

    Wrapped(PyObject value) {
      this.value = value;
    }

    @Override
    public PyType type() {
      return TYPE;
    }
  }

  /**
   * The awaitable of one {@code __anext__}, {@code asend}, {@code athrow} or {@code aclose}: an
   * iterator that resumes the generator (first with its value or exception) until it yields.
   */
  static final class Step extends PyObject implements ReturningIterator {
    static final PyType TYPE =
        TypeBuilder.of("async_generator_asend", Step.class, PyType.OBJECT)
            .iter(s -> s)
            .next(s -> ((Step) s).send(PyNone.NONE))
            .method("__await__", (PyMethodDescriptor.FnN) (s, args, kw) -> s)
            .method(
                "send", (PyMethodDescriptor.FnN) (s, args, kw) -> ((Step) s).orStop(
                    ((Step) s).send(one("send", args))))
            .method(
                "throw",
                (PyMethodDescriptor.FnN) (s, args, kw) -> ((Step) s).orStop(
                    ((Step) s).throwIn(exception(args))))
            .method("close", (PyMethodDescriptor.FnN) (s, args, kw) -> {
              ((Step) s).done = true;
              return PyNone.NONE;
            })
            .ready();

    private final PyAsyncGenerator gen;
    private PyObject first;
    private PyException thrown;
    private final boolean closing;
    private boolean started;
    private boolean done;
    private PyObject result = PyNone.NONE;

    Step(PyAsyncGenerator gen, PyObject first, PyException thrown, boolean closing) {
      this.gen = gen;
      this.first = first;
      this.thrown = thrown;
      this.closing = closing;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public PyObject returnValue() {
      return result;
    }

    private PyObject orStop(PyObject v) {
      if (v == null) {
        throw ReturningIterator.stopIteration(this);
      }
      return v;
    }

    /** Resumes the generator with v (or, the first time, with this step's value or error). */
    PyObject send(PyObject v) {
      checkNotDone();
      if (!started) {
        started = true;
        if (thrown != null) {
          PyException e = thrown;
          thrown = null;
          return throwIn(e);
        }
        v = first;
      }
      try {
        return outcome(gen.sendOrNull(v));
      } catch (PyException e) {
        return failed(e);
      }
    }

    private PyObject throwIn(PyException e) {
      checkNotDone();
      started = true;
      try {
        return outcome(gen.throwOrNull(e));
      } catch (PyException x) {
        return failed(x);
      }
    }

    private void checkNotDone() {
      if (done) {
        throw PyErrors.runtimeError(closing
            ? "cannot reuse already awaited aclose()/athrow()"
            : "cannot reuse already awaited __anext__()/asend()");
      }
    }

    /**
     * What the generator's step means for this await: r to pass on, or null when the await is
     * over with {@link #returnValue} as its result; StopAsyncIteration when the generator ended.
     */
    private PyObject outcome(PyObject r) {
      if (r instanceof Wrapped w) {
        done = true;
        if (closing) {
          throw PyErrors.runtimeError("async generator ignored GeneratorExit");
        }
        result = w.value;
        return null;
      }
      if (r == null) {
        done = true;
        if (closing) {
          return null;
        }
        throw PyErrors.make(PyErrors.STOP_ASYNC_ITERATION);
      }
      return r;
    }

    private PyObject failed(PyException e) {
      done = true;
      if (closing && (e.matches(PyErrors.GENERATOR_EXIT)
          || e.matches(PyErrors.STOP_ASYNC_ITERATION))) {
        return null;
      }
      throw e;
    }
  }
}
