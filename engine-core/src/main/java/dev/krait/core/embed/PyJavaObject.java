package dev.krait.core.embed;

import dev.krait.api.HostAccess;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.CompareOp;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyNotImplemented;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Java object inside a script, itself (identity kept): its public methods, fields and JavaBeans
 * properties are attributes ({@code order.total} calls {@code getTotal()}); Java lists, maps,
 * sets, arrays and iterables work with {@code len}, indexing, {@code in} and {@code for}; an
 * object of a functional interface is callable. {@link HostAccess} decides what is visible.
 */
final class PyJavaObject extends PyObject {

  /** The type {@code JavaObject}. */
  static final PyType TYPE = TypeBuilder.of("JavaObject", PyJavaObject.class, PyType.OBJECT)
      .getAttr(PyJavaObject::getAttr)
      .setAttr(PyJavaObject::setAttr)
      .call(PyJavaObject::call)
      .repr(self -> host(self, o -> PyStr.of(String.valueOf(o.target))))
      .len(self -> host(self, PyJavaObject::len))
      .getItem((self, key) -> host(self, o -> o.getItem(key)))
      .setItem((self, key, value) -> host(self, o -> o.setItem(key, value)))
      .contains((self, item) -> host(self, o -> o.contains(item)))
      .iter(self -> host(self, PyJavaObject::iter))
      .richCompare((self, other, op) -> host(self, o -> compare(o, other, op)))
      .hash(self -> host(self, o -> (long) o.target.hashCode()))
      .bool(self -> host(self, PyJavaObject::bool))
      .ready();

  /**
   * Returns {@code op} applied to {@code self}: host code runs inside, so a Java exception it
   * throws becomes the Python exception standing for it (a Python one passes through).
   */
  private static <T> T host(PyObject self, Function<PyJavaObject, T> op) {
    PyJavaObject o = (PyJavaObject) self;
    try {
      return op.apply(o);
    } catch (PyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Errors.fromJava(e, o.cx);
    }
  }

  private final Object target;
  private final KraitContext cx;

  PyJavaObject(Object target, KraitContext cx) {
    this.target = Objects.requireNonNull(target);
    this.cx = cx;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the Java object. */
  Object target() {
    return target;
  }

  private JavaMembers members() {
    if (!cx.engine().options().hostAccess().allowsPublicAccess()
        || HostAccess.isDenied(target.getClass())) {
      return null;
    }
    return JavaMembers.of(target.getClass());
  }

  private String typeName() {
    return JavaMembers.of(target.getClass()).simpleName();
  }

  private static PyObject getAttr(PyObject self, String name) {
    PyJavaObject o = (PyJavaObject) self;
    JavaMembers m = o.members();
    if (m != null && !name.startsWith("__")) {
      Field f = m.field(name);
      if (f != null) {
        return JavaCalls.getField(o.target, f, o.cx);
      }
      Method[] group = m.methods(name);
      if (group != null) {
        return new PyJavaMethod(o.target, group, o.cx);
      }
      Method getter = m.getter(name);
      if (getter != null) {
        return JavaCalls.invoke(o.target, new Method[] {getter}, new PyObject[0], null, o.cx);
      }
    }
    return Abstract.genericGetAttr(self, name);
  }

  private static void setAttr(PyObject self, String name, PyObject value) {
    PyJavaObject o = (PyJavaObject) self;
    JavaMembers m = o.members();
    if (m != null && value != null) {
      Field f = m.field(name);
      if (f != null) {
        JavaCalls.setField(o.target, f, value, o.cx);
        return;
      }
      Method setter = m.setter(name);
      if (setter != null) {
        JavaCalls.invoke(o.target, new Method[] {setter}, new PyObject[] {value}, null, o.cx);
        return;
      }
    }
    throw PyErrors.attributeError("'" + o.typeName() + "' object has no attribute '" + name + "'");
  }

  private static PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
    PyJavaObject o = (PyJavaObject) self;
    JavaMembers m = o.members();
    Method fn = m == null ? null : m.functional();
    if (fn == null) {
      throw PyErrors.typeError("'" + o.typeName() + "' object is not callable");
    }
    return JavaCalls.invoke(o.target, new Method[] {fn}, args, kwnames, o.cx);
  }

  private long len() {
    if (members() != null) {
      if (target instanceof Collection<?> c) {
        return c.size();
      } else if (target instanceof Map<?, ?> map) {
        return map.size();
      } else if (target.getClass().isArray()) {
        return Array.getLength(target);
      }
    }
    throw PyErrors.typeError("object of type '" + typeName() + "' has no len()");
  }

  private int index(PyObject key, int size) {
    if (!(key instanceof PyInt)) {
      throw PyErrors.typeError(typeName() + " indices must be integers, not '"
          + key.type().name() + "'");
    }
    long i = Abstract.index(key).longValue();
    long at = i < 0 ? i + size : i;
    if (at < 0 || at >= size) {
      throw PyErrors.make(PyErrors.INDEX_ERROR, typeName() + " index out of range");
    }
    return (int) at;
  }

  private PyObject getItem(PyObject key) {
    if (members() != null) {
      if (target instanceof List<?> list) {
        return Conversions.toPython(list.get(index(key, list.size())), cx);
      } else if (target instanceof Map<?, ?> map) {
        Object k = Conversions.toJava(key, cx);
        Object v = map.get(k);
        if (v == null && !map.containsKey(k)) {
          throw PyErrors.make(PyErrors.KEY_ERROR, key);
        }
        return Conversions.toPython(v, cx);
      } else if (target.getClass().isArray()) {
        return Conversions.toPython(Array.get(target, index(key, Array.getLength(target))), cx);
      }
    }
    throw PyErrors.typeError("'" + typeName() + "' object is not subscriptable");
  }

  @SuppressWarnings("unchecked")
  private Void setItem(PyObject key, PyObject value) {
    if (members() != null) {
      if (target instanceof List<?> list) {
        int i = index(key, list.size());
        if (value == null) {
          list.remove(i);
        } else {
          ((List<Object>) list).set(i, Conversions.toJava(value, cx));
        }
        return null;
      } else if (target instanceof Map<?, ?> map) {
        Object k = Conversions.toJava(key, cx);
        if (value == null) {
          if (!map.containsKey(k)) {
            throw PyErrors.make(PyErrors.KEY_ERROR, key);
          }
          map.remove(k);
        } else {
          ((Map<Object, Object>) map).put(k, Conversions.toJava(value, cx));
        }
        return null;
      } else if (target.getClass().isArray() && value != null) {
        Class<?> component = target.getClass().getComponentType();
        Array.set(target, index(key, Array.getLength(target)),
            Conversions.toJava(value, component, cx));
        return null;
      }
    }
    throw PyErrors.typeError("'" + typeName() + "' object does not support item assignment");
  }

  private boolean contains(PyObject item) {
    if (members() != null) {
      Object v = Conversions.toJava(item, cx);
      if (target instanceof Collection<?> c) {
        return c.contains(v);
      } else if (target instanceof Map<?, ?> map) {
        return map.containsKey(v);
      }
    }
    PyObject it = iter();
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (Abstract.eq(x, item)) {
        return true;
      }
    }
    return false;
  }

  private PyObject iter() {
    if (members() != null) {
      if (target instanceof Iterable<?> c) {
        return new PyJavaIterator(c.iterator(), cx);
      } else if (target instanceof Map<?, ?> map) {
        return new PyJavaIterator(map.keySet().iterator(), cx);
      } else if (target instanceof Iterator<?> i) {
        return new PyJavaIterator(i, cx);
      } else if (target.getClass().isArray()) {
        return new PyJavaIterator(arrayIterator(target), cx);
      }
    }
    throw PyErrors.typeError("'" + typeName() + "' object is not iterable");
  }

  private static Iterator<Object> arrayIterator(Object array) {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < Array.getLength(array);
      }

      @Override
      public Object next() {
        return Array.get(array, i++);
      }
    };
  }

  private boolean bool() {
    if (target instanceof Collection<?> c) {
      return !c.isEmpty();
    } else if (target instanceof Map<?, ?> map) {
      return !map.isEmpty();
    }
    return true;
  }

  private static PyObject compare(PyJavaObject self, PyObject other, CompareOp op) {
    if (!(other instanceof PyJavaObject o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    boolean eq = self.target.equals(o.target);
    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
  }
}
