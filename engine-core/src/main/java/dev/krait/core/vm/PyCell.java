package dev.krait.core.vm;

import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;

/** A cell: the shared box of a variable that a nested function captures. */
public final class PyCell extends PyObject implements PyType.ClassCell {

  /** The type {@code cell}. */
  public static final PyType TYPE =
      TypeBuilder.of("cell", PyCell.class, PyType.OBJECT)
          .repr(c -> PyStr.of(((PyCell) c).repr()))
          .ready();

  /** The contents, or null when the variable is unbound. */
  PyObject value;

  /** Returns a cell holding {@code value} (null: empty). */
  public PyCell(PyObject value) {
    this.value = value;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the contents, or null when empty. */
  public PyObject get() {
    return value;
  }

  @Override
  public void setClass(PyType cls) {
    value = cls;
  }

  private String repr() {
    String id = Integer.toHexString(System.identityHashCode(this));
    return value == null
        ? "<cell at 0x" + id + ": empty>"
        : "<cell at 0x" + id + ": " + value.type().name() + " object>";
  }
}
