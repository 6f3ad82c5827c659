package dev.krait.core.runtime;

import java.util.function.Consumer;

/**
 * Python's protocols as CPython's abstract object layer runs them: attribute access, calls,
 * iteration, comparison, hashing, truth, items and the number operators, each through the
 * operands' type slots, with CPython 3.11's error messages.
 */
public final class Abstract {

  private static final PyObject[] NO_ARGS = new PyObject[0];

  private Abstract() {}

  // ---- str / repr / hash / truth ----

  /** Returns {@code repr(o)}. */
  public static PyStr repr(PyObject o) {
    return (PyStr) o.type().repr.apply(o);
  }

  /** Returns {@code str(o)}. */
  public static PyStr str(PyObject o) {
    if (o.getClass() == PyStr.class) {
      return (PyStr) o;
    }
    return (PyStr) o.type().str.apply(o);
  }

  /** Returns {@code hash(o)}, raising {@code TypeError: unhashable type: 'list'}. */
  public static long hash(PyObject o) {
    Slots.Hash h = o.type().hash;
    if (h == null) {
      throw PyErrors.typeError("unhashable type: '" + o.type().name() + "'");
    }
    return h.hash(o);
  }

  /** Returns the truth value of {@code o} ({@code __bool__}, else {@code __len__}, else true). */
  public static boolean isTrue(PyObject o) {
    if (o == PyBool.TRUE) {
      return true;
    }
    if (o == PyBool.FALSE || o == PyNone.NONE) {
      return false;
    }
    PyType t = o.type();
    if (t.bool != null) {
      return t.bool.test(o);
    }
    if (t.len != null) {
      return t.len.len(o) != 0;
    }
    return true;
  }

  // ---- attributes ----

  /** Returns {@code o.name}, raising AttributeError when it is missing. */
  public static PyObject getAttr(PyObject o, String name) {
    PyObject v = o.type().getAttr.get(o, name);
    if (v == null) {
      throw noAttribute(o, name);
    }
    return v;
  }

  /**
   * Returns {@code o.name}, or null when it is missing (an AttributeError raised by Python code
   * counts as missing): CPython's {@code _PyObject_LookupAttr}.
   */
  public static PyObject lookupAttr(PyObject o, String name) {
    try {
      return o.type().getAttr.get(o, name);
    } catch (PyException e) {
      if (e.matches(PyErrors.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
  }

  /** Sets {@code o.name = value}. */
  public static void setAttr(PyObject o, String name, PyObject value) {
    o.type().setAttr.set(o, name, value);
  }

  /** Deletes {@code o.name}. */
  public static void delAttr(PyObject o, String name) {
    o.type().setAttr.set(o, name, null);
  }

  /** {@link #descriptorKind}: not a descriptor (or absent), the plain value is the attribute. */
  public static final int PLAIN = 0;
  /** {@link #descriptorKind}: a non-data descriptor of a builtin type ({@code __get__} only). */
  public static final int NON_DATA = 1;
  /** {@link #descriptorKind}: anything else (a data descriptor, or a Python-defined type's). */
  public static final int OTHER = 2;

  /**
   * Classifies a type attribute found by {@link PyType#lookup} (or null) for the VM's attribute
   * caches; only builtin descriptor types qualify as {@link #NON_DATA}, because their slots
   * never change.
   */
  public static int descriptorKind(PyObject descr) {
    if (descr == null) {
      return PLAIN;
    }
    PyType dt = descr.type();
    if (dt.descrGet == null && dt.descrSet == null) {
      return dt.isBuiltin() ? PLAIN : OTHER;
    }
    return dt.isBuiltin() && dt.descrSet == null ? NON_DATA : OTHER;
  }

  /** Returns {@code descr.__get__(o, type(o))} for a descriptor with a {@code __get__} slot. */
  public static PyObject bind(PyObject descr, PyObject o) {
    return descr.type().descrGet.apply(descr, o, o.type());
  }

  /** Returns whether {@code o} is a function-like descriptor (binding skippable on calls). */
  public static boolean isMethodDescriptor(PyObject o) {
    return o.type().methodDescriptor;
  }

  /** Returns the AttributeError for a missing attribute, worded for instances or for types. */
  public static PyException noAttribute(PyObject o, String name) {
    if (o instanceof PyModule m && m.dict().getStr("__name__") instanceof PyStr n) {
      return PyErrors.attributeError(m.isInitializing()
          ? "partially initialized module '" + n.value() + "' has no attribute '" + name
              + "' (most likely due to a circular import)"
          : "module '" + n.value() + "' has no attribute '" + name + "'");
    }
    if (o instanceof PyType) {
      return PyErrors.attributeError(
          "type object '" + ((PyType) o).name() + "' has no attribute '" + name + "'");
    }
    return PyErrors.attributeError(
        "'" + o.type().name() + "' object has no attribute '" + name + "'");
  }

  /** Returns the Java name of an attribute-name argument, raising CPython's TypeError. */
  static String attrName(PyObject n) {
    if (!(n instanceof PyStr)) {
      throw PyErrors.typeError(
          "attribute name must be string, not '" + n.type().name() + "'");
    }
    return ((PyStr) n).value();
  }

  /**
   * Returns the attribute as {@code object.__getattribute__} finds it, or null: a data descriptor
   * on the type wins over the instance dict, which wins over other type attributes.
   */
  public static PyObject genericGetAttr(PyObject o, String name) {
    PyType t = o.type();
    PyObject descr = t.lookup(name);
    Slots.Ternary get = null;
    if (descr != null) {
      PyType dt = descr.type();
      get = dt.descrGet;
      if (get != null && dt.descrSet != null) {
        return get.apply(descr, o, t);
      }
    }
    PyDict d = o.dict();
    if (d != null) {
      PyObject v = d.getStr(name);
      if (v != null) {
        return v;
      }
    }
    if (get != null) {
      return get.apply(descr, o, t);
    }
    return descr;
  }

  /** Sets or (value null) deletes an attribute as {@code object.__setattr__} does. */
  public static void genericSetAttr(PyObject o, String name, PyObject value) {
    PyType t = o.type();
    PyObject descr = t.lookup(name);
    if (descr != null) {
      Slots.DescrSet set = descr.type().descrSet;
      if (set != null) {
        set.set(descr, o, value);
        return;
      }
    }
    PyDict d = o.dict();
    if (d == null) {
      if (descr == null) {
        throw noAttribute(o, name);
      }
      throw PyErrors.attributeError(
          "'" + t.name() + "' object attribute '" + name + "' is read-only");
    }
    if (value == null) {
      if (!d.delStr(name)) {
        throw noAttribute(o, name);
      }
    } else {
      d.putStr(name, value);
    }
  }

  // ---- calls ----

  /** Returns {@code f(*args)} where {@code args} ends with the values of {@code kwnames}. */
  public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) {
    Slots.Call c = f.type().call;
    if (c == null) {
      throw PyErrors.typeError("'" + f.type().name() + "' object is not callable");
    }
    return c.call(f, args, kwnames);
  }

  /** Returns {@code f(*args)} with positional arguments only. */
  public static PyObject call(PyObject f, PyObject... args) {
    return call(f, args, null);
  }

  /** Returns {@code o.name(*args)}: looks the method up as an attribute and calls it. */
  public static PyObject callMethod(PyObject o, String name, PyObject... args) {
    PyType t = o.type();
    PyObject f = t.lookup(name);
    if (f != null && f.type().methodDescriptor && (o.dict() == null || o.dict().getStr(name)
        == null)) {
      // Skip the bound-method object, as CPython's LOAD_METHOD does.
      return callUnbound(f, o, args, null);
    }
    return call(getAttr(o, name), args, null);
  }

  /**
   * Returns the result of the special method {@code descr} (found on the type of {@code self},
   * or null) applied to {@code self} and {@code args}; a missing one raises AttributeError.
   */
  static PyObject callSpecial(PyObject self, PyObject descr, String name, PyObject... args) {
    return callSpecialN(self, descr, name, args, null);
  }

  static PyObject callSpecialN(
      PyObject self, PyObject descr, String name, PyObject[] args, String[] kwnames) {
    if (descr == null) {
      throw noAttribute(self, name);
    }
    PyType dt = descr.type();
    if (dt.methodDescriptor) {
      return callUnbound(descr, self, args, kwnames);
    }
    if (dt.descrGet != null) {
      descr = dt.descrGet.apply(descr, self, self.type());
    }
    return call(descr, args, kwnames);
  }

  private static PyObject callUnbound(
      PyObject f, PyObject self, PyObject[] args, String[] kwnames) {
    if (f instanceof PyMethodDescriptor) {
      PyMethodDescriptor m = (PyMethodDescriptor) f;
      if (kwnames == null) {
        if (args.length == 0) {
          return m.call0(self);
        }
        if (args.length == 1) {
          return m.call1(self, args[0]);
        }
      }
      return m.call(self, args, kwnames);
    }
    PyObject[] all = new PyObject[args.length + 1];
    all[0] = self;
    System.arraycopy(args, 0, all, 1, args.length);
    return call(f, all, kwnames);
  }

  // ---- iteration ----

  /** Returns {@code iter(o)}, raising {@code TypeError: 'int' object is not iterable}. */
  public static PyObject iter(PyObject o) {
    PyType t = o.type();
    if (t.iter == null) {
      if (t.getItem != null) {
        return new PySeqIter(o);
      }
      throw PyErrors.typeError("'" + t.name() + "' object is not iterable");
    }
    PyObject it = t.iter.apply(o);
    if (it.type().next == null) {
      throw PyErrors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
    }
    return it;
  }

  /** Returns the next item of iterator {@code it}, or null when it is exhausted. */
  public static PyObject next(PyObject it) {
    // The iterators of for loops over ranges and lists, without the slot's megamorphic call.
    if (it.getClass() == PyRange.Iter.class) {
      return ((PyRange.Iter) it).next();
    }
    if (it.getClass() == PyListIterator.class) {
      return ((PyListIterator) it).advance();
    }
    Slots.Unary n = it.type().next;
    if (n == null) {
      throw PyErrors.typeError("'" + it.type().name() + "' object is not an iterator");
    }
    return n.apply(it);
  }

  /** Calls {@code action} with each item of {@code iterable}. */
  public static void forEach(PyObject iterable, Consumer<PyObject> action) {
    PyObject it = iter(iterable);
    for (PyObject v = next(it); v != null; v = next(it)) {
      action.accept(v);
    }
  }

  // ---- comparison ----

  /**
   * Returns {@code a OP b}: the right operand's reflected method first when its type is a proper
   * subclass of the left's, {@code ==}/{@code !=} by identity when both decline, else TypeError.
   */
  public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
    PyType ta = a.type();
    PyType tb = b.type();
    boolean checkedReverse = false;
    if (ta != tb && tb.isSubtypeOf(ta) && tb.richCompare != null) {
      checkedReverse = true;
      PyObject r = tb.richCompare.compare(b, a, op.swapped());
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (ta.richCompare != null) {
      PyObject r = ta.richCompare.compare(a, b, op);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (!checkedReverse && tb.richCompare != null) {
      PyObject r = tb.richCompare.compare(b, a, op.swapped());
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    switch (op) {
      case EQ:
        return PyBool.of(a == b);
      case NE:
        return PyBool.of(a != b);
      default:
        throw PyErrors.typeError(
            "'" + op.symbol() + "' not supported between instances of '" + ta.name() + "' and '"
                + tb.name() + "'");
    }
  }

  /** Returns the truth of {@code a OP b}; for EQ/NE identity implies equality, as CPython. */
  public static boolean richCompareBool(PyObject a, PyObject b, CompareOp op) {
    if (a == b) {
      if (op == CompareOp.EQ) {
        return true;
      }
      if (op == CompareOp.NE) {
        return false;
      }
    }
    return isTrue(richCompare(a, b, op));
  }

  /** Returns whether {@code a == b} as containers compare keys (identity first). */
  public static boolean eq(PyObject a, PyObject b) {
    if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
      // Exact strs (membership tests, list.index): no slot call.
      return a == b || ((PyStr) a).equalsStr((PyStr) b);
    }
    return richCompareBool(a, b, CompareOp.EQ);
  }

  /** Returns whether exact strs {@code a} and {@code b} have the same code points. */
  public static boolean strEquals(PyStr a, PyStr b) {
    return a == b || a.equalsStr(b);
  }

  // ---- items, length, membership, index ----

  /** Returns {@code o[key]}. */
  public static PyObject getItem(PyObject o, PyObject key) {
    // list[int], tuple[int] and dict[key] without the megamorphic slot call.
    Class<?> c = o.getClass();
    if (key.getClass() == PyInt.class && (c == PyList.class || c == PyTuple.class)) {
      PyInt k = (PyInt) key;
      if (!k.isBig()) {
        long i = k.longValue();
        if (c == PyList.class) {
          PyList l = (PyList) o;
          int n = l.size;
          if (i < 0) {
            i += n;
          }
          if (i >= 0 && i < n) {
            return l.items[(int) i];
          }
        } else {
          PyTuple t = (PyTuple) o;
          int n = t.size();
          if (i < 0) {
            i += n;
          }
          if (i >= 0 && i < n) {
            return t.get((int) i);
          }
        }
      }
    } else if (c == PyDict.class) {
      PyObject v = ((PyDict) o).get(key);
      if (v != null) {
        return v;
      }
    }
    Slots.Binary g = o.type().getItem;
    if (g == null) {
      if (o instanceof PyType) {
        PyObject cgi = ((PyType) o).lookup("__class_getitem__");
        if (cgi != null) {
          return call(getAttr(o, "__class_getitem__"), key);
        }
        throw PyErrors.typeError(
            "type '" + ((PyType) o).name() + "' is not subscriptable");
      }
      throw PyErrors.typeError("'" + o.type().name() + "' object is not subscriptable");
    }
    return g.apply(o, key);
  }

  /** Sets {@code o[key] = value}. */
  public static void setItem(PyObject o, PyObject key, PyObject value) {
    if (o.getClass() == PyList.class && key.getClass() == PyInt.class && !((PyInt) key).isBig()) {
      PyList l = (PyList) o;
      long i = ((PyInt) key).longValue();
      int n = l.size;
      if (i < 0) {
        i += n;
      }
      if (i >= 0 && i < n) {
        l.items[(int) i] = value;
        return;
      }
    } else if (o.getClass() == PyDict.class) {
      ((PyDict) o).put(key, value);
      return;
    }
    Slots.SetItem s = o.type().setItem;
    if (s == null) {
      throw PyErrors.typeError(
          "'" + o.type().name() + "' object does not support item assignment");
    }
    s.set(o, key, value);
  }

  /** Deletes {@code o[key]}. */
  public static void delItem(PyObject o, PyObject key) {
    Slots.SetItem s = o.type().setItem;
    if (s == null) {
      throw PyErrors.typeError("'" + o.type().name() + "' object doesn't support item deletion");
    }
    s.set(o, key, null);
  }

  /** Returns {@code len(o)}. */
  public static long len(PyObject o) {
    Slots.Len l = o.type().len;
    if (l == null) {
      throw PyErrors.typeError("object of type '" + o.type().name() + "' has no len()");
    }
    return l.len(o);
  }

  /** Returns {@code item in container}, by {@code __contains__}, else by iteration. */
  public static boolean contains(PyObject container, PyObject item) {
    Slots.Contains c = container.type().contains;
    if (c != null) {
      return c.contains(container, item);
    }
    PyType t = container.type();
    if (t.iter == null && t.getItem == null) {
      throw PyErrors.typeError(
          "argument of type '" + t.name() + "' is not iterable");
    }
    PyObject it = iter(container);
    for (PyObject v = next(it); v != null; v = next(it)) {
      if (eq(v, item)) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code operator.index(o)}: an exact int, raising CPython's TypeError otherwise. */
  public static PyInt index(PyObject o) {
    PyObject r = indexOrNull(o);
    if (r == null) {
      throw PyErrors.typeError(
          "'" + o.type().name() + "' object cannot be interpreted as an integer");
    }
    return (PyInt) r;
  }

  /** Returns {@code o.__index__()} as an int, or null when the type has no {@code __index__}. */
  static PyObject indexOrNull(PyObject o) {
    if (o instanceof PyInt) {
      return o;
    }
    Slots.Unary f = o.type().index;
    if (f == null) {
      return null;
    }
    PyObject r = f.apply(o);
    if (!(r instanceof PyInt)) {
      throw PyErrors.typeError(
          "__index__ returned non-int (type " + r.type().name() + ")");
    }
    return r;
  }

  // ---- numbers: see NumberProtocol for the algorithm ----

  /** Returns {@code a + b}. */
  public static PyObject add(PyObject a, PyObject b) {
    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
      return IntMath.add((PyInt) a, (PyInt) b);
    }
    return NumberProtocol.binary(a, b, BinaryOp.ADD);
  }

  /** Returns {@code a - b}. */
  public static PyObject sub(PyObject a, PyObject b) {
    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
      return IntMath.sub((PyInt) a, (PyInt) b);
    }
    return NumberProtocol.binary(a, b, BinaryOp.SUB);
  }

  /** Returns {@code a * b}. */
  public static PyObject mul(PyObject a, PyObject b) {
    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
      return IntMath.mul((PyInt) a, (PyInt) b);
    }
    return NumberProtocol.binary(a, b, BinaryOp.MUL);
  }

  /** Returns {@code a OP b} for any binary operator. */
  public static PyObject binaryOp(PyObject a, PyObject b, BinaryOp op) {
    return NumberProtocol.binary(a, b, op);
  }

  /**
   * Returns {@code a OP b} when both operands are exact ints or floats (or one of each, the
   * int fitting a long) and the operator is plain arithmetic, without dispatching through the
   * slots; else null, for the general path. Exact ints and floats have no in-place methods, so
   * this is also {@code a OP= b}.
   */
  public static PyObject arithmetic(PyObject a, PyObject b, BinaryOp op) {
    Class<?> ca = a.getClass();
    Class<?> cb = b.getClass();
    if (ca == PyInt.class) {
      if (cb == PyInt.class) {
        return op == BinaryOp.MATMUL ? null : IntMath.apply((PyInt) a, (PyInt) b, op);
      }
      if (cb == PyFloat.class && !((PyInt) a).isBig() && op.ordinal() <= BinaryOp.MOD.ordinal()
          && op != BinaryOp.MATMUL) {
        return PyFloat.apply(((PyInt) a).longValue(), ((PyFloat) b).value(), op);
      }
    } else if (ca == PyFloat.class && op.ordinal() <= BinaryOp.MOD.ordinal()
        && op != BinaryOp.MATMUL) {
      if (cb == PyFloat.class) {
        return PyFloat.apply(((PyFloat) a).value(), ((PyFloat) b).value(), op);
      }
      if (cb == PyInt.class && !((PyInt) b).isBig()) {
        return PyFloat.apply(((PyFloat) a).value(), ((PyInt) b).longValue(), op);
      }
    }
    return null;
  }

  /** Returns {@code a OP= b}: the in-place method, else the binary operator. */
  public static PyObject inplaceOp(PyObject a, PyObject b, BinaryOp op) {
    return NumberProtocol.inplace(a, b, op);
  }

  /** Returns {@code pow(a, b, mod)}; {@code mod} is None for two-argument pow. */
  public static PyObject pow(PyObject a, PyObject b, PyObject mod) {
    return NumberProtocol.pow(a, b, mod);
  }

  /** Returns {@code -o}. */
  public static PyObject neg(PyObject o) {
    return NumberProtocol.unary(o, o.type().neg, "-");
  }

  /** Returns {@code +o}. */
  public static PyObject pos(PyObject o) {
    return NumberProtocol.unary(o, o.type().pos, "+");
  }

  /** Returns {@code ~o}. */
  public static PyObject invert(PyObject o) {
    return NumberProtocol.unary(o, o.type().invert, "~");
  }

  /** Returns {@code abs(o)}. */
  public static PyObject abs(PyObject o) {
    Slots.Unary f = o.type().abs;
    if (f == null) {
      throw PyErrors.typeError("bad operand type for abs(): '" + o.type().name() + "'");
    }
    return f.apply(o);
  }

  static PyObject[] noArgs() {
    return NO_ARGS;
  }
}
