package dev.krait.core.runtime;

/**
 * The builtin type {@code reversed}: {@code seq.__reversed__()} when the type defines it, else
 * an iterator walking a sequence ({@code __len__} and {@code __getitem__}) from its end.
 */
public final class PyReversed extends PyObject {

  /** The type {@code reversed}. */
  public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, PyType.OBJECT);

  static {
    TYPE.iter = it -> it;
    TYPE.next = it -> ((PyReversed) it).advance();
    TYPE.newSlot = PyReversed::create;
    PyMethodDescriptor.define(TYPE, "__length_hint__", (PyMethodDescriptor.Fn0) it -> {
      PyReversed r = (PyReversed) it;
      if (r.seq == null) {
        return PyInt.of(0);
      }
      long n = Abstract.len(r.seq);
      return PyInt.of(n < r.index + 1 ? 0 : r.index + 1);
    });
    TYPE.ready();
  }

  private PyObject seq;
  private long index;

  private PyReversed(PyObject seq, long last) {
    this.seq = seq;
    this.index = last;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private static PyObject create(PyType type, PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0 && type == TYPE) {
      throw PyErrors.typeError("reversed() takes no keyword arguments");
    }
    int npos = args.length - (kw == null ? 0 : kw.length);
    if (npos != 1) {
      throw PyErrors.typeError("reversed expected 1 argument, got " + npos);
    }
    return of(args[0]);
  }

  /** Returns {@code reversed(seq)}. */
  public static PyObject of(PyObject seq) {
    PyType t = seq.type();
    PyObject method = t.lookup("__reversed__");
    if (method == PyNone.NONE) {
      throw notReversible(seq);
    }
    if (method != null) {
      return Abstract.callSpecial(seq, method, "__reversed__");
    }
    if (t.getItem == null || t.len == null || seq instanceof PyDict) {
      throw notReversible(seq);
    }
    return new PyReversed(seq, Abstract.len(seq) - 1);
  }

  private static PyException notReversible(PyObject seq) {
    return PyErrors.typeError("'" + seq.type().name() + "' object is not reversible");
  }

  private PyObject advance() {
    if (seq == null) {
      return null;
    }
    if (index >= 0) {
      try {
        return Abstract.getItem(seq, PyInt.of(index--));
      } catch (PyException e) {
        if (!e.matches(PyErrors.INDEX_ERROR) && !e.matches(PyErrors.STOP_ITERATION)) {
          throw e;
        }
      }
    }
    seq = null;
    return null;
  }
}
