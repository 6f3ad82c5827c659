package dev.krait.core.bytecode;

import dev.krait.core.runtime.PyObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds one {@link CodeObject}: the compiler emits instructions with labels, source positions
 * and handler ranges; {@link #assemble} resolves jumps, computes the stack depth from
 * {@link Opcode#stackEffect} and makes the line and exception tables.
 *
 * <p>Handler ranges work as CPython 3.11's {@code SETUP_*} pseudo-instructions: {@link
 * #pushHandler} marks the stack depth at that point (the handler starts with the stack cut to it
 * and the exception pushed) and every instruction emitted until {@link #popHandler} is covered.
 */
public final class Assembler {

  private static final int SETUP = -1;

  /** A handler range opened by {@link #pushHandler}. */
  private static final class Handler {
    final Label target;
    int depth = -1;

    Handler(Label target) {
      this.target = target;
    }
  }

  private int[] ops = new int[64];
  private int[] args = new int[64];
  private Object[] refs = new Object[64];
  private int[] positions = new int[256];
  private Handler[] handlers = new Handler[64];
  private int count;

  private final Deque<Handler> handlerStack = new ArrayDeque<>();
  private final List<PyObject> consts = new ArrayList<>();
  private final Map<Object, Integer> constIndex = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> nameIndex = new HashMap<>();
  private int line;
  private int column;
  private int endLine;
  private int endColumn;

  /** Returns a new unbound label. */
  public Label newLabel() {
    return new Label();
  }

  /** Binds {@code label} to the next instruction emitted. */
  public void bind(Label label) {
    if (label.entry >= 0) {
      throw new IllegalStateException("label bound twice");
    }
    label.entry = count;
  }

  /** Sets the source position given to instructions emitted from now on. */
  public void setLocation(int line, int column, int endLine, int endColumn) {
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }

  /** Returns the current start line. */
  public int line() {
    return line;
  }

  /** Returns whether {@code label} is bound (a jump to it goes backward). */
  public boolean isBound(Label label) {
    return label.entry >= 0;
  }

  /** Emits {@code op} with {@code arg}. */
  public void emit(int op, int arg) {
    if (arg < 0 || arg > Opcode.MAX_ARG) {
      throw new IllegalArgumentException(Opcode.name(op) + " argument out of range: " + arg);
    }
    add(op, arg, null);
  }

  /** Emits {@code op} without argument. */
  public void emit(int op) {
    add(op, 0, null);
  }

  /** Emits jump {@code op} to {@code target}. */
  public void emitJump(int op, Label target) {
    if (!Opcode.isJump(op)) {
      throw new IllegalArgumentException(Opcode.name(op) + " is not a jump");
    }
    add(op, 0, target);
  }

  /**
   * Opens a handler range: instructions emitted until the matching {@link #popHandler} jump to
   * {@code target} on an exception, with the stack cut to its depth here.
   */
  public Object pushHandler(Label target) {
    Handler h = new Handler(target);
    add(SETUP, 0, h);
    handlerStack.push(h);
    return h;
  }

  /** Returns the innermost handler range after closing it, to {@link #resumeHandler} later. */
  public Object popHandler() {
    return handlerStack.pop();
  }

  /**
   * Covers the next instructions by {@code handler} again (returned by {@link #pushHandler} or
   * {@link #popHandler}), as when code after an unwinding jump continues the protected block.
   */
  public void resumeHandler(Object handler) {
    handlerStack.push((Handler) handler);
  }

  /** Returns the index of constant {@code key} (equal keys share a slot), made by {@code make}. */
  public int constant(Object key, Supplier<PyObject> make) {
    Integer i = constIndex.get(key);
    if (i == null) {
      i = consts.size();
      consts.add(make.get());
      constIndex.put(key, i);
    }
    return i;
  }

  /** Returns the index of a constant that is never shared (code objects). */
  public int uniqueConstant(PyObject value) {
    consts.add(value);
    return consts.size() - 1;
  }

  /** Returns the index of {@code name} in the names table. */
  public int name(String name) {
    return nameIndex.computeIfAbsent(
        name,
        n -> {
          names.add(n);
          return names.size() - 1;
        });
  }

  private void add(int op, int arg, Object ref) {
    if (count == ops.length) {
      int n = count * 2;
      ops = Arrays.copyOf(ops, n);
      args = Arrays.copyOf(args, n);
      refs = Arrays.copyOf(refs, n);
      handlers = Arrays.copyOf(handlers, n);
      positions = Arrays.copyOf(positions, n * 4);
    }
    ops[count] = op;
    args[count] = arg;
    refs[count] = ref;
    handlers[count] = handlerStack.peek();
    positions[count * 4] = line;
    positions[count * 4 + 1] = column;
    positions[count * 4 + 2] = endLine;
    positions[count * 4 + 3] = endColumn;
    count++;
  }

  /** What the compiler knows of the unit besides its instructions. */
  public record Unit(
      String name,
      String qualname,
      String filename,
      int firstLine,
      int flags,
      int argCount,
      int posOnlyArgCount,
      int kwOnlyArgCount,
      List<String> varnames,
      List<String> cellvars,
      List<String> freevars) {}

  /** Returns the assembled code object. */
  public CodeObject assemble(Unit unit) {
    int[] pcOf = new int[count + 1];
    int pc = 0;
    for (int i = 0; i < count; i++) {
      pcOf[i] = pc;
      if (ops[i] != SETUP) {
        pc++;
      }
    }
    pcOf[count] = pc;
    int stackSize = computeDepths();
    int[] code = new int[pc];
    int[] lines = new int[pc * 4];
    List<int[]> table = new ArrayList<>();
    Handler open = null;
    int openStart = 0;
    for (int i = 0; i < count; i++) {
      if (ops[i] == SETUP) {
        continue;
      }
      int at = pcOf[i];
      int arg = args[i];
      if (refs[i] instanceof Label l) {
        if (l.entry < 0) {
          throw new IllegalStateException("jump to an unbound label");
        }
        arg = pcOf[l.entry];
      }
      code[at] = Opcode.encode(ops[i], arg);
      System.arraycopy(positions, i * 4, lines, at * 4, 4);
      if (handlers[i] != open) {
        if (open != null) {
          table.add(entry(openStart, at, open, pcOf));
        }
        open = handlers[i];
        openStart = at;
      }
    }
    if (open != null) {
      table.add(entry(openStart, pc, open, pcOf));
    }
    int[] flat = new int[table.size() * 4];
    for (int i = 0; i < table.size(); i++) {
      System.arraycopy(table.get(i), 0, flat, i * 4, 4);
    }
    int[] cellSlots = cellSlots(unit.varnames(), unit.cellvars());
    return new CodeObject(
        new CodeObject.Parts(
            unit.name(),
            unit.qualname(),
            unit.filename(),
            unit.firstLine(),
            unit.flags(),
            unit.argCount(),
            unit.posOnlyArgCount(),
            unit.kwOnlyArgCount(),
            stackSize,
            code,
            consts.toArray(new PyObject[0]),
            names.toArray(new String[0]),
            unit.varnames().toArray(new String[0]),
            unit.cellvars().toArray(new String[0]),
            unit.freevars().toArray(new String[0]),
            cellSlots,
            new LineTable(lines),
            flat.length == 0 ? ExceptionTable.EMPTY : new ExceptionTable(flat)));
  }

  /**
   * Returns each cell's fast slot: a parameter's own slot, else the next after varnames (the
   * {@link CodeReader} derives them the same way).
   */
  static int[] cellSlots(List<String> varnames, List<String> cellvars) {
    int[] slots = new int[cellvars.size()];
    int next = varnames.size();
    for (int i = 0; i < slots.length; i++) {
      int p = varnames.indexOf(cellvars.get(i));
      slots[i] = p >= 0 ? p : next++;
    }
    return slots;
  }

  private static int[] entry(int start, int end, Handler h, int[] pcOf) {
    return new int[] {start, end, pcOf[h.target.entry], Math.max(h.depth, 0)};
  }

  /** Returns the maximum stack depth, recording each handler's depth on the way. */
  private int computeDepths() {
    int[] depth = new int[count + 1];
    Arrays.fill(depth, -1);
    Deque<int[]> work = new ArrayDeque<>();
    work.push(new int[] {0, 0});
    int max = 0;
    while (!work.isEmpty()) {
      int[] item = work.pop();
      int i = item[0];
      int d = item[1];
      while (i < count && depth[i] < 0) {
        depth[i] = d;
        int op = ops[i];
        if (op == SETUP) {
          Handler h = (Handler) refs[i];
          h.depth = d;
          work.push(new int[] {h.target.entry, d + 1});
          max = Math.max(max, d + 1);
          i++;
          continue;
        }
        if (Opcode.isJump(op)) {
          int taken = d + Opcode.stackEffect(op, args[i], true);
          work.push(new int[] {((Label) refs[i]).entry, taken});
          max = Math.max(max, taken);
        }
        d += Opcode.stackEffect(op, args[i], false);
        if (d < 0) {
          throw new IllegalStateException(
              "stack underflow at " + Opcode.name(op) + " (instruction " + i + ")");
        }
        max = Math.max(max, d);
        if (Opcode.endsBlock(op)) {
          break;
        }
        i++;
      }
    }
    return max;
  }
}
