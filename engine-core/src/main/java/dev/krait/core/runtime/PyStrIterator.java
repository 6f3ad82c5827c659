package dev.krait.core.runtime;

/** The iterator over a str's code points ({@code str_ascii_iterator} or {@code str_iterator}). */
final class PyStrIterator extends PyObject {

  static final PyType TYPE = makeType("str_iterator");
  static final PyType ASCII_TYPE = makeType("str_ascii_iterator");

  private static PyType makeType(String name) {
    PyType t = PyType.builtin(name, PyStrIterator.class, PyType.OBJECT);
    t.baseType = false;
    t.iter = it -> it;
    t.next = it -> ((PyStrIterator) it).advance();
    PyMethodDescriptor.define(t, "__length_hint__",
        (PyMethodDescriptor.Fn0) it -> PyInt.of(((PyStrIterator) it).remaining()));
    t.ready();
    return t;
  }

  private PyStr str;
  private int index;
  private final boolean ascii;

  PyStrIterator(PyStr str) {
    this.str = str;
    boolean a = str.isBmp();
    String v = str.value();
    for (int i = 0; a && i < v.length(); i++) {
      a = v.charAt(i) < 128;
    }
    this.ascii = a;
  }

  @Override
  public PyType type() {
    return ascii ? ASCII_TYPE : TYPE;
  }

  private PyObject advance() {
    PyStr s = str;
    if (s == null) {
      return null;
    }
    if (index < s.length()) {
      return s.charAt(index++);
    }
    str = null;
    return null;
  }

  private int remaining() {
    return str == null ? 0 : str.length() - index;
  }
}
