package dev.krait.core.vm;

import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyObject;

/**
 * LOAD_GLOBAL's inline cache, as CPython 3.11 keeps it: the entry of the globals (or builtins)
 * dict where the name was found. A hit reads that entry's current value, so rebinding a global
 * or a builtin needs no invalidation; the entry must still hold the same key object, and a
 * builtin hit also needs the globals' keys version unchanged (no global of that name added
 * since). Entries are immutable: a racy fill by another thread is only a lost fill.
 */
final class GlobalCache {

  private final PyDict globals;
  /** The dict the name was found in: {@link #globals} or the builtins. */
  private final PyDict dict;
  private final int entry;
  private final PyObject key;
  /** The globals' keys version when the name was found in the builtins. */
  private final int globalsKeys;

  private GlobalCache(PyDict globals, PyDict dict, int entry, PyObject key, int globalsKeys) {
    this.globals = globals;
    this.dict = dict;
    this.entry = entry;
    this.key = key;
    this.globalsKeys = globalsKeys;
  }

  /** Returns the global or builtin {@code name} for instruction {@code at} of frame {@code f}. */
  static PyObject load(Frame f, Object[] caches, int at, String name) {
    PyDict g = f.globals;
    if (caches[at] instanceof GlobalCache c && c.globals == g) {
      if (c.dict == g || (c.dict == f.builtins && c.globalsKeys == g.keysVersion())) {
        PyObject v = c.dict.valueAt(c.entry, c.key);
        if (v != null) {
          return v;
        }
      }
    }
    int keys = g.keysVersion();
    PyDict d = g;
    int e = g.findStr(name);
    if (e < 0) {
      d = f.builtins;
      e = d.findStr(name);
      if (e < 0) {
        return Ops.loadGlobal(f, name);
      }
    }
    PyObject k = d.keyAt(e);
    PyObject v = d.valueAt(e, k);
    caches[at] = new GlobalCache(g, d, e, k, keys);
    return v;
  }
}
