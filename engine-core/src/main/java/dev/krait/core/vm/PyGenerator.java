package dev.krait.core.vm;

import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyMethodDescriptor;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/**
 * A generator: a suspended heap {@link Frame} resumed by {@code next()} or {@code send()}; each
 * {@code yield} leaves the loop with the frame's {@code pc} and {@code sp} saved in it.
 */
public final class PyGenerator extends PyObject {

  /** The type {@code generator}. */
  public static final PyType TYPE =
      TypeBuilder.of("generator", PyGenerator.class, PyType.OBJECT)
          .repr(g -> PyStr.of(((PyGenerator) g).repr()))
          .iter(g -> g)
          .next(g -> ((PyGenerator) g).resume(PyNone.NONE))
          .method("send", (PyMethodDescriptor.FnN) (g, args, kw) -> ((PyGenerator) g).send(args))
          .ready();

  private final Frame frame;
  private boolean started;
  private boolean running;
  private boolean finished;

  PyGenerator(Frame frame) {
    this.frame = frame;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the next value, or null when the generator is exhausted (its return value lost). */
  private PyObject resume(PyObject sent) {
    if (finished) {
      return null;
    }
    if (running) {
      throw PyErrors.valueError("generator already executing");
    }
    if (started) {
      frame.stack[frame.sp++] = sent;
    }
    started = true;
    running = true;
    try {
      PyObject v = Interpreter.execute(frame, ThreadState.current());
      if (!frame.yielded) {
        finished = true;
        return null;
      }
      return v;
    } catch (PyException e) {
      finished = true;
      if (e.matches(PyErrors.STOP_ITERATION)) {
        throw PyErrors.runtimeError("generator raised StopIteration");
      }
      throw e;
    } finally {
      running = false;
    }
  }

  private PyObject send(PyObject[] args) {
    if (args.length != 1) {
      throw PyErrors.typeError(
          "generator.send() takes exactly one argument (" + args.length + " given)");
    }
    if (!started && args[0] != PyNone.NONE) {
      throw PyErrors.typeError("can't send non-None value to a just-started generator");
    }
    PyObject v = resume(args[0]);
    if (v == null) {
      throw PyErrors.stopIteration();
    }
    return v;
  }

  private String repr() {
    return "<generator object " + frame.code.qualname() + " at 0x"
        + Integer.toHexString(System.identityHashCode(this)) + ">";
  }
}
