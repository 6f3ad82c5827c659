package dev.krait.jsr223;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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
 */
final class KraitBindings extends SimpleBindings {

  private final CountingMap map;
  private volatile Namespace home;

  KraitBindings() {
    this(new CountingMap());
  }

  private KraitBindings(CountingMap map) {
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

  /** Calls {@code action} for each entry, without handing out a view. */
  void forEachEntry(BiConsumer<String, Object> action) {
    map.forEach(action);
  }

  /**
   * The map under the bindings: {@link SimpleBindings} changes it with {@code put}, {@code
   * remove} and {@code clear} only (its {@code putAll} calls {@code put}).
   */
  private static final class CountingMap extends HashMap<String, Object> {

    private long changes;
    private boolean exposed;
    private boolean argvPut;

    CountingMap() {
      // A rule's few names: a small table to allocate for fresh Bindings.
      super(8);
    }

    @Override
    public Object put(String key, Object value) {
      changes++;
      if (!argvPut && ScriptEngine.ARGV.equals(key)) {
        argvPut = true;
      }
      return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
      changes++;
      argvPut |= m.containsKey(ScriptEngine.ARGV);
      super.putAll(m);
    }

    @Override
    public Object remove(Object key) {
      changes++;
      return super.remove(key);
    }

    @Override
    public void clear() {
      changes++;
      super.clear();
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      exposed = true;
      return super.entrySet();
    }

    @Override
    public Set<String> keySet() {
      exposed = true;
      return super.keySet();
    }

    @Override
    public Collection<Object> values() {
      exposed = true;
      return super.values();
    }
  }
}
