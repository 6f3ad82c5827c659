package dev.krait.core.vm;

import static dev.krait.core.bytecode.Opcode.*;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.bytecode.ExceptionTable;
import dev.krait.core.bytecode.Opcode;
import dev.krait.core.classfile.ClassFile;
import dev.krait.core.classfile.Code;
import dev.krait.core.classfile.Label;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Translates one code object into a class whose static {@code run(Frame, ThreadState)} does what
 * {@link Interpreter}'s loop does for that code, instruction by instruction, without dispatch.
 *
 * <p>Python stack slot {@code i} is JVM local {@link #SLOT0}{@code + i}: the stack depth before
 * every instruction is known statically, so each instruction loads and stores fixed locals. Fast
 * locals stay in {@code f.fast} (closures, {@code locals()} and tracebacks read them). Helpers
 * that take the value stack as an array ({@code Ops.call}, {@code Ops.build}...) get the slots
 * they read stored into {@code f.stack} first, at the index the interpreter would use, and the
 * slots they leave are loaded back.
 *
 * <p>The JVM operand stack is empty between Python instructions and every local is assigned at
 * entry with one type for the whole method, so every label has the same stack map frame (see
 * {@link Code}). One handler covers the body: it does what the interpreter's {@code catch} does
 * and jumps to the Python handler through a {@code tableswitch} over exception table entries.
 */
final class TierTranslator {

  // The generated method's JVM locals; the Python stack slots follow SLOT0.
  private static final int F = 0;
  private static final int TS = 1;
  private static final int STACK = 2;
  private static final int CONSTS = 3;
  private static final int CACHES = 4;
  private static final int KW = 5;
  /** The instruction running, for the handler; set before each instruction that can raise. */
  private static final int PC = 6;
  private static final int RERAISING = 7;
  private static final int JUMPS = 8;
  private static final int EXC = 9;
  /** The code's names: the same strings the interpreter passes, so identity checks still hit. */
  private static final int NAMES = 10;
  private static final int SLOT0 = 11;
  /** The deepest the JVM operand stack gets in any instruction's translation. */
  private static final int MAX_STACK = 8;

  private static final Class<?>[] FIXED_LOCALS = {
    Frame.class, ThreadState.class, PyObject[].class, PyObject[].class, Object[].class,
    PyTuple.class, int.class, int.class, int.class, PyException.class, String[].class
  };

  /** Thrown for code the tier leaves to the interpreter: a tier decision, not an error. */
  static final class Untranslatable extends Exception {
    private static final long serialVersionUID = 1L;

    Untranslatable(String why) {
      super(why, null, false, false);
    }
  }

  private final CodeObject co;
  private final int[] words;
  /** Where the stack starts in {@code f.stack}: the number of fast locals. */
  private final int base;
  /** The stack depth before each instruction; -1 where unreachable. */
  private final int[] depth;
  /** Whether a branch, a handler or a conditional instruction's fall-through lands here. */
  private final boolean[] landing;
  private final Label[] labels;
  private Code c;

  private TierTranslator(CodeObject co) {
    this.co = co;
    this.words = co.code();
    this.base = co.localsPlusSize();
    this.depth = new int[words.length];
    this.landing = new boolean[words.length];
    this.labels = new Label[words.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = new Label();
    }
  }

  /**
   * Returns the class file of {@code co}'s translation, named {@code className} (internal form,
   * in this package): a {@link TierCode} with a no-argument constructor.
   */
  static byte[] translate(CodeObject co, String className) throws Untranslatable {
    int flags = co.flags();
    if ((flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
      throw new Untranslatable("coroutines are resumed by the interpreter");
    }
    TierTranslator t = new TierTranslator(co);
    t.analyse();
    ClassFile cf = new ClassFile(className, Object.class, TierCode.class);
    Code init = cf.method(ClassFile.ACC_PUBLIC, "<init>", "()V", 1, Object.class);
    init.aload(0);
    init.construct(constructorOfObject());
    init.op(Code.RETURN);
    String desc = "(L" + internal(Frame.class) + ";L" + internal(ThreadState.class) + ";)L"
        + internal(PyObject.class) + ";";
    Code bridge = cf.method(ClassFile.ACC_PUBLIC, "execute", desc, 2,
        Object.class, Frame.class, ThreadState.class);
    bridge.aload(1);
    bridge.aload(2);
    bridge.invokeStatic(className, "run", desc);
    bridge.op(Code.ARETURN);
    Class<?>[] locals = Arrays.copyOf(FIXED_LOCALS, SLOT0 + co.stackSize());
    Arrays.fill(locals, SLOT0, locals.length, PyObject.class);
    t.c = cf.method(ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, "run", desc, MAX_STACK, locals);
    t.body();
    return cf.toBytes();
  }

  private static String internal(Class<?> k) {
    return k.getName().replace('.', '/');
  }

  private static Constructor<?> constructorOfObject() {
    try {
      return Object.class.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- analysis: depths and landing points, as bytecode.CodeVerifier follows the paths ----

  private void analyse() throws Untranslatable {
    Arrays.fill(depth, -1);
    ExceptionTable table = co.exceptions();
    Deque<int[]> work = new ArrayDeque<>();
    work.push(new int[] {0, 0});
    for (int e = 0; e < table.size(); e++) {
      work.push(new int[] {table.target(e), table.depth(e) + 1});
      landing[table.target(e)] = true;
    }
    while (!work.isEmpty()) {
      int[] item = work.pop();
      int pc = item[0];
      int d = item[1];
      while (true) {
        if (pc >= words.length) {
          throw new Untranslatable("execution falls off the end");
        }
        if (depth[pc] >= 0) {
          if (depth[pc] != d) {
            throw new Untranslatable("stack depths " + depth[pc] + " and " + d + " meet");
          }
          break;
        }
        depth[pc] = d;
        int op = Opcode.op(words[pc]);
        int arg = Opcode.arg(words[pc]);
        if (!supported(op)) {
          throw new Untranslatable(Opcode.name(op) + " is not translated");
        }
        if (op == YIELD_VALUE) {
          // A generator resumes after its yield: the entry dispatch jumps there.
          landing[pc + 1] = true;
        }
        if (op == KW_NAMES && (pc + 1 >= words.length || Opcode.op(words[pc + 1]) != CALL)) {
          // The translation passes the names to the CALL right after (the compiler's order).
          throw new Untranslatable("KW_NAMES not followed by CALL");
        }
        if (Opcode.isJump(op)) {
          landing[arg] = true;
          work.push(new int[] {arg, d + Opcode.stackEffect(op, arg, true)});
          if (!Opcode.endsBlock(op) && pc + 1 < words.length) {
            landing[pc + 1] = true;
          }
        }
        d += Opcode.stackEffect(op, arg, false);
        if (Opcode.endsBlock(op)) {
          break;
        }
        pc++;
      }
    }
  }

  private static boolean supported(int op) {
    switch (op) {
      case SEND:
      case GET_YIELD_FROM_ITER:
      case GET_AWAITABLE:
      case BEFORE_ASYNC_WITH:
      case GET_AITER:
      case GET_ANEXT:
      case END_ASYNC_FOR:
      case ASYNC_GEN_WRAP:
        return false;
      default:
        return op >= 0 && op < Opcode.COUNT;
    }
  }

  // ---- emission ----

  private void body() {
    prologue();
    Label start = new Label();
    Label handler = new Label();
    c.bind(start);
    resumption();
    for (int pc = 0; pc < words.length; pc++) {
      if (depth[pc] < 0) {
        continue;
      }
      if (landing[pc]) {
        c.bind(labels[pc]);
      }
      instruction(pc, Opcode.op(words[pc]), Opcode.arg(words[pc]), depth[pc]);
    }
    c.bindHandler(handler, Throwable.class);
    c.tryCatch(start, handler, handler, Throwable.class);
    handler();
  }

  /**
   * A generator's entry: a frame suspended at a {@code yield} resumes after it, with the slots
   * it left on the stack loaded back from {@code f.stack} (the value sent on top), and the
   * exception {@code gen.throw()} put in {@code f.pendingThrow} raised at the {@code yield}.
   */
  private void resumption() {
    int first = -1;
    int last = -1;
    for (int pc = 0; pc < words.length; pc++) {
      if (depth[pc] >= 0 && Opcode.op(words[pc]) == YIELD_VALUE) {
        first = first < 0 ? pc + 1 : first;
        last = pc + 1;
      }
    }
    if (first < 0) {
      return;
    }
    landing[0] = true;
    Label[] cases = new Label[last - first + 1];
    Arrays.fill(cases, labels[0]);
    for (int pc = first; pc <= last; pc++) {
      if (Opcode.op(words[pc - 1]) == YIELD_VALUE && depth[pc - 1] >= 0) {
        cases[pc - first] = new Label();
      }
    }
    c.aload(F);
    c.get(TierHelpers.FRAME_PC);
    c.tableswitch(first, labels[0], cases);
    for (int pc = first; pc <= last; pc++) {
      if (cases[pc - first] == labels[0]) {
        continue;
      }
      c.bind(cases[pc - first]);
      reload(0, depth[pc]);
      Label go = labels[pc];
      c.aload(F);
      c.get(TierHelpers.PENDING_THROW);
      c.jump(Code.IFNULL, go);
      setPc(pc - 1);
      c.aload(F);
      c.get(TierHelpers.PENDING_THROW);
      c.astore(EXC);
      c.aload(F);
      c.op(Code.ACONST_NULL);
      c.put(TierHelpers.PENDING_THROW);
      c.aload(EXC);
      c.op(Code.ATHROW);
    }
  }

  /** Assigns every local its one type, as the stack map frames declare. */
  private void prologue() {
    c.aload(F);
    c.get(TierHelpers.FRAME_STACK);
    c.astore(STACK);
    c.aload(F);
    c.get(TierHelpers.FRAME_CODE);
    c.op(Code.DUP);
    c.invoke(TierHelpers.CONSTS);
    c.astore(CONSTS);
    c.invoke(TierHelpers.INLINE_CACHES);
    c.astore(CACHES);
    c.op(Code.ACONST_NULL);
    c.astore(KW);
    c.iconst(0);
    c.istore(PC);
    c.iconst(0);
    c.istore(RERAISING);
    c.iconst(0);
    c.istore(JUMPS);
    c.op(Code.ACONST_NULL);
    c.astore(EXC);
    c.aload(F);
    c.get(TierHelpers.FRAME_CODE);
    c.invoke(TierHelpers.NAMES);
    c.astore(NAMES);
    for (int i = 0; i < co.stackSize(); i++) {
      c.op(Code.ACONST_NULL);
      c.astore(SLOT0 + i);
    }
  }

  /**
   * The interpreter's {@code catch}: {@code Ops.unwinding}, then the exception table entry (or
   * a rethrow after writing the frame back, in {@link JvmTier#handlerEntry}), the exception
   * pushed on the stack cut to the entry's depth, and a jump to the handler.
   */
  private void handler() {
    c.aload(TS);
    c.aload(F);
    c.iload(PC);
    c.iload(RERAISING);
    c.invoke(TierHelpers.UNWINDING);
    c.astore(EXC);
    c.iconst(0);
    c.istore(RERAISING);
    c.op(Code.ACONST_NULL);
    c.astore(KW);
    c.aload(F);
    c.iload(PC);
    c.aload(EXC);
    c.invoke(TierHelpers.HANDLER_ENTRY);
    ExceptionTable table = co.exceptions();
    Label rethrow = new Label();
    Label[] cases = new Label[table.size()];
    for (int i = 0; i < cases.length; i++) {
      cases[i] = new Label();
    }
    if (cases.length == 0) {
      c.op(Code.POP);
    } else {
      c.tableswitch(0, rethrow, cases);
      for (int i = 0; i < cases.length; i++) {
        c.bind(cases[i]);
        c.aload(EXC);
        c.invoke(TierHelpers.EXCEPTION_VALUE);
        c.astore(slot(table.depth(i)));
        c.jump(Code.GOTO, labels[table.target(i)]);
      }
      c.bind(rethrow);
    }
    c.aload(EXC);
    c.op(Code.ATHROW);
  }

  private static int slot(int i) {
    return SLOT0 + i;
  }

  private void load(int i) {
    c.aload(slot(i));
  }

  private void store(int i) {
    c.astore(slot(i));
  }

  private void setPc(int pc) {
    c.iconst(pc);
    c.istore(PC);
  }

  /** Stores stack slots {@code [lo, hi)} into {@code f.stack} where the interpreter has them. */
  private void spill(int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      c.aload(STACK);
      c.iconst(base + i);
      load(i);
      c.op(Code.AASTORE);
    }
  }

  /** Loads stack slots {@code [lo, hi)} back from {@code f.stack}. */
  private void reload(int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      c.aload(STACK);
      c.iconst(base + i);
      c.op(Code.AALOAD);
      store(i);
    }
  }

  private void fast(int slot) {
    c.aload(STACK);
    c.iconst(slot);
    c.op(Code.AALOAD);
  }

  private void name(int i) {
    c.aload(NAMES);
    c.iconst(i);
    c.op(Code.AALOAD);
  }

  private void constant(int i) {
    c.aload(CONSTS);
    c.iconst(i);
    c.op(Code.AALOAD);
  }

  /** Emits one Python instruction {@code op arg} at {@code pc}, entered with depth {@code d}. */
  private void instruction(int pc, int op, int arg, int d) {
    if (Opcode.isJump(op)) {
      jump(pc, op, arg, d);
    } else if (raisesNothing(op)) {
      simple(op, arg, d);
    } else {
      if (op != LOAD_FAST && op != LOAD_DEREF) {
        // Those two set it on their failure path only.
        setPc(pc);
      }
      raising(pc, op, arg, d);
    }
  }

  private static boolean raisesNothing(int op) {
    switch (op) {
      case NOP:
      case POP_TOP:
      case PUSH_NULL:
      case COPY:
      case SWAP:
      case LOAD_CONST:
      case STORE_FAST:
      case LOAD_CLOSURE:
      case KW_NAMES:
      case POP_EXCEPT:
      case PUSH_EXC_INFO:
        return true;
      default:
        return false;
    }
  }

  /** The instructions that cannot raise: stack, local and constant moves. */
  private void simple(int op, int arg, int d) {
    switch (op) {
      case NOP:
      case POP_TOP:
        break;
      case PUSH_NULL:
        c.op(Code.ACONST_NULL);
        store(d);
        break;
      case COPY:
        load(d - arg);
        store(d);
        break;
      case SWAP:
        load(d - 1);
        load(d - arg);
        store(d - 1);
        store(d - arg);
        break;
      case LOAD_CONST:
        constant(arg);
        store(d);
        break;
      case STORE_FAST:
        c.aload(STACK);
        c.iconst(arg);
        load(d - 1);
        c.op(Code.AASTORE);
        break;
      case LOAD_CLOSURE:
        fast(arg);
        store(d);
        break;
      case KW_NAMES:
        constant(arg);
        c.checkcast(PyTuple.class);
        c.astore(KW);
        break;
      case PUSH_EXC_INFO:
        load(d - 1);
        store(d);
        c.aload(TS);
        c.get(TierHelpers.HANDLED);
        store(d - 1);
        c.aload(TS);
        load(d);
        c.put(TierHelpers.HANDLED);
        break;
      case POP_EXCEPT:
        c.aload(TS);
        load(d - 1);
        c.put(TierHelpers.HANDLED);
        break;
      default:
        throw new IllegalStateException(Opcode.name(op));
    }
  }

  private void jump(int pc, int op, int arg, int d) {
    Label target = labels[arg];
    switch (op) {
      case JUMP_FORWARD:
        c.jump(Code.GOTO, target);
        break;
      case JUMP_BACKWARD:
        // Interrupts are polled on one backward jump in 1,024, as the interpreter does.
        setPc(pc);
        c.iinc(JUMPS, 1);
        c.iload(JUMPS);
        c.iconst(0x3ff);
        c.op(Code.IAND);
        c.jump(Code.IFNE, target);
        c.aload(TS);
        c.invoke(TierHelpers.CHECK_INTERRUPT);
        c.jump(Code.GOTO, target);
        break;
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE: {
        boolean onTrue = op == POP_JUMP_IF_TRUE;
        setPc(pc);
        load(d - 1);
        c.get(onTrue ? TierHelpers.TRUE : TierHelpers.FALSE);
        c.jump(Code.IF_ACMPEQ, target);
        load(d - 1);
        c.get(onTrue ? TierHelpers.FALSE : TierHelpers.TRUE);
        c.jump(Code.IF_ACMPEQ, labels[pc + 1]);
        load(d - 1);
        c.invoke(TierHelpers.IS_TRUE);
        c.jump(onTrue ? Code.IFNE : Code.IFEQ, target);
        break;
      }
      case JUMP_IF_FALSE_OR_POP:
      case JUMP_IF_TRUE_OR_POP:
        setPc(pc);
        load(d - 1);
        c.invoke(TierHelpers.IS_TRUE);
        c.jump(op == JUMP_IF_TRUE_OR_POP ? Code.IFNE : Code.IFEQ, target);
        break;
      case FOR_ITER:
        setPc(pc);
        load(d - 1);
        c.invoke(TierHelpers.NEXT);
        store(d);
        load(d);
        c.jump(Code.IFNONNULL, labels[pc + 1]);
        c.op(Code.ACONST_NULL);
        store(d - 1);
        c.jump(Code.GOTO, target);
        break;
      default:
        throw new IllegalStateException(Opcode.name(op));
    }
  }

  /** The instructions that can raise; {@code PC} is already set. */
  private void raising(int pc, int op, int arg, int d) {
    switch (op) {
      case LOAD_FAST: {
        fast(arg);
        store(d);
        Label ok = new Label();
        load(d);
        c.jump(Code.IFNONNULL, ok);
        throwUnbound(pc, TierHelpers.UNBOUND_LOCAL, arg);
        c.bind(ok);
        break;
      }
      case DELETE_FAST: {
        Label ok = new Label();
        fast(arg);
        c.jump(Code.IFNONNULL, ok);
        throwUnbound(pc, TierHelpers.UNBOUND_LOCAL, arg);
        c.bind(ok);
        c.aload(STACK);
        c.iconst(arg);
        c.op(Code.ACONST_NULL);
        c.op(Code.AASTORE);
        break;
      }
      case LOAD_DEREF: {
        fast(arg);
        c.checkcast(PyCell.class);
        c.get(TierHelpers.CELL_VALUE);
        store(d);
        Label ok = new Label();
        load(d);
        c.jump(Code.IFNONNULL, ok);
        throwUnbound(pc, TierHelpers.UNBOUND_DEREF, arg);
        c.bind(ok);
        break;
      }
      case STORE_DEREF:
        fast(arg);
        c.checkcast(PyCell.class);
        load(d - 1);
        c.put(TierHelpers.CELL_VALUE);
        break;
      case DELETE_DEREF:
        c.aload(F);
        c.get(TierHelpers.FRAME_CODE);
        c.aload(STACK);
        c.iconst(arg);
        c.invoke(TierHelpers.DELETE_DEREF);
        break;
      case MAKE_CELL:
        c.aload(STACK);
        c.iconst(arg);
        c.newDup(PyCell.class);
        fast(arg);
        c.construct(TierHelpers.NEW_CELL);
        c.op(Code.AASTORE);
        break;
      case COPY_FREE_VARS:
        c.aload(F);
        c.get(TierHelpers.FRAME_FUNCTION);
        c.get(TierHelpers.CLOSURE);
        c.iconst(0);
        c.aload(STACK);
        c.iconst(base - arg);
        c.iconst(arg);
        c.invoke(TierHelpers.ARRAYCOPY);
        break;
      case LOAD_NAME:
        c.aload(F);
        c.aload(CACHES);
        c.iconst(pc);
        name(arg);
        c.invoke(TierHelpers.LOAD_NAME);
        store(d);
        break;
      case STORE_NAME:
      case STORE_GLOBAL:
        c.aload(F);
        c.get(op == STORE_NAME ? TierHelpers.FRAME_LOCALS : TierHelpers.FRAME_GLOBALS);
        name(arg);
        load(d - 1);
        c.invoke(TierHelpers.PUT_STR);
        break;
      case DELETE_NAME:
      case DELETE_GLOBAL:
        c.aload(F);
        name(arg);
        c.invoke(op == DELETE_NAME ? TierHelpers.DELETE_NAME : TierHelpers.DELETE_GLOBAL);
        break;
      case LOAD_GLOBAL: {
        int at = d;
        if ((arg & 1) != 0) {
          c.op(Code.ACONST_NULL);
          store(at++);
        }
        c.aload(F);
        c.aload(CACHES);
        c.iconst(pc);
        name(arg >> 1);
        c.invoke(TierHelpers.GLOBAL_LOAD);
        store(at);
        break;
      }
      case LOAD_BUILD_CLASS:
        c.aload(F);
        c.ldc("__build_class__");
        c.invoke(TierHelpers.LOAD_GLOBAL);
        store(d);
        break;
      case LOAD_CLASSDEREF:
        c.aload(F);
        c.iconst(arg);
        c.invoke(TierHelpers.LOAD_CLASSDEREF);
        store(d);
        break;
      case LOAD_ATTR:
        load(d - 1);
        name(arg);
        c.aload(CACHES);
        c.iconst(pc);
        c.invoke(TierHelpers.ATTR_LOAD);
        store(d - 1);
        break;
      case STORE_ATTR:
        load(d - 1);
        name(arg);
        load(d - 2);
        c.aload(CACHES);
        c.iconst(pc);
        c.invoke(TierHelpers.ATTR_STORE);
        break;
      case DELETE_ATTR:
        load(d - 1);
        name(arg);
        c.invoke(TierHelpers.DEL_ATTR);
        break;
      case LOAD_METHOD:
        spill(d - 1, d);
        c.aload(STACK);
        c.iconst(base + d);
        name(arg);
        c.aload(CACHES);
        c.iconst(pc);
        c.invoke(TierHelpers.LOAD_METHOD);
        c.op(Code.POP);
        reload(d - 1, d + 1);
        break;
      default:
        operation(pc, op, arg, d);
    }
  }

  private void throwUnbound(int pc, Method which, int slotIndex) {
    setPc(pc);
    c.aload(F);
    c.get(TierHelpers.FRAME_CODE);
    c.iconst(slotIndex);
    c.invoke(which);
    c.op(Code.ATHROW);
  }

  /** Operators, calls, building and exceptions. */
  private void operation(int pc, int op, int arg, int d) {
    switch (op) {
      case BINARY_SUBSCR:
        binary(TierHelpers.GET_ITEM, d);
        break;
      case STORE_SUBSCR:
        load(d - 2);
        load(d - 1);
        load(d - 3);
        c.invoke(TierHelpers.SET_ITEM);
        break;
      case DELETE_SUBSCR:
        load(d - 2);
        load(d - 1);
        c.invoke(TierHelpers.DEL_ITEM);
        break;
      case BINARY_OP:
      case COMPARE_OP:
        load(d - 2);
        load(d - 1);
        c.iconst(arg);
        c.invoke(op == BINARY_OP ? TierHelpers.BINARY_OP : TierHelpers.COMPARE_OP);
        store(d - 2);
        break;
      case IS_OP: {
        Label differ = new Label();
        Label done = new Label();
        load(d - 2);
        load(d - 1);
        c.jump(Code.IF_ACMPNE, differ);
        c.get(arg == 0 ? TierHelpers.TRUE : TierHelpers.FALSE);
        store(d - 2);
        c.jump(Code.GOTO, done);
        c.bind(differ);
        c.get(arg == 0 ? TierHelpers.FALSE : TierHelpers.TRUE);
        store(d - 2);
        c.bind(done);
        break;
      }
      case CONTAINS_OP:
        load(d - 1);
        load(d - 2);
        c.invoke(TierHelpers.CONTAINS);
        boolResult(arg != 0, d - 2);
        break;
      case UNARY_NEGATIVE:
        unary(TierHelpers.NEG, d);
        break;
      case UNARY_POSITIVE:
        unary(TierHelpers.POS, d);
        break;
      case UNARY_INVERT:
        unary(TierHelpers.INVERT, d);
        break;
      case UNARY_NOT:
        load(d - 1);
        c.invoke(TierHelpers.IS_TRUE);
        boolResult(true, d - 1);
        break;
      case CHECK_EXC_MATCH:
        load(d - 2);
        load(d - 1);
        c.invoke(TierHelpers.EXCEPTION_MATCHES);
        boolResult(false, d - 1);
        break;
      case GET_ITER:
        unary(TierHelpers.ITER, d);
        break;
      case YIELD_VALUE:
        // Suspends: what stays on the stack goes to f.stack, where the interpreter keeps it.
        spill(0, d - 1);
        c.aload(F);
        c.iconst(pc + 1);
        c.put(TierHelpers.FRAME_PC);
        c.aload(F);
        c.iconst(base + d - 1);
        c.put(TierHelpers.FRAME_SP);
        c.aload(F);
        c.iconst(1);
        c.put(TierHelpers.FRAME_YIELDED);
        load(d - 1);
        c.op(Code.ARETURN);
        break;
      case RETURN_VALUE:
        c.aload(F);
        c.iconst(pc + 1);
        c.put(TierHelpers.FRAME_PC);
        c.aload(F);
        c.iconst(base);
        c.put(TierHelpers.FRAME_SP);
        c.aload(F);
        c.iconst(0);
        c.put(TierHelpers.FRAME_YIELDED);
        load(d - 1);
        c.op(Code.ARETURN);
        break;
      case CALL: {
        int callee = d - arg - 2;
        spill(callee, d);
        c.aload(TS);
        c.aload(STACK);
        c.iconst(base + callee);
        c.iconst(arg);
        boolean keywords = pc > 0 && Opcode.op(words[pc - 1]) == KW_NAMES;
        if (keywords) {
          c.aload(KW);
        } else {
          c.op(Code.ACONST_NULL);
        }
        c.invoke(TierHelpers.CALL);
        store(callee);
        if (keywords) {
          c.op(Code.ACONST_NULL);
          c.astore(KW);
        }
        break;
      }
      case CALL_FUNCTION_EX: {
        int callee = d - 3 - (arg & 1);
        spill(callee, d);
        c.aload(STACK);
        c.iconst(base + callee);
        c.iconst(arg);
        c.invoke(TierHelpers.CALL_EX);
        store(callee);
        break;
      }
      case RAISE_VARARGS: {
        // A bare raise re-raises as is: no traceback entry for this line (CPython 3.11).
        spill(d - arg, d);
        if (arg == 0) {
          Label none = new Label();
          c.aload(TS);
          c.get(TierHelpers.HANDLED);
          c.jump(Code.IFNULL, none);
          c.iconst(1);
          c.istore(RERAISING);
          c.bind(none);
        }
        c.aload(TS);
        c.aload(STACK);
        c.iconst(base + d);
        c.iconst(arg);
        c.invoke(TierHelpers.RAISE);
        c.op(Code.ATHROW);
        break;
      }
      case RERAISE:
        c.iconst(1);
        c.istore(RERAISING);
        load(d - 1);
        c.invoke(TierHelpers.RERAISE_OP);
        c.op(Code.ATHROW);
        break;
      case WITH_EXCEPT_START:
        spill(d - 3, d);
        c.aload(STACK);
        c.iconst(base + d);
        c.invoke(TierHelpers.WITH_EXCEPT_START);
        store(d);
        break;
      case LOAD_ASSERTION_ERROR:
        c.invoke(TierHelpers.ASSERTION_ERROR);
        store(d);
        break;
      case IMPORT_NAME:
        c.aload(TS);
        name(arg);
        load(d - 2);
        load(d - 1);
        c.invoke(TierHelpers.IMPORT_NAME);
        store(d - 2);
        break;
      case IMPORT_FROM:
        c.aload(TS);
        load(d - 1);
        name(arg);
        c.invoke(TierHelpers.IMPORT_FROM);
        store(d);
        break;
      case IMPORT_STAR:
        c.aload(F);
        load(d - 1);
        c.invoke(TierHelpers.IMPORT_STAR);
        break;
      case SETUP_ANNOTATIONS:
        c.aload(F);
        c.invoke(TierHelpers.SETUP_ANNOTATIONS);
        break;
      case PRINT_EXPR:
        c.aload(F);
        c.aload(TS);
        load(d - 1);
        c.invoke(TierHelpers.PRINT_EXPR);
        break;
      default:
        onArray(op, arg, d);
    }
  }

  private void unary(Method m, int d) {
    load(d - 1);
    c.invoke(m);
    store(d - 1);
  }

  private void binary(Method m, int d) {
    load(d - 2);
    load(d - 1);
    c.invoke(m);
    store(d - 2);
  }

  /** Turns the boolean on the JVM stack (negated when {@code negate}) into a PyBool in slot. */
  private void boolResult(boolean negate, int slotIndex) {
    if (negate) {
      c.iconst(1);
      c.op(Code.IXOR);
    }
    c.invoke(TierHelpers.BOOL_OF);
    store(slotIndex);
  }

  /**
   * The instructions whose helper works on the stack array and returns the new stack pointer:
   * the slots it reads are spilled, the ones it leaves reloaded.
   */
  private void onArray(int op, int arg, int d) {
    int sp = base + d;
    if (isAddTo(op)) {
      // (container ... values -- container ...): the container is changed in place, no slot is.
      int pops = Opcode.pops(op, arg);
      spill(d - pops - arg, d - pops - arg + 1);
      if (op == DICT_MERGE) {
        spill(d - 3 - arg, d - 2 - arg);
      }
      spill(d - pops, d);
      c.iconst(op);
      c.iconst(arg);
      c.aload(STACK);
      c.iconst(sp);
      c.invoke(TierHelpers.ADD_TO);
      c.op(Code.POP);
      return;
    }
    int lo = d - touched(op, arg);
    int after = d + Opcode.stackEffect(op, arg, false);
    spill(lo, d);
    switch (op) {
      case BUILD_TUPLE:
      case BUILD_LIST:
      case BUILD_MAP:
      case BUILD_SLICE:
      case BUILD_STRING:
      case BUILD_SET:
      case LIST_TO_TUPLE:
      case FORMAT_VALUE:
        c.iconst(op);
        c.iconst(arg);
        c.aload(STACK);
        c.iconst(sp);
        c.invoke(TierHelpers.BUILD);
        break;
      case UNPACK_SEQUENCE:
      case UNPACK_EX:
      case MATCH_OP:
        c.aload(STACK);
        c.iconst(sp);
        c.iconst(arg);
        c.invoke(op == UNPACK_SEQUENCE ? TierHelpers.UNPACK
            : op == UNPACK_EX ? TierHelpers.UNPACK_EX : TierHelpers.MATCH);
        break;
      case MAKE_FUNCTION:
        c.aload(F);
        c.aload(STACK);
        c.iconst(sp);
        c.iconst(arg);
        c.invoke(TierHelpers.MAKE_FUNCTION);
        break;
      case BEFORE_WITH:
        c.aload(STACK);
        c.iconst(sp);
        c.invoke(TierHelpers.BEFORE_WITH);
        break;
      case CHECK_EG_MATCH:
      case PREP_RERAISE_STAR:
        c.iconst(op);
        c.aload(TS);
        c.aload(STACK);
        c.iconst(sp);
        c.invoke(TierHelpers.EXCEPT_STAR);
        break;
      default:
        throw new IllegalStateException("no translation for " + Opcode.name(op));
    }
    c.op(Code.POP);
    reload(Math.min(lo, after), after);
  }

  private static boolean isAddTo(int op) {
    switch (op) {
      case LIST_APPEND:
      case LIST_EXTEND:
      case MAP_ADD:
      case DICT_UPDATE:
      case DICT_MERGE:
      case SET_ADD:
      case SET_UPDATE:
        return true;
      default:
        return false;
    }
  }

  /** Returns how many slots below the top {@code op} reads: what it pops or peeks at. */
  private static int touched(int op, int arg) {
    if (op == MATCH_OP) {
      int kind = arg & 0xf;
      return Math.max(Opcode.pops(op, arg),
          kind == MATCH_CLASS ? 3 : kind >= MATCH_KEYS ? 2 : 1);
    }
    return Opcode.pops(op, arg);
  }
}
