package dev.krait.core.runtime;

/** Argument binding for str methods, with the three error styles CPython's str methods use. */
final class StrArgs {

  private StrArgs() {}

  /**
   * Returns positional-only arguments padded with nulls to {@code max}, checking counts as
   * Argument Clinic does ({@code center expected at least 1 argument, got 0}).
   */
  static PyObject[] clinic(String name, PyObject[] args, String[] kw, int min, int max) {
    noKeywords(name, kw);
    int n = args.length;
    if (n < min) {
      throw PyErrors.typeError(name + " expected at least " + min + " argument"
          + (min == 1 ? "" : "s") + ", got " + n);
    }
    if (n > max) {
      throw PyErrors.typeError(name + " expected at most " + max + " argument"
          + (max == 1 ? "" : "s") + ", got " + n);
    }
    return java.util.Arrays.copyOf(args, max);
  }

  /**
   * Returns positional-only arguments padded with nulls to {@code max}, checking counts as
   * {@code PyArg_ParseTuple} does ({@code find() takes at least 1 argument (0 given)}).
   */
  static PyObject[] tuple(String name, PyObject[] args, String[] kw, int min, int max) {
    noKeywords(name, kw);
    int n = args.length;
    if (n < min) {
      throw PyErrors.typeError(name + "() takes at least " + min + " argument"
          + (min == 1 ? "" : "s") + " (" + n + " given)");
    }
    if (n > max) {
      throw PyErrors.typeError(name + "() takes at most " + max + " argument"
          + (max == 1 ? "" : "s") + " (" + n + " given)");
    }
    return java.util.Arrays.copyOf(args, max);
  }

  /**
   * Returns arguments bound to {@code names} (null where absent), positional or keyword, with
   * the messages of a clinic function taking keywords.
   */
  static PyObject[] keywords(String name, PyObject[] args, String[] kw, String[] names,
      int min) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = args.length - nkw;
    if (npos > names.length) {
      throw PyErrors.typeError(name + "() takes at most " + names.length + " argument"
          + (names.length == 1 ? "" : "s") + " (" + args.length + " given)");
    }
    PyObject[] out = new PyObject[names.length];
    System.arraycopy(args, 0, out, 0, npos);
    for (int k = 0; k < nkw; k++) {
      int slot = -1;
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(kw[k])) {
          slot = i;
        }
      }
      if (slot < 0) {
        throw PyErrors.typeError(
            "'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
      }
      if (out[slot] != null) {
        throw PyErrors.typeError("argument for " + name + "() given by name ('" + names[slot]
            + "') and position (" + (slot + 1) + ")");
      }
      out[slot] = args[npos + k];
    }
    for (int i = 0; i < min; i++) {
      if (out[i] == null) {
        throw PyErrors.typeError(
            name + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
      }
    }
    return out;
  }

  static void noKeywords(String name, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError("str." + name + "() takes no keyword arguments");
    }
  }

  /** Returns an index-sized int argument ({@code 'float' object cannot be interpreted...}). */
  static long index(PyObject o) {
    PyInt i = Abstract.index(o);
    if (i.isBig()) {
      throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }
    return i.longValue();
  }

  /** Returns a str argument or raises {@code <fn>() argument <n> must be str, not int}. */
  static PyStr str(PyObject o, String fn, String which) {
    if (o instanceof PyStr) {
      return (PyStr) o;
    }
    throw PyErrors.typeError(
        fn + "() argument " + which + " must be str, not " + o.type().name());
  }

  /** Returns a slice bound as {@code find}'s start/end take it: None means absent. */
  static long sliceIndex(PyObject o, long absent) {
    if (o == null || o == PyNone.NONE) {
      return absent;
    }
    if (!(o instanceof PyInt) && o.type().index == null) {
      throw PyErrors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    PyInt i = Abstract.index(o);
    if (i.isBig()) {
      return i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }
    return i.longValue();
  }
}
