package dev.krait.core.embed;

import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyObject;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A Python {@code dict} as a live {@link java.util.Map}: keys and values convert both ways on
 * every access, in the dict's insertion order; handing it back to Python gives the same dict.
 */
final class MapView extends AbstractMap<Object, Object> {

  private final PyDict dict;
  private final KraitContext cx;

  MapView(PyDict dict, KraitContext cx) {
    this.dict = dict;
    this.cx = cx;
  }

  /** Returns the Python dict. */
  PyDict dict() {
    return dict;
  }

  @Override
  public int size() {
    return dict.size();
  }

  @Override
  public boolean containsKey(Object key) {
    return cx.within(() -> dict.get(Conversions.toPython(key, cx)) != null);
  }

  @Override
  public Object get(Object key) {
    return cx.within(() -> {
      PyObject v = dict.get(Conversions.toPython(key, cx));
      return v == null ? null : Conversions.toJava(v, cx);
    });
  }

  @Override
  public Object put(Object key, Object value) {
    return cx.within(() -> {
      PyObject k = Conversions.toPython(key, cx);
      PyObject old = dict.get(k);
      dict.put(k, Conversions.toPython(value, cx));
      return old == null ? null : Conversions.toJava(old, cx);
    });
  }

  @Override
  public Object remove(Object key) {
    return cx.within(() -> {
      PyObject k = Conversions.toPython(key, cx);
      PyObject old = dict.get(k);
      if (old == null) {
        return null;
      }
      dict.remove(k);
      return Conversions.toJava(old, cx);
    });
  }

  @Override
  public void clear() {
    dict.clear();
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return dict.size();
      }

      @Override
      public Iterator<Entry<Object, Object>> iterator() {
        return new Entries();
      }
    };
  }

  /** Walks a snapshot of the keys; {@code remove} and {@code setValue} write through. */
  private final class Entries implements Iterator<Entry<Object, Object>> {

    private final PyObject[] keys = dict.keys();
    private int next;
    private PyObject last;

    @Override
    public boolean hasNext() {
      while (next < keys.length && dict.get(keys[next]) == null) {
        next++;
      }
      return next < keys.length;
    }

    @Override
    public Entry<Object, Object> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      last = keys[next++];
      PyObject k = last;
      return cx.within(() -> new SimpleEntry<Object, Object>(Conversions.toJava(k, cx),
          Conversions.toJava(dict.get(k), cx)) {
        @Override
        public Object setValue(Object value) {
          Object old = super.setValue(value);
          cx.within(() -> {
            dict.put(k, Conversions.toPython(value, cx));
            return null;
          });
          return old;
        }
      });
    }

    @Override
    public void remove() {
      if (last == null) {
        throw new IllegalStateException();
      }
      PyObject k = last;
      cx.within(() -> dict.remove(k));
      last = null;
    }
  }
}
