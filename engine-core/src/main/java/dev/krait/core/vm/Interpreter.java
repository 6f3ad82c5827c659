package dev.krait.core.vm;

import static dev.krait.core.bytecode.Opcode.*;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.bytecode.ExceptionTable;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;

/**
 * The dispatch loop and nothing else: one {@code switch} over dense opcodes with {@code pc},
 * {@code sp}, the stack and the code in Java locals; simple stack, local, constant and jump
 * operations inline, everything else one static call into {@link Ops}; one {@code try/catch}
 * that consults the exception table.
 *
 * <p>{@link #run}'s JVM bytecode must stay under 6,000 bytes (HotSpot does not compile methods
 * over 8,000): {@code InterpreterSizeTest} enforces it.
 */
public final class Interpreter {

  private Interpreter() {}

  /** Returns the value {@code frame}'s code returns, running it on thread state {@code ts}. */
  public static PyObject execute(Frame frame, ThreadState ts) {
    ts.enter(frame);
    try {
      TierCode compiled = JvmTier.code(frame.code);
      return compiled == null ? run(frame, ts) : compiled.execute(frame, ts);
    } finally {
      ts.leave(frame);
    }
  }

  private static PyObject run(Frame f, ThreadState ts) {
    final CodeObject co = f.code;
    final int[] code = co.code();
    final PyObject[] consts = co.consts();
    final String[] names = co.names();
    final Object[] caches = co.inlineCaches();
    final PyObject[] fast = f.fast;
    final PyObject[] stack = f.stack;
    int pc = f.pc;
    int sp = f.sp;
    PyTuple kwnames = null;
    boolean reraise = false;
    // Interrupts are polled on one backward jump in 1024 (and on every call, ThreadState.enter).
    int jumps = 0;
    for (;;) {
      try {
        if (f.pendingThrow != null) {
          PyException thrown = f.pendingThrow;
          f.pendingThrow = null;
          throw thrown;
        }
        for (;;) {
          int word = code[pc++];
          int arg = word >>> 8;
          switch (word & 0xff) {
            case NOP:
              break;
            case POP_TOP:
              stack[--sp] = null;
              break;
            case PUSH_NULL:
              stack[sp++] = null;
              break;
            case COPY:
              stack[sp] = stack[sp - arg];
              sp++;
              break;
            case SWAP: {
              PyObject t = stack[sp - 1];
              stack[sp - 1] = stack[sp - arg];
              stack[sp - arg] = t;
              break;
            }
            case LOAD_CONST:
              stack[sp++] = consts[arg];
              break;
            case LOAD_FAST: {
              PyObject v = fast[arg];
              if (v == null) {
                throw Ops.unboundLocal(co, arg);
              }
              stack[sp++] = v;
              break;
            }
            case STORE_FAST:
              fast[arg] = stack[--sp];
              break;
            case DELETE_FAST:
              if (fast[arg] == null) {
                throw Ops.unboundLocal(co, arg);
              }
              fast[arg] = null;
              break;
            case LOAD_NAME:
              stack[sp++] = Ops.loadName(f, caches, pc - 1, names[arg]);
              break;
            case STORE_NAME:
              f.locals.putStr(names[arg], stack[--sp]);
              break;
            case DELETE_NAME:
              Ops.deleteName(f, names[arg]);
              break;
            case LOAD_GLOBAL:
              if ((arg & 1) != 0) {
                stack[sp++] = null;
              }
              stack[sp++] = GlobalCache.load(f, caches, pc - 1, names[arg >> 1]);
              break;
            case STORE_GLOBAL:
              f.globals.putStr(names[arg], stack[--sp]);
              break;
            case DELETE_GLOBAL:
              Ops.deleteGlobal(f, names[arg]);
              break;
            case MAKE_CELL:
              fast[arg] = new PyCell(fast[arg]);
              break;
            case COPY_FREE_VARS:
              System.arraycopy(f.function.closure, 0, fast, f.base - arg, arg);
              break;
            case LOAD_CLOSURE:
              stack[sp++] = fast[arg];
              break;
            case LOAD_DEREF: {
              PyObject v = ((PyCell) fast[arg]).value;
              if (v == null) {
                throw Ops.unboundDeref(co, arg);
              }
              stack[sp++] = v;
              break;
            }
            case STORE_DEREF:
              ((PyCell) fast[arg]).value = stack[--sp];
              break;
            case DELETE_DEREF:
              Ops.deleteDeref(co, fast, arg);
              break;
            case LOAD_ATTR:
              stack[sp - 1] = AttrCache.load(stack[sp - 1], names[arg], caches, pc - 1);
              break;
            case STORE_ATTR:
              AttrCache.store(stack[sp - 1], names[arg], stack[sp - 2], caches, pc - 1);
              sp -= 2;
              break;
            case DELETE_ATTR:
              Abstract.delAttr(stack[--sp], names[arg]);
              break;
            case LOAD_METHOD:
              sp = AttrCache.loadMethod(stack, sp, names[arg], caches, pc - 1);
              break;
            case BINARY_SUBSCR:
              sp--;
              stack[sp - 1] = Abstract.getItem(stack[sp - 1], stack[sp]);
              break;
            case STORE_SUBSCR:
              Abstract.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
              sp -= 3;
              break;
            case DELETE_SUBSCR:
              Abstract.delItem(stack[sp - 2], stack[sp - 1]);
              sp -= 2;
              break;
            case BINARY_OP:
              sp--;
              stack[sp - 1] = Ops.binaryOp(stack[sp - 1], stack[sp], arg);
              break;
            case COMPARE_OP:
              sp--;
              stack[sp - 1] = Ops.compareOp(stack[sp - 1], stack[sp], arg);
              break;
            case IS_OP:
              sp--;
              stack[sp - 1] = PyBool.of((stack[sp - 1] == stack[sp]) ^ (arg != 0));
              break;
            case CONTAINS_OP:
              sp--;
              stack[sp - 1] =
                  PyBool.of(Abstract.contains(stack[sp], stack[sp - 1]) ^ (arg != 0));
              break;
            case UNARY_NEGATIVE:
              stack[sp - 1] = Abstract.neg(stack[sp - 1]);
              break;
            case UNARY_POSITIVE:
              stack[sp - 1] = Abstract.pos(stack[sp - 1]);
              break;
            case UNARY_NOT:
              stack[sp - 1] = PyBool.of(!Abstract.isTrue(stack[sp - 1]));
              break;
            case UNARY_INVERT:
              stack[sp - 1] = Abstract.invert(stack[sp - 1]);
              break;
            case BUILD_TUPLE:
            case BUILD_LIST:
            case BUILD_MAP:
            case BUILD_SLICE:
            case BUILD_STRING:
            case BUILD_SET:
            case LIST_TO_TUPLE:
            case FORMAT_VALUE:
              sp = Ops.build(word & 0xff, arg, stack, sp);
              break;
            case LIST_APPEND:
            case LIST_EXTEND:
            case MAP_ADD:
            case DICT_UPDATE:
            case DICT_MERGE:
            case SET_ADD:
            case SET_UPDATE:
              sp = Ops.addTo(word & 0xff, arg, stack, sp);
              break;
            case UNPACK_SEQUENCE:
              sp = Ops.unpack(stack, sp, arg);
              break;
            case UNPACK_EX:
              sp = Ops.unpackEx(stack, sp, arg);
              break;
            case JUMP_FORWARD:
              pc = arg;
              break;
            case JUMP_BACKWARD:
              // Checked (every 1,024 jumps) before jumping, so an interrupt is raised at this
              // instruction; the jumps count towards translating the code (JvmTier).
              if ((++jumps & 0x3ff) == 0) {
                JvmTier.loops(ts, co);
              }
              pc = arg;
              break;
            case POP_JUMP_IF_FALSE: {
              PyObject v = stack[--sp];
              if (v == PyBool.FALSE || (v != PyBool.TRUE && !Abstract.isTrue(v))) {
                pc = arg;
              }
              break;
            }
            case POP_JUMP_IF_TRUE: {
              PyObject v = stack[--sp];
              if (v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v))) {
                pc = arg;
              }
              break;
            }
            case JUMP_IF_FALSE_OR_POP:
              if (Abstract.isTrue(stack[sp - 1])) {
                sp--;
              } else {
                pc = arg;
              }
              break;
            case JUMP_IF_TRUE_OR_POP:
              if (Abstract.isTrue(stack[sp - 1])) {
                pc = arg;
              } else {
                sp--;
              }
              break;
            case GET_ITER:
              stack[sp - 1] = Abstract.iter(stack[sp - 1]);
              break;
            case FOR_ITER: {
              PyObject v = Abstract.next(stack[sp - 1]);
              if (v == null) {
                stack[--sp] = null;
                pc = arg;
              } else {
                stack[sp++] = v;
              }
              break;
            }
            case RETURN_VALUE:
              f.pc = pc;
              f.sp = f.base;
              f.yielded = false;
              return stack[--sp];
            case YIELD_VALUE:
              f.pc = pc;
              f.sp = sp - 1;
              f.yielded = true;
              return stack[--sp];
            case SEND: {
              PyObject r = Ops.send(f, stack[sp - 2], stack[sp - 1]);
              if (r == null) {
                stack[--sp] = null;
                stack[sp - 1] = f.sendResult;
                f.sendResult = null;
                pc = arg;
              } else {
                stack[sp - 1] = r;
                f.delegateExit = arg;
              }
              break;
            }
            case SETUP_ANNOTATIONS:
              Ops.setupAnnotations(f);
              break;
            case MATCH_OP:
              sp = Matching.op(stack, sp, arg);
              break;
            case GET_YIELD_FROM_ITER:
              stack[sp - 1] = Ops.yieldFromIter(co, stack[sp - 1]);
              break;
            case GET_AWAITABLE:
            case BEFORE_ASYNC_WITH:
            case GET_AITER:
            case GET_ANEXT:
              sp = Awaits.op(word & 0xff, arg, stack, sp);
              break;
            case ASYNC_GEN_WRAP:
              stack[sp - 1] = PyAsyncGenerator.wrap(stack[sp - 1]);
              break;
            case PRINT_EXPR:
              Ops.printExpr(f, ts, stack[--sp]);
              stack[sp] = null;
              break;
            case END_ASYNC_FOR:
              reraise = true;
              sp = Awaits.endAsyncFor(stack, sp);
              reraise = false;
              break;
            case MAKE_FUNCTION:
              sp = Ops.makeFunction(f, stack, sp, arg);
              break;
            case KW_NAMES:
              kwnames = (PyTuple) consts[arg];
              break;
            case CALL:
              sp -= arg + 1;
              stack[sp - 1] = Ops.call(ts, stack, sp - 1, arg, kwnames);
              kwnames = null;
              break;
            case CALL_FUNCTION_EX:
              sp -= 2 + (arg & 1);
              stack[sp - 1] = Ops.callEx(stack, sp - 1, arg);
              break;
            case RAISE_VARARGS:
              // A bare raise re-raises as is: no traceback entry for this line (CPython 3.11).
              reraise = arg == 0 && ts.handled != null;
              throw Ops.raise(ts, stack, sp, arg);
            case PUSH_EXC_INFO: {
              PyObject exc = stack[sp - 1];
              stack[sp - 1] = ts.handled;
              stack[sp++] = exc;
              ts.handled = exc;
              break;
            }
            case POP_EXCEPT:
              ts.handled = stack[--sp];
              break;
            case RERAISE:
              reraise = true;
              throw Ops.reraise(stack[--sp]);
            case CHECK_EG_MATCH:
            case PREP_RERAISE_STAR:
              sp = Ops.exceptStar(word & 0xff, ts, stack, sp);
              break;
            case CHECK_EXC_MATCH:
              stack[sp - 1] = PyBool.of(Ops.exceptionMatches(stack[sp - 2], stack[sp - 1]));
              break;
            case BEFORE_WITH:
              sp = Ops.beforeWith(stack, sp);
              break;
            case WITH_EXCEPT_START:
              stack[sp] = Ops.withExceptStart(stack, sp);
              sp++;
              break;
            case LOAD_BUILD_CLASS:
              stack[sp++] = Ops.loadGlobal(f, "__build_class__");
              break;
            case LOAD_CLASSDEREF:
              stack[sp++] = Ops.loadClassDeref(f, arg);
              break;
            case IMPORT_NAME:
              sp--;
              stack[sp - 1] = Ops.importName(ts, names[arg], stack[sp - 1], stack[sp]);
              stack[sp] = null;
              break;
            case IMPORT_FROM:
              stack[sp] = Ops.importFrom(ts, stack[sp - 1], names[arg]);
              sp++;
              break;
            case IMPORT_STAR:
              Ops.importStar(f, stack[--sp]);
              stack[sp] = null;
              break;
            case LOAD_ASSERTION_ERROR:
              stack[sp++] = Ops.assertionError();
              break;
            default:
              throw Ops.badOpcode(word);
          }
        }
      } catch (Throwable t) {
        PyException e = Ops.unwinding(t, ts, f, pc - 1, reraise);
        reraise = false;
        kwnames = null;
        ExceptionTable table = co.exceptions();
        int h = table.handler(pc - 1);
        if (h < 0) {
          java.util.Arrays.fill(stack, f.base, stack.length, null);
          f.pc = pc;
          f.sp = f.base;
          throw e;
        }
        int depth = f.base + table.depth(h);
        while (sp > depth) {
          stack[--sp] = null;
        }
        stack[sp++] = e.value();
        pc = table.target(h);
      }
    }
  }
}
