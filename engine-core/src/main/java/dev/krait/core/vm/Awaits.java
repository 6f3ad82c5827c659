package dev.krait.core.vm;

import static dev.krait.core.bytecode.Opcode.*;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyObject;

/**
 * The bodies of the coroutine instructions ({@code await}, {@code async with}, {@code async
 * for}) with CPython 3.11's protocol checks and error messages.
 */
final class Awaits {

  private Awaits() {}

  /** GET_AWAITABLE, BEFORE_ASYNC_WITH, GET_AITER and GET_ANEXT; returns the new stack top. */
  static int op(int op, int arg, PyObject[] stack, int sp) {
    switch (op) {
      case GET_AWAITABLE:
        stack[sp - 1] = awaitable(stack[sp - 1], arg);
        return sp;
      case BEFORE_ASYNC_WITH:
        return beforeAsyncWith(stack, sp);
      case GET_AITER:
        stack[sp - 1] = aiter(stack[sp - 1]);
        return sp;
      case GET_ANEXT:
        stack[sp] = anext(stack[sp - 1]);
        return sp + 1;
      default:
        throw new IllegalStateException("await op " + name(op));
    }
  }

  /**
   * Returns the iterator that awaiting {@code o} drives: a coroutine itself, else what its
   * {@code __await__} returns, which must be an iterator. {@code where} is 1 or 2 when o came
   * from {@code __aenter__} or {@code __aexit__}.
   */
  static PyObject awaitable(PyObject o, int where) {
    PyObject it = awaitableOrNull(o);
    if (it == null) {
      String type = o.type().name();
      throw PyErrors.typeError(
          where == 1
              ? "'async with' received an object from __aenter__ that does not implement"
                  + " __await__: " + type
              : where == 2
                  ? "'async with' received an object from __aexit__ that does not implement"
                      + " __await__: " + type
                  : "object " + type + " can't be used in 'await' expression");
    }
    if (it instanceof PyCoroutine c && c.awaiting() != null) {
      throw PyErrors.runtimeError("coroutine is being awaited already");
    }
    return it;
  }

  /** Returns o's await iterator, or null when o has no {@code __await__}. */
  private static PyObject awaitableOrNull(PyObject o) {
    if (o instanceof PyCoroutine) {
      return o;
    }
    PyObject await = o.type().lookup("__await__");
    if (await == null) {
      return null;
    }
    PyObject it = Abstract.callMethod(o, "__await__");
    if (it instanceof PyCoroutine) {
      throw PyErrors.typeError("__await__() returned a coroutine");
    }
    if (it.type().lookup("__next__") == null) {
      throw PyErrors.typeError(
          "__await__() returned non-iterator of type '" + it.type().name() + "'");
    }
    return it;
  }

  /** BEFORE_ASYNC_WITH: (mgr -- bound __aexit__, awaitable of mgr.__aenter__()). */
  private static int beforeAsyncWith(PyObject[] stack, int sp) {
    PyObject mgr = stack[sp - 1];
    String protocol =
        "'" + mgr.type().name() + "' object does not support the asynchronous context manager"
            + " protocol";
    if (mgr.type().lookup("__aenter__") == null) {
      throw PyErrors.typeError(protocol);
    }
    if (mgr.type().lookup("__aexit__") == null) {
      throw PyErrors.typeError(protocol + " (missed __aexit__ method)");
    }
    stack[sp - 1] = Abstract.getAttr(mgr, "__aexit__");
    stack[sp] = Abstract.callMethod(mgr, "__aenter__");
    return sp + 1;
  }

  /** GET_AITER: {@code o.__aiter__()}, which must have {@code __anext__}. */
  private static PyObject aiter(PyObject o) {
    if (o.type().lookup("__aiter__") == null) {
      throw PyErrors.typeError(
          "'async for' requires an object with __aiter__ method, got " + o.type().name());
    }
    PyObject it = Abstract.callMethod(o, "__aiter__");
    if (it.type().lookup("__anext__") == null) {
      throw PyErrors.typeError(
          "'async for' received an object from __aiter__ that does not implement __anext__: "
              + it.type().name());
    }
    return it;
  }

  /** GET_ANEXT: the await iterator of {@code ait.__anext__()}. */
  private static PyObject anext(PyObject ait) {
    if (ait.type().lookup("__anext__") == null) {
      throw PyErrors.typeError(
          "'async for' requires an iterator with __anext__ method, got " + ait.type().name());
    }
    PyObject next = Abstract.callMethod(ait, "__anext__");
    PyObject it = awaitableOrNull(next);
    if (it == null) {
      throw PyErrors.typeError(
          "'async for' received an invalid object from __anext__: " + next.type().name());
    }
    return it;
  }

  /**
   * END_ASYNC_FOR: {@code (ait exc -- )}; the loop ends normally when exc is
   * StopAsyncIteration, else exc propagates as it is (the caller marks it as a re-raise).
   */
  static int endAsyncFor(PyObject[] stack, int sp) {
    PyObject exc = stack[sp - 1];
    if (!exc.type().isSubtypeOf(PyErrors.STOP_ASYNC_ITERATION)) {
      throw ((PyBaseException) exc).toThrowable();
    }
    stack[--sp] = null;
    stack[--sp] = null;
    return sp;
  }
}
