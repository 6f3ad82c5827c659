package dev.krait.core.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Python type: name, bases, C3 MRO, an insertion-ordered dict, a version tag and the slots
 * through which {@link Abstract} runs each protocol.
 *
 * <p>Builtin types are created once per JVM, filled by their implementation class's static
 * initialiser and then {@linkplain #ready() frozen}: they are immutable shared state. Classes
 * defined in Python ({@link #newClass}) are mutable and live in one engine context; their slots
 * are computed from their MRO by {@link PythonSlots}.
 */
public final class PyType extends PyObject {

  /** The lookup cache's mark for a name that no type on the MRO defines. */
  private static final PyObject NOT_FOUND = new PyObject() {
        @Override
        public PyType type() {
          return OBJECT;
        }
      };

  /** The builtin type {@code object}, root of every MRO. */
  public static final PyType OBJECT = new PyType("object", PyObject.class, new PyType[0], true);

  /** The builtin type {@code type}, the type of every type. */
  public static final PyType TYPE =
      new PyType("type", PyType.class, new PyType[] {OBJECT}, true);

  static {
    ObjectMethods.define(OBJECT);
    TypeMethods.define(TYPE);
  }

  // Slots, package-private fields so that Abstract reads them without a call. Null means
  // "absent" (Abstract raises CPython's error for the protocol).
  Slots.Unary repr;
  Slots.Unary str;
  Slots.Hash hash;
  Slots.RichCompare richCompare;
  Slots.GetAttr getAttr;
  Slots.SetAttr setAttr;
  Slots.Call call;
  Slots.Unary iter;
  Slots.Unary next;
  Slots.Bool bool;
  Slots.Len len;
  Slots.Binary getItem;
  Slots.SetItem setItem;
  Slots.Contains contains;
  Slots.Ternary descrGet;
  Slots.DescrSet descrSet;
  Slots.Init init;
  Slots.New newSlot;
  Slots.Unary neg;
  Slots.Unary pos;
  Slots.Unary abs;
  Slots.Unary invert;
  Slots.Unary index;
  Slots.Unary toInt;
  Slots.Unary toFloat;
  Slots.Ternary ternaryPow;
  /** Forward number slots by {@link BinaryOp} ordinal: {@code a.__add__(b)}. */
  final Slots.Binary[] binary = new Slots.Binary[BinaryOp.VALUES.length];
  /** Reflected number slots: {@code b.__radd__(a)} is {@code reflected[ADD].apply(b, a)}. */
  final Slots.Binary[] reflected = new Slots.Binary[BinaryOp.VALUES.length];
  /** In-place number slots: {@code a.__iadd__(b)}. */
  final Slots.Binary[] inplace = new Slots.Binary[BinaryOp.VALUES.length];

  private final String name;
  private String qualname;
  private final boolean builtin;
  /** The Java class of instances made by this type's own {@code __new__} (for builtins). */
  private final Class<?> javaClass;
  private PyType metatype;
  private PyType[] bases;
  private PyType[] mro;
  private final Map<String, PyObject> dict = new LinkedHashMap<>();
  private int version;
  /** {@link #lookup}'s results by name ({@link #NOT_FOUND} for misses), replaced on change. */
  private volatile Map<String, PyObject> lookupCache = new ConcurrentHashMap<>();
  private boolean frozen;
  /** Whether instances of this type may be subclassed in Python ({@code Py_TPFLAGS_BASETYPE}). */
  boolean baseType = true;
  /**
   * Whether instances bind like functions, so that a special-method call may pass {@code self}
   * as the first argument instead of making a bound method ({@code Py_TPFLAGS_METHOD_DESCRIPTOR}).
   */
  boolean methodDescriptor;
  /** Whether this is a builtin sequence whose {@code +} means concatenation (for messages). */
  boolean sequence;
  /** Whether instances of this (Python-defined) class carry a {@code __dict__}. */
  boolean instanceDict;
  /** The {@code __slots__} names of this class and its bases, in storage order. */
  String[] slotNames = new String[0];
  /** The number of per-type attribute cells an exception of this type carries. */
  int exceptionFields;
  /** Subclasses to notify when this type's dict changes; null for builtin types. */
  private List<WeakReference<PyType>> subclasses;

  private PyType(String name, Class<?> javaClass, PyType[] bases, boolean builtin) {
    this.name = name;
    this.qualname = name;
    this.javaClass = javaClass;
    this.bases = bases;
    this.builtin = builtin;
    this.mro = bases.length == 0 ? new PyType[] {this} : Mro.compute(this, bases);
    if (!builtin) {
      subclasses = new ArrayList<>();
    }
  }

  /**
   * Returns a new builtin type with one base; its implementation class fills slots and dict in
   * its static initialiser and then calls {@link #ready()}.
   */
  static PyType builtin(String name, Class<?> javaClass, PyType... bases) {
    return new PyType(name, javaClass, bases, true);
  }

  /**
   * Returns a new class, as {@code type.__new__(metatype, name, bases, namespace)} makes it: the
   * MRO by C3 (raising CPython's TypeError when there is none), the namespace copied in order,
   * {@code __hash__ = None} added when {@code __eq__} is defined without it, and slots computed.
   */
  public static PyType newClass(
      PyType metatype, String name, List<PyType> bases, Map<String, PyObject> namespace) {
    PyType[] baseArray = bases.isEmpty() ? new PyType[] {OBJECT} : bases.toArray(new PyType[0]);
    for (PyType b : baseArray) {
      if (!b.baseType) {
        throw PyErrors.typeError(
            "type '" + b.name + "' is not an acceptable base type");
      }
    }
    PyType solid = solidBase(baseArray);
    PyType type = new PyType(name, solid.javaClass, baseArray, false);
    type.metatype = metatype;
    type.dict.putAll(namespace);
    PyObject qn = namespace.get("__qualname__");
    if (qn instanceof PyStr) {
      type.qualname = ((PyStr) qn).value();
      type.dict.remove("__qualname__");
    }
    if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
      type.dict.put("__hash__", PyNone.NONE);
    }
    ClassLayout.apply(type, baseArray);
    for (PyType b : baseArray) {
      if (b.subclasses != null) {
        b.subclasses.add(new WeakReference<>(type));
      }
    }
    type.clearLookupCache();
    PythonSlots.inheritAll(type);
    return type;
  }

  /** Returns the base whose instance layout a new class must extend (CPython's solid base). */
  private static PyType solidBase(PyType[] bases) {
    PyType winner = null;
    for (PyType b : bases) {
      PyType s = b.nearestBuiltin();
      if (winner == null || s.isSubtypeOf(winner)) {
        winner = s;
      } else if (!winner.isSubtypeOf(s)) {
        throw PyErrors.typeError("multiple bases have instance lay-out conflict");
      }
    }
    return winner;
  }

  /** Returns this type if builtin, else the first builtin type on its MRO. */
  PyType nearestBuiltin() {
    for (PyType t : mro) {
      if (t.builtin) {
        return t;
      }
    }
    return OBJECT;
  }

  /**
   * Finishes a builtin type: slots it left empty are inherited from its base, and it becomes
   * immutable.
   */
  void ready() {
    if (bases.length > 0) {
      PythonSlots.copyMissing(this, bases[0]);
    }
    frozen = true;
  }

  @Override
  public PyType type() {
    return metatype != null ? metatype : TYPE;
  }

  /** Returns {@code __name__}. */
  public String name() {
    return name;
  }

  /** Returns {@code __qualname__}. */
  public String qualname() {
    return qualname;
  }

  /** Returns whether this type is builtin (immutable, created once per JVM). */
  public boolean isBuiltin() {
    return builtin;
  }

  /** Returns a type with no slots, only for exposing {@code object}'s slots as methods. */
  static PyType slotless() {
    return new PyType("", PyObject.class, new PyType[0], true);
  }

  /** Returns the Java class of instances made by this type's {@code __new__}. */
  Class<?> javaClass() {
    return javaClass;
  }

  /** Returns {@code __bases__}. */
  public List<PyType> bases() {
    return List.of(bases);
  }

  /** Returns {@code __mro__}. */
  public List<PyType> mro() {
    return List.of(mro);
  }

  PyType[] mroArray() {
    return mro;
  }

  /** Returns the version tag, which changes whenever this type's or a base's dict changes. */
  public int version() {
    return version;
  }

  /**
   * Returns whether attribute reads on instances are {@code object.__getattribute__}'s
   * ({@link Abstract#genericGetAttr}: no {@code __getattribute__} or {@code __getattr__} hook).
   */
  public boolean genericGetAttr() {
    return getAttr == OBJECT.getAttr;
  }

  /** Returns whether attribute writes on instances are {@code object.__setattr__}'s. */
  public boolean genericSetAttr() {
    return setAttr == OBJECT.setAttr;
  }

  /** Returns a read-only view of the type's own dict, in definition order. */
  public Map<String, PyObject> dictView() {
    return Collections.unmodifiableMap(dict);
  }

  /** Returns the entry of this type's own dict, or null. */
  public PyObject getOwn(String key) {
    return dict.get(key);
  }

  /** Returns whether this type is {@code other} or inherits from it. */
  public boolean isSubtypeOf(PyType other) {
    if (this == other || other == OBJECT) {
      return true;
    }
    for (PyType t : mro) {
      if (t == other) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the first definition of {@code attr} along the MRO (without calling descriptors),
   * or null: CPython's {@code _PyType_Lookup}.
   */
  public PyObject lookup(String attr) {
    Map<String, PyObject> cache = lookupCache;
    PyObject v = cache.get(attr);
    if (v == null) {
      v = lookupMro(attr);
      cache.put(attr, v == null ? NOT_FOUND : v);
    }
    return v == NOT_FOUND ? null : v;
  }

  private PyObject lookupMro(String attr) {
    for (PyType t : mro) {
      PyObject v = t.dict.get(attr);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * Forgets the cached lookups, after a change of this type's dict or of a base's. A lookup
   * racing with the change may store what it found in the map being dropped, never in the new.
   */
  private void clearLookupCache() {
    lookupCache = new ConcurrentHashMap<>();
  }

  /** Returns the type on the MRO that defines {@code attr}, or null. */
  PyType definer(String attr) {
    for (PyType t : mro) {
      if (t.dict.containsKey(attr)) {
        return t;
      }
    }
    return null;
  }

  /** Adds an entry while a builtin type is being defined. */
  void define(String key, PyObject value) {
    if (frozen) {
      throw new IllegalStateException("builtin type " + name + " is already ready");
    }
    dict.put(key, value);
    clearLookupCache();
  }

  /**
   * Sets (or, for a null value, deletes) {@code key} in the dict of a class defined in Python,
   * updating the slots and version tags of the class and its subclasses: the write half of
   * {@code type.__setattr__} once descriptors on the metatype have been ruled out.
   *
   * @return false when deleting a key that is not there
   */
  boolean setOwn(String key, PyObject value) {
    if (builtin) {
      throw PyErrors.typeError(
          "cannot set '" + key + "' attribute of immutable type '" + name + "'");
    }
    if (value == null) {
      if (dict.remove(key) == null) {
        return false;
      }
    } else {
      dict.put(key, value);
    }
    if (key.equals("__qualname__") && value instanceof PyStr) {
      qualname = ((PyStr) value).value();
    }
    changed(key);
    return true;
  }

  private void changed(String key) {
    version++;
    clearLookupCache();
    if (key.startsWith("__") && key.endsWith("__")) {
      PythonSlots.update(this, key);
    }
    for (WeakReference<PyType> ref : subclasses) {
      PyType sub = ref.get();
      if (sub != null) {
        sub.changed(key);
      }
    }
  }

  /** Returns the live subclasses of a class defined in Python ({@code __subclasses__()}). */
  public List<PyType> subclasses() {
    List<PyType> out = new ArrayList<>();
    if (subclasses != null) {
      for (WeakReference<PyType> ref : subclasses) {
        PyType sub = ref.get();
        if (sub != null) {
          out.add(sub);
        }
      }
    }
    return out;
  }

  /** Returns {@code __module__} for messages and repr ({@code builtins} for builtin types). */
  public String module() {
    if (builtin) {
      return "builtins";
    }
    PyObject m = dict.get("__module__");
    return m instanceof PyStr ? ((PyStr) m).value() : "builtins";
  }

  /** Returns the slot-backed Java binary function for an operator, or null. */
  Slots.Binary binarySlot(BinaryOp op) {
    return binary[op.ordinal()];
  }
}
