package dev.krait.core.vm;

import static dev.krait.core.bytecode.Opcode.*;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.BinaryOp;
import dev.krait.core.runtime.CompareOp;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyBuiltinFunction;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.ExceptionGroups;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyMethod;
import dev.krait.core.runtime.PyMethodDescriptor;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PySet;
import dev.krait.core.runtime.PySlice;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.ReturningIterator;
import dev.krait.core.runtime.StrFormat;
import dev.krait.core.runtime.StrPercent;

/**
 * The bodies of the instructions that are more than a few stack moves: each is one static call
 * from {@link Interpreter}, which keeps the dispatch loop small enough for the JIT.
 */
final class Ops {

  private Ops() {}

  /** BINARY_OP's argument (CPython's {@code NB_*} order) to the runtime's operator. */
  private static final BinaryOp[] NB = {
    BinaryOp.ADD, BinaryOp.AND, BinaryOp.FLOORDIV, BinaryOp.LSHIFT, BinaryOp.MATMUL,
    BinaryOp.MUL, BinaryOp.MOD, BinaryOp.OR, BinaryOp.POW, BinaryOp.RSHIFT, BinaryOp.SUB,
    BinaryOp.TRUEDIV, BinaryOp.XOR
  };

  private static final CompareOp[] CMP = {
    CompareOp.LT, CompareOp.LE, CompareOp.EQ, CompareOp.NE, CompareOp.GT, CompareOp.GE
  };

  // ---- names ----

  static PyException unboundLocal(CodeObject code, int slot) {
    return PyErrors.make(
        PyErrors.UNBOUND_LOCAL_ERROR,
        "cannot access local variable '" + code.slotName(slot)
            + "' where it is not associated with a value");
  }

  static PyException unboundDeref(CodeObject code, int slot) {
    if (slot < code.firstFreeSlot()) {
      return unboundLocal(code, slot);
    }
    return PyErrors.make(
        PyErrors.NAME_ERROR,
        "cannot access free variable '" + code.slotName(slot)
            + "' where it is not associated with a value in enclosing scope");
  }

  static PyObject loadClassDeref(Frame f, int slot) {
    PyObject v = f.locals.getStr(f.code.slotName(slot));
    if (v == null) {
      v = ((PyCell) f.fast[slot]).value;
      if (v == null) {
        throw unboundDeref(f.code, slot);
      }
    }
    return v;
  }

  static void deleteDeref(CodeObject code, PyObject[] fast, int slot) {
    PyCell cell = (PyCell) fast[slot];
    if (cell.value == null) {
      throw unboundDeref(code, slot);
    }
    cell.value = null;
  }

  private static PyException nameError(String name) {
    return PyErrors.make(PyErrors.NAME_ERROR, "name '" + name + "' is not defined");
  }

  /** IMPORT_NAME: {@code __import__(name, globals, locals, fromlist, level)}. */
  static PyObject importName(ThreadState ts, String name, PyObject level, PyObject fromlist) {
    Imports imports = ts.imports();
    if (imports == null) {
      throw PyErrors.make(PyErrors.IMPORT_ERROR, "__import__ not found");
    }
    PyDict globals = ts.frame == null ? null : ts.frame.globals;
    return imports.importName(
        name, globals, fromlist, (int) Abstract.index(level).longValue());
  }

  /** IMPORT_FROM: {@code from module import name}, a submodule in sys.modules included. */
  static PyObject importFrom(ThreadState ts, PyObject module, String name) {
    Imports imports = ts.imports();
    if (imports == null) {
      throw PyErrors.make(PyErrors.IMPORT_ERROR, "__import__ not found");
    }
    return imports.importFrom(module, name);
  }

  /** IMPORT_STAR: binds the module's public names in the frame's locals. */
  static void importStar(Frame f, PyObject module) {
    if (f.locals == null) {
      throw PyErrors.make(PyErrors.SYSTEM_ERROR, "no locals found during 'import *'");
    }
    Imports.importStar(module, f.locals);
  }

  /**
   * LOAD_NAME at instruction {@code at}: in module code, whose locals are its globals, the
   * lookup is LOAD_GLOBAL's, with its inline cache.
   */
  static PyObject loadName(Frame f, Object[] caches, int at, String name) {
    return f.locals == f.globals ? GlobalCache.load(f, caches, at, name) : loadName(f, name);
  }

  static PyObject loadName(Frame f, String name) {
    PyObject v = f.locals.getStr(name);
    if (v == null && f.locals != f.globals) {
      v = f.globals.getStr(name);
    }
    if (v == null) {
      v = f.builtins.getStr(name);
      if (v == null) {
        throw nameError(name);
      }
    }
    return v;
  }

  static void deleteName(Frame f, String name) {
    if (!f.locals.delStr(name)) {
      throw nameError(name);
    }
  }

  static PyObject loadGlobal(Frame f, String name) {
    PyObject v = f.globals.getStr(name);
    if (v == null) {
      v = f.builtins.getStr(name);
      if (v == null) {
        throw nameError(name);
      }
    }
    return v;
  }

  static void deleteGlobal(Frame f, String name) {
    if (!f.globals.delStr(name)) {
      throw nameError(name);
    }
  }

  // ---- operators ----

  static PyObject binaryOp(PyObject a, PyObject b, int arg) {
    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
      PyInt x = (PyInt) a;
      PyInt y = (PyInt) b;
      if (!x.isBig() && !y.isBig()) {
        long p = x.longValue();
        long q = y.longValue();
        int op = arg >= 13 ? arg - 13 : arg;
        if (op == 0) {
          long r = p + q;
          if (((p ^ r) & (q ^ r)) >= 0) {
            return PyInt.of(r);
          }
        } else if (op == 10) {
          long r = p - q;
          if (((p ^ q) & (p ^ r)) >= 0) {
            return PyInt.of(r);
          }
        }
      }
    }
    BinaryOp op = NB[arg >= 13 ? arg - 13 : arg];
    PyObject r = Abstract.arithmetic(a, b, op);
    if (r != null) {
      return r;
    }
    if (arg >= 13) {
      return Abstract.inplaceOp(a, b, op);
    }
    return Abstract.binaryOp(a, b, op);
  }

  static PyObject compareOp(PyObject a, PyObject b, int arg) {
    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
      PyInt x = (PyInt) a;
      PyInt y = (PyInt) b;
      if (!x.isBig() && !y.isBig()) {
        int c = Long.compare(x.longValue(), y.longValue());
        boolean r;
        switch (arg) {
          case 0: r = c < 0; break;
          case 1: r = c <= 0; break;
          case 2: r = c == 0; break;
          case 3: r = c != 0; break;
          case 4: r = c > 0; break;
          default: r = c >= 0; break;
        }
        return PyBool.of(r);
      }
    }
    if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
      double x = ((PyFloat) a).value();
      double y = ((PyFloat) b).value();
      boolean r;
      switch (arg) {
        case 0: r = x < y; break;
        case 1: r = x <= y; break;
        case 2: r = x == y; break;
        case 3: r = x != y; break;
        case 4: r = x > y; break;
        default: r = x >= y; break;
      }
      return PyBool.of(r);
    }
    if (a.getClass() == PyStr.class && b.getClass() == PyStr.class && (arg == 2 || arg == 3)) {
      return PyBool.of(Abstract.strEquals((PyStr) a, (PyStr) b) == (arg == 2));
    }
    return Abstract.richCompare(a, b, CMP[arg]);
  }

  // ---- building ----

  static int build(int op, int arg, PyObject[] stack, int sp) {
    switch (op) {
      case BUILD_TUPLE: {
        PyObject[] items = new PyObject[arg];
        sp -= arg;
        System.arraycopy(stack, sp, items, 0, arg);
        stack[sp++] = PyTuple.of(items);
        return clear(stack, sp, arg - 1);
      }
      case BUILD_LIST: {
        PyObject[] items = new PyObject[arg];
        sp -= arg;
        System.arraycopy(stack, sp, items, 0, arg);
        stack[sp++] = PyList.of(items);
        return clear(stack, sp, arg - 1);
      }
      case BUILD_MAP: {
        PyDict d = new PyDict();
        sp -= 2 * arg;
        for (int i = 0; i < arg; i++) {
          d.put(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
        }
        stack[sp++] = d;
        return clear(stack, sp, 2 * arg - 1);
      }
      case BUILD_STRING: {
        StringBuilder s = new StringBuilder();
        sp -= arg;
        for (int i = 0; i < arg; i++) {
          s.append(((PyStr) stack[sp + i]).value());
        }
        stack[sp++] = PyStr.of(s.toString());
        return clear(stack, sp, arg - 1);
      }
      case BUILD_SLICE:
        sp -= arg;
        stack[sp] = new PySlice(stack[sp], stack[sp + 1], arg == 3 ? stack[sp + 2] : PyNone.NONE);
        clear(stack, sp + 1, arg - 1);
        return sp + 1;
      case BUILD_SET: {
        PySet s = new PySet();
        sp -= arg;
        for (int i = 0; i < arg; i++) {
          s.add(stack[sp + i]);
        }
        stack[sp++] = s;
        return clear(stack, sp, arg - 1);
      }
      case LIST_TO_TUPLE:
        stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
        return sp;
      case FORMAT_VALUE:
        return formatValue(stack, sp, arg);
      default:
        throw new IllegalStateException("build " + name(op));
    }
  }

  private static int clear(PyObject[] stack, int sp, int n) {
    for (int i = 0; i < n; i++) {
      stack[sp + i] = null;
    }
    return sp;
  }

  private static int formatValue(PyObject[] stack, int sp, int arg) {
    PyObject spec = PyStr.EMPTY;
    if ((arg & 4) != 0) {
      spec = stack[--sp];
      stack[sp] = null;
    }
    PyObject v = stack[sp - 1];
    switch (arg & 3) {
      case 1:
        v = Abstract.str(v);
        break;
      case 2:
        v = Abstract.repr(v);
        break;
      case 3:
        v = StrPercent.ascii(v);
        break;
      default:
        break;
    }
    stack[sp - 1] = StrFormat.format(v, spec);
    return sp;
  }


  static int addTo(int op, int arg, PyObject[] stack, int sp) {
    switch (op) {
      case LIST_APPEND:
        ((PyList) stack[sp - 1 - arg]).append(stack[sp - 1]);
        stack[--sp] = null;
        return sp;
      case LIST_EXTEND:
        CallUnpacking.extend((PyList) stack[sp - 1 - arg], stack[sp - 1]);
        stack[--sp] = null;
        return sp;
      case MAP_ADD:
        ((PyDict) stack[sp - 2 - arg]).put(stack[sp - 2], stack[sp - 1]);
        stack[--sp] = null;
        stack[--sp] = null;
        return sp;
      case SET_ADD:
        ((PySet) stack[sp - 1 - arg]).add(stack[sp - 1]);
        stack[--sp] = null;
        return sp;
      case SET_UPDATE:
        ((PySet) stack[sp - 1 - arg]).update(stack[sp - 1]);
        stack[--sp] = null;
        return sp;
      case DICT_UPDATE:
      case DICT_MERGE:
        // DICT_MERGE builds the ** of a call: (NULL f args kwargs update), f three below.
        CallUnpacking.update((PyDict) stack[sp - 1 - arg], stack[sp - 1],
            op == DICT_MERGE ? stack[sp - 3 - arg] : null);
        stack[--sp] = null;
        return sp;
      default:
        throw new IllegalStateException("addTo " + name(op));
    }
  }

  static int unpack(PyObject[] stack, int sp, int n) {
    PyObject seq = stack[--sp];
    PyObject[] items;
    if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == n) {
      PyTuple t = (PyTuple) seq;
      for (int i = n - 1; i >= 0; i--) {
        stack[sp++] = t.get(i);
      }
      return sp;
    }
    if (seq.getClass() == PyTuple.class) {
      PyTuple t = (PyTuple) seq;
      items = new PyObject[t.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = t.get(i);
      }
    } else if (seq.getClass() == PyList.class) {
      items = ((PyList) seq).toArray();
    } else {
      PyObject it;
      try {
        it = Abstract.iter(seq);
      } catch (PyException e) {
        if (e.matches(PyErrors.TYPE_ERROR) && seq.type().name() != null) {
          throw PyErrors.typeError(
              "cannot unpack non-iterable " + seq.type().name() + " object");
        }
        throw e;
      }
      items = new PyObject[n];
      for (int i = 0; i < n; i++) {
        PyObject v = Abstract.next(it);
        if (v == null) {
          throw notEnough(n, i);
        }
        items[i] = v;
      }
      if (Abstract.next(it) != null) {
        throw PyErrors.valueError("too many values to unpack (expected " + n + ")");
      }
    }
    if (items.length < n) {
      throw notEnough(n, items.length);
    }
    if (items.length > n) {
      throw PyErrors.valueError("too many values to unpack (expected " + n + ")");
    }
    for (int i = n - 1; i >= 0; i--) {
      stack[sp++] = items[i];
    }
    return sp;
  }

  /** UNPACK_EX: {@code a, *b, c = seq}. */
  static int unpackEx(PyObject[] stack, int sp, int arg) {
    int before = arg & 0xff;
    int after = arg >> 8;
    PyList all = new PyList();
    all.extend(stack[--sp]);
    int n = all.size();
    if (n < before + after) {
      throw PyErrors.valueError(
          "not enough values to unpack (expected at least " + (before + after) + ", got " + n
              + ")");
    }
    for (int i = n - 1; i >= n - after; i--) {
      stack[sp++] = all.get(i);
    }
    PyObject[] middle = new PyObject[n - before - after];
    for (int i = 0; i < middle.length; i++) {
      middle[i] = all.get(before + i);
    }
    stack[sp++] = PyList.of(middle);
    for (int i = before - 1; i >= 0; i--) {
      stack[sp++] = all.get(i);
    }
    return sp;
  }

  private static PyException notEnough(int n, int got) {
    return PyErrors.valueError(
        "not enough values to unpack (expected " + n + ", got " + got + ")");
  }

  // ---- functions and calls ----

  static int makeFunction(Frame f, PyObject[] stack, int sp, int flags) {
    CodeObject code = (CodeObject) stack[--sp];
    PyCell[] closure = null;
    if ((flags & 8) != 0) {
      PyTuple t = (PyTuple) stack[--sp];
      closure = new PyCell[t.size()];
      for (int i = 0; i < closure.length; i++) {
        closure[i] = (PyCell) t.get(i);
      }
    }
    PyTuple annotations = (flags & 4) != 0 ? (PyTuple) stack[--sp] : null;
    PyDict kwDefaults = (flags & 2) != 0 ? (PyDict) stack[--sp] : null;
    PyObject[] defaults = null;
    if ((flags & 1) != 0) {
      PyTuple t = (PyTuple) stack[--sp];
      defaults = new PyObject[t.size()];
      for (int i = 0; i < defaults.length; i++) {
        defaults[i] = t.get(i);
      }
    }
    PyFunction fn =
        new PyFunction(
            code, f.globals, f.builtins, code.qualname(), defaults, kwDefaults, closure);
    if (annotations != null) {
      fn.setAnnotations(annotations);
    }
    stack[sp++] = fn;
    return sp;
  }

  /**
   * CALL: {@code stack[base]} is NULL or a method, {@code stack[base + 1]} the callable or
   * self, then {@code argc} arguments. A bound method is unpacked in place (function, self) as
   * CPython does; a Python function whose parameters the positionals fill without keywords gets
   * them copied straight from the stack into its frame; a builtin method found by LOAD_METHOD is
   * called without an argument array when it takes zero or one.
   */
  static PyObject call(ThreadState ts, PyObject[] stack, int base, int argc, PyTuple kw) {
    PyObject callable = stack[base];
    int first = base + 1;
    int n = argc + 1;
    if (callable == null) {
      callable = stack[base + 1];
      if (callable.getClass() == PyMethod.class) {
        PyMethod m = (PyMethod) callable;
        callable = m.function();
        stack[base + 1] = m.self();
      } else {
        first = base + 2;
        n = argc;
      }
    }
    if (kw == null) {
      if (callable.getClass() == PyFunction.class) {
        PyFunction fn = (PyFunction) callable;
        Frame frame = Calls.bindPositional(fn, stack, first, n, ts.frame);
        if (frame != null) {
          clear(stack, base + 1, argc + 1);
          return fn.run(frame, ts);
        }
      } else if (callable.getClass() == PyType.class && first == base + 2) {
        PyObject made = instantiate(ts, (PyType) callable, stack, base, argc);
        if (made != null) {
          return made;
        }
      } else if (callable.getClass() == PyMethodDescriptor.class && n == argc + 1 && argc < 3) {
        PyMethodDescriptor m = (PyMethodDescriptor) callable;
        PyObject self = stack[base + 1];
        PyObject a = stack[base + 2];
        PyObject b = argc == 2 ? stack[base + 3] : null;
        clear(stack, base + 1, argc + 1);
        return argc == 0 ? m.call0(self) : argc == 1 ? m.call1(self, a) : m.call2(self, a, b);
      }
    }
    PyObject[] args = new PyObject[n];
    System.arraycopy(stack, first, args, 0, n);
    clear(stack, base + 1, argc + 1);
    String[] kwnames = null;
    if (kw != null) {
      kwnames = new String[kw.size()];
      for (int i = 0; i < kwnames.length; i++) {
        kwnames[i] = ((PyStr) kw.get(i)).value();
      }
    }
    if (callable.getClass() == PyFunction.class) {
      return ((PyFunction) callable).call(ts, args, kwnames);
    }
    if (callable.getClass() == PyBuiltinFunction.class) {
      return ((PyBuiltinFunction) callable).call(args, kwnames);
    }
    return Abstract.call(callable, args, kwnames);
  }

  /**
   * CALL of a class whose instances {@code object.__new__} makes and a Python {@code __init__}
   * initialises, with positional arguments that bind without keywords: the new instance takes the
   * class's place on the stack below the arguments, so {@code __init__}'s frame is bound straight
   * from the stack. Returns the instance, or null (nothing changed) for the general path.
   */
  private static PyObject instantiate(
      ThreadState ts, PyType type, PyObject[] stack, int base, int argc) {
    if (!(type.plainInit() instanceof PyFunction init)) {
      return null;
    }
    PyObject self = type.newPlainInstance();
    stack[base + 1] = self;
    Frame frame = Calls.bindPositional(init, stack, base + 1, argc + 1, ts.frame);
    if (frame == null) {
      stack[base + 1] = type;
      return null;
    }
    clear(stack, base + 1, argc + 1);
    PyObject r = init.run(frame, ts);
    if (r != PyNone.NONE) {
      throw PyErrors.typeError(
          "__init__() should return None, not '" + r.type().name() + "'");
    }
    return self;
  }

  /** CALL_FUNCTION_EX: {@code (NULL f args [kwargs] -- result)}, base at NULL. */
  static PyObject callEx(PyObject[] stack, int base, int flags) {
    PyObject callable = stack[base + 1];
    PyTuple positional = CallUnpacking.starArgs(callable, stack[base + 2]);
    PyDict kw = (flags & 1) != 0 ? (PyDict) stack[base + 3] : null;
    int nkw = kw == null ? 0 : kw.size();
    PyObject[] args = new PyObject[positional.size() + nkw];
    for (int i = 0; i < positional.size(); i++) {
      args[i] = positional.get(i);
    }
    String[] kwnames = null;
    if (nkw > 0) {
      kwnames = new String[nkw];
      PyObject[] keys = kw.keys();
      for (int i = 0; i < nkw; i++) {
        if (!(keys[i] instanceof PyStr s)) {
          throw PyErrors.typeError("keywords must be strings");
        }
        kwnames[i] = s.value();
        args[positional.size() + i] = kw.get(keys[i]);
      }
    }
    for (int i = base; i < base + 3 + (flags & 1); i++) {
      stack[i] = null;
    }
    return Abstract.call(callable, args, kwnames);
  }

  /** BEFORE_WITH: (mgr -- bound __exit__, mgr.__enter__()). */
  static int beforeWith(PyObject[] stack, int sp) {
    PyObject mgr = stack[sp - 1];
    PyObject enter = mgr.type().lookup("__enter__");
    PyObject exit = mgr.type().lookup("__exit__");
    if (enter == null || exit == null) {
      throw PyErrors.typeError(
          "'" + mgr.type().name() + "' object does not support the context manager protocol");
    }
    stack[sp - 1] = Abstract.getAttr(mgr, "__exit__");
    stack[sp] = Abstract.callMethod(mgr, "__enter__");
    return sp + 1;
  }

  /** WITH_EXCEPT_START: calls {@code __exit__(type, exc, tb)} for the exception on top. */
  static PyObject withExceptStart(PyObject[] stack, int sp) {
    PyObject exc = stack[sp - 1];
    PyObject tb = ((PyBaseException) exc).traceback();
    return Abstract.call(stack[sp - 3], exc.type(), exc, tb == null ? PyNone.NONE : tb);
  }

  // ---- exceptions ----

  /** RAISE_VARARGS. */
  static PyException raise(ThreadState ts, PyObject[] stack, int sp, int arg) {
    if (arg == 0) {
      if (ts.handled == null) {
        return PyErrors.runtimeError("No active exception to reraise");
      }
      return ((PyBaseException) ts.handled).toThrowable();
    }
    PyBaseException exc = instantiate(stack[sp - arg]);
    if (arg == 2) {
      PyObject cause = stack[sp - 1];
      if (cause == PyNone.NONE) {
        exc.setCause(null);
      } else if ((cause instanceof PyType t && t.isSubtypeOf(PyErrors.BASE_EXCEPTION))
          || cause instanceof PyBaseException) {
        exc.setCause(instantiate(cause));
      } else {
        throw PyErrors.typeError("exception causes must derive from BaseException");
      }
    }
    return exc.toThrowable();
  }

  private static PyBaseException instantiate(PyObject o) {
    if (o instanceof PyType t && t.isSubtypeOf(PyErrors.BASE_EXCEPTION)) {
      PyObject made = Abstract.call(t);
      if (!(made instanceof PyBaseException e)) {
        throw PyErrors.typeError(
            "calling " + t + " should have returned an instance of BaseException, not "
                + made.type().name());
      }
      return e;
    }
    if (o instanceof PyBaseException e) {
      return e;
    }
    throw PyErrors.typeError("exceptions must derive from BaseException");
  }

  static PyException reraise(PyObject exc) {
    return ((PyBaseException) exc).toThrowable();
  }

  /**
   * CHECK_EG_MATCH {@code (exc type -- rest match)}, which makes a match the handled exception,
   * and PREP_RERAISE_STAR {@code (orig raised -- exc|None)}: the steps of except*.
   */
  static int exceptStar(int op, ThreadState ts, PyObject[] stack, int sp) {
    if (op == CHECK_EG_MATCH) {
      PyObject[] restAndMatch = ExceptionGroups.exceptStarMatch(stack[sp - 2], stack[sp - 1]);
      stack[sp - 2] = restAndMatch[0];
      stack[sp - 1] = restAndMatch[1];
      if (restAndMatch[1] != PyNone.NONE) {
        ts.handled = restAndMatch[1];
      }
      return sp;
    }
    stack[sp - 2] = ExceptionGroups.prepReraiseStar(stack[sp - 2], (PyList) stack[sp - 1]);
    stack[--sp] = null;
    return sp;
  }

  /** CHECK_EXC_MATCH: whether {@code exc} matches an except clause's {@code type}. */
  static boolean exceptionMatches(PyObject exc, PyObject type) {
    if (type instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) {
        checkCatchable(t.get(i));
      }
      for (int i = 0; i < t.size(); i++) {
        if (exc.type().isSubtypeOf((PyType) t.get(i))) {
          return true;
        }
      }
      return false;
    }
    checkCatchable(type);
    return exc.type().isSubtypeOf((PyType) type);
  }

  private static void checkCatchable(PyObject type) {
    if (!(type instanceof PyType t) || !t.isSubtypeOf(PyErrors.BASE_EXCEPTION)) {
      throw PyErrors.typeError(
          "catching classes that do not inherit from BaseException is not allowed");
    }
  }

  static PyObject assertionError() {
    return PyErrors.ASSERTION_ERROR;
  }

  static RuntimeException badOpcode(int word) {
    return new IllegalStateException("unknown opcode " + (word & 0xff));
  }

  /**
   * Returns the Python exception for {@code t} raised at instruction {@code pc} of {@code f}:
   * a Java stack overflow becomes RecursionError, any other Java failure a SystemError naming
   * the opcode and position. Unless re-raised, the frame is added to its traceback and the
   * exception being handled becomes its {@code __context__}.
   */
  static PyException unwinding(Throwable t, ThreadState ts, Frame f, int pc, boolean reraise) {
    PyException e;
    if (t instanceof PyException pe) {
      e = pe;
    } else if (t instanceof StackOverflowError) {
      e = PyErrors.make(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded");
    } else if (t instanceof Error err && !(t instanceof OutOfMemoryError)) {
      throw err;
    } else {
      int word = f.code.code()[pc];
      e = PyErrors.make(
          PyErrors.SYSTEM_ERROR,
          "internal error in " + name(word & 0xff) + " at instruction " + pc + " of "
              + f.code.qualname() + " (" + f.code.filename() + ", line "
              + f.code.lines().line(pc) + "): " + t);
    }
    if (!reraise) {
      PyBaseException v = e.value();
      v.setTraceback(new PyTraceback(f, pc, (PyTraceback) v.traceback()));
      PyObject handled = ts.handled;
      if (handled != null && handled != v && v.context() == null) {
        v.setContext(handled);
      }
    }
    return e;
  }

  /**
   * One step of {@code yield from}: sends v into it and returns what it yields, or null when it
   * returns, with its return value left in {@code f.sendResult}.
   */
  static PyObject send(Frame f, PyObject it, PyObject v) {
    PyObject r;
    if (it instanceof PyGenerator g) {
      r = g.sendOrNull(v);
      if (r == null) {
        f.sendResult = g.returnValue();
      }
    } else if (v == PyNone.NONE) {
      r = Abstract.next(it);
      if (r == null) {
        f.sendResult = it instanceof ReturningIterator ri ? ri.returnValue() : PyNone.NONE;
      }
    } else {
      try {
        r = Abstract.callMethod(it, "send", v);
      } catch (PyException e) {
        if (!e.matches(PyErrors.STOP_ITERATION)) {
          throw e;
        }
        f.sendResult = Abstract.getAttr(e.value(), "value");
        r = null;
      }
    }
    f.delegate = r == null ? null : it;
    return r;
  }

  /**
   * PRINT_EXPR: calls {@code sys.displayhook(v)} when the program set one; else shows v as
   * CPython's default hook does: nothing for None, otherwise its repr on {@code sys.stdout},
   * and binds it to {@code builtins._}.
   */
  static void printExpr(Frame f, ThreadState ts, PyObject v) {
    Imports imports = ts.imports();
    PyObject sys = imports == null ? null : imports.modules().getStr("sys");
    PyObject hook = sys == null ? null : Abstract.lookupAttr(sys, "displayhook");
    if (hook != null) {
      Abstract.call(hook, v);
      return;
    }
    if (v == PyNone.NONE) {
      return;
    }
    f.builtins.putStr("_", PyNone.NONE);
    PyStr text = PyStr.of(Abstract.repr(v).value() + "\n");
    PyObject out = sys == null ? null : Abstract.lookupAttr(sys, "stdout");
    if (out != null) {
      Abstract.callMethod(out, "write", text);
    } else if (imports != null) {
      imports.out().print(text.value());
    }
    f.builtins.putStr("_", v);
  }

  /** GET_YIELD_FROM_ITER: x itself when a generator (or, in a coroutine, a coroutine). */
  static PyObject yieldFromIter(CodeObject code, PyObject x) {
    if (x instanceof PyCoroutine) {
      if ((code.flags() & CodeObject.CO_COROUTINE) == 0) {
        throw PyErrors.typeError(
            "cannot 'yield from' a coroutine object in a non-coroutine generator");
      }
      return x;
    }
    return x instanceof PyGenerator ? x : Abstract.iter(x);
  }

  static void setupAnnotations(Frame f) {
    if (f.locals.getStr("__annotations__") == null) {
      f.locals.putStr("__annotations__", new PyDict());
    }
  }
}
