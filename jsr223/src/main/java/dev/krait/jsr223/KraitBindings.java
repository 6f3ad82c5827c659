package dev.krait.jsr223;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.script.ScriptEngine;
import javax.script.SimpleBindings;

/**
 * The {@code Bindings} a {@link KraitScriptEngine} makes: a {@link SimpleBindings} that also
 * keeps, once a script has defined something in it, the {@link Namespace} whose globals those
 * definitions use (other {@code Bindings} find theirs in a weak map of {@link Namespaces}), and
 * counts its changes, so that a run over {@code Bindings} nobody changed since the last one
 * skips copying them into the globals.
 *
 * <p>Its map keeps a few entries in two arrays, in insertion order, and moves them into a
 * {@link HashMap} past {@value Entries#FEW}: a rule's {@code Bindings}, made, filled with two or
 * three names and dropped on each evaluation, then cost two small arrays.
 */
final class KraitBindings extends SimpleBindings {

  private final Entries map;
  private volatile Namespace home;

  KraitBindings() {
    this(new Entries());
  }

  private KraitBindings(Entries map) {
    super(map);
    this.map = map;
  }

  /** Returns the namespace of the definitions scripts made in these bindings, or null. */
  Namespace home() {
    return home;
  }

  /** Makes {@code ns} the namespace of the definitions scripts made in these bindings. */
  void setHome(Namespace ns) {
    home = ns;
  }

  /**
   * Returns a number that changes with every change of these bindings, or -1 once a view
   * ({@code entrySet}, {@code keySet}, {@code values}) was handed out: changes made through a
   * view are not counted.
   */
  long changes() {
    return map.exposed ? -1 : map.changes;
  }

  /**
   * Returns {@code ScriptEngine.ARGV}'s value, or null: without a lookup while no {@code put}
   * ever used that key (views cannot add keys).
   */
  Object argv() {
    return map.argvPut ? map.get(ScriptEngine.ARGV) : null;
  }

  /**
   * Returns false when {@code ScriptEngine.FILENAME} is not a key, without a lookup: no {@code
   * put} ever used that key (views cannot add keys).
   */
  boolean mayHoldFileName() {
    return map.fileNamePut;
  }

  /** Calls {@code action} for each entry, without handing out a view. */
  void forEachEntry(BiConsumer<String, Object> action) {
    map.forEach(action);
  }

  /**
   * The map under the bindings: {@link SimpleBindings} changes it with {@code put}, {@code
   * remove} and {@code clear} only (its {@code putAll} calls {@code put}); {@code Map}'s default
   * methods ({@code computeIfAbsent}, ...) call those too.
   */
  private static final class Entries extends AbstractMap<String, Object> {

    /** The most entries kept in the arrays. */
    static final int FEW = 8;
    // What the keys the engine looks for (ScriptEngine.ARGV, FILENAME) start with.
    private static final String RESERVED_PREFIX = "javax.script.";

    private String[] keys = new String[4];
    private Object[] values = new Object[4];
    private int size;
    // All the entries once there were more than FEW; the arrays are unused then.
    private HashMap<String, Object> many;
    private long changes;
    private boolean exposed;
    private boolean argvPut;
    private boolean fileNamePut;

    private int indexOf(Object key) {
      String[] k = keys;
      for (int i = 0, n = size; i < n; i++) {
        if (key.equals(k[i])) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public Object get(Object key) {
      if (many != null) {
        return many.get(key);
      }
      int i = indexOf(key);
      return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
      return many != null ? many.containsKey(key) : indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
      if (many != null) {
        return many.containsValue(value);
      }
      for (int i = 0; i < size; i++) {
        if (value == null ? values[i] == null : value.equals(values[i])) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Object put(String key, Object value) {
      changes++;
      if (key.startsWith(RESERVED_PREFIX)) {
        argvPut |= ScriptEngine.ARGV.equals(key);
        fileNamePut |= ScriptEngine.FILENAME.equals(key);
      }
      if (many != null) {
        return many.put(key, value);
      }
      int i = indexOf(key);
      if (i >= 0) {
        Object old = values[i];
        values[i] = value;
        return old;
      }
      if (size == FEW) {
        many = new HashMap<>(FEW * 4);
        for (int j = 0; j < size; j++) {
          many.put(keys[j], values[j]);
        }
        keys = null;
        values = null;
        size = 0;
        return many.put(key, value);
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size++] = value;
      return null;
    }

    @Override
    public Object remove(Object key) {
      changes++;
      if (many != null) {
        return many.remove(key);
      }
      int i = indexOf(key);
      return i < 0 ? null : removeAt(i);
    }

    private Object removeAt(int i) {
      Object old = values[i];
      int after = size - i - 1;
      System.arraycopy(keys, i + 1, keys, i, after);
      System.arraycopy(values, i + 1, values, i, after);
      size--;
      keys[size] = null;
      values[size] = null;
      return old;
    }

    @Override
    public void clear() {
      changes++;
      if (many != null) {
        many.clear();
      } else {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
      }
    }

    @Override
    public int size() {
      return many != null ? many.size() : size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
      if (many != null) {
        many.forEach(action);
        return;
      }
      for (int i = 0; i < size; i++) {
        action.accept(keys[i], values[i]);
      }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      exposed = true;
      return many != null ? many.entrySet() : new EntrySet();
    }

    /** The entries of the arrays; AbstractMap's keySet and values are made on this too. */
    private final class EntrySet extends AbstractSet<Map.Entry<String, Object>> {

      @Override
      public int size() {
        return Entries.this.size();
      }

      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        if (many != null) {
          return many.entrySet().iterator();
        }
        return new Iterator<>() {
          private int next;
          private int last = -1;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            last = next++;
            return new Entry(keys[last]);
          }

          @Override
          public void remove() {
            if (last < 0) {
              throw new IllegalStateException();
            }
            removeAt(last);
            next = last;
            last = -1;
          }
        };
      }
    }

    /** An entry that reads and writes its key's value in the map. */
    private final class Entry implements Map.Entry<String, Object> {
      private final String key;

      Entry(String key) {
        this.key = key;
      }

      @Override
      public String getKey() {
        return key;
      }

      @Override
      public Object getValue() {
        return get(key);
      }

      @Override
      public Object setValue(Object value) {
        return put(key, value);
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey())
            && java.util.Objects.equals(getValue(), e.getValue());
      }

      @Override
      public int hashCode() {
        return key.hashCode() ^ java.util.Objects.hashCode(getValue());
      }

      @Override
      public String toString() {
        return key + "=" + getValue();
      }
    }
  }
}
