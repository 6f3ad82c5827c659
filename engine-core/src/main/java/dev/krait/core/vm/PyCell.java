package dev.krait.core.vm;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyErrors;
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
          .getAttr((c, name) -> ((PyCell) c).getAttr(name))
          .setAttr((c, name, value) -> ((PyCell) c).setAttr(name, value))
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

  private PyObject getAttr(String name) {
    if (!name.equals("cell_contents")) {
      return Abstract.genericGetAttr(this, name);
    }
    if (value == null) {
      throw PyErrors.valueError("Cell is empty");
    }
    return value;
  }

  // cell_contents is writable and deletable (the cell becomes empty), as in CPython.
  private void setAttr(String name, PyObject v) {
    if (name.equals("cell_contents")) {
      value = v;
    } else {
      Abstract.genericSetAttr(this, name, v);
    }
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
