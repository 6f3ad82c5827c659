package dev.krait.core.vm;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
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
 * A coroutine: what calling an {@code async def} function returns. It runs as a generator does
 * (its {@code await}s are {@code yield from}s of awaitables), but it is not iterable, it can be
 * awaited only once, and its errors say "coroutine".
 */
final class PyCoroutine extends PyGenerator {

  /** The type {@code coroutine}. */
  static final PyType TYPE =
      TypeBuilder.of("coroutine", PyCoroutine.class, PyType.OBJECT)
          .repr(c -> PyStr.of(((PyCoroutine) c).repr()))
          .getAttr((c, n) -> ((PyCoroutine) c).attr(n))
          .method("send", (PyMethodDescriptor.FnN) (c, args, kw) -> ((PyCoroutine) c).send(args))
          .method(
              "throw",
              (PyMethodDescriptor.FnN) (c, args, kw) -> ((PyCoroutine) c).throwMethod(args))
          .method("close", (PyMethodDescriptor.FnN) (c, args, kw) -> ((PyCoroutine) c).close())
          .method(
              "__await__",
              (PyMethodDescriptor.FnN) (c, args, kw) -> new Wrapper((PyCoroutine) c))
          .ready();

  PyCoroutine(Frame frame) {
    super(frame);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  String kind() {
    return "coroutine";
  }

  @Override
  PyObject resumeFinished(PyException thrown) {
    throw PyErrors.runtimeError("cannot reuse already awaited coroutine");
  }

  /** Returns the awaitable this coroutine is suspended on ({@code cr_await}), or null. */
  PyObject awaiting() {
    return frame.delegate;
  }

  private PyObject attr(String name) {
    switch (name) {
      case "cr_running":
        return PyBool.of(running());
      case "cr_await":
        return frame.delegate == null ? PyNone.NONE : frame.delegate;
      case "cr_code":
        return frame.code;
      case "cr_frame":
        if (finished()) {
          return PyNone.NONE;
        }
        throw PyErrors.make(
            PyErrors.NOT_IMPLEMENTED_ERROR, "cr_frame: frame objects are not implemented yet");
      case "__name__":
        return PyStr.of(frame.code.name());
      case "__qualname__":
        return PyStr.of(frame.code.qualname());
      default:
        return Abstract.genericGetAttr(this, name);
    }
  }

  /**
   * What {@code coroutine.__await__()} returns: an iterator that drives the coroutine, so a
   * class can delegate its own {@code __await__} to a coroutine.
   */
  static final class Wrapper extends PyObject implements ReturningIterator {

    /** The type {@code coroutine_wrapper}. */
    static final PyType TYPE =
        TypeBuilder.of("coroutine_wrapper", Wrapper.class, PyType.OBJECT)
            .iter(w -> w)
            .next(w -> ((Wrapper) w).coroutine.sendOrNull(PyNone.NONE))
            .method(
                "send",
                (PyMethodDescriptor.FnN) (w, args, kw) -> ((Wrapper) w).coroutine.send(args))
            .method(
                "throw",
                (PyMethodDescriptor.FnN)
                    (w, args, kw) -> ((Wrapper) w).coroutine.throwMethod(args))
            .method(
                "close", (PyMethodDescriptor.FnN) (w, args, kw) -> ((Wrapper) w).coroutine.close())
            .ready();

    private final PyCoroutine coroutine;

    Wrapper(PyCoroutine coroutine) {
      this.coroutine = coroutine;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public PyObject returnValue() {
      return coroutine.returnValue();
    }
  }
}
