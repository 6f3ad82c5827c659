package dev.krait.core.runtime;

/** Index arithmetic shared by the builtin sequences: CPython's {@code PyNumber_AsSsize_t} rules. */
final class SequenceIndex {

  private SequenceIndex() {}

  /**
   * Returns the non-negative position of {@code key} in a sequence of {@code size}, raising
   * {@code IndexError: <what> index out of range} or the TypeError of a non-integer index.
   */
  static int of(PyObject key, int size, String what, String typeName) {
    if (!(key instanceof PyInt) && key.type().index == null) {
      throw PyErrors.typeError(
          typeName + " indices must be integers or slices, not " + key.type().name());
    }
    PyInt i = Abstract.index(key);
    if (i.isBig()) {
      throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
    }
    long v = i.longValue();
    if (v < 0) {
      v += size;
    }
    if (v < 0 || v >= size) {
      throw PyErrors.indexError(what + " index out of range");
    }
    return (int) v;
  }
}
