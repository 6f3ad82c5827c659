package dev.krait.core.runtime;

/** The iterator over an object with only {@code __getitem__}: 0, 1, ... until IndexError. */
public final class PySeqIter extends PyObject {

  /** The builtin type {@code iterator}. */
  public static final PyType TYPE = PyType.builtin("iterator", PySeqIter.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.iter = it -> it;
    TYPE.next = it -> ((PySeqIter) it).advance();
    TYPE.ready();
  }

  private PyObject seq;
  private long index;

  PySeqIter(PyObject seq) {
    this.seq = seq;
  }

  private PyObject advance() {
    if (seq == null) {
      return null;
    }
    try {
      return Abstract.getItem(seq, PyInt.of(index++));
    } catch (PyException e) {
      if (e.matches(PyErrors.INDEX_ERROR) || e.matches(PyErrors.STOP_ITERATION)) {
        seq = null;
        return null;
      }
      throw e;
    }
  }

  @Override
  public PyType type() {
    return TYPE;
  }
}
