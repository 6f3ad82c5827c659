package dev.krait.core.stdlib;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/**
 * A struct sequence, as {@code sys.version_info} or {@code sys.float_info}: a tuple whose items
 * are also named fields, with CPython's repr {@code sys.float_info(max=..., ...)}.
 */
final class StructSeq extends PyTuple {

  /** One struct sequence type: the Python type and its field names, in order. */
  static final class Kind {
    final PyType type;
    final String[] fields;

    private Kind(String name, String[] fields) {
      this.fields = fields;
      this.type = TypeBuilder.of(name, StructSeq.class, PyTuple.TYPE)
          .repr(o -> PyStr.of(((StructSeq) o).repr()))
          .getAttr((o, n) -> ((StructSeq) o).attr(n))
          .ready();
    }
  }

  /** Returns a new struct sequence type {@code name} (e.g. "sys.float_info") with fields. */
  static Kind kind(String name, String... fields) {
    return new Kind(name, fields);
  }

  private final Kind kind;

  private StructSeq(Kind kind, PyObject[] values) {
    super(values);
    this.kind = kind;
  }

  /** Returns an instance of {@code kind} holding {@code values}, one per field. */
  static StructSeq of(Kind kind, PyObject... values) {
    if (values.length != kind.fields.length) {
      throw new IllegalArgumentException(kind.type.name() + " takes " + kind.fields.length
          + " values, not " + values.length);
    }
    return new StructSeq(kind, values.clone());
  }

  @Override
  public PyType type() {
    return kind.type;
  }

  private PyObject attr(String name) {
    for (int i = 0; i < kind.fields.length; i++) {
      if (kind.fields[i].equals(name)) {
        return get(i);
      }
    }
    return Abstract.genericGetAttr(this, name);
  }

  private String repr() {
    StringBuilder b = new StringBuilder(kind.type.name()).append('(');
    for (int i = 0; i < kind.fields.length; i++) {
      b.append(i > 0 ? ", " : "").append(kind.fields[i]).append('=')
          .append(Abstract.repr(get(i)).value());
    }
    return b.append(')').toString();
  }
}
