package dev.krait.core.runtime;

/** The descriptor of one {@code __slots__} entry: reads and writes a storage cell. */
public final class PyMemberDescriptor extends PyObject {

  /** The builtin type {@code member_descriptor}. */
  public static final PyType TYPE =
      PyType.builtin("member_descriptor", PyMemberDescriptor.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.descrGet =
        (d, obj, owner) -> {
          PyMemberDescriptor m = (PyMemberDescriptor) d;
          if (obj == null) {
            return m;
          }
          PyObject v = m.storage(obj)[m.index];
          if (v == null) {
            throw Abstract.noAttribute(obj, m.name);
          }
          return v;
        };
    TYPE.descrSet =
        (d, obj, value) -> {
          PyMemberDescriptor m = (PyMemberDescriptor) d;
          PyObject[] cells = m.storage(obj);
          if (value == null && cells[m.index] == null) {
            throw PyErrors.attributeError(m.name);
          }
          cells[m.index] = value;
        };
    TYPE.repr =
        d -> {
          PyMemberDescriptor m = (PyMemberDescriptor) d;
          return PyStr.of("<member '" + m.name + "' of '" + m.owner.name() + "' objects>");
        };
    PyGetSetDescriptor.define(TYPE, "__name__", d -> PyStr.of(((PyMemberDescriptor) d).name),
        null);
    PyGetSetDescriptor.define(TYPE, "__objclass__", d -> ((PyMemberDescriptor) d).owner, null);
    TYPE.ready();
  }

  private final PyType owner;
  private final String name;
  private final int index;

  PyMemberDescriptor(PyType owner, String name, int index) {
    this.owner = owner;
    this.name = name;
    this.index = index;
  }

  private PyObject[] storage(PyObject obj) {
    if (!(obj instanceof SlotStorage) || !obj.type().isSubtypeOf(owner)) {
      throw PyErrors.typeError(
          "descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
              + obj.type().name() + "' object");
    }
    return ((SlotStorage) obj).slotCells();
  }

  @Override
  public PyType type() {
    return TYPE;
  }
}
