package dev.krait.core.embed;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A Python {@code list} as a live {@link java.util.List}: reads convert items to Java, writes
 * convert to Python, and changes show on both sides. Handing it back to Python gives the same
 * list.
 */
final class ListView extends AbstractList<Object> implements RandomAccess {

  private final PyList list;
  private final KraitContext cx;

  ListView(PyList list, KraitContext cx) {
    this.list = list;
    this.cx = cx;
  }

  /** Returns the Python list. */
  PyList list() {
    return list;
  }

  @Override
  public int size() {
    return list.size();
  }

  @Override
  public Object get(int index) {
    checkIndex(index, list.size());
    return cx.within(() -> Conversions.toJava(list.get(index), cx));
  }

  @Override
  public Object set(int index, Object value) {
    checkIndex(index, list.size());
    return cx.within(() -> {
      Object old = Conversions.toJava(list.get(index), cx);
      list.set(index, Conversions.toPython(value, cx));
      return old;
    });
  }

  @Override
  public void add(int index, Object value) {
    if (index < 0 || index > list.size()) {
      throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + list.size());
    }
    cx.within(() -> Abstract.callMethod(list, "insert", PyInt.of(index),
        Conversions.toPython(value, cx)));
    modCount++;
  }

  @Override
  public Object remove(int index) {
    checkIndex(index, list.size());
    Object old = cx.within(() -> Conversions.toJava(
        Abstract.callMethod(list, "pop", PyInt.of(index)), cx));
    modCount++;
    return old;
  }

  @Override
  public void clear() {
    list.clear();
    modCount++;
  }

  private static void checkIndex(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
  }
}
