package dev.krait.core.runtime;

/**
 * Defines a builtin type from another package (the VM's functions, cells and frames, the
 * bytecode's code objects): the slots are package-private fields, so this is the one public
 * door to set them before the type is {@linkplain PyType#ready() readied}.
 */
public final class TypeBuilder {

  private final PyType type;

  private TypeBuilder(PyType type) {
    this.type = type;
  }

  /** Returns a builder of a new builtin type {@code name} implemented by {@code javaClass}. */
  public static TypeBuilder of(String name, Class<?> javaClass, PyType base) {
    PyType t = PyType.builtin(name, javaClass, base);
    t.baseType = false;
    return new TypeBuilder(t);
  }

  /** Returns this builder after setting the {@code repr} slot. */
  public TypeBuilder repr(Slots.Unary fn) {
    type.repr = fn;
    return this;
  }

  /** Returns this builder after setting the {@code call} slot. */
  public TypeBuilder call(Slots.Call fn) {
    type.call = fn;
    return this;
  }

  /** Returns this builder after setting the {@code getAttr} slot (null result: no attribute). */
  public TypeBuilder getAttr(Slots.GetAttr fn) {
    type.getAttr = fn;
    return this;
  }

  /** Returns this builder after setting the {@code setAttr} slot (null value: delete). */
  public TypeBuilder setAttr(Slots.SetAttr fn) {
    type.setAttr = fn;
    return this;
  }

  /** Returns this builder after setting the {@code iter} slot. */
  public TypeBuilder iter(Slots.Unary fn) {
    type.iter = fn;
    return this;
  }

  /** Returns this builder after setting the {@code next} slot (null result: exhausted). */
  public TypeBuilder next(Slots.Unary fn) {
    type.next = fn;
    return this;
  }

  /** Returns this builder after setting the {@code len} slot. */
  public TypeBuilder len(Slots.Len fn) {
    type.len = fn;
    return this;
  }

  /** Returns this builder after setting the {@code getItem} slot. */
  public TypeBuilder getItem(Slots.Binary fn) {
    type.getItem = fn;
    return this;
  }

  /** Returns this builder after setting the {@code setItem} slot (null value: delete). */
  public TypeBuilder setItem(Slots.SetItem fn) {
    type.setItem = fn;
    return this;
  }

  /** Returns this builder after setting the {@code contains} slot. */
  public TypeBuilder contains(Slots.Contains fn) {
    type.contains = fn;
    return this;
  }

  /** Returns this builder after setting the {@code richCompare} slot. */
  public TypeBuilder richCompare(Slots.RichCompare fn) {
    type.richCompare = fn;
    return this;
  }

  /** Returns this builder after setting the {@code hash} slot. */
  public TypeBuilder hash(Slots.Hash fn) {
    type.hash = fn;
    return this;
  }

  /** Returns this builder after setting the {@code bool} slot. */
  public TypeBuilder bool(Slots.Bool fn) {
    type.bool = fn;
    return this;
  }

  /** Returns this builder after setting the {@code newSlot} ({@code __new__}). */
  public TypeBuilder newSlot(Slots.New fn) {
    type.newSlot = fn;
    return this;
  }

  /**
   * Returns this builder after setting the {@code descrGet} slot and marking instances as
   * binding like functions (so method calls may skip the bound-method object).
   */
  public TypeBuilder methodDescriptor(Slots.Ternary descrGet) {
    type.descrGet = descrGet;
    type.methodDescriptor = true;
    return this;
  }

  /** Returns this builder after defining a method with {@code PyMethodDescriptor.define}. */
  public TypeBuilder method(String name, PyMethodDescriptor.FnN fn) {
    PyMethodDescriptor.define(type, name, fn);
    return this;
  }

  /** Returns the readied, immutable type. */
  public PyType ready() {
    type.ready();
    return type;
  }
}
