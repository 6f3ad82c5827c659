package dev.krait.core.vm;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyType;

/**
 * The inline cache of LOAD_ATTR, LOAD_METHOD and STORE_ATTR on instances with generic attribute
 * access (and on modules, whose attribute access is generic but for a module {@code __getattr__}
 * consulted when a name is missing): for one type at one version tag (which changes on any change
 * to the type's dict or a base's), what the type's MRO holds under the name and how it binds,
 * plus the entry of the instance dict where the name was last found (instances of a class usually
 * share the order of their attributes). An instruction keeps up to {@link #MAX_TYPES} entries,
 * one per type, chained (a method of a base class runs on instances of several subclasses). A
 * miss on every guard takes the generic path and adds an entry.
 *
 * <p>Entries are immutable but for the dict hint, which is only a guess checked on every use:
 * a racy fill by another thread is only a lost fill, a racy hint only a missed guess.
 */
final class AttrCache {

  /** How many types one instruction remembers before it starts over. */
  private static final int MAX_TYPES = 4;

  private final PyType type;
  private final int version;
  /** What {@code type.lookup(name)} returned, or null. */
  private final PyObject descr;
  /** {@link Abstract#descriptorKind} of {@link #descr}, or OTHER for non-generic access. */
  private final int kind;
  /** The instance-dict entry where the name was last found, or -1: a guess, checked on use. */
  private int hint;
  /** The entry for another type at the same instruction, or null. */
  private final AttrCache next;

  private AttrCache(PyType type, int version, PyObject descr, int kind, AttrCache next) {
    this.type = type;
    this.version = version;
    this.descr = descr;
    this.kind = kind;
    this.hint = -1;
    this.next = next;
  }

  /** Returns the valid entry of instruction {@code at} for type {@code t}, filling it if need be. */
  private static AttrCache entry(
      PyType t, String name, Object[] caches, int at, boolean store) {
    AttrCache head = caches[at] instanceof AttrCache c ? c : null;
    int count = 0;
    for (AttrCache c = head; c != null; c = c.next) {
      if (c.type == t) {
        if (c.version == t.version()) {
          return c;
        }
        // A stale entry for this type: start the chain over rather than keep it.
        count = MAX_TYPES;
        break;
      }
      count++;
    }
    int version = t.version();
    PyObject descr = t.lookup(name);
    boolean generic =
        store ? t.genericSetAttr() : t.genericGetAttr() || t == PyModule.TYPE;
    int kind = generic ? Abstract.descriptorKind(descr) : Abstract.OTHER;
    AttrCache c = new AttrCache(t, version, descr, kind, count < MAX_TYPES ? head : null);
    caches[at] = c;
    return c;
  }

  /** Returns the value of {@code name} in the instance dict {@code d}, or null; learns the entry. */
  private PyObject fromDict(PyDict d, String name) {
    PyObject v = d.valueAtStr(hint, name);
    if (v == null) {
      int e = d.findStr(name);
      if (e >= 0) {
        v = d.valueAtStr(e, name);
        hint = e;
      }
    }
    return v;
  }

  /** LOAD_ATTR: returns {@code o.name}. */
  static PyObject load(PyObject o, String name, Object[] caches, int at) {
    AttrCache c = entry(o.type(), name, caches, at, false);
    if (c.kind == Abstract.OTHER) {
      return Abstract.getAttr(o, name);
    }
    PyDict d = o.dict();
    if (d != null) {
      PyObject v = c.fromDict(d, name);
      if (v != null) {
        return v;
      }
    }
    if (c.descr == null) {
      // The generic path raises the AttributeError (or asks a module's __getattr__).
      return Abstract.getAttr(o, name);
    }
    return c.kind == Abstract.NON_DATA ? Abstract.bind(c.descr, o) : c.descr;
  }

  /**
   * LOAD_METHOD: (o -- method o) when the attribute is a function-like descriptor not shadowed
   * by the instance dict (CALL then passes o as the first argument), else (o -- NULL bound).
   */
  static int loadMethod(PyObject[] stack, int sp, String name, Object[] caches, int at) {
    PyObject o = stack[sp - 1];
    AttrCache c = entry(o.type(), name, caches, at, false);
    if (c.kind == Abstract.NON_DATA && Abstract.isMethodDescriptor(c.descr)) {
      PyDict d = o.dict();
      if (d == null || c.fromDict(d, name) == null) {
        stack[sp - 1] = c.descr;
        stack[sp] = o;
        return sp + 1;
      }
    }
    stack[sp - 1] = null;
    stack[sp] = load(o, name, caches, at);
    return sp + 1;
  }

  /** STORE_ATTR: sets {@code o.name = value}. */
  static void store(PyObject o, String name, PyObject value, Object[] caches, int at) {
    AttrCache c = entry(o.type(), name, caches, at, true);
    PyDict d = o.dict();
    if (c.kind == Abstract.OTHER || d == null) {
      Abstract.setAttr(o, name, value);
      return;
    }
    if (!d.setAtStr(c.hint, name, value)) {
      c.hint = d.putStrEntry(name, value);
    }
  }
}
