package dev.krait.core.runtime;

/** The protocol slots of {@code str}: repr, hash, comparison, sequence and number operators. */
final class StrSlots {

  private StrSlots() {}

  static void define(PyType t) {
    t.repr = s -> PyStr.of(((PyStr) s).reprString());
    t.str = s -> s.getClass() == PyStr.class ? s : new PyStr((PyStr) s);
    t.hash = s -> ((PyStr) s).hash();
    t.len = s -> ((PyStr) s).length();
    t.richCompare = StrSlots::compare;
    t.binary[BinaryOp.ADD.ordinal()] =
        (a, b) -> b instanceof PyStr ? ((PyStr) a).concat((PyStr) b)
            : PyNotImplemented.NOT_IMPLEMENTED;
    t.binary[BinaryOp.MUL.ordinal()] = StrSlots::repeat;
    t.reflected[BinaryOp.MUL.ordinal()] = StrSlots::repeat;
    t.binary[BinaryOp.MOD.ordinal()] =
        (a, b) -> StrPercent.format((PyStr) a, b);
    // str.__rmod__ exists in CPython (nb_remainder serves both sides) and always declines.
    t.reflected[BinaryOp.MOD.ordinal()] = (a, b) -> PyNotImplemented.NOT_IMPLEMENTED;
    t.getItem = StrSlots::getItem;
    t.contains = StrSlots::contains;
    t.iter = s -> new PyStrIterator((PyStr) s);
    t.newSlot = StrSlots::newStr;
  }

  private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
    if (!(b instanceof PyStr)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyStr x = (PyStr) a;
    PyStr y = (PyStr) b;
    if (op == CompareOp.EQ || op == CompareOp.NE) {
      return PyBool.of((x == y || x.equalsStr(y)) == (op == CompareOp.EQ));
    }
    return PyBool.of(op.test(x.compareTo(y)));
  }

  private static PyObject repeat(PyObject self, PyObject n) {
    if (!(n instanceof PyInt) && n.type().index == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyInt count = Abstract.index(n);
    PyStr s = (PyStr) self;
    if (count.isBig()) {
      if (count.signum() < 0) {
        return PyStr.EMPTY;
      }
      throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
    }
    long k = count.longValue();
    int len = s.length();
    if (k <= 0 || len == 0) {
      return PyStr.EMPTY;
    }
    if (k == 1 && s.getClass() == PyStr.class) {
      return s;
    }
    if (k * (long) s.value().length() > Integer.MAX_VALUE - 16 || k > Integer.MAX_VALUE) {
      throw PyErrors.make(PyErrors.MEMORY_ERROR);
    }
    if (s.isSplitPair()) {
      int[] c = s.codePoints();
      int[] out = new int[c.length * (int) k];
      for (int i = 0; i < k; i++) {
        System.arraycopy(c, 0, out, i * c.length, c.length);
      }
      return PyStr.ofCodePoints(out, 0, out.length);
    }
    String v = s.value();
    if (Character.isLowSurrogate(v.charAt(0)) && Character.isHighSurrogate(v.charAt(
        v.length() - 1))) {
      // Repeating 'b\udc00...\ud800' would glue a high surrogate to the next copy's low one.
      return PyStr.ofCodePoints(repeatCodePoints(s.codePoints(), (int) k), 0,
          s.codePoints().length * (int) k);
    }
    return PyStr.of(v.repeat((int) k));
  }

  private static int[] repeatCodePoints(int[] c, int k) {
    int[] out = new int[c.length * k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(c, 0, out, i * c.length, c.length);
    }
    return out;
  }

  static PyObject getItem(PyObject self, PyObject key) {
    PyStr s = (PyStr) self;
    if (key instanceof PyInt || key.type().index != null) {
      int i = SequenceIndex.of(key, s.length(), "string", "string");
      return s.charAt(i);
    }
    if (key instanceof PySlice) {
      long[] r = ((PySlice) key).indices(s.length());
      return slice(s, (int) r[0], (int) r[1], (int) r[2], (int) r[3]);
    }
    throw PyErrors.typeError(
        "string indices must be integers, not '" + key.type().name() + "'");
  }

  /** Returns {@code s[start:stop:step]} given CPython's adjusted indices and slice length. */
  static PyStr slice(PyStr s, int start, int stop, int step, int count) {
    if (count <= 0) {
      return PyStr.EMPTY;
    }
    if (step == 1) {
      return s.substring(start, start + count);
    }
    int[] out = new int[count];
    for (int i = 0, j = start; i < count; i++, j += step) {
      out[i] = s.codePointAt(j);
    }
    return PyStr.ofCodePoints(out, 0, count);
  }

  private static boolean contains(PyObject self, PyObject item) {
    if (!(item instanceof PyStr)) {
      throw PyErrors.typeError(
          "'in <string>' requires string as left operand, not " + item.type().name());
    }
    PyStr s = (PyStr) self;
    PyStr sub = (PyStr) item;
    if (s.isSplitPair() || sub.isSplitPair()) {
      return StrSearch.find(s.codePoints(), sub.codePoints(), 0, s.length()) >= 0;
    }
    return s.value().contains(sub.value());
  }

  private static final String[] NEW_NAMES = {"object", "encoding", "errors"};

  private static PyObject newStr(PyType type, PyObject[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    if (args.length > 3) {
      throw PyErrors.typeError("str() takes at most 3 arguments (" + args.length + " given)");
    }
    PyObject[] v = new PyObject[3];
    System.arraycopy(args, 0, v, 0, args.length - nkw);
    for (int k = 0; k < nkw; k++) {
      int slot = java.util.Arrays.asList(NEW_NAMES).indexOf(kwnames[k]);
      if (slot < 0) {
        throw PyErrors.typeError(
            "'" + kwnames[k] + "' is an invalid keyword argument for str()");
      }
      if (v[slot] != null) {
        throw PyErrors.typeError(
            "argument for str() given by name ('" + kwnames[k] + "') and position (" + (slot + 1)
                + ")");
      }
      v[slot] = args[args.length - nkw + k];
    }
    PyStr result;
    if (v[1] == null && v[2] == null) {
      result = v[0] == null ? PyStr.EMPTY : Abstract.str(v[0]);
    } else {
      for (int i = 1; i < 3; i++) {
        if (v[i] != null && !(v[i] instanceof PyStr)) {
          throw PyErrors.typeError("str() argument '" + NEW_NAMES[i] + "' must be str, not "
              + v[i].type().name());
        }
      }
      if (v[0] == null) {
        result = PyStr.EMPTY;
      } else if (v[0] instanceof PyStr) {
        throw PyErrors.typeError("decoding str is not supported");
      } else {
        String tn = v[0].type().nearestBuiltin().name();
        if (!tn.equals("bytes") && !tn.equals("bytearray") && !tn.equals("memoryview")) {
          throw PyErrors.typeError(
              "decoding to str: need a bytes-like object, " + v[0].type().name() + " found");
        }
        PyObject r = Abstract.callMethod(v[0], "decode",
            v[1] == null ? PyStr.of("utf-8") : v[1], v[2] == null ? PyStr.of("strict") : v[2]);
        result = (PyStr) r;
      }
    }
    if (type == PyStr.TYPE) {
      return result.getClass() == PyStr.class ? result : new PyStr(result);
    }
    return new PyStrSubclass(type, result);
  }
}
