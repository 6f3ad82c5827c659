package dev.krait.core.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code X | Y} of classes ({@code types.UnionType}, PEP 604): usable with {@code isinstance}
 * and {@code issubclass}; nested unions are flattened and repeated members dropped.
 */
public final class PyUnionType extends PyObject {

  /** The builtin type {@code UnionType}. */
  public static final PyType TYPE =
      PyType.builtin("UnionType", PyUnionType.class, PyType.OBJECT);

  static {
    TYPE.baseType = false;
    TYPE.repr = u -> PyStr.of(((PyUnionType) u).repr());
    TYPE.hash =
        u -> {
          long h = 0;
          for (PyObject a : ((PyUnionType) u).args) {
            h ^= Abstract.hash(a);
          }
          return h == -1 ? -2 : h;
        };
    TYPE.richCompare =
        (u, o, op) -> {
          if (!(o instanceof PyUnionType other)
              || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
          }
          List<PyObject> mine = ((PyUnionType) u).args;
          boolean same = mine.size() == other.args.size() && mine.containsAll(other.args);
          return PyBool.of(same == (op == CompareOp.EQ));
        };
    TYPE.binary[BinaryOp.OR.ordinal()] = PyUnionType::or;
    TYPE.reflected[BinaryOp.OR.ordinal()] = (b, a) -> or(a, b);
    PyGetSetDescriptor.define(TYPE, "__args__",
        u -> PyTuple.of(((PyUnionType) u).args.toArray(new PyObject[0])), null);
    PyGetSetDescriptor.define(TYPE, "__parameters__", u -> PyTuple.EMPTY, null);
    TYPE.ready();
  }

  private final List<PyObject> args;

  private PyUnionType(List<PyObject> args) {
    this.args = args;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the members, in order ({@code __args__}). */
  public List<PyObject> args() {
    return args;
  }

  /**
   * Returns {@code a | b} for classes, None and unions: a union, or the one member when both
   * sides are the same; NotImplemented for anything else.
   */
  static PyObject or(PyObject a, PyObject b) {
    if (!unionable(a) || !unionable(b)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    List<PyObject> members = new ArrayList<>();
    addMembers(members, a);
    addMembers(members, b);
    return members.size() == 1 ? members.get(0) : new PyUnionType(members);
  }

  private static boolean unionable(PyObject o) {
    return o == PyNone.NONE || o instanceof PyType || o instanceof PyUnionType;
  }

  private static void addMembers(List<PyObject> members, PyObject o) {
    List<PyObject> add = o instanceof PyUnionType u ? u.args
        : List.of(o == PyNone.NONE ? PyNone.TYPE : o);
    for (PyObject m : add) {
      if (!members.contains(m)) {
        members.add(m);
      }
    }
  }

  private String repr() {
    StringBuilder sb = new StringBuilder();
    for (PyObject a : args) {
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      if (a == PyNone.TYPE) {
        sb.append("None");
      } else if (a instanceof PyType t) {
        String module = t.module();
        sb.append(module.equals("builtins") ? t.qualname() : module + "." + t.qualname());
      } else {
        sb.append(Abstract.repr(a).value());
      }
    }
    return sb.toString();
  }
}
