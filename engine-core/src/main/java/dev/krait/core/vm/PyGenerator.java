package dev.krait.core.vm;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyMethodDescriptor;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.ReturningIterator;
import dev.krait.core.runtime.TypeBuilder;

/**
 * A generator: a suspended heap {@link Frame} resumed by {@code next()}, {@code send()} or
 * {@code throw()}; each {@code yield} leaves the loop with the frame's {@code pc} and {@code sp}
 * saved in it. While suspended in {@code yield from}, the frame's {@code delegate} receives
 * {@code send}/{@code throw}/{@code close} first, as in CPython's {@code gen_send_ex}.
 */
public class PyGenerator extends PyObject implements ReturningIterator {

  /** The type {@code generator}. */
  public static final PyType TYPE =
      TypeBuilder.of("generator", PyGenerator.class, PyType.OBJECT)
          .repr(g -> PyStr.of(((PyGenerator) g).repr()))
          .iter(g -> g)
          .next(g -> ((PyGenerator) g).sendOrNull(PyNone.NONE))
          .method("send", (PyMethodDescriptor.FnN) (g, args, kw) -> ((PyGenerator) g).send(args))
          .method(
              "throw",
              (PyMethodDescriptor.FnN) (g, args, kw) -> ((PyGenerator) g).throwMethod(args))
          .method("close", (PyMethodDescriptor.FnN) (g, args, kw) -> ((PyGenerator) g).close())
          .ready();

  final Frame frame;
  private boolean started;
  private boolean running;
  private boolean finished;
  private PyObject returnValue = PyNone.NONE;

  PyGenerator(Frame frame) {
    this.frame = frame;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the word error messages use for this kind of object: "generator". */
  String kind() {
    return "generator";
  }

  /**
   * Returns what resuming a finished generator gives: null (exhausted). A coroutine raises
   * instead, since it can be awaited only once.
   */
  PyObject resumeFinished(PyException thrown) {
    if (thrown != null) {
      throw thrown;
    }
    // Only the StopIteration of the return itself carries the value; later ones are bare.
    returnValue = PyNone.NONE;
    return null;
  }

  /** Returns whether the frame has run to its end. */
  final boolean finished() {
    return finished;
  }

  /** Returns whether the frame is running now ({@code gi_running}). */
  final boolean running() {
    return running;
  }

  /** Returns the value the generator's {@code return} gave (None until then). */
  @Override
  public PyObject returnValue() {
    return returnValue;
  }

  /** Sends v; returns the value yielded, or null when the generator returns (see returnValue). */
  PyObject sendOrNull(PyObject sent) {
    if (finished) {
      return resumeFinished(null);
    }
    checkNotRunning();
    PyObject d = frame.delegate;
    if (d != null) {
      PyObject r;
      running = true;
      try {
        r = Ops.send(frame, d, sent);
      } catch (PyException e) {
        running = false;
        frame.delegate = null;
        return resume(null, e);
      } finally {
        running = false;
      }
      if (r != null) {
        return r;
      }
      return finishDelegation(frame.sendResult);
    }
    return resume(sent, null);
  }

  private void checkNotRunning() {
    if (running) {
      throw PyErrors.valueError(kind() + " already executing");
    }
  }

  /** Continues after the delegate's return with its value, past the {@code yield from}. */
  private PyObject finishDelegation(PyObject value) {
    frame.sendResult = null;
    frame.delegate = null;
    frame.stack[frame.sp - 1] = value;
    frame.pc = frame.delegateExit;
    return resume(null, null);
  }

  /**
   * Runs the frame on: with {@code sent} pushed as the value of the {@code yield} it stands at,
   * or with {@code thrown} raised there; null sent and thrown means continue as positioned.
   */
  private PyObject resume(PyObject sent, PyException thrown) {
    if (finished) {
      return resumeFinished(thrown);
    }
    checkNotRunning();
    if (thrown != null) {
      if (!started) {
        // Thrown into a generator that never ran: it ends without running any of its code.
        finished = true;
        throw thrown;
      }
      frame.pendingThrow = thrown;
    } else if (sent != null && started) {
      frame.stack[frame.sp++] = sent;
    }
    started = true;
    running = true;
    try {
      PyObject v = Interpreter.execute(frame, ThreadState.current());
      if (!frame.yielded) {
        finished = true;
        returnValue = v;
        return null;
      }
      return v;
    } catch (PyException e) {
      finished = true;
      frame.pendingThrow = null;
      if (e.matches(PyErrors.STOP_ITERATION)
          || (this instanceof PyAsyncGenerator && e.matches(PyErrors.STOP_ASYNC_ITERATION))) {
        // PEP 479: a StopIteration escaping the body would silently end the caller's loop.
        PyException r = PyErrors.runtimeError(
            kind() + " raised "
                + (e.matches(PyErrors.STOP_ITERATION) ? "StopIteration" : "StopAsyncIteration"));
        r.value().setCause(e.value());
        r.value().setContext(e.value());
        throw r;
      }
      throw e;
    } finally {
      running = false;
    }
  }

  final PyObject send(PyObject[] args) {
    if (args.length != 1) {
      throw PyErrors.typeError(
          kind() + ".send() takes exactly one argument (" + args.length + " given)");
    }
    if (!started && args[0] != PyNone.NONE) {
      throw PyErrors.typeError("can't send non-None value to a just-started " + kind());
    }
    return orStop(sendOrNull(args[0]));
  }

  /** Returns v, or raises StopIteration carrying the return value when v is null. */
  private PyObject orStop(PyObject v) {
    if (v == null) {
      throw ReturningIterator.stopIteration(this);
    }
    return v;
  }

  final PyObject throwMethod(PyObject[] args) {
    return orStop(throwOrNull(thrownException(args).toThrowable()));
  }

  /** Returns the exception {@code throw(typ[, val[, tb]])} raises, as CPython builds it. */
  static PyBaseException thrownException(PyObject[] args) {
    if (args.length < 1 || args.length > 3) {
      throw PyErrors.typeError(
          args.length < 1
              ? "throw expected at least 1 argument, got 0"
              : "throw expected at most 3 arguments, got " + args.length);
    }
    PyObject typ = args[0];
    PyObject val = args.length > 1 ? args[1] : PyNone.NONE;
    PyBaseException exc;
    if (typ instanceof PyType t && t.isSubtypeOf(PyErrors.BASE_EXCEPTION)) {
      if (val instanceof PyBaseException b && b.type().isSubtypeOf(t)) {
        exc = b;
      } else {
        PyObject made =
            val == PyNone.NONE ? Abstract.call(t)
                : val instanceof PyTuple tup ? Abstract.call(t, items(tup))
                : Abstract.call(t, val);
        exc = (PyBaseException) made;
      }
    } else if (typ instanceof PyBaseException b) {
      if (val != PyNone.NONE) {
        throw PyErrors.typeError("instance exception may not have a separate value");
      }
      exc = b;
    } else {
      throw PyErrors.typeError(
          "exceptions must be classes or instances deriving from BaseException, not "
              + typ.type().name());
    }
    return exc;
  }

  /** Raises e where the generator stands; returns what it yields next, or null if it returns. */
  PyObject throwOrNull(PyException e) {
    if (finished) {
      return resumeFinished(e);
    }
    checkNotRunning();
    PyObject d = frame.delegate;
    if (d != null) {
      if (e.matches(PyErrors.GENERATOR_EXIT)) {
        // CPython closes the delegate first, then raises GeneratorExit in this frame.
        frame.delegate = null;
        running = true;
        try {
          closeIter(d);
        } catch (PyException inner) {
          running = false;
          return resume(null, inner);
        } finally {
          running = false;
        }
        return resume(null, e);
      }
      PyObject r;
      running = true;
      try {
        if (d instanceof PyGenerator g) {
          r = g.throwOrNull(e);
          if (r == null) {
            frame.sendResult = g.returnValue;
          }
        } else {
          PyObject meth = Abstract.lookupAttr(d, "throw");
          if (meth == null) {
            running = false;
            frame.delegate = null;
            return resume(null, e);
          }
          try {
            r = Abstract.call(meth, e.value());
          } catch (PyException stop) {
            if (!stop.matches(PyErrors.STOP_ITERATION)) {
              throw stop;
            }
            frame.sendResult = Abstract.getAttr(stop.value(), "value");
            r = null;
          }
        }
      } catch (PyException inner) {
        running = false;
        frame.delegate = null;
        return resume(null, inner);
      } finally {
        running = false;
      }
      if (r != null) {
        return r;
      }
      return finishDelegation(frame.sendResult);
    }
    return resume(null, e);
  }

  private static PyObject[] items(PyTuple t) {
    PyObject[] a = new PyObject[t.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = t.get(i);
    }
    return a;
  }

  private static void closeIter(PyObject it) {
    if (it instanceof PyGenerator g) {
      g.close();
      return;
    }
    PyObject meth = Abstract.lookupAttr(it, "close");
    if (meth != null) {
      Abstract.call(meth);
    }
  }

  final PyObject close() {
    if (finished) {
      return PyNone.NONE;
    }
    if (!started) {
      finished = true;
      return PyNone.NONE;
    }
    PyObject v;
    try {
      v = throwOrNull(PyErrors.make(PyErrors.GENERATOR_EXIT));
    } catch (PyException e) {
      if (e.matches(PyErrors.GENERATOR_EXIT) || e.matches(PyErrors.STOP_ITERATION)) {
        return PyNone.NONE;
      }
      throw e;
    }
    if (v != null) {
      throw PyErrors.runtimeError(kind() + " ignored GeneratorExit");
    }
    return PyNone.NONE;
  }

  final String repr() {
    return "<" + type().name() + " object " + frame.code.qualname() + " at 0x"
        + Integer.toHexString(System.identityHashCode(this)) + ">";
  }
}
