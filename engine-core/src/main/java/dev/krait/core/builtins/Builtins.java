package dev.krait.core.builtins;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.BinaryOp;
import dev.krait.core.runtime.CompareOp;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.NumberBuiltins;
import dev.krait.core.runtime.PyBuiltinFunction;
import dev.krait.core.runtime.PyByteArray;
import dev.krait.core.runtime.PyBytes;
import dev.krait.core.runtime.PyClassMethod;
import dev.krait.core.runtime.PyComplex;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyEllipsis;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyFrozenSet;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyNotImplemented;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyProperty;
import dev.krait.core.runtime.PyRange;
import dev.krait.core.runtime.PyReversed;
import dev.krait.core.runtime.PySet;
import dev.krait.core.runtime.PySlice;
import dev.krait.core.runtime.PyStaticMethod;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.PyUnionType;
import dev.krait.core.runtime.StrFormat;
import dev.krait.core.runtime.StrPercent;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Makes the {@code builtins} namespace: functions, types, exceptions and constants. */
public final class Builtins {

  private final PrintStream stdout;
  private final PyDict dict = new PyDict();
  private final ObjectIds ids = new ObjectIds();

  private Builtins(PrintStream stdout) {
    this.stdout = stdout;
  }

  /** Returns a new builtins namespace whose {@code print} writes to {@code stdout}. */
  public static PyDict create(PrintStream stdout) {
    Builtins b = new Builtins(stdout);
    b.define();
    return b.dict;
  }

  private void fn(String name, PyBuiltinFunction.Body body) {
    dict.putStr(name, new PyBuiltinFunction(name, body));
  }

  private void define() {
    dict.putStr("__name__", PyStr.of("builtins"));
    dict.putStr("None", PyNone.NONE);
    dict.putStr("True", PyBool.TRUE);
    dict.putStr("False", PyBool.FALSE);
    dict.putStr("Ellipsis", PyEllipsis.ELLIPSIS);
    dict.putStr("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
    for (PyType t : new PyType[] {
      PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE,
      PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PyRange.TYPE, PySlice.TYPE, PyProperty.TYPE,
      PySet.TYPE, PyFrozenSet.TYPE,
      PyStaticMethod.TYPE, PyClassMethod.TYPE, Iterators.Enumerate.TYPE, Iterators.Zip.TYPE,
      PyReversed.TYPE, PyBytes.TYPE, PyByteArray.TYPE
    }) {
      dict.putStr(t.name(), t);
    }
    dict.putStr("complex", PyComplex.TYPE);
    dict.putStr("bytes", PyBytes.TYPE);
    dict.putStr("bytearray", PyByteArray.TYPE);
    for (Field f : PyErrors.class.getFields()) {
      if (f.getType() == PyType.class && Modifier.isStatic(f.getModifiers())) {
        try {
          PyType t = (PyType) f.get(null);
          dict.putStr(t.name(), t);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    // The OSError aliases, __debug__ (no -O here), and site's exit() and quit().
    dict.putStr("EnvironmentError", PyErrors.OS_ERROR);
    dict.putStr("IOError", PyErrors.OS_ERROR);
    dict.putStr("__debug__", PyBool.TRUE);
    Quitter.install(dict);
    fn("print", this::print);
    fn("input", InputFunction::input);
    fn("len", (a, k) -> PyInt.of(Abstract.len(one("len", a, k))));
    fn("repr", (a, k) -> Abstract.repr(one("repr", a, k)));
    fn("abs", (a, k) -> Abstract.abs(one("abs", a, k)));
    fn("hash", (a, k) -> PyInt.of(Abstract.hash(one("hash", a, k))));
    fn("id", (a, k) -> PyInt.of(ids.of(one("id", a, k))));
    fn("callable", (a, k) -> PyBool.of(Abstract.lookupAttr(one("callable", a, k), "__call__")
        != null));
    fn("iter", Builtins::iter);
    fn("next", Builtins::next);
    fn("sorted", Builtins::sorted);
    dict.putStr("map", Iterators.Map.TYPE);
    dict.putStr("filter", Iterators.Filter.TYPE);
    fn("getattr", Builtins::getattr);
    fn("setattr", (a, k) -> {
      exactly("setattr", 3, a, k);
      Abstract.setAttr(a[0], attrName("setattr", a[1]), a[2]);
      return PyNone.NONE;
    });
    fn("delattr", (a, k) -> {
      exactly("delattr", 2, a, k);
      Abstract.delAttr(a[0], attrName("delattr", a[1]));
      return PyNone.NONE;
    });
    fn("hasattr", (a, k) -> {
      exactly("hasattr", 2, a, k);
      return PyBool.of(Abstract.lookupAttr(a[0], attrName("hasattr", a[1])) != null);
    });
    fn("issubclass", (a, k) -> {
      exactly("issubclass", 2, a, k);
      if (!(a[0] instanceof PyType t)) {
        throw PyErrors.typeError("issubclass() arg 1 must be a class");
      }
      return PyBool.of(isSubclass(t, a[1]));
    });
    fn("pow", NumberBuiltins::pow); // pow(base, exp, mod=None) takes keywords too
    fn("isinstance", Builtins::isinstance);
    fn("min", (a, k) -> minMax("min", a, k, CompareOp.LT));
    fn("max", (a, k) -> minMax("max", a, k, CompareOp.GT));
    fn("sum", Builtins::sum);
    fn("any", (a, k) -> anyAll(one("any", a, k), true));
    fn("all", (a, k) -> anyAll(one("all", a, k), false));
    fn("divmod", (a, k) -> {
      exactly("divmod", 2, a, k);
      return Abstract.binaryOp(a[0], a[1], BinaryOp.DIVMOD);
    });
    fn("round", NumberBuiltins::round);
    fn("bin", (a, k) -> NumberBuiltins.bin(one("bin", a, k)));
    fn("oct", (a, k) -> NumberBuiltins.oct(one("oct", a, k)));
    fn("hex", (a, k) -> NumberBuiltins.hex(one("hex", a, k)));
    fn("chr", (a, k) -> {
      long cp = Abstract.index(one("chr", a, k)).longValue();
      if (cp < 0 || cp > 0x10ffff) {
        throw PyErrors.valueError("chr() arg not in range(0x110000)");
      }
      return PyStr.of(new String(Character.toChars((int) cp)));
    });
    fn("ord", (a, k) -> ord(one("ord", a, k)));
    fn("ascii", (a, k) -> StrPercent.ascii(one("ascii", a, k)));
    fn("format", (a, k) -> {
      noKeywords("format", k);
      if (a.length < 1 || a.length > 2) {
        throw PyErrors.typeError("format expected "
            + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments") + ", got "
            + a.length);
      }
      return StrFormat.format(a[0], a.length == 2 ? a[1] : PyStr.EMPTY);
    });
  }

  // ord() of a one-character str, or of a bytes or bytearray of length 1 (its byte value).
  private static PyObject ord(PyObject c) {
    int length;
    int value;
    if (c instanceof PyStr s) {
      String v = s.value();
      length = v.codePointCount(0, v.length());
      value = length == 1 ? v.codePointAt(0) : 0;
    } else if (c instanceof PyBytes || c instanceof PyByteArray) {
      byte[] data = c instanceof PyBytes b ? b.toArray() : ((PyByteArray) c).toArray();
      length = data.length;
      value = length == 1 ? data[0] & 0xff : 0;
    } else {
      throw PyErrors.typeError(
          "ord() expected string of length 1, but " + c.type().name() + " found");
    }
    if (length != 1) {
      throw PyErrors.typeError("ord() expected a character, but string of length "
          + length + " found");
    }
    return PyInt.of(value);
  }

  private static PyObject one(String name, PyObject[] args, String[] kw) {
    noKeywords(name, kw);
    if (args.length != 1) {
      throw PyErrors.typeError(
          name + "() takes exactly one argument (" + args.length + " given)");
    }
    return args[0];
  }

  private static void exactly(String name, int n, PyObject[] args, String[] kw) {
    noKeywords(name, kw);
    if (args.length != n) {
      throw PyErrors.typeError(name + " expected " + n + " arguments, got " + args.length);
    }
  }

  private static void noKeywords(String name, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError(name + "() takes no keyword arguments");
    }
  }

  // print(*objects, sep=' ', end='\n', file=None, flush=False)
  private PyObject print(PyObject[] args, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = args.length - nkw;
    String sep = " ";
    String end = "\n";
    PyObject file = PyNone.NONE;
    for (int i = 0; i < nkw; i++) {
      PyObject v = args[npos + i];
      switch (kw[i]) {
        case "sep":
          sep = stringOrNone("sep", v, " ");
          break;
        case "end":
          end = stringOrNone("end", v, "\n");
          break;
        case "file":
          file = v;
          break;
        case "flush":
          break;
        default:
          throw PyErrors.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < npos; i++) {
      if (i > 0) {
        out.append(sep);
      }
      out.append(Abstract.str(args[i]).value());
    }
    out.append(end);
    if (file == PyNone.NONE) {
      stdout.print(out);
    } else {
      Abstract.callMethod(file, "write", PyStr.of(out.toString()));
    }
    return PyNone.NONE;
  }

  private static String stringOrNone(String what, PyObject v, String dflt) {
    if (v == PyNone.NONE) {
      return dflt;
    }
    if (!(v instanceof PyStr s)) {
      throw PyErrors.typeError(what + " must be None or a string, not " + v.type().name());
    }
    return s.value();
  }

  // iter(object) or iter(callable, sentinel)
  private static PyObject iter(PyObject[] args, String[] kw) {
    noKeywords("iter", kw);
    if (args.length < 1 || args.length > 2) {
      throw PyErrors.typeError(args.length < 1 ? "iter expected at least 1 argument, got 0"
          : "iter expected at most 2 arguments, got " + args.length);
    }
    if (args.length == 1) {
      return Abstract.iter(args[0]);
    }
    if (Abstract.lookupAttr(args[0], "__call__") == null) {
      throw PyErrors.typeError("iter(v, w): v must be callable");
    }
    return new Iterators.CallIterator(args[0], args[1]);
  }

  private static PyObject next(PyObject[] args, String[] kw) {
    noKeywords("next", kw);
    if (args.length < 1 || args.length > 2) {
      throw PyErrors.typeError("next expected at least 1 argument, got " + args.length);
    }
    PyObject it = args[0];
    PyObject method = it.type().lookup("__next__");
    if (method == null) {
      throw PyErrors.typeError("'" + it.type().name() + "' object is not an iterator");
    }
    if (!(method instanceof dev.krait.core.runtime.PyMethodDescriptor)) {
      // A Python __next__: its own StopIteration (with its args) is what next() raises.
      try {
        return Abstract.callMethod(it, "__next__");
      } catch (dev.krait.core.runtime.PyException e) {
        if (args.length == 2 && e.matches(PyErrors.STOP_ITERATION)) {
          return args[1];
        }
        throw e;
      }
    }
    PyObject v = Abstract.next(it);
    if (v == null) {
      if (args.length == 2) {
        return args[1];
      }
      throw dev.krait.core.runtime.ReturningIterator.stopIteration(it);
    }
    return v;
  }

  private static String attrName(String fn, PyObject name) {
    if (!(name instanceof PyStr s)) {
      throw PyErrors.typeError(
          "attribute name must be string, not '" + name.type().name() + "'");
    }
    return s.value();
  }

  // getattr(object, name[, default])
  private static PyObject getattr(PyObject[] args, String[] kw) {
    noKeywords("getattr", kw);
    if (args.length < 2 || args.length > 3) {
      throw PyErrors.typeError("getattr expected 2 or 3 arguments, got " + args.length);
    }
    String name = attrName("getattr", args[1]);
    if (args.length == 3) {
      PyObject v = Abstract.lookupAttr(args[0], name);
      return v == null ? args[2] : v;
    }
    return Abstract.getAttr(args[0], name);
  }

  // sorted(iterable, /, *, key=None, reverse=False)
  private static PyObject sorted(PyObject[] args, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = args.length - nkw;
    if (npos != 1) {
      throw PyErrors.typeError("sorted expected 1 argument, got " + npos);
    }
    PyList out = new PyList();
    out.extend(args[0]);
    PyObject[] rest = new PyObject[nkw];
    System.arraycopy(args, 1, rest, 0, nkw);
    Abstract.call(Abstract.getAttr(out, "sort"), rest, kw);
    return out;
  }

  private static boolean isSubclass(PyType t, PyObject cls) {
    if (cls instanceof PyType c && c.type() == PyType.TYPE) {
      return t.isSubtypeOf(c);
    }
    if (cls instanceof PyUnionType u) {
      return isSubclass(t, PyTuple.of(u.args().toArray(new PyObject[0])));
    }
    Boolean hooked = cls instanceof PyTuple ? null
        : PyType.checkHook(cls, "__subclasscheck__", t);
    if (hooked != null) {
      return hooked;
    }
    if (cls instanceof PyTuple tuple) {
      for (int i = 0; i < tuple.size(); i++) {
        if (isSubclass(t, tuple.get(i))) {
          return true;
        }
      }
      return false;
    }
    throw PyErrors.typeError(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }

  private static PyObject isinstance(PyObject[] args, String[] kw) {
    exactly("isinstance", 2, args, kw);
    return PyBool.of(isInstance(args[0], args[1]));
  }

  private static boolean isInstance(PyObject o, PyObject cls) {
    if (cls instanceof PyType t && (o.type() == t || t.type() == PyType.TYPE)) {
      return o.type().isSubtypeOf(t);
    }
    if (cls instanceof PyUnionType u) {
      return isInstance(o, PyTuple.of(u.args().toArray(new PyObject[0])));
    }
    Boolean hooked = cls instanceof PyTuple ? null
        : PyType.checkHook(cls, "__instancecheck__", o);
    if (hooked != null) {
      return hooked;
    }
    if (cls instanceof PyTuple tuple) {
      for (int i = 0; i < tuple.size(); i++) {
        if (isInstance(o, tuple.get(i))) {
          return true;
        }
      }
      return false;
    }
    throw PyErrors.typeError(
        "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }

  // min(iterable, *[, default=obj, key=func]) / min(arg1, arg2, *args, *[, key=func])
  private static PyObject minMax(String name, PyObject[] args, String[] kw, CompareOp op) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = args.length - nkw;
    PyObject key = PyNone.NONE;
    PyObject dflt = null;
    for (int i = 0; i < nkw; i++) {
      if (kw[i].equals("key")) {
        key = args[npos + i];
      } else if (kw[i].equals("default")) {
        dflt = args[npos + i];
      } else {
        throw PyErrors.typeError(
            name + "() got an unexpected keyword argument '" + kw[i] + "'");
      }
    }
    if (npos == 0) {
      throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
    }
    PyObject it;
    if (npos == 1) {
      it = Abstract.iter(args[0]);
    } else {
      if (dflt != null) {
        throw PyErrors.typeError(
            "Cannot specify a default for " + name + "() with multiple positional arguments");
      }
      PyObject[] items = new PyObject[npos];
      System.arraycopy(args, 0, items, 0, npos);
      it = Abstract.iter(PyTuple.of(items));
    }
    PyObject best = null;
    PyObject bestKey = null;
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
      PyObject k = key == PyNone.NONE ? v : Abstract.call(key, v);
      if (best == null || Abstract.richCompareBool(k, bestKey, op)) {
        best = v;
        bestKey = k;
      }
    }
    if (best == null) {
      if (dflt != null) {
        return dflt;
      }
      throw PyErrors.valueError(name + "() arg is an empty sequence");
    }
    return best;
  }

  // sum(iterable, /, start=0)
  private static PyObject sum(PyObject[] args, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = args.length - nkw;
    if (npos < 1) {
      throw PyErrors.typeError("sum() takes at least 1 positional argument (0 given)");
    }
    PyObject acc = npos > 1 ? args[1] : PyInt.of(0);
    for (int i = 0; i < nkw; i++) {
      if (!kw[i].equals("start")) {
        throw PyErrors.typeError("sum() got an unexpected keyword argument '" + kw[i] + "'");
      }
      acc = args[npos + i];
    }
    if (acc instanceof PyStr) {
      throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    }
    PyObject it = Abstract.iter(args[0]);
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
      acc = Abstract.add(acc, v);
    }
    return acc;
  }

  private static PyObject anyAll(PyObject iterable, boolean any) {
    PyObject it = Abstract.iter(iterable);
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
      if (Abstract.isTrue(v) == any) {
        return PyBool.of(any);
      }
    }
    return PyBool.of(!any);
  }
}
