package dev.krait.core.stdlib;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyNotImplemented;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/**
 * {@code sys.version_info}: a read-only sequence with named fields and CPython's repr. It
 * behaves as its tuple (indexing, slicing, len, iteration, comparison, hash) but is not a tuple
 * subclass yet, so {@code isinstance(sys.version_info, tuple)} is False (CPython: True).
 */
final class VersionInfo extends PyObject {

  private static final String[] FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};

  static final PyType TYPE = TypeBuilder.of("sys.version_info", VersionInfo.class, PyType.OBJECT)
      .repr(o -> PyStr.of(((VersionInfo) o).repr()))
      .getAttr((o, n) -> ((VersionInfo) o).attr(n))
      .getItem((o, k) -> Abstract.getItem(((VersionInfo) o).tuple, k))
      .len(o -> ((VersionInfo) o).tuple.size())
      .iter(o -> Abstract.iter(((VersionInfo) o).tuple))
      .contains((o, v) -> Abstract.contains(((VersionInfo) o).tuple, v))
      .hash(o -> Abstract.hash(((VersionInfo) o).tuple))
      .richCompare((o, other, op) -> {
        PyObject mine = ((VersionInfo) o).tuple;
        PyObject theirs = other instanceof VersionInfo v ? v.tuple : other;
        return theirs instanceof PyTuple ? Abstract.richCompare(mine, theirs, op)
            : PyNotImplemented.NOT_IMPLEMENTED;
      })
      .ready();

  private final PyTuple tuple;

  VersionInfo(int major, int minor, int micro, String level, int serial) {
    tuple = PyTuple.of(PyInt.of(major), PyInt.of(minor), PyInt.of(micro), PyStr.of(level),
        PyInt.of(serial));
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private PyObject attr(String name) {
    for (int i = 0; i < FIELDS.length; i++) {
      if (FIELDS[i].equals(name)) {
        return tuple.get(i);
      }
    }
    return Abstract.genericGetAttr(this, name);
  }

  private String repr() {
    StringBuilder b = new StringBuilder("sys.version_info(");
    for (int i = 0; i < FIELDS.length; i++) {
      b.append(i > 0 ? ", " : "").append(FIELDS[i]).append('=')
          .append(Abstract.repr(tuple.get(i)).value());
    }
    return b.append(')').toString();
  }
}
