package dev.krait.core.runtime;

/** CPython's slice index arithmetic ({@code PySlice_Unpack} and {@code PySlice_AdjustIndices}). */
final class Slicing {

  private Slicing() {}

  /**
   * Returns {start, stop, step, count} for a slice with the given (possibly None) bounds over a
   * sequence of {@code length}, raising CPython's errors for a zero step or non-index bounds.
   */
  static long[] indices(PyObject start, PyObject stop, PyObject step, int length) {
    long st = 1;
    if (step != PyNone.NONE) {
      st = clamp(step);
      if (st == 0) {
        throw PyErrors.valueError("slice step cannot be zero");
      }
      if (st < -Long.MAX_VALUE) {
        st = -Long.MAX_VALUE;
      }
    }
    long lo;
    long hi;
    if (start == PyNone.NONE) {
      lo = st < 0 ? Long.MAX_VALUE : 0;
    } else {
      lo = clamp(start);
    }
    if (stop == PyNone.NONE) {
      hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    } else {
      hi = clamp(stop);
    }
    return adjust(lo, hi, st, length);
  }

  static long[] adjust(long start, long stop, long step, int length) {
    if (start < 0) {
      start += length;
      if (start < 0) {
        start = step < 0 ? -1 : 0;
      }
    } else if (start >= length) {
      start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
      stop += length;
      if (stop < 0) {
        stop = step < 0 ? -1 : 0;
      }
    } else if (stop >= length) {
      stop = step < 0 ? length - 1 : length;
    }
    long count = 0;
    if (step < 0) {
      if (stop < start) {
        count = (start - stop - 1) / (-step) + 1;
      }
    } else if (start < stop) {
      count = (stop - start - 1) / step + 1;
    }
    return new long[] {start, stop, step, count};
  }

  private static long clamp(PyObject v) {
    if (!(v instanceof PyInt) && v.type().index == null) {
      throw PyErrors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    PyInt i = Abstract.index(v);
    if (i.isBig()) {
      return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return i.longValue();
  }
}
