package dev.krait.core.bytecode;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.util.List;

/**
 * A compiled unit (module, function, class body or comprehension), immutable once assembled:
 * the instructions, constants, names and variable layout, as CPython's code objects.
 *
 * <p>Fast locals are laid out as CPython 3.11's "localsplus": {@code varnames}, then the cell
 * variables that are not parameters, then the free variables.
 */
public final class CodeObject extends PyObject {

  /** The type {@code code}. */
  public static final PyType TYPE =
      TypeBuilder.of("code", CodeObject.class, PyType.OBJECT)
          .repr(c -> PyStr.of(((CodeObject) c).repr()))
          .getAttr((c, name) -> ((CodeObject) c).getAttr(name))
          .ready();

  /** Flag: the code has fast locals (a function). */
  public static final int CO_OPTIMIZED = 0x1;
  /** Flag: locals are a new dict. */
  public static final int CO_NEWLOCALS = 0x2;
  /** Flag: a {@code *args} parameter. */
  public static final int CO_VARARGS = 0x4;
  /** Flag: a {@code **kwargs} parameter. */
  public static final int CO_VARKEYWORDS = 0x8;
  /** Flag: a nested function. */
  public static final int CO_NESTED = 0x10;
  /** Flag: a generator function. */
  public static final int CO_GENERATOR = 0x20;
  /** Flag: a coroutine function ({@code async def}). */
  public static final int CO_COROUTINE = 0x80;
  /** Flag: an asynchronous generator function ({@code async def} with {@code yield}). */
  public static final int CO_ASYNC_GENERATOR = 0x200;

  /** What the {@link Assembler} hands over; a record keeps the constructor readable. */
  record Parts(
      String name,
      String qualname,
      String filename,
      int firstLine,
      int flags,
      int argCount,
      int posOnlyArgCount,
      int kwOnlyArgCount,
      int stackSize,
      int[] code,
      PyObject[] consts,
      String[] names,
      String[] varnames,
      String[] cellvars,
      String[] freevars,
      int[] cellSlots,
      LineTable lines,
      ExceptionTable exceptions) {}

  private final Parts p;
  /** The VM's inline caches, one slot per instruction, made on first use. */
  private Object[] inlineCaches;
  /** The VM's execution tier state (a call count, then compiled code); see {@code JvmTier}. */
  private Object tier;

  CodeObject(Parts parts) {
    this.p = parts;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns {@code co_name}. */
  public String name() {
    return p.name;
  }

  /** Returns {@code co_qualname}. */
  public String qualname() {
    return p.qualname;
  }

  /** Returns {@code co_filename}. */
  public String filename() {
    return p.filename;
  }

  /** Returns {@code co_firstlineno}. */
  public int firstLine() {
    return p.firstLine;
  }

  /** Returns {@code co_flags}. */
  public int flags() {
    return p.flags;
  }

  /** Returns {@code co_argcount}: positional parameters, positional-only included. */
  public int argCount() {
    return p.argCount;
  }

  /** Returns {@code co_posonlyargcount}. */
  public int posOnlyArgCount() {
    return p.posOnlyArgCount;
  }

  /** Returns {@code co_kwonlyargcount}. */
  public int kwOnlyArgCount() {
    return p.kwOnlyArgCount;
  }

  /** Returns the deepest the value stack gets. */
  public int stackSize() {
    return p.stackSize;
  }

  /**
   * Returns the VM's inline caches, one slot per instruction. Code objects are shared between
   * threads: the VM only stores immutable entries, so a racy write loses a cache fill at worst.
   */
  public Object[] inlineCaches() {
    Object[] c = inlineCaches;
    if (c == null) {
      c = new Object[p.code.length];
      inlineCaches = c;
    }
    return c;
  }

  /**
   * Returns the VM's execution tier state, null at first. Like the inline caches it is shared
   * between threads; the VM stores only objects that are safe to see half-published.
   */
  public Object tier() {
    return tier;
  }

  /** Sets the VM's execution tier state. */
  public void setTier(Object state) {
    tier = state;
  }

  /** Returns the instructions; callers must not modify the array (the VM reads it directly). */
  public int[] code() {
    return p.code;
  }

  /** Returns the number of instructions. */
  public int length() {
    return p.code.length;
  }

  /** Returns the constant at {@code i}. */
  public PyObject constant(int i) {
    return p.consts[i];
  }

  /** Returns the constants; callers must not modify the array. */
  public PyObject[] consts() {
    return p.consts;
  }

  /** Returns the names used by global, name and attribute instructions; not to be modified. */
  public String[] names() {
    return p.names;
  }

  /** Returns {@code co_varnames}: parameters first, then other fast locals. */
  public List<String> varnames() {
    return List.of(p.varnames);
  }

  /** Returns {@code co_cellvars}. */
  public List<String> cellvars() {
    return List.of(p.cellvars);
  }

  /** Returns {@code co_freevars}. */
  public List<String> freevars() {
    return List.of(p.freevars);
  }

  /** Returns the number of fast slots: varnames, cells that are not parameters, frees. */
  public int localsPlusSize() {
    return p.varnames.length + p.cellSlots.length - countParamCells() + p.freevars.length;
  }

  /** Returns the number of varnames. */
  public int varCount() {
    return p.varnames.length;
  }

  /** Returns the fast slot of each cell variable (parameters keep their own slot). */
  public int[] cellSlots() {
    return p.cellSlots.clone();
  }

  /** Returns the fast slot of the first free variable. */
  public int firstFreeSlot() {
    return localsPlusSize() - p.freevars.length;
  }

  /** Returns the name of fast slot {@code slot} (a varname, cell or free name). */
  public String slotName(int slot) {
    if (slot < p.varnames.length) {
      return p.varnames[slot];
    }
    int extra = slot - p.varnames.length;
    for (int i = 0; i < p.cellSlots.length; i++) {
      if (p.cellSlots[i] == slot) {
        return p.cellvars[i];
      }
    }
    return p.freevars[slot - firstFreeSlot() < 0 ? extra : slot - firstFreeSlot()];
  }

  /** Returns whether fast slot {@code slot} holds a cell or free variable. */
  public boolean isCellOrFree(int slot) {
    if (slot >= firstFreeSlot()) {
      return true;
    }
    for (int s : p.cellSlots) {
      if (s == slot) {
        return true;
      }
    }
    return false;
  }

  /** Returns the source positions. */
  public LineTable lines() {
    return p.lines;
  }

  /** Returns the exception table. */
  public ExceptionTable exceptions() {
    return p.exceptions;
  }

  private int countParamCells() {
    int n = 0;
    for (int s : p.cellSlots) {
      if (s < p.varnames.length) {
        n++;
      }
    }
    return n;
  }

  private String repr() {
    return "<code object " + p.name + ", file \"" + p.filename + "\", line " + p.firstLine + ">";
  }

  // The co_* attributes that mean the same as in CPython (co_code would not: our encoding).
  private PyObject getAttr(String attr) {
    return switch (attr) {
      case "co_name" -> PyStr.of(p.name);
      case "co_qualname" -> PyStr.of(p.qualname);
      case "co_filename" -> PyStr.of(p.filename);
      case "co_firstlineno" -> PyInt.of(p.firstLine);
      case "co_flags" -> PyInt.of(p.flags);
      case "co_argcount" -> PyInt.of(p.argCount);
      case "co_posonlyargcount" -> PyInt.of(p.posOnlyArgCount);
      case "co_kwonlyargcount" -> PyInt.of(p.kwOnlyArgCount);
      case "co_nlocals" -> PyInt.of(p.varnames.length);
      case "co_stacksize" -> PyInt.of(p.stackSize);
      case "co_consts" -> PyTuple.of(p.consts.clone());
      case "co_names" -> strings(p.names);
      case "co_varnames" -> strings(p.varnames);
      case "co_cellvars" -> strings(p.cellvars);
      case "co_freevars" -> strings(p.freevars);
      default -> Abstract.genericGetAttr(this, attr);
    };
  }

  private static PyTuple strings(String[] names) {
    PyObject[] items = new PyObject[names.length];
    for (int i = 0; i < items.length; i++) {
      items[i] = PyStr.of(names[i]);
    }
    return PyTuple.of(items);
  }
}
