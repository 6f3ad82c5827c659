package dev.krait.core.embed;

import dev.krait.api.PyValue;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyBytes;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyFrozenSet;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PySet;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one Java↔Python conversion table (DESIGN §3), used by every path: arguments, results,
 * globals, {@link PyValue#as(Class)}, Java method calls and interface proxies.
 */
final class Conversions {

  private Conversions() {}

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Returns {@code v} as a Python object of context {@code cx}. */
  static PyObject toPython(Object v, KraitContext cx) {
    if (v == null) {
      return PyNone.NONE;
    } else if (v.getClass() == PyValueHandle.class) {
      // A value that came from Python (what JSR-223 namespaces set back): no scan of the table.
      return ((PyValueHandle) v).object();
    } else if (v instanceof String s) {
      return PyStr.of(s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte) {
      return PyInt.of(((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      return PyBool.of(b);
    } else if (v instanceof Double || v instanceof Float) {
      return PyFloat.of(((Number) v).doubleValue());
    } else if (v instanceof BigInteger b) {
      return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0
          ? PyInt.of(b.longValue()) : PyInt.of(b);
    } else if (v instanceof Character c) {
      return PyStr.of(c.toString());
    } else if (v instanceof byte[] b) {
      return PyBytes.of(b.clone());
    } else if (v instanceof ListView l) {
      return l.list();
    } else if (v instanceof MapView m) {
      return m.dict();
    } else if (v instanceof PyObject p) {
      return p;
    }
    return new PyJavaObject(v, cx);
  }

  /** Returns {@code o} converted to Java by the table: a value, a live view or a handle. */
  static Object toJava(PyObject o, KraitContext cx) {
    PyType t = o.type();
    if (o instanceof PyJavaObject j) {
      return j.target();
    } else if (o == PyNone.NONE) {
      return null;
    } else if (t == PyStr.TYPE) {
      return ((PyStr) o).value();
    } else if (t == PyBool.TYPE) {
      return o == PyBool.TRUE;
    } else if (t == PyInt.TYPE) {
      return javaInt((PyInt) o);
    } else if (t == PyFloat.TYPE) {
      return ((PyFloat) o).value();
    } else if (t == PyList.TYPE) {
      return new ListView((PyList) o, cx);
    } else if (t == PyDict.TYPE) {
      return new MapView((PyDict) o, cx);
    } else if (t == PyTuple.TYPE) {
      PyTuple tuple = (PyTuple) o;
      Object[] items = new Object[tuple.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = toJava(tuple.get(i), cx);
      }
      return Collections.unmodifiableList(Arrays.asList(items));
    } else if (t == PySet.TYPE || t == PyFrozenSet.TYPE) {
      Set<Object> copy = new LinkedHashSet<>();
      for (PyObject item : ((PySet) o).toArray()) {
        copy.add(toJava(item, cx));
      }
      return copy;
    } else if (t == PyBytes.TYPE) {
      return ((PyBytes) o).toArray().clone();
    }
    return new PyValueHandle(o, cx);
  }

  /** Returns the Java value of a Python {@code int}: Integer if it fits, else Long, else BigInteger. */
  static Object javaInt(PyInt i) {
    if (i.isBig()) {
      return i.bigValue();
    }
    long v = i.longValue();
    if (v == (int) v) {
      return Integer.valueOf((int) v);
    }
    return Long.valueOf(v);
  }

  /**
   * Returns how well {@code o} fits a parameter of type {@code type}: 0 is exact, larger is
   * looser, -1 is impossible. Overload resolution picks the smallest total.
   */
  static int rank(PyObject o, Class<?> type) {
    Class<?> t = boxed(type);
    if (t == PyValue.class) {
      return 5;
    }
    if (o instanceof PyJavaObject j) {
      Object target = j.target();
      return target.getClass() == t ? 0 : t.isInstance(target) ? 1 : -1;
    }
    if (o == PyNone.NONE) {
      return type.isPrimitive() ? -1 : 2;
    }
    PyType pt = o.type();
    if (pt == PyBool.TYPE) {
      return t == Boolean.class ? 0 : t == Object.class ? 4 : -1;
    }
    if (pt == PyInt.TYPE) {
      return intRank((PyInt) o, t);
    }
    if (pt == PyFloat.TYPE) {
      return t == Double.class ? 0 : t == Float.class ? 1 : t == Number.class ? 3
          : t == Object.class ? 4 : -1;
    }
    if (pt == PyStr.TYPE) {
      return t == String.class ? 0 : t == CharSequence.class ? 1
          : t == Character.class && ((PyStr) o).length() == 1 ? 2 : t == Object.class ? 4 : -1;
    }
    if (t == Object.class) {
      return 4;
    }
    if (pt == PyBytes.TYPE) {
      return t == byte[].class ? 0 : -1;
    }
    if (pt == PyList.TYPE || pt == PyTuple.TYPE) {
      return t.isAssignableFrom(List.class) ? 1 : t.isArray() ? 2 : -1;
    }
    if (pt == PyDict.TYPE) {
      return t.isAssignableFrom(Map.class) ? 1 : -1;
    }
    if (pt == PySet.TYPE || pt == PyFrozenSet.TYPE) {
      return t.isAssignableFrom(Set.class) ? 1 : -1;
    }
    return t.isInterface() ? 3 : -1;
  }

  private static int intRank(PyInt i, Class<?> t) {
    boolean big = i.isBig();
    long v = big ? 0 : i.longValue();
    if (t == Integer.class) {
      return !big && v == (int) v ? 0 : -1;
    } else if (t == Long.class) {
      return big ? -1 : 1;
    } else if (t == Short.class) {
      return !big && v == (short) v ? 2 : -1;
    } else if (t == Byte.class) {
      return !big && v == (byte) v ? 2 : -1;
    } else if (t == BigInteger.class) {
      return 2;
    } else if (t == Double.class || t == Float.class) {
      return 3;
    } else if (t == Number.class || t == Object.class) {
      return 4;
    }
    return -1;
  }

  /**
   * Returns {@code o} converted to {@code type}, raising TypeError when the table has no way
   * ({@link #rank} is -1).
   */
  static Object toJava(PyObject o, Class<?> type, KraitContext cx) {
    Class<?> t = boxed(type);
    if (t == PyValue.class) {
      return new PyValueHandle(o, cx);
    }
    if (o == PyNone.NONE && !type.isPrimitive()) {
      return null;
    }
    if (t == Object.class) {
      return toJava(o, cx);
    }
    PyType pt = o.type();
    if (pt == PyInt.TYPE) {
      Object n = number((PyInt) o, t);
      if (n != null) {
        return n;
      }
    } else if (pt == PyFloat.TYPE && (t == Double.class || t == Float.class
        || t == Number.class)) {
      double d = ((PyFloat) o).value();
      return t == Float.class ? (Object) (float) d : (Object) d;
    } else if (pt == PyStr.TYPE && t == Character.class && ((PyStr) o).length() == 1) {
      return ((PyStr) o).value().charAt(0);
    } else if ((pt == PyList.TYPE || pt == PyTuple.TYPE) && t.isArray()) {
      return array(o, t.getComponentType(), cx);
    } else if (t.isInterface() && !(o instanceof PyJavaObject)
        && !Collection.class.isAssignableFrom(t) && !Map.class.isAssignableFrom(t)
        && t != CharSequence.class && t != Comparable.class) {
      return Proxies.implement(o, t, cx);
    }
    Object v = toJava(o, cx);
    if (t.isInstance(v)) {
      return v;
    }
    throw PyErrors.typeError("'" + pt.name() + "' object cannot be converted to "
        + type.getTypeName());
  }

  private static Object number(PyInt i, Class<?> t) {
    if (t == BigInteger.class) {
      return i.bigValue();
    }
    if (t == Double.class || t == Float.class) {
      double d = i.isBig() ? i.bigValue().doubleValue() : (double) i.longValue();
      return t == Float.class ? (Object) (float) d : (Object) d;
    }
    if (t == Number.class) {
      return javaInt(i);
    }
    if (t != Integer.class && t != Long.class && t != Short.class && t != Byte.class) {
      return null;
    }
    long v = i.isBig() ? 0 : i.longValue();
    if (i.isBig() || (t == Integer.class && v != (int) v) || (t == Short.class && v != (short) v)
        || (t == Byte.class && v != (byte) v)) {
      throw PyErrors.make(PyErrors.OVERFLOW_ERROR,
          "Python int too large to convert to Java " + t.getSimpleName().toLowerCase());
    }
    return t == Integer.class ? (Object) (int) v : t == Long.class ? (Object) v
        : t == Short.class ? (Object) (short) v : (Object) (byte) v;
  }

  private static Object array(PyObject seq, Class<?> component, KraitContext cx) {
    PyObject[] items = seq instanceof PyList l ? l.toArray() : toArray((PyTuple) seq);
    Object a = Array.newInstance(component, items.length);
    for (int i = 0; i < items.length; i++) {
      Array.set(a, i, toJava(items[i], component, cx));
    }
    return a;
  }

  private static PyObject[] toArray(PyTuple t) {
    PyObject[] a = new PyObject[t.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = t.get(i);
    }
    return a;
  }

  /** Returns the wrapper class of a primitive type, else the type itself. */
  static Class<?> boxed(Class<?> t) {
    if (!t.isPrimitive()) {
      return t;
    }
    if (t == int.class) {
      return Integer.class;
    } else if (t == long.class) {
      return Long.class;
    } else if (t == double.class) {
      return Double.class;
    } else if (t == boolean.class) {
      return Boolean.class;
    } else if (t == float.class) {
      return Float.class;
    } else if (t == short.class) {
      return Short.class;
    } else if (t == byte.class) {
      return Byte.class;
    } else if (t == char.class) {
      return Character.class;
    }
    return Void.class;
  }
}
