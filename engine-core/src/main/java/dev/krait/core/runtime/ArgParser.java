package dev.krait.core.runtime;

/** Binds the general argument vector of a builtin to named parameters, with CPython's errors. */
public final class ArgParser {

  private ArgParser() {}

  /**
   * Returns the values of {@code names} (null where not given) from positional arguments and
   * keywords: the first {@code required} are required; with {@code kwOnlyLast} the last name is
   * keyword-only.
   */
  public static PyObject[] parse(
      String fname, PyObject[] args, String[] kwnames, String[] names, int required,
      boolean kwOnlyLast) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    int maxPos = kwOnlyLast ? names.length - 1 : names.length;
    if (npos > maxPos) {
      throw PyErrors.typeError(
          fname + "() takes at most " + maxPos + " argument" + (maxPos == 1 ? "" : "s") + " ("
              + npos + " given)");
    }
    PyObject[] out = new PyObject[names.length];
    System.arraycopy(args, 0, out, 0, npos);
    for (int k = 0; k < nkw; k++) {
      int slot = -1;
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(kwnames[k])) {
          slot = i;
        }
      }
      if (slot < 0) {
        throw PyErrors.typeError(
            fname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
      }
      if (out[slot] != null) {
        throw PyErrors.typeError(
            "argument for " + fname + "() given by name ('" + names[slot]
                + "') and position (" + (slot + 1) + ")");
      }
      out[slot] = args[npos + k];
    }
    for (int i = 0; i < required; i++) {
      if (out[i] == null) {
        throw PyErrors.typeError(
            fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
      }
    }
    return out;
  }
}
