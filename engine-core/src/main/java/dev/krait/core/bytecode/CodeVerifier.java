package dev.krait.core.bytecode;

import dev.krait.core.bytecode.CodeReader.MalformedCodeException;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Checks that a code object read from a file can run without indexing outside its arrays: valid
 * opcodes, every constant, name, local and cell index in range, jumps and handlers inside the
 * code, and a stack that never underflows and whose deepest point on any path is exactly {@code
 * co_stacksize} (the JVM's verifier, in small). What the compiler makes always passes; a file
 * that fails is a cache miss.
 */
final class CodeVerifier {

  /** Larger stack or local arrays than any real code needs are refused before allocation. */
  private static final int MAX_SLOTS = 1 << 20;

  private final CodeObject code;
  private final int[] words;

  private CodeVerifier(CodeObject code) {
    this.code = code;
    this.words = code.code();
  }

  /** Returns normally when {@code code} (not its nested code objects) is safe to run. */
  static void verify(CodeObject code) throws MalformedCodeException {
    CodeVerifier v = new CodeVerifier(code);
    v.header();
    for (int pc = 0; pc < v.words.length; pc++) {
      v.instruction(pc);
    }
    v.exceptionTable();
    v.stack();
  }

  private static MalformedCodeException bad(String what, int pc) {
    return new MalformedCodeException(what + " at instruction " + pc);
  }

  private void header() throws MalformedCodeException {
    int vars = code.varCount();
    int params = code.argCount() + code.kwOnlyArgCount()
        + ((code.flags() & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
        + ((code.flags() & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0);
    if (words.length == 0 || code.stackSize() > MAX_SLOTS || vars > MAX_SLOTS
        || params > vars || code.posOnlyArgCount() > code.argCount()) {
      throw new MalformedCodeException("bad code header of " + code.qualname());
    }
  }

  private void instruction(int pc) throws MalformedCodeException {
    int op = Opcode.op(words[pc]);
    int arg = Opcode.arg(words[pc]);
    if (op >= Opcode.COUNT) {
      throw bad("unknown opcode " + op, pc);
    }
    if (Opcode.hasConst(op) && arg >= code.consts().length) {
      throw bad("constant index out of range", pc);
    }
    if (op == Opcode.KW_NAMES && !isTupleOfStr(code.constant(arg))) {
      throw bad("KW_NAMES without a tuple of names", pc);
    }
    int name = op == Opcode.LOAD_GLOBAL ? arg >> 1 : arg;
    if (Opcode.hasName(op) && name >= code.names().length) {
      throw bad("name index out of range", pc);
    }
    if (Opcode.hasLocal(op) && arg >= code.varCount()) {
      throw bad("local index out of range", pc);
    }
    if (Opcode.hasFree(op) && (arg >= code.localsPlusSize() || !code.isCellOrFree(arg))) {
      throw bad("cell index out of range", pc);
    }
    if (op == Opcode.COPY_FREE_VARS && arg != code.freevars().size()) {
      throw bad("COPY_FREE_VARS count differs from the free variables", pc);
    }
    if (Opcode.isJump(op) && arg >= words.length) {
      throw bad("jump outside the code", pc);
    }
    if (arg > maxArg(op)) {
      throw bad("argument out of range for " + Opcode.name(op), pc);
    }
  }

  /** Returns the largest argument {@code op} accepts where the VM indexes a table with it. */
  private static int maxArg(int op) {
    switch (op) {
      case Opcode.BINARY_OP:
        return 25;
      case Opcode.COMPARE_OP:
        return 5;
      case Opcode.IS_OP:
      case Opcode.CONTAINS_OP:
      case Opcode.CALL_FUNCTION_EX:
        return 1;
      case Opcode.RAISE_VARARGS:
        return 2;
      case Opcode.BUILD_SLICE:
        return 3;
      case Opcode.MAKE_FUNCTION:
        return 0x0f;
      default:
        return Opcode.MAX_ARG;
    }
  }

  private static boolean isTupleOfStr(PyObject c) {
    if (!(c instanceof PyTuple t)) {
      return false;
    }
    for (int i = 0; i < t.size(); i++) {
      if (!(t.get(i) instanceof PyStr)) {
        return false;
      }
    }
    return true;
  }

  private void exceptionTable() throws MalformedCodeException {
    ExceptionTable t = code.exceptions();
    for (int i = 0; i < t.size(); i++) {
      if (t.start(i) < 0 || t.start(i) >= t.end(i) || t.end(i) > words.length
          || t.target(i) >= words.length || t.depth(i) + 1 > code.stackSize()) {
        throw new MalformedCodeException("bad exception table entry " + i);
      }
    }
  }

  /**
   * Follows every path from the first instruction, jumps and exception handlers included,
   * checking the depth before each instruction covers what it reads and after it stays within
   * the stack size; a join point must be reached with one depth, as the compiler guarantees.
   */
  private void stack() throws MalformedCodeException {
    int[] depth = new int[words.length];
    Arrays.fill(depth, -1);
    ExceptionTable table = code.exceptions();
    // The entry covering each instruction (-1: none), and whether its handler was queued: the
    // handler's depth is the entry's, whichever covered instruction raises.
    int[] entryAt = new int[words.length];
    Arrays.fill(entryAt, -1);
    for (int e = table.size() - 1; e >= 0; e--) {
      Arrays.fill(entryAt, table.start(e), table.end(e), e);
    }
    boolean[] queued = new boolean[table.size()];
    int max = 0;
    Deque<int[]> work = new ArrayDeque<>();
    work.push(new int[] {0, 0});
    while (!work.isEmpty()) {
      int[] item = work.pop();
      int pc = item[0];
      int d = item[1];
      while (true) {
        if (pc >= words.length) {
          throw bad("execution falls off the end", pc);
        }
        if (depth[pc] >= 0) {
          if (depth[pc] != d) {
            throw bad("stack depths " + depth[pc] + " and " + d + " meet", pc);
          }
          break;
        }
        depth[pc] = d;
        int e = entryAt[pc];
        if (e >= 0 && !queued[e]) {
          queued[e] = true;
          work.push(new int[] {table.target(e), table.depth(e) + 1});
          max = Math.max(max, table.depth(e) + 1);
        }
        int op = Opcode.op(words[pc]);
        int arg = Opcode.arg(words[pc]);
        if (d < reads(op, arg)) {
          throw bad("stack underflow in " + Opcode.name(op), pc);
        }
        if (Opcode.isJump(op)) {
          int taken = checked(d + Opcode.stackEffect(op, arg, true), pc);
          max = Math.max(max, taken);
          work.push(new int[] {arg, taken});
        }
        d = checked(d + Opcode.stackEffect(op, arg, false), pc);
        max = Math.max(max, d);
        if (Opcode.endsBlock(op)) {
          break;
        }
        pc++;
      }
    }
    // The assembler computes co_stacksize the same way: any other value is not ours (and a
    // large one would make every call allocate a large stack).
    if (max != code.stackSize()) {
      throw new MalformedCodeException(
          "stack size " + code.stackSize() + " but the paths reach " + max);
    }
  }

  private int checked(int d, int pc) throws MalformedCodeException {
    if (d < 0 || d > code.stackSize()) {
      throw bad("stack depth " + d + " outside 0.." + code.stackSize(), pc);
    }
    return d;
  }

  /** Returns how deep the stack must be for {@code op}: what it pops and what it peeks at. */
  private static int reads(int op, int arg) {
    switch (op) {
      case Opcode.COPY:
      case Opcode.SWAP:
        return Math.max(arg, 1);
      case Opcode.LIST_APPEND:
      case Opcode.LIST_EXTEND:
      case Opcode.SET_ADD:
      case Opcode.SET_UPDATE:
      case Opcode.DICT_UPDATE:
      case Opcode.DICT_MERGE:
        return arg + 1;
      case Opcode.MAP_ADD:
        return arg + 2;
      case Opcode.FOR_ITER:
      case Opcode.GET_ITER:
        return 1;
      case Opcode.WITH_EXCEPT_START:
        return 3;
      case Opcode.MATCH_OP: {
        int kind = arg & 0xf;
        return kind == Opcode.MATCH_CLASS ? 3 : kind >= Opcode.MATCH_KEYS ? 2 : 1;
      }
      default:
        return Opcode.pops(op, arg);
    }
  }
}
