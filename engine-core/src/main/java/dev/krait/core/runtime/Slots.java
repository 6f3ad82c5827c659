package dev.krait.core.runtime;

/**
 * The Java function types of {@link PyType}'s slots, one per protocol shape, like CPython's
 * {@code tp_*}/{@code nb_*} function pointer types.
 *
 * <p>Conventions: a slot that may miss returns null instead of raising ({@link GetAttr} on a
 * missing attribute, {@code next} on an exhausted iterator); a binary number slot returns
 * {@link PyNotImplemented#NOT_IMPLEMENTED} to decline; a null {@code value} to a setting slot
 * means delete.
 */
public final class Slots {

  private Slots() {}

  /** A one-operand slot: repr, str, iter, next (null when exhausted), unary ops, index. */
  @FunctionalInterface
  public interface Unary {
    /** Returns the result for {@code self}. */
    PyObject apply(PyObject self);
  }

  /** A two-operand slot: number ops ({@code self} is the operand whose method runs), getitem. */
  @FunctionalInterface
  public interface Binary {
    /** Returns the result, or NotImplemented for a number op that declines. */
    PyObject apply(PyObject self, PyObject other);
  }

  /** The three-operand slots: {@code pow(a, b, mod)} and a descriptor's {@code __get__}. */
  @FunctionalInterface
  public interface Ternary {
    /** Returns the result; for {@code __get__} the instance is null when read from a class. */
    PyObject apply(PyObject self, PyObject a, PyObject b);
  }

  /** The truth slot ({@code __bool__}). */
  @FunctionalInterface
  public interface Bool {
    /** Returns the truth value of {@code self}. */
    boolean test(PyObject self);
  }

  /** The length slot ({@code __len__}). */
  @FunctionalInterface
  public interface Len {
    /** Returns the length of {@code self}. */
    long len(PyObject self);
  }

  /** The hash slot ({@code __hash__}); never returns -1. */
  @FunctionalInterface
  public interface Hash {
    /** Returns the hash of {@code self}. */
    long hash(PyObject self);
  }

  /** The rich comparison slot: one function for the six operators, as {@code tp_richcompare}. */
  @FunctionalInterface
  public interface RichCompare {
    /** Returns the result of {@code self OP other}, or NotImplemented. */
    PyObject compare(PyObject self, PyObject other, CompareOp op);
  }

  /** The attribute read slot ({@code tp_getattro}). */
  @FunctionalInterface
  public interface GetAttr {
    /** Returns the attribute, or null when it is missing (never raises AttributeError itself). */
    PyObject get(PyObject self, String name);
  }

  /** The attribute write slot ({@code __setattr__}/{@code __delattr__}); null value deletes. */
  @FunctionalInterface
  public interface SetAttr {
    /** Sets (or, for a null value, deletes) the attribute. */
    void set(PyObject self, String name, PyObject value);
  }

  /** The item write slot ({@code __setitem__}/{@code __delitem__}); null value deletes. */
  @FunctionalInterface
  public interface SetItem {
    /** Sets (or, for a null value, deletes) the item. */
    void set(PyObject self, PyObject key, PyObject value);
  }

  /** The descriptor write slot ({@code __set__}/{@code __delete__}); null value deletes. */
  @FunctionalInterface
  public interface DescrSet {
    /** Sets (or, for a null value, deletes) through the descriptor {@code self}. */
    void set(PyObject self, PyObject instance, PyObject value);
  }

  /** The membership slot ({@code __contains__}). */
  @FunctionalInterface
  public interface Contains {
    /** Returns whether {@code item in self}. */
    boolean contains(PyObject self, PyObject item);
  }

  /**
   * The call slot: {@code args} holds the positional arguments then the values of the keyword
   * arguments named, in order, by {@code kwnames} (null when there are none), as vectorcall.
   */
  @FunctionalInterface
  public interface Call {
    /** Returns the result of the call. */
    PyObject call(PyObject self, PyObject[] args, String[] kwnames);
  }

  /** The {@code __init__} slot, with {@link Call}'s argument convention. */
  @FunctionalInterface
  public interface Init {
    /** Initialises {@code self}. */
    void init(PyObject self, PyObject[] args, String[] kwnames);
  }

  /** The {@code __new__} slot, with {@link Call}'s argument convention. */
  @FunctionalInterface
  public interface New {
    /** Returns a new instance of {@code type} (a subtype of the slot's owner). */
    PyObject create(PyType type, PyObject[] args, String[] kwnames);
  }
}
