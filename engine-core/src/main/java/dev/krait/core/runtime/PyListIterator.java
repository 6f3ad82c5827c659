package dev.krait.core.runtime;

/** The iterators {@code list_iterator} and {@code list_reverseiterator}. */
final class PyListIterator extends PyObject {

  static final PyType TYPE =
      PyType.builtin("list_iterator", PyListIterator.class, PyType.OBJECT);
  static final PyType REVERSE_TYPE =
      PyType.builtin("list_reverseiterator", PyListIterator.class, PyType.OBJECT);

  static {
    for (PyType t : new PyType[] {TYPE, REVERSE_TYPE}) {
      t.baseType = false;
      t.iter = it -> it;
      t.next = it -> ((PyListIterator) it).advance();
      PyMethodDescriptor.define(t, "__length_hint__",
          (PyMethodDescriptor.Fn0) it -> PyInt.of(((PyListIterator) it).lengthHint()));
      t.ready();
    }
  }

  private PyList list;
  private int index;
  private final boolean reversed;

  PyListIterator(PyList list, boolean reversed) {
    this.list = list;
    this.reversed = reversed;
    this.index = reversed ? list.size - 1 : 0;
  }

  @Override
  public PyType type() {
    return reversed ? REVERSE_TYPE : TYPE;
  }

  PyObject advance() {
    PyList l = list;
    if (l == null) {
      return null;
    }
    if (reversed) {
      if (index >= 0 && index < l.size) {
        return l.items[index--];
      }
    } else if (index < l.size) {
      return l.items[index++];
    }
    list = null;
    return null;
  }

  private int lengthHint() {
    if (list == null) {
      return 0;
    }
    if (reversed) {
      return index < list.size ? index + 1 : 0;
    }
    return Math.max(0, list.size - index);
  }
}
