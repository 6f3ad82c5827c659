package dev.krait.core.embed;

import dev.krait.api.PyValue;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import java.util.Objects;

/** The {@link PyValue} of a Python object: every operation runs inside its context. */
final class PyValueHandle implements PyValue {

  private final PyObject object;
  private final KraitContext cx;

  PyValueHandle(PyObject object, KraitContext cx) {
    this.object = Objects.requireNonNull(object);
    this.cx = cx;
  }

  /** Returns the Python object. */
  PyObject object() {
    return object;
  }

  @Override
  public String typeName() {
    return object.type().name();
  }

  @Override
  public boolean isNone() {
    return object == PyNone.NONE;
  }

  @Override
  public boolean isCallable() {
    return object.type().lookup("__call__") != null;
  }

  @Override
  public Object asJava() {
    return cx.within(() -> Conversions.toJava(object, cx));
  }

  @Override
  public <T> T as(Class<T> type) {
    Objects.requireNonNull(type, "type");
    Object v = cx.within(() -> Conversions.toJava(object, type, cx));
    @SuppressWarnings("unchecked")
    T t = (T) v;
    return t;
  }

  @Override
  public boolean hasAttribute(String name) {
    return cx.within(() -> Abstract.lookupAttr(object, name) != null);
  }

  @Override
  public PyValue getAttribute(String name) {
    return cx.within(() -> new PyValueHandle(Abstract.getAttr(object, name), cx));
  }

  @Override
  public void setAttribute(String name, Object value) {
    cx.within(() -> {
      Abstract.setAttr(object, name, Conversions.toPython(value, cx));
      return null;
    });
  }

  @Override
  public PyValue getItem(Object key) {
    return cx.within(() ->
        new PyValueHandle(Abstract.getItem(object, Conversions.toPython(key, cx)), cx));
  }

  @Override
  public void setItem(Object key, Object value) {
    cx.within(() -> {
      Abstract.setItem(object, Conversions.toPython(key, cx), Conversions.toPython(value, cx));
      return null;
    });
  }

  @Override
  public long length() {
    return cx.within(() -> Abstract.len(object));
  }

  @Override
  public PyValue call(Object... args) {
    return cx.within(() -> new PyValueHandle(Abstract.call(object, cx.toPython(args)), cx));
  }

  @Override
  public PyValue invokeMember(String name, Object... args) {
    return cx.within(() ->
        new PyValueHandle(Abstract.callMethod(object, name, cx.toPython(args)), cx));
  }

  @Override
  public String repr() {
    return cx.within(() -> Abstract.repr(object).value());
  }

  @Override
  public String toString() {
    return cx.within(() -> Abstract.str(object).value());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyValueHandle h && h.object == object;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(object);
  }
}
