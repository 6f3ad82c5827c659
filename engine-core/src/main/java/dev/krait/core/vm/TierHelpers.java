package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** The fields and methods the translation uses, found once by reflection. */
final class TierHelpers {

  private TierHelpers() {}

  static final Field FRAME_STACK = field(Frame.class, "stack");
  static final Field FRAME_CODE = field(Frame.class, "code");
  static final Field FRAME_FUNCTION = field(Frame.class, "function");
  static final Field FRAME_GLOBALS = field(Frame.class, "globals");
  static final Field FRAME_LOCALS = field(Frame.class, "locals");
  static final Field FRAME_PC = field(Frame.class, "pc");
  static final Field FRAME_SP = field(Frame.class, "sp");
  static final Field FRAME_YIELDED = field(Frame.class, "yielded");
  static final Field PENDING_THROW = field(Frame.class, "pendingThrow");
  static final Field HANDLED = field(ThreadState.class, "handled");
  static final Field CELL_VALUE = field(PyCell.class, "value");
  static final Field CLOSURE = field(PyFunction.class, "closure");
  static final Field TRUE = field(PyBool.class, "TRUE");
  static final Field FALSE = field(PyBool.class, "FALSE");
  static final Constructor<?> NEW_CELL = constructor();

  static final Method CONSTS = method(CodeObject.class, "consts");
  static final Method INLINE_CACHES = method(CodeObject.class, "inlineCaches");
  static final Method NAMES = method(CodeObject.class, "names");
  static final Method UNWINDING = method(Ops.class, "unwinding",
      Throwable.class, ThreadState.class, Frame.class, int.class, boolean.class);
  static final Method HANDLER_ENTRY = method(JvmTier.class, "handlerEntry",
      Frame.class, int.class, PyException.class);
  static final Method EXCEPTION_VALUE = method(PyException.class, "value");
  static final Method CHECK_INTERRUPT = method(ThreadState.class, "checkInterrupt");
  static final Method IS_TRUE = method(Abstract.class, "isTrue", PyObject.class);
  static final Method NEXT = method(Abstract.class, "next", PyObject.class);
  static final Method ITER = method(Abstract.class, "iter", PyObject.class);
  static final Method NEG = method(Abstract.class, "neg", PyObject.class);
  static final Method POS = method(Abstract.class, "pos", PyObject.class);
  static final Method INVERT = method(Abstract.class, "invert", PyObject.class);
  static final Method GET_ITEM =
      method(Abstract.class, "getItem", PyObject.class, PyObject.class);
  static final Method SET_ITEM =
      method(Abstract.class, "setItem", PyObject.class, PyObject.class, PyObject.class);
  static final Method DEL_ITEM =
      method(Abstract.class, "delItem", PyObject.class, PyObject.class);
  static final Method DEL_ATTR = method(Abstract.class, "delAttr", PyObject.class, String.class);
  static final Method CONTAINS =
      method(Abstract.class, "contains", PyObject.class, PyObject.class);
  static final Method BOOL_OF = method(PyBool.class, "of", boolean.class);
  static final Method PUT_STR = method(PyDict.class, "putStr", String.class, PyObject.class);
  static final Method ARRAYCOPY = method(System.class, "arraycopy",
      Object.class, int.class, Object.class, int.class, int.class);
  static final Method UNBOUND_LOCAL =
      method(Ops.class, "unboundLocal", CodeObject.class, int.class);
  static final Method UNBOUND_DEREF =
      method(Ops.class, "unboundDeref", CodeObject.class, int.class);
  static final Method DELETE_DEREF =
      method(Ops.class, "deleteDeref", CodeObject.class, PyObject[].class, int.class);
  static final Method LOAD_NAME =
      method(Ops.class, "loadName", Frame.class, Object[].class, int.class, String.class);
  static final Method DELETE_NAME = method(Ops.class, "deleteName", Frame.class, String.class);
  static final Method LOAD_GLOBAL = method(Ops.class, "loadGlobal", Frame.class, String.class);
  static final Method DELETE_GLOBAL =
      method(Ops.class, "deleteGlobal", Frame.class, String.class);
  static final Method LOAD_CLASSDEREF =
      method(Ops.class, "loadClassDeref", Frame.class, int.class);
  static final Method GLOBAL_LOAD = method(GlobalCache.class, "load",
      Frame.class, Object[].class, int.class, String.class);
  static final Method ATTR_LOAD = method(AttrCache.class, "load",
      PyObject.class, String.class, Object[].class, int.class);
  static final Method ATTR_STORE = method(AttrCache.class, "store",
      PyObject.class, String.class, PyObject.class, Object[].class, int.class);
  static final Method LOAD_METHOD = method(AttrCache.class, "loadMethod",
      PyObject[].class, int.class, String.class, Object[].class, int.class);
  static final Method BINARY_OP =
      method(Ops.class, "binaryOp", PyObject.class, PyObject.class, int.class);
  static final Method COMPARE_OP =
      method(Ops.class, "compareOp", PyObject.class, PyObject.class, int.class);
  static final Method EXCEPTION_MATCHES =
      method(Ops.class, "exceptionMatches", PyObject.class, PyObject.class);
  static final Method CALL = method(Ops.class, "call",
      ThreadState.class, PyObject[].class, int.class, int.class, PyTuple.class);
  static final Method CALL_EX =
      method(Ops.class, "callEx", PyObject[].class, int.class, int.class);
  static final Method RAISE = method(Ops.class, "raise",
      ThreadState.class, PyObject[].class, int.class, int.class);
  static final Method RERAISE_OP = method(Ops.class, "reraise", PyObject.class);
  static final Method WITH_EXCEPT_START =
      method(Ops.class, "withExceptStart", PyObject[].class, int.class);
  static final Method ASSERTION_ERROR = method(Ops.class, "assertionError");
  static final Method IMPORT_NAME = method(Ops.class, "importName",
      ThreadState.class, String.class, PyObject.class, PyObject.class);
  static final Method IMPORT_FROM =
      method(Ops.class, "importFrom", ThreadState.class, PyObject.class, String.class);
  static final Method IMPORT_STAR =
      method(Ops.class, "importStar", Frame.class, PyObject.class);
  static final Method SETUP_ANNOTATIONS = method(Ops.class, "setupAnnotations", Frame.class);
  static final Method PRINT_EXPR =
      method(Ops.class, "printExpr", Frame.class, ThreadState.class, PyObject.class);
  static final Method BUILD =
      method(Ops.class, "build", int.class, int.class, PyObject[].class, int.class);
  static final Method ADD_TO =
      method(Ops.class, "addTo", int.class, int.class, PyObject[].class, int.class);
  static final Method UNPACK = method(Ops.class, "unpack", PyObject[].class, int.class, int.class);
  static final Method UNPACK_EX =
      method(Ops.class, "unpackEx", PyObject[].class, int.class, int.class);
  static final Method MATCH = method(Matching.class, "op", PyObject[].class, int.class, int.class);
  static final Method MAKE_FUNCTION = method(Ops.class, "makeFunction",
      Frame.class, PyObject[].class, int.class, int.class);
  static final Method BEFORE_WITH =
      method(Ops.class, "beforeWith", PyObject[].class, int.class);
  static final Method EXCEPT_STAR = method(Ops.class, "exceptStar",
      int.class, ThreadState.class, PyObject[].class, int.class);

  private static Field field(Class<?> owner, String name) {
    try {
      return owner.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Method method(Class<?> owner, String name, Class<?>... params) {
    try {
      return owner.getDeclaredMethod(name, params);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Constructor<?> constructor() {
    try {
      return PyCell.class.getDeclaredConstructor(PyObject.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
