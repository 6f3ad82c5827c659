package dev.krait.core.stdlib;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.util.Arrays;

/**
 * A struct sequence, as {@code sys.version_info} or {@code sys.float_info}: a tuple whose items
 * are also named fields, with CPython's repr {@code sys.float_info(max=..., ...)}.
 */
final class StructSeq extends PyTuple {

  /** One struct sequence type: the Python type and its field names, in order. */
  static final class Kind {
    final PyType type;
    final String[] fields;
    // The first `visible` fields are the tuple's items; the rest are attributes only.
    final int visible;

    private Kind(String name, int visible, boolean constructible, String[] fields) {
      this.fields = fields;
      this.visible = visible;
      TypeBuilder b = TypeBuilder.of(name, StructSeq.class, PyTuple.TYPE)
          .repr(o -> PyStr.of(((StructSeq) o).repr()))
          .getAttr((o, n) -> ((StructSeq) o).attr(n));
      if (constructible) {
        b.newSlot((t, args, kw) -> construct(this, args, kw));
      }
      this.type = b.ready();
    }
  }

  /** Returns a new struct sequence type {@code name} (e.g. "sys.float_info") with fields. */
  static Kind kind(String name, String... fields) {
    return new Kind(name, fields.length, false, fields);
  }

  /**
   * Returns a new struct sequence type that programs may construct from a sequence, whose
   * first {@code visible} fields are its items and the others attributes only (as
   * {@code time.struct_time}'s {@code tm_zone} and {@code tm_gmtoff}).
   */
  static Kind constructible(String name, int visible, String... fields) {
    return new Kind(name, visible, true, fields);
  }

  private final Kind kind;
  private final PyObject[] hidden;

  private StructSeq(Kind kind, PyObject[] values) {
    super(Arrays.copyOf(values, kind.visible));
    this.kind = kind;
    this.hidden = Arrays.copyOfRange(values, kind.visible, values.length);
  }

  /** Returns an instance of {@code kind} holding {@code values}, one per field. */
  static StructSeq of(Kind kind, PyObject... values) {
    if (values.length != kind.fields.length) {
      throw new IllegalArgumentException(kind.type.name() + " takes " + kind.fields.length
          + " values, not " + values.length);
    }
    return new StructSeq(kind, values.clone());
  }

  /** Returns the value of field {@code i}, visible or not. */
  PyObject field(int i) {
    return i < kind.visible ? get(i) : hidden[i - kind.visible];
  }

  // type(sequence): CPython's structseq_new, the hidden fields None when not given.
  private static PyObject construct(Kind kind, PyObject[] args, String[] kw) {
    if ((kw != null && kw.length > 0) || args.length != 1) {
      throw PyErrors.typeError(kind.type.name() + "() takes exactly 1 positional argument ("
          + args.length + " given)");
    }
    if (!(args[0] instanceof PyTuple) && !(args[0] instanceof PyList)) {
      if (Abstract.lookupAttr(args[0].type(), "__iter__") == null) {
        throw PyErrors.typeError("constructor requires a sequence");
      }
    }
    PyTuple items = PyTuple.fromIterable(args[0]);
    int n = items.size();
    int min = kind.visible;
    int max = kind.fields.length;
    if (n < min || n > max) {
      String bound = min == max ? "a" : n < min ? "an at least" : "an at most";
      throw PyErrors.typeError(kind.type.name() + "() takes " + bound + " "
          + (n < min ? min : max) + "-sequence (" + n + "-sequence given)");
    }
    PyObject[] values = new PyObject[max];
    Arrays.fill(values, PyNone.NONE);
    for (int i = 0; i < n; i++) {
      values[i] = items.get(i);
    }
    return new StructSeq(kind, values);
  }

  @Override
  public PyType type() {
    return kind.type;
  }

  private PyObject attr(String name) {
    for (int i = 0; i < kind.fields.length; i++) {
      if (kind.fields[i].equals(name)) {
        return field(i);
      }
    }
    return Abstract.genericGetAttr(this, name);
  }

  private String repr() {
    StringBuilder b = new StringBuilder(kind.type.name()).append('(');
    for (int i = 0; i < kind.visible; i++) {
      b.append(i > 0 ? ", " : "").append(kind.fields[i]).append('=')
          .append(Abstract.repr(get(i)).value());
    }
    return b.append(')').toString();
  }
}
