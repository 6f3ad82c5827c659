package dev.krait.core.vm;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyObject;

/**
 * Calls from host code (the embedding API) with one or two positional arguments: a plain Python
 * function taking exactly that many gets them stored straight into its new frame, on the thread
 * state the caller already holds, with no argument array and no thread-local lookup; any other
 * callable takes the general path ({@link Abstract#call}).
 */
public final class HostCalls {

  private HostCalls() {}

  /** Returns {@code f(a)}, run on {@code ts}, the calling thread's state. */
  public static PyObject call1(ThreadState ts, PyObject f, PyObject a) {
    if (f instanceof PyFunction fn && fn.plainArgCount == 1) {
      Frame frame = new Frame(fn, ts.frame);
      frame.fast[0] = a;
      return fn.run(frame, ts);
    }
    return Abstract.call(f, a);
  }

  /** Returns {@code f(a, b)}, run on {@code ts}, the calling thread's state. */
  public static PyObject call2(ThreadState ts, PyObject f, PyObject a, PyObject b) {
    if (f instanceof PyFunction fn && fn.plainArgCount == 2) {
      Frame frame = new Frame(fn, ts.frame);
      PyObject[] fast = frame.fast;
      fast[0] = a;
      fast[1] = b;
      return fn.run(frame, ts);
    }
    return Abstract.call(f, a, b);
  }
}
