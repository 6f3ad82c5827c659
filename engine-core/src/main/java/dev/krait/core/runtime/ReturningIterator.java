package dev.krait.core.runtime;

/**
 * An iterator whose exhaustion carries a value (a generator's {@code return x}): {@code next()}
 * and {@code __next__} put it in the StopIteration they raise, since the {@code next} slot can
 * only say "exhausted" by returning null.
 */
public interface ReturningIterator {

  /** Returns the value the exhausted iterator returned (None when there is none). */
  PyObject returnValue();

  /** Returns the StopIteration to raise for exhausted iterator {@code it}. */
  static PyException stopIteration(PyObject it) {
    if (it instanceof ReturningIterator r && r.returnValue() != PyNone.NONE) {
      return PyErrors.make(PyErrors.STOP_ITERATION, r.returnValue());
    }
    return PyErrors.stopIteration();
  }
}
