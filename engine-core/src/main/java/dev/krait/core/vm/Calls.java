package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Argument binding for Python functions: positionals, defaults, keywords, {@code *args},
 * {@code **kwargs}, keyword-only and positional-only parameters, with CPython 3.11's TypeError
 * texts. Arguments come as {@code Slots.Call} passes them: positionals then keyword values,
 * {@code kwnames} naming the trailing ones.
 */
final class Calls {

  private Calls() {}

  /**
   * Returns a new frame for {@code fn} with its parameters bound from the {@code n} positional
   * arguments at {@code args[first]}, or null when binding needs the general path: the function
   * has {@code *args}, {@code **kwargs} or keyword-only parameters, or the count does not fit
   * between its required and its total positional parameters.
   */
  static Frame bindPositional(PyFunction fn, PyObject[] args, int first, int n, Frame back) {
    int argCount = fn.plainArgCount;
    if (n > argCount) {
      return null;
    }
    PyObject[] defaults = fn.defaults;
    int firstDefault = argCount - defaults.length;
    if (n < firstDefault) {
      return null;
    }
    Frame f = new Frame(fn, back);
    PyObject[] fast = f.fast;
    System.arraycopy(args, first, fast, 0, n);
    for (int i = n; i < argCount; i++) {
      fast[i] = defaults[i - firstDefault];
    }
    return f;
  }

  /** Returns a new frame for {@code fn} with its parameters bound from the arguments. */
  static Frame bind(PyFunction fn, PyObject[] args, String[] kwnames, Frame back) {
    if (kwnames == null || kwnames.length == 0) {
      Frame f = bindPositional(fn, args, 0, args.length, back);
      if (f != null) {
        return f;
      }
    }
    CodeObject code = fn.code;
    Frame f = new Frame(fn, back);
    PyObject[] fast = f.fast;
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    int argCount = code.argCount();
    int kwOnly = code.kwOnlyArgCount();
    int flags = code.flags();
    boolean varargs = (flags & CodeObject.CO_VARARGS) != 0;
    boolean varkw = (flags & CodeObject.CO_VARKEYWORDS) != 0;
    int slot = argCount + kwOnly;
    PyDict kwargs = null;
    if (varkw) {
      kwargs = new PyDict();
      fast[slot + (varargs ? 1 : 0)] = kwargs;
    }
    int n = Math.min(npos, argCount);
    System.arraycopy(args, 0, fast, 0, n);
    if (varargs) {
      PyObject[] extra = new PyObject[Math.max(0, npos - argCount)];
      System.arraycopy(args, n, extra, 0, extra.length);
      fast[slot] = PyTuple.of(extra);
    }
    List<String> posOnlyAsKeyword = null;
    String[] varnames = code.varnames().toArray(new String[0]);
    for (int k = 0; k < nkw; k++) {
      String name = kwnames[k];
      PyObject value = args[npos + k];
      int at = -1;
      for (int i = code.posOnlyArgCount(); i < argCount + kwOnly; i++) {
        if (varnames[i].equals(name)) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        if (kwargs != null) {
          kwargs.put(PyStr.of(name), value);
          continue;
        }
        if (isPosOnly(varnames, code.posOnlyArgCount(), name)) {
          if (posOnlyAsKeyword == null) {
            posOnlyAsKeyword = new ArrayList<>();
          }
          posOnlyAsKeyword.add(name);
          continue;
        }
        throw PyErrors.typeError(
            fn.qualname + "() got an unexpected keyword argument '" + name + "'");
      }
      if (fast[at] != null) {
        throw PyErrors.typeError(
            fn.qualname + "() got multiple values for argument '" + name + "'");
      }
      fast[at] = value;
    }
    if (posOnlyAsKeyword != null) {
      throw PyErrors.typeError(
          fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
              + String.join(", ", posOnlyAsKeyword) + "'");
    }
    if (npos > argCount && !varargs) {
      throw tooManyPositional(fn, npos, fast);
    }
    int defCount = fn.defaults.length;
    if (npos < argCount) {
      int firstDefault = argCount - defCount;
      List<String> missing = new ArrayList<>();
      for (int i = npos; i < firstDefault; i++) {
        if (fast[i] == null) {
          missing.add(varnames[i]);
        }
      }
      if (!missing.isEmpty()) {
        throw missing(fn, missing, "positional");
      }
      for (int i = Math.max(npos, firstDefault); i < argCount; i++) {
        if (fast[i] == null) {
          fast[i] = fn.defaults[i - firstDefault];
        }
      }
    }
    if (kwOnly > 0) {
      List<String> missing = null;
      for (int i = argCount; i < argCount + kwOnly; i++) {
        if (fast[i] == null) {
          PyObject d = fn.kwDefaults == null ? null : fn.kwDefaults.getStr(varnames[i]);
          if (d != null) {
            fast[i] = d;
          } else {
            if (missing == null) {
              missing = new ArrayList<>();
            }
            missing.add(varnames[i]);
          }
        }
      }
      if (missing != null) {
        throw missing(fn, missing, "keyword-only");
      }
    }
    return f;
  }

  private static boolean isPosOnly(String[] varnames, int posOnly, String name) {
    for (int i = 0; i < posOnly; i++) {
      if (varnames[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static RuntimeException tooManyPositional(PyFunction fn, int given, PyObject[] fast) {
    CodeObject code = fn.code;
    int argCount = code.argCount();
    int defCount = fn.defaults.length;
    int kwOnlyGiven = 0;
    for (int i = argCount; i < argCount + code.kwOnlyArgCount(); i++) {
      if (fast[i] != null) {
        kwOnlyGiven++;
      }
    }
    String sig;
    boolean plural;
    if (defCount > 0) {
      sig = "from " + (argCount - defCount) + " to " + argCount;
      plural = true;
    } else {
      sig = Integer.toString(argCount);
      plural = argCount != 1;
    }
    String kwOnlySig = "";
    if (kwOnlyGiven > 0) {
      kwOnlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwOnlyGiven
          + " keyword-only argument" + (kwOnlyGiven != 1 ? "s" : "") + ")";
    }
    return PyErrors.typeError(
        fn.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
            + given + kwOnlySig + " " + (given == 1 && kwOnlyGiven == 0 ? "was" : "were")
            + " given");
  }

  private static RuntimeException missing(PyFunction fn, List<String> names, String kind) {
    StringBuilder list = new StringBuilder();
    int n = names.size();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        list.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
      }
      list.append('\'').append(names.get(i)).append('\'');
    }
    return PyErrors.typeError(
        fn.qualname + "() missing " + n + " required " + kind + " argument"
            + (n == 1 ? "" : "s") + ": " + list);
  }
}
