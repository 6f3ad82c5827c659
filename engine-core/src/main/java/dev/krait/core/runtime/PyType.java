package dev.krait.core.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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

  // How type.__new__ finds the calling code's globals: installed once by the VM (the runtime
  // cannot see frames), read on the calling thread.
  private static volatile Supplier<PyDict> callerGlobals = () -> null;

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

  private String name;
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
  /**
   * What is left to define in a builtin type's dict, run on the first read of it (or null): most
   * programs use few of the builtin types' methods, and making their function objects spins a
   * lambda class each at start-up. Written under the type's lock; volatile, so that a reader
   * that sees null also sees the dict it filled.
   */
  private volatile List<Consumer<PyType>> pending;
  // True while the pending definitions run, on the thread holding the lock.
  private boolean completing;
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
   * {@code __hash__ = None} added when {@code __eq__} is defined without it, a plain function
   * {@code __new__} made a staticmethod and {@code __init_subclass__} a classmethod, the
   * {@code __classcell__} filled, the layout decided, {@code __doc__} defaulted to None and
   * slots computed. The hooks {@code __set_name__} and {@code __init_subclass__} are the
   * caller's ({@code type.__new__}) to run.
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
    if (qn != null) {
      if (!(qn instanceof PyStr)) {
        throw PyErrors.typeError(
            "type __qualname__ must be a str, not " + qn.type().name());
      }
      type.qualname = ((PyStr) qn).value();
      type.dict.remove("__qualname__");
    }
    wrapImplicitMethods(type);
    if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
      type.dict.put("__hash__", PyNone.NONE);
    }
    PyObject cell = type.dict.remove("__classcell__");
    if (cell != null) {
      if (!(cell instanceof ClassCell)) {
        throw PyErrors.typeError("__classcell__ must be a nonlocal cell, not "
            + Abstract.repr(cell.type()).value());
      }
      ((ClassCell) cell).setClass(type);
    }
    ClassLayout.apply(type, baseArray);
    type.dict.putIfAbsent("__doc__", PyNone.NONE);
    if (metatype != TYPE) {
      customMro(type, solid);
    }
    for (PyType b : baseArray) {
      if (b.subclasses != null) {
        b.subclasses.add(new WeakReference<>(type));
      }
    }
    type.clearLookupCache();
    PythonSlots.inheritAll(type);
    return type;
  }

  /** Replaces the C3 MRO by the result of a metaclass's own {@code mro()}, if it has one. */
  private static void customMro(PyType type, PyType solid) {
    PyObject f = type.metatype.lookup("mro");
    if (f == TYPE.getOwn("mro")) {
      return;
    }
    List<PyType> out = new ArrayList<>();
    Abstract.forEach(Abstract.callSpecial(type, f, "mro"), item -> {
      if (!(item instanceof PyType t)) {
        throw PyErrors.typeError("mro() returned a non-class ('" + item.type().name() + "')");
      }
      if (!solid.isSubtypeOf(t.nearestBuiltin())) {
        throw PyErrors.typeError(
            "mro() returned base with unsuitable layout ('" + t.name() + "')");
      }
      out.add(t);
    });
    type.mro = out.toArray(new PyType[0]);
  }

  /**
   * Makes a plain function {@code __new__} a staticmethod and a plain function
   * {@code __init_subclass__} or {@code __class_getitem__} a classmethod, as CPython's type_new.
   */
  private static void wrapImplicitMethods(PyType type) {
    type.dict.computeIfPresent("__new__",
        (k, f) -> isPlainFunction(f) ? new PyStaticMethod(f) : f);
    for (String k : new String[] {"__init_subclass__", "__class_getitem__"}) {
      type.dict.computeIfPresent(k, (key, f) -> isPlainFunction(f) ? new PyClassMethod(f) : f);
    }
  }

  /** Returns whether {@code f} is a function defined in Python (CPython's PyFunction_Check). */
  private static boolean isPlainFunction(PyObject f) {
    // Functions are the one method-descriptor type other than the builtin method descriptors.
    return f.type().methodDescriptor && !(f instanceof PyMethodDescriptor);
  }

  /**
   * Returns the metaclass a class with these bases gets when {@code meta} is asked for: the most
   * derived of {@code meta} and the bases' types, or CPython's "metaclass conflict" TypeError
   * ({@code _PyType_CalculateMetaclass}).
   */
  public static PyType calculateMetaclass(PyType meta, List<PyObject> bases) {
    PyType winner = meta;
    for (PyObject b : bases) {
      PyType t = b.type();
      if (winner.isSubtypeOf(t)) {
        continue;
      }
      if (t.isSubtypeOf(winner)) {
        winner = t;
        continue;
      }
      throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a "
          + "(non-strict) subclass of the metaclasses of all its bases");
    }
    return winner;
  }

  /**
   * Tells {@code type.__new__} how to find the calling code's globals (on the calling thread),
   * whose {@code __name__} becomes the {@code __module__} of a class made without one.
   */
  public static void setCallerGlobals(Supplier<PyDict> source) {
    callerGlobals = source;
  }

  /** Returns the {@code __name__} of the calling code's globals, or null. */
  static PyObject callerModuleName() {
    PyDict globals = callerGlobals.get();
    return globals == null ? null : globals.getStr("__name__");
  }

  /**
   * Returns the answer of {@code type(cls).__instancecheck__(cls, arg)} (or another such hook
   * named by {@code hook}) as a truth value, or null when the type of {@code cls} has no such
   * method: the special-method step of CPython's {@code PyObject_IsInstance} and
   * {@code PyObject_IsSubclass}.
   */
  public static Boolean checkHook(PyObject cls, String hook, PyObject arg) {
    PyObject f = cls.type().lookup(hook);
    if (f == null) {
      return null;
    }
    return Abstract.isTrue(Abstract.callSpecial(cls, f, hook, arg));
  }

  /**
   * A cell that a class body's methods share to find their class ({@code __classcell__}, for
   * zero-argument {@code super()}): {@code type.__new__} fills it with the new class.
   */
  public interface ClassCell {

    /** Stores the class just created. */
    void setClass(PyType cls);
  }

  /**
   * Replaces {@code __bases__} of a class defined in Python after checking that the instance
   * layout stays the same, recomputing the MRO and slots of the class and its subclasses; on an
   * error (such as an inconsistent MRO) nothing has changed.
   */
  void replaceBases(PyType[] newBases) {
    PyType oldSolid = solidBase(bases);
    PyType newSolid = solidBase(newBases);
    PyType newBest = newBases[0];
    for (PyType b : newBases) {
      if (b.nearestBuiltin() == newSolid) {
        newBest = b;
        break;
      }
    }
    if (oldSolid != newSolid) {
      throw PyErrors.typeError("__bases__ assignment: '" + newBest.name
          + "' deallocator differs from '" + bases[0].name + "'");
    }
    if (!ClassLayout.inheritedSlotNames(bases).equals(ClassLayout.inheritedSlotNames(newBases))
        || ClassLayout.inheritsDict(bases) != ClassLayout.inheritsDict(newBases)) {
      throw PyErrors.typeError("__bases__ assignment: '" + newBest.name
          + "' object layout differs from '" + bases[0].name + "'");
    }
    PyType[] oldBases = bases;
    Map<PyType, PyType[]> oldMros = new LinkedHashMap<>();
    bases = newBases;
    try {
      recomputeMro(this, oldMros);
    } catch (PyException e) {
      bases = oldBases;
      oldMros.forEach((t, m) -> t.mro = m);
      throw e;
    }
    for (PyType b : oldBases) {
      if (b.subclasses != null) {
        b.subclasses.removeIf(ref -> ref.get() == this);
      }
    }
    for (PyType b : newBases) {
      if (b.subclasses != null) {
        b.subclasses.add(new WeakReference<>(this));
      }
    }
    for (PyType t : oldMros.keySet()) {
      t.bumpVersion();
      PythonSlots.inheritAll(t);
    }
  }

  /** Recomputes the MRO of {@code t} and its subclasses, saving each old one in {@code old}. */
  private static void recomputeMro(PyType t, Map<PyType, PyType[]> old) {
    if (old.containsKey(t)) {
      return;
    }
    old.put(t, t.mro);
    t.mro = Mro.compute(t, t.bases);
    if (t.metatype != null && t.metatype != TYPE) {
      customMro(t, solidBase(t.bases));
    }
    for (PyType sub : t.subclasses()) {
      recomputeMro(sub, old);
    }
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
      PyType base = bases[0];
      PythonSlots.copyMissing(this, base);
      // The slots' Python-visible wrappers (int.__add__) are made on the first read of the dict.
      defineLater(t -> SlotWrappers.expose(t, base));
    }
    frozen = true;
  }

  /**
   * Defers {@code definitions} of a builtin type's dict entries (its methods) to the first read
   * of the dict; they run in the order given, before or after {@link #ready()}.
   */
  synchronized void defineLater(Consumer<PyType> definitions) {
    List<Consumer<PyType>> p = pending;
    List<Consumer<PyType>> more = p == null ? new ArrayList<>() : new ArrayList<>(p);
    more.add(definitions);
    pending = more;
  }

  /** Runs the pending definitions, if any: before every read of the dict. */
  private void complete() {
    if (pending != null) {
      completeNow();
    }
  }

  private synchronized void completeNow() {
    List<Consumer<PyType>> p = pending;
    if (p == null || completing) {
      // Done by another thread meanwhile, or a definition reading the dict it is filling.
      return;
    }
    completing = true;
    try {
      for (Consumer<PyType> d : p) {
        d.accept(this);
      }
    } finally {
      completing = false;
    }
    clearLookupCache();
    pending = null;
  }

  @Override
  public PyType type() {
    return metatype != null ? metatype : TYPE;
  }

  /**
   * Returns the {@code __init__} a call of this class runs after {@code object.__new__} made a
   * plain instance ({@link #newPlainInstance}), when calling the class is exactly that: its
   * metaclass is {@code type}, {@code __new__} is {@code object}'s and {@code __init__} is defined
   * in Python; else null (the call takes the general path).
   */
  public PyObject plainInit() {
    if (metatype != null && metatype != TYPE
        || newSlot != OBJECT.newSlot
        || init != PythonSlots.PYTHON_INIT) {
      return null;
    }
    return lookup("__init__");
  }

  /** Returns a new instance as {@code object.__new__(self)} makes it, for {@link #plainInit}. */
  public PyObject newPlainInstance() {
    return new PyInstance(this);
  }

  /** Returns {@code __name__}. */
  public String name() {
    return name;
  }

  /** Returns {@code __qualname__}. */
  public String qualname() {
    return qualname;
  }

  /** Sets {@code __name__} of a class defined in Python (the caller has checked the value). */
  void setName(String name) {
    this.name = name;
    bumpVersion();
  }

  /** Sets {@code __qualname__} of a class defined in Python. */
  void setQualname(String qualname) {
    this.qualname = qualname;
    bumpVersion();
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
    complete();
    return Collections.unmodifiableMap(dict);
  }

  /** Returns the entry of this type's own dict, or null. */
  public PyObject getOwn(String key) {
    complete();
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
      t.complete();
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

  /**
   * Marks a change of this type's dict, MRO, bases or name: a new version tag (inline caches
   * keyed on the old one miss) and no remembered lookups.
   */
  private void bumpVersion() {
    version++;
    clearLookupCache();
  }

  /** Returns the type on the MRO that defines {@code attr}, or null. */
  PyType definer(String attr) {
    for (PyType t : mro) {
      t.complete();
      if (t.dict.containsKey(attr)) {
        return t;
      }
    }
    return null;
  }

  /** Adds an entry while a builtin type is being defined. */
  void define(String key, PyObject value) {
    if (frozen && !completing) {
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
    changed(key);
    return true;
  }

  private void changed(String key) {
    bumpVersion();
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
