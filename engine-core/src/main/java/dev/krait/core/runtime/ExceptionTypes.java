package dev.krait.core.runtime;

import java.util.function.Function;

/**
 * Builds the builtin exception types: construction, {@code str}/{@code repr} and the
 * per-type attributes ({@code StopIteration.value}, {@code SystemExit.code}, ...) of CPython 3.11.
 */
final class ExceptionTypes {

  private ExceptionTypes() {}

  static int fieldCount(PyType type) {
    for (PyType t : type.mroArray()) {
      if (t.exceptionFields > 0) {
        return t.exceptionFields;
      }
    }
    return 0;
  }

  /** Returns a new builtin exception type. */
  static PyType make(String name, PyType... bases) {
    PyType t = PyType.builtin(name, PyBaseException.class, bases);
    return t;
  }

  static void ready(PyType t) {
    t.ready();
  }

  /** Fills {@code BaseException}: new/init store args; str and repr follow CPython. */
  static void defineBase(PyType t) {
    t.newSlot = (type, args, kw) -> new PyBaseException(type, positional(args, kw));
    t.init =
        (self, args, kw) -> {
          if (kw != null && kw.length > 0 && !self.type().isSubtypeOf(PyErrors.IMPORT_ERROR)
              && !self.type().isSubtypeOf(PyErrors.NAME_ERROR)) {
            throw PyErrors.typeError(self.type().name() + "() takes no keyword arguments");
          }
          PyBaseException e = (PyBaseException) self;
          e.args = positional(args, kw);
          initFields(e, kw == null ? null : args, kw);
        };
    t.str = self -> PyStr.of(str((PyBaseException) self));
    t.repr =
        self -> {
          PyBaseException e = (PyBaseException) self;
          String args = e.args.size() == 1
              ? "(" + Abstract.repr(e.args.get(0)).value() + ")"
              : Abstract.repr(e.args).value();
          return PyStr.of(self.type().name() + args);
        };
    PyGetSetDescriptor.define(t, "args", s -> ((PyBaseException) s).args,
        (s, v) -> ((PyBaseException) s).args = PyTuple.of(v));
    PyGetSetDescriptor.define(t, "__cause__", s -> orNone(((PyBaseException) s).cause),
        (s, v) -> ((PyBaseException) s).setCause(v == PyNone.NONE ? null : v));
    PyGetSetDescriptor.define(t, "__context__", s -> orNone(((PyBaseException) s).context),
        (s, v) -> ((PyBaseException) s).context = v == PyNone.NONE ? null : v);
    PyGetSetDescriptor.define(t, "__suppress_context__",
        s -> PyBool.of(((PyBaseException) s).suppressContext),
        (s, v) -> ((PyBaseException) s).suppressContext = Abstract.isTrue(v));
    PyGetSetDescriptor.define(t, "__traceback__", s -> orNone(((PyBaseException) s).traceback),
        (s, v) -> ((PyBaseException) s).traceback = v == PyNone.NONE ? null : v);
  }

  /** Adds an attribute stored in the exception's cell {@code index}, None until set. */
  static void field(PyType t, String name, int index) {
    t.exceptionFields = Math.max(t.exceptionFields, index + 1);
    PyGetSetDescriptor.define(t, name, s -> orNone(((PyBaseException) s).fields[index]),
        (s, v) -> ((PyBaseException) s).fields[index] = v);
  }

  /** Sets a type-specific {@code __str__}. */
  static void str(PyType t, Function<PyBaseException, String> f) {
    t.str = self -> PyStr.of(f.apply((PyBaseException) self));
  }

  private static PyObject orNone(PyObject o) {
    return o == null ? PyNone.NONE : o;
  }

  private static PyTuple positional(PyObject[] args, String[] kw) {
    int n = args.length - (kw == null ? 0 : kw.length);
    PyObject[] pos = new PyObject[n];
    System.arraycopy(args, 0, pos, 0, n);
    return PyTuple.of(pos);
  }

  /** Returns BaseException's str: "", str of the one argument, or the repr of the args. */
  static String str(PyBaseException e) {
    switch (e.args.size()) {
      case 0:
        return "";
      case 1:
        return Abstract.str(e.args.get(0)).value();
      default:
        return Abstract.repr(e.args).value();
    }
  }

  private static void initFields(PyBaseException e, PyObject[] all, String[] kw) {
    PyType t = e.type();
    PyTuple a = e.args;
    if (t.isSubtypeOf(PyErrors.STOP_ITERATION)) {
      e.fields[0] = a.size() > 0 ? a.get(0) : PyNone.NONE;
    } else if (t.isSubtypeOf(PyErrors.SYSTEM_EXIT)) {
      e.fields[0] = a.size() == 0 ? PyNone.NONE : a.size() == 1 ? a.get(0) : a;
    } else if (t.isSubtypeOf(PyErrors.IMPORT_ERROR)) {
      e.fields[0] = a.size() == 1 ? a.get(0) : PyNone.NONE;
      keywords(e, all, kw, "name", 1, "path", 2);
    } else if (t.isSubtypeOf(PyErrors.NAME_ERROR) || t.isSubtypeOf(PyErrors.ATTRIBUTE_ERROR)) {
      keywords(e, all, kw, "name", 0, "obj", 1);
    } else if (t.isSubtypeOf(PyErrors.OS_ERROR) && a.size() >= 2 && a.size() <= 5) {
      e.fields[0] = a.get(0);
      e.fields[1] = a.get(1);
      if (a.size() >= 3) {
        e.fields[2] = a.get(2);
      }
    } else if (t.isSubtypeOf(PyErrors.SYNTAX_ERROR)) {
      syntaxErrorFields(e, a);
    } else if (t.isSubtypeOf(PyErrors.BASE_EXCEPTION_GROUP) && a.size() == 2) {
      e.fields[0] = a.get(0);
      e.fields[1] = PyTuple.fromIterable(a.get(1));
    }
  }

  // SyntaxError(msg) or SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
  // end_offset])): CPython's SyntaxError_init.
  private static void syntaxErrorFields(PyBaseException e, PyTuple a) {
    if (a.size() >= 1) {
      e.fields[0] = a.get(0);
    }
    if (a.size() != 2) {
      return;
    }
    PyTuple info = PyTuple.fromIterable(a.get(1));
    if (info.size() < 4 || info.size() > 6) {
      throw PyErrors.indexError("tuple index out of range");
    }
    for (int i = 0; i < info.size(); i++) {
      e.fields[i + 1] = info.get(i);
    }
  }

  private static void keywords(
      PyBaseException e, PyObject[] all, String[] kw, String n1, int i1, String n2, int i2) {
    if (kw == null) {
      return;
    }
    int base = all.length - kw.length;
    for (int k = 0; k < kw.length; k++) {
      if (kw[k].equals(n1)) {
        e.fields[i1] = all[base + k];
      } else if (kw[k].equals(n2) && i2 < e.fields.length) {
        e.fields[i2] = all[base + k];
      } else {
        throw PyErrors.typeError(
            "'" + kw[k] + "' is an invalid keyword argument for " + e.type().name() + "()");
      }
    }
  }

  /** Sets the {@code __str__} of KeyError, ImportError, OSError, SyntaxError and groups. */
  static void defineStr(PyType t) {
    switch (t.name()) {
      case "KeyError":
        str(t, e -> e.args.size() == 1 ? Abstract.repr(e.args.get(0)).value() : str(e));
        return;
      case "ImportError":
        str(t, e -> e.fields[0] != null && e.fields[0] != PyNone.NONE
            ? Abstract.str(e.fields[0]).value() : str(e));
        return;
      case "OSError":
        str(t, e -> {
          if (e.fields[1] == null) {
            return str(e);
          }
          String s = "[Errno " + Abstract.str(e.fields[0]).value() + "] "
              + Abstract.str(e.fields[1]).value();
          return e.fields[2] == null ? s : s + ": " + Abstract.repr(e.fields[2]).value();
        });
        return;
      case "SyntaxError":
        str(t, e -> {
          if (e.args.size() != 2 || !(e.args.get(1) instanceof PyTuple)) {
            return str(e);
          }
          PyTuple d = (PyTuple) e.args.get(1);
          String msg = Abstract.str(e.args.get(0)).value();
          return d.size() < 2 ? msg : msg + " (" + Abstract.str(d.get(0)).value() + ", line "
              + Abstract.str(d.get(1)).value() + ")";
        });
        return;
      default:
        str(t, e -> {
          if (e.fields[1] == null) {
            return str(e);
          }
          long n = Abstract.len(e.fields[1]);
          return Abstract.str(e.fields[0]).value() + " (" + n + " sub-exception"
              + (n == 1 ? "" : "s") + ")";
        });
    }
  }
}
