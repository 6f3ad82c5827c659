package dev.krait.core.runtime;

/** The iterators of bytes and bytearray ({@code bytes_iterator}, {@code bytearray_iterator}). */
final class BytesIterator extends PyObject {

  /** The type {@code bytes_iterator}. */
  static final PyType BYTES = PyType.builtin("bytes_iterator", BytesIterator.class,
      PyType.OBJECT);

  /** The type {@code bytearray_iterator}. */
  static final PyType BYTEARRAY = PyType.builtin("bytearray_iterator", BytesIterator.class,
      PyType.OBJECT);

  static {
    for (PyType t : new PyType[] {BYTES, BYTEARRAY}) {
      t.baseType = false;
      t.iter = it -> it;
      t.next = it -> ((BytesIterator) it).advance();
      PyMethodDescriptor.define(t, "__length_hint__", (PyMethodDescriptor.Fn0) it ->
          PyInt.of(((BytesIterator) it).remaining()));
      t.ready();
    }
  }

  private PyObject seq;
  private int index;

  BytesIterator(PyObject seq) {
    this.seq = seq;
  }

  private int length() {
    return seq instanceof PyBytes ? ((PyBytes) seq).value.length : ((PyByteArray) seq).size;
  }

  private int remaining() {
    return seq == null ? 0 : Math.max(0, length() - index);
  }

  private PyObject advance() {
    if (seq == null) {
      return null;
    }
    // A bytearray may shrink while it is iterated: check the length at every step.
    if (index >= length()) {
      seq = null;
      return null;
    }
    int i = index++;
    return PyInt.of((seq instanceof PyBytes ? ((PyBytes) seq).value[i]
        : ((PyByteArray) seq).items[i]) & 0xff);
  }

  @Override
  public PyType type() {
    return seq instanceof PyByteArray ? BYTEARRAY : BYTES;
  }
}
