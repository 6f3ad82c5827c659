package dev.krait.jsr223;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.script.Bindings;
import javax.script.ScriptEngine;

/**
 * The {@code Bindings} a {@link KraitScriptEngine} makes: a map of names with {@code
 * SimpleBindings}' key rules that also keeps, once a script has defined something in it, the
 * {@link Namespace} whose globals those definitions use (other {@code Bindings} find theirs in a
 * weak map of {@link Namespaces}), and counts its changes, so that a run over {@code Bindings}
 * nobody changed since the last one skips copying them into the globals.
 *
 * <p>It keeps a few entries in one array of keys and values, in insertion order, and moves them
 * into a {@link HashMap} past {@value #FEW}: a rule's {@code Bindings}, made, filled with two or
 * three names and dropped on each evaluation, then cost two small objects.
 */
final class KraitBindings extends AbstractMap<String, Object> implements Bindings {

  /** The most entries kept in the array. */
  static final int FEW = 8;
  // What the keys the engine looks for (ScriptEngine.ARGV, FILENAME) start with.
  private static final String RESERVED_PREFIX = "javax.script.";

  // Keys at even indexes, each followed by its value.
  private Object[] slots = new Object[8];
  private int size;
  // All the entries once there were more than FEW; the array is unused then.
  private HashMap<String, Object> many;
  private long changes;
  private boolean exposed;
  private boolean argvPut;
  private boolean fileNamePut;
  private volatile Namespace home;

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
    return exposed ? -1 : changes;
  }

  /**
   * Returns {@code ScriptEngine.ARGV}'s value, or null: without a lookup while no {@code put}
   * ever used that key (views cannot add keys).
   */
  Object argv() {
    return argvPut ? get(ScriptEngine.ARGV) : null;
  }

  /**
   * Returns false when {@code ScriptEngine.FILENAME} is not a key, without a lookup: no {@code
   * put} ever used that key (views cannot add keys).
   */
  boolean mayHoldFileName() {
    return fileNamePut;
  }

  /** Calls {@code action} for each entry, without handing out a view. */
  void forEachEntry(BiConsumer<String, Object> action) {
    forEach(action);
  }

  // SimpleBindings' rules for keys.
  private static String checkKey(Object key) {
    Objects.requireNonNull(key, "key can not be null");
    if (!(key instanceof String s)) {
      throw new ClassCastException("key should be a String");
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("key can not be empty");
    }
    return s;
  }

  private int indexOf(Object key) {
    Object[] s = slots;
    for (int i = 0, n = size * 2; i < n; i += 2) {
      if (key.equals(s[i])) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Object get(Object key) {
    checkKey(key);
    if (many != null) {
      return many.get(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : slots[i + 1];
  }

  @Override
  public boolean containsKey(Object key) {
    checkKey(key);
    return many != null ? many.containsKey(key) : indexOf(key) >= 0;
  }

  @Override
  public boolean containsValue(Object value) {
    if (many != null) {
      return many.containsValue(value);
    }
    for (int i = 1; i < size * 2; i += 2) {
      if (Objects.equals(value, slots[i])) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Object put(String key, Object value) {
    checkKey(key);
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
      Object old = slots[i + 1];
      slots[i + 1] = value;
      return old;
    }
    if (size == FEW) {
      many = new HashMap<>(FEW * 4);
      for (int j = 0; j < size * 2; j += 2) {
        many.put((String) slots[j], slots[j + 1]);
      }
      slots = null;
      size = 0;
      return many.put(key, value);
    }
    int at = size * 2;
    if (at == slots.length) {
      slots = Arrays.copyOf(slots, at * 2);
    }
    slots[at] = key;
    slots[at + 1] = value;
    size++;
    return null;
  }

  @Override
  public void putAll(Map<? extends String, ? extends Object> toMerge) {
    Objects.requireNonNull(toMerge, "toMerge map is null");
    for (Map.Entry<? extends String, ? extends Object> e : toMerge.entrySet()) {
      put(e.getKey(), e.getValue());
    }
  }

  @Override
  public Object remove(Object key) {
    checkKey(key);
    changes++;
    if (many != null) {
      return many.remove(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : removeAt(i);
  }

  // Removes the entry whose key is at index i of the array.
  private Object removeAt(int i) {
    Object old = slots[i + 1];
    int end = size * 2;
    System.arraycopy(slots, i + 2, slots, i, end - i - 2);
    slots[end - 2] = null;
    slots[end - 1] = null;
    size--;
    return old;
  }

  @Override
  public void clear() {
    changes++;
    if (many != null) {
      many.clear();
    } else {
      Arrays.fill(slots, 0, size * 2, null);
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
    for (int i = 0; i < size * 2; i += 2) {
      action.accept((String) slots[i], slots[i + 1]);
    }
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    exposed = true;
    return many != null ? many.entrySet() : new EntrySet();
  }

  /** The entries of the array; AbstractMap's keySet and values are made on this too. */
  private final class EntrySet extends AbstractSet<Map.Entry<String, Object>> {

    @Override
    public int size() {
      return KraitBindings.this.size();
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
          return new Entry((String) slots[last * 2]);
        }

        @Override
        public void remove() {
          if (last < 0) {
            throw new IllegalStateException();
          }
          removeAt(last * 2);
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
          && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return key.hashCode() ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return key + "=" + getValue();
    }
  }
}
