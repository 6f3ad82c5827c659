package dev.krait.core.runtime;

/** The iterators over a dict's keys, values or items, forwards or reversed. */
final class PyDictIterator extends PyObject {

  /** Iterator types indexed by [reversed ? 1 : 0][kind ordinal]. */
  private static final PyType[][] TYPES = {
    {
      PyType.builtin("dict_keyiterator", PyDictIterator.class, PyType.OBJECT),
      PyType.builtin("dict_valueiterator", PyDictIterator.class, PyType.OBJECT),
      PyType.builtin("dict_itemiterator", PyDictIterator.class, PyType.OBJECT)
    },
    {
      PyType.builtin("dict_reversekeyiterator", PyDictIterator.class, PyType.OBJECT),
      PyType.builtin("dict_reversevalueiterator", PyDictIterator.class, PyType.OBJECT),
      PyType.builtin("dict_reverseitemiterator", PyDictIterator.class, PyType.OBJECT)
    }
  };

  static {
    for (PyType[] row : TYPES) {
      for (PyType t : row) {
        t.baseType = false;
        t.iter = it -> it;
        t.next = it -> ((PyDictIterator) it).advance();
        PyMethodDescriptor.define(t, "__length_hint__",
            (PyMethodDescriptor.Fn0) it -> PyInt.of(((PyDictIterator) it).lengthHint()));
        t.ready();
      }
    }
  }

  private PyDict dict;
  private final PyDictView.Kind kind;
  private final boolean reversed;
  private int expectedSize;
  private int pos;
  private int remaining;

  PyDictIterator(PyDict dict, PyDictView.Kind kind, boolean reversed) {
    this.dict = dict;
    this.kind = kind;
    this.reversed = reversed;
    this.expectedSize = dict.size;
    this.remaining = dict.size;
    this.pos = reversed ? dict.used - 1 : 0;
  }

  @Override
  public PyType type() {
    return TYPES[reversed ? 1 : 0][kind.ordinal()];
  }

  private PyObject advance() {
    PyDict d = dict;
    if (d == null) {
      return null;
    }
    if (d.size != expectedSize) {
      expectedSize = -1; // sticky, as CPython
      throw PyErrors.runtimeError("dictionary changed size during iteration");
    }
    int e = pos;
    if (reversed) {
      while (e >= 0 && (e >= d.used || d.keys[e] == null)) {
        e--;
      }
      if (e < 0) {
        dict = null;
        return null;
      }
      pos = e - 1;
    } else {
      while (e < d.used && d.keys[e] == null) {
        e++;
      }
      if (e >= d.used) {
        dict = null;
        return null;
      }
      if (remaining == 0) {
        // Same size, but more entries than were there: keys were replaced meanwhile.
        dict = null;
        throw PyErrors.runtimeError("dictionary keys changed during iteration");
      }
      pos = e + 1;
    }
    remaining--;
    switch (kind) {
      case KEYS:
        return d.keys[e];
      case VALUES:
        return d.values[e];
      default:
        return PyTuple.of(d.keys[e], d.values[e]);
    }
  }

  private int lengthHint() {
    return dict != null && dict.size == expectedSize ? Math.max(0, remaining) : 0;
  }
}
