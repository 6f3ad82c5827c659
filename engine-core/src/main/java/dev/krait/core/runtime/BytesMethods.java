package dev.krait.core.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The methods that {@code bytes} and {@code bytearray} share (search, split, strip, case,
 * padding, hex, translate, decode), each returning the receiver's kind.
 */
final class BytesMethods {

  private BytesMethods() {}

  private static final String[] SPLIT_NAMES = {"sep", "maxsplit"};
  private static final String[] DECODE_NAMES = {"encoding", "errors"};
  private static final String[] HEX_NAMES = {"sep", "bytes_per_sep"};

  static void define(PyType t) {
    PyMethodDescriptor.define(t, "find", (PyMethodDescriptor.FnN) (s, a, k) ->
        PyInt.of(search(s, a, k, "find", false)));
    PyMethodDescriptor.define(t, "rfind", (PyMethodDescriptor.FnN) (s, a, k) ->
        PyInt.of(search(s, a, k, "rfind", true)));
    PyMethodDescriptor.define(t, "index", (PyMethodDescriptor.FnN) (s, a, k) ->
        PyInt.of(found(search(s, a, k, "index", false))));
    PyMethodDescriptor.define(t, "rindex", (PyMethodDescriptor.FnN) (s, a, k) ->
        PyInt.of(found(search(s, a, k, "rindex", true))));
    PyMethodDescriptor.define(t, "count", (PyMethodDescriptor.FnN) BytesMethods::count);
    PyMethodDescriptor.define(t, "startswith", (PyMethodDescriptor.FnN) (s, a, k) ->
        affix(s, a, k, "startswith", false));
    PyMethodDescriptor.define(t, "endswith", (PyMethodDescriptor.FnN) (s, a, k) ->
        affix(s, a, k, "endswith", true));
    PyMethodDescriptor.define(t, "split", (PyMethodDescriptor.FnN) (s, a, k) ->
        BytesSplit.split(s, ArgParser.parse("split", a, k, SPLIT_NAMES, 0, false), false));
    PyMethodDescriptor.define(t, "rsplit", (PyMethodDescriptor.FnN) (s, a, k) ->
        BytesSplit.split(s, ArgParser.parse("rsplit", a, k, SPLIT_NAMES, 0, false), true));
    PyMethodDescriptor.define(t, "splitlines", (PyMethodDescriptor.FnN) BytesSplit::splitlines);
    PyMethodDescriptor.define(t, "partition", (PyMethodDescriptor.Fn1) (s, sep) ->
        BytesSplit.partition(s, sep, false));
    PyMethodDescriptor.define(t, "rpartition", (PyMethodDescriptor.Fn1) (s, sep) ->
        BytesSplit.partition(s, sep, true));
    PyMethodDescriptor.define(t, "join", (PyMethodDescriptor.Fn1) BytesMethods::join);
    PyMethodDescriptor.define(t, "strip", (PyMethodDescriptor.FnN) (s, a, k) ->
        strip(s, a, k, "strip", true, true));
    PyMethodDescriptor.define(t, "lstrip", (PyMethodDescriptor.FnN) (s, a, k) ->
        strip(s, a, k, "lstrip", true, false));
    PyMethodDescriptor.define(t, "rstrip", (PyMethodDescriptor.FnN) (s, a, k) ->
        strip(s, a, k, "rstrip", false, true));
    PyMethodDescriptor.define(t, "replace", (PyMethodDescriptor.FnN) BytesMethods::replace);
    PyMethodDescriptor.define(t, "removeprefix", (PyMethodDescriptor.Fn1) (s, p) -> {
      byte[] d = BytesSupport.self(s);
      byte[] x = BytesSupport.buffer(p);
      boolean hit = d.length >= x.length && Arrays.equals(d, 0, x.length, x, 0, x.length);
      return BytesSupport.make(s, hit ? Arrays.copyOfRange(d, x.length, d.length) : d.clone());
    });
    PyMethodDescriptor.define(t, "removesuffix", (PyMethodDescriptor.Fn1) (s, p) -> {
      byte[] d = BytesSupport.self(s);
      byte[] x = BytesSupport.buffer(p);
      int n = d.length - x.length;
      boolean hit = x.length > 0 && n >= 0 && Arrays.equals(d, n, d.length, x, 0, x.length);
      return BytesSupport.make(s, hit ? Arrays.copyOf(d, n) : d.clone());
    });
    PyMethodDescriptor.define(t, "center", (PyMethodDescriptor.FnN) (s, a, k) ->
        pad(s, a, k, "center"));
    PyMethodDescriptor.define(t, "ljust", (PyMethodDescriptor.FnN) (s, a, k) ->
        pad(s, a, k, "ljust"));
    PyMethodDescriptor.define(t, "rjust", (PyMethodDescriptor.FnN) (s, a, k) ->
        pad(s, a, k, "rjust"));
    PyMethodDescriptor.define(t, "zfill", (PyMethodDescriptor.Fn1) BytesMethods::zfill);
    PyMethodDescriptor.define(t, "expandtabs", (PyMethodDescriptor.FnN) BytesMethods::expandtabs);
    PyMethodDescriptor.define(t, "decode", (PyMethodDescriptor.FnN) (s, a, k) -> {
      PyObject[] v = ArgParser.parse("decode", a, k, DECODE_NAMES, 0, false);
      String enc = v[0] == null ? "utf-8" : Codecs.argString("decode", 1, "encoding", v[0]);
      String err = v[1] == null ? null : Codecs.argString("decode", 2, "errors", v[1]);
      return Codecs.decode(BytesSupport.self(s), enc, err);
    });
    PyMethodDescriptor.define(t, "hex", (PyMethodDescriptor.FnN) (s, a, k) ->
        BytesHex.hex(BytesSupport.self(s), ArgParser.parse("hex", a, k, HEX_NAMES, 0, false)));
    t.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", BytesHex::fromhex)));
    t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
      PyObject[] v = positional("maketrans", a, k, 2, 2);
      byte[] from = BytesSupport.buffer(v[0]);
      byte[] to = BytesSupport.buffer(v[1]);
      if (from.length != to.length) {
        throw PyErrors.valueError("maketrans arguments must have same length");
      }
      byte[] table = new byte[256];
      for (int i = 0; i < 256; i++) {
        table[i] = (byte) i;
      }
      for (int i = 0; i < from.length; i++) {
        table[from[i] & 0xff] = to[i];
      }
      return PyBytes.wrap(table);
    })));
    PyMethodDescriptor.define(t, "translate", (PyMethodDescriptor.FnN) BytesMethods::translate);
    BytesCase.define(t);
  }

  // ---- argument helpers ----

  /**
   * Returns {@code max} slots holding the positional arguments (null where not given), raising
   * CPython's errors for keywords and for too few or too many arguments.
   */
  static PyObject[] positional(String name, PyObject[] args, String[] kw, int min, int max) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError(name + "() takes no keyword arguments");
    }
    return counted(name, args, min, max);
  }

  /** As {@link #positional}, naming the receiver's type in the keyword error. */
  static PyObject[] positional(PyObject self, String name, PyObject[] args, String[] kw,
      int min, int max) {
    if (kw != null && kw.length > 0) {
      throw noKeywords(self, name);
    }
    return counted(name, args, min, max);
  }

  private static PyException noKeywords(PyObject self, String name) {
    return PyErrors.typeError((self instanceof PyByteArray ? "bytearray." : "bytes.") + name
        + "() takes no keyword arguments");
  }

  /** As {@link #positional} with the older wording of the search methods' arity errors. */
  private static PyObject[] searchArgs(PyObject self, String name, PyObject[] args,
      String[] kw) {
    if (kw != null && kw.length > 0) {
      throw noKeywords(self, name);
    }
    if (args.length < 1 || args.length > 3) {
      throw PyErrors.typeError(name + "() takes at " + (args.length < 1 ? "least 1 argument"
          : "most 3 arguments") + " (" + args.length + " given)");
    }
    return Arrays.copyOf(args, 3);
  }

  private static PyObject[] counted(String name, PyObject[] args, int min, int max) {
    if (args.length < min) {
      throw PyErrors.typeError(name + " expected " + (min == max ? "" : "at least ") + min
          + " argument" + (min == 1 ? "" : "s") + ", got " + args.length);
    }
    if (args.length > max) {
      throw PyErrors.typeError(name + " expected " + (min == max ? "" : "at most ") + max
          + " argument" + (max == 1 ? "" : "s") + ", got " + args.length);
    }
    return Arrays.copyOf(args, max);
  }

  /** Returns a start/end argument as a slice index ({@code None} gives {@code dflt}). */
  private static long rangeArg(PyObject o, long dflt) {
    if (o == null || o == PyNone.NONE) {
      return dflt;
    }
    PyObject k = Abstract.indexOrNull(o);
    if (k == null) {
      throw PyErrors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    PyInt i = (PyInt) k;
    if (i.isBig()) {
      return i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }
    return i.longValue();
  }

  /** Returns {@code {start, end}} adjusted as CPython's {@code ADJUST_INDICES}. */
  private static long[] range(PyObject start, PyObject end, int len) {
    long s = rangeArg(start, 0);
    long e = rangeArg(end, Long.MAX_VALUE / 2);
    if (e > len) {
      e = len;
    } else if (e < 0) {
      e = Math.max(0, e + len);
    }
    if (s < 0) {
      s = Math.max(0, s + len);
    }
    return new long[] {s, e};
  }

  /** Returns the bytes of a search argument: a bytes-like object or one byte value. */
  private static byte[] needle(PyObject o) {
    byte[] b = BytesSupport.bufferOrNull(o);
    if (b != null) {
      return b;
    }
    if (Abstract.indexOrNull(o) == null) {
      throw PyErrors.typeError("argument should be integer or bytes-like object, not '"
          + o.type().name() + "'");
    }
    return new byte[] {(byte) BytesSupport.byteValue(o)};
  }

  // ---- search ----

  private static int search(PyObject self, PyObject[] args, String[] kw, String name,
      boolean reverse) {
    PyObject[] a = searchArgs(self, name, args, kw);
    byte[] d = BytesSupport.self(self);
    byte[] sub = needle(a[0]);
    long[] r = range(a[1], a[2], d.length);
    if (r[0] > d.length || r[1] - r[0] < sub.length) {
      return -1;
    }
    return reverse ? BytesSupport.rfind(d, (int) r[0], (int) r[1], sub)
        : BytesSupport.find(d, (int) r[0], (int) r[1], sub);
  }

  private static int found(int i) {
    if (i < 0) {
      throw PyErrors.valueError("subsection not found");
    }
    return i;
  }

  private static PyObject count(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = searchArgs(self, "count", args, kw);
    byte[] d = BytesSupport.self(self);
    byte[] sub = needle(a[0]);
    long[] r = range(a[1], a[2], d.length);
    if (r[0] > d.length || r[1] < r[0]) {
      return PyInt.of(0);
    }
    int from = (int) r[0];
    int to = (int) r[1];
    if (sub.length == 0) {
      return PyInt.of(to - from + 1);
    }
    int n = 0;
    for (int i = BytesSupport.find(d, from, to, sub); i >= 0;
        i = BytesSupport.find(d, i + sub.length, to, sub)) {
      n++;
    }
    return PyInt.of(n);
  }

  private static PyObject affix(PyObject self, PyObject[] args, String[] kw, String name,
      boolean end) {
    PyObject[] a = searchArgs(self, name, args, kw);
    byte[] d = BytesSupport.self(self);
    long[] r = range(a[1], a[2], d.length);
    if (a[0] instanceof PyTuple) {
      PyTuple tuple = (PyTuple) a[0];
      for (int i = 0; i < tuple.size(); i++) {
        if (matches(d, r, BytesSupport.buffer(tuple.get(i)), end)) {
          return PyBool.TRUE;
        }
      }
      return PyBool.FALSE;
    }
    byte[] x = BytesSupport.bufferOrNull(a[0]);
    if (x == null) {
      throw PyErrors.typeError(name + " first arg must be bytes or a tuple of bytes, not "
          + a[0].type().name());
    }
    return PyBool.of(matches(d, r, x, end));
  }

  private static boolean matches(byte[] d, long[] r, byte[] x, boolean end) {
    long s = r[0];
    long e = r[1];
    if (s > d.length || e - s < x.length) {
      return false;
    }
    int at = end ? (int) (e - x.length) : (int) s;
    return Arrays.equals(d, at, at + x.length, x, 0, x.length);
  }

  // ---- join, strip, replace ----

  private static PyObject join(PyObject self, PyObject iterable) {
    byte[] sep = BytesSupport.self(self);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] i = {0};
    if (iterable instanceof PyStr) {
      // A str iterates as one-character strs, so its first item is the offending one.
      if (((PyStr) iterable).length() == 0) {
        return BytesSupport.make(self, new byte[0]);
      }
      throw PyErrors.typeError("sequence item 0: expected a bytes-like object, str found");
    }
    PyType it = iterable.type();
    if (it.iter == null && it.getItem == null && !(iterable instanceof PyTuple)) {
      throw PyErrors.typeError("can only join an iterable");
    }
    BytesSupport.forEach(iterable, v -> {
      byte[] b = BytesSupport.bufferOrNull(v);
      if (b == null) {
        throw PyErrors.typeError("sequence item " + i[0] + ": expected a bytes-like object, "
            + v.type().name() + " found");
      }
      if (i[0]++ > 0) {
        out.write(sep, 0, sep.length);
      }
      out.write(b, 0, b.length);
    });
    return BytesSupport.make(self, out.toByteArray());
  }

  /** Returns whether {@code b} is ASCII whitespace as {@code bytes.isspace} defines it. */
  static boolean isSpace(int b) {
    return b == ' ' || (b >= '\t' && b <= '\r');
  }

  private static PyObject strip(PyObject self, PyObject[] args, String[] kw, String name,
      boolean left, boolean right) {
    PyObject[] a = positional(self, name, args, kw, 0, 1);
    byte[] d = BytesSupport.self(self);
    boolean[] set = new boolean[256];
    if (a[0] == null || a[0] == PyNone.NONE) {
      for (int c = 0; c < 256; c++) {
        set[c] = isSpace(c);
      }
    } else {
      for (byte c : BytesSupport.buffer(a[0])) {
        set[c & 0xff] = true;
      }
    }
    int i = 0;
    int j = d.length;
    if (left) {
      while (i < j && set[d[i] & 0xff]) {
        i++;
      }
    }
    if (right) {
      while (j > i && set[d[j - 1] & 0xff]) {
        j--;
      }
    }
    return BytesSupport.make(self, Arrays.copyOfRange(d, i, j));
  }

  private static PyObject replace(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = positional(self, "replace", args, kw, 2, 3);
    byte[] d = BytesSupport.self(self);
    byte[] old = BytesSupport.buffer(a[0]);
    byte[] rep = BytesSupport.buffer(a[1]);
    long count = a[2] == null ? -1 : Abstract.index(a[2]).longValue();
    if (count < 0) {
      count = Long.MAX_VALUE;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (old.length == 0) {
      int i = 0;
      for (; i <= d.length; i++) {
        if (count-- <= 0) {
          break;
        }
        out.write(rep, 0, rep.length);
        if (i < d.length) {
          out.write(d[i]);
        }
      }
      if (i < d.length) {
        out.write(d, i, d.length - i);
      }
      return BytesSupport.make(self, out.toByteArray());
    }
    int i = 0;
    while (count > 0) {
      int j = BytesSupport.find(d, i, d.length, old);
      if (j < 0) {
        break;
      }
      out.write(d, i, j - i);
      out.write(rep, 0, rep.length);
      i = j + old.length;
      count--;
    }
    out.write(d, i, d.length - i);
    return BytesSupport.make(self, out.toByteArray());
  }

  // ---- padding ----

  private static PyObject pad(PyObject self, PyObject[] args, String[] kw, String name) {
    PyObject[] a = positional(self, name, args, kw, 1, 2);
    long width = Abstract.index(a[0]).longValue();
    byte fill = ' ';
    if (a[1] != null) {
      byte[] f = BytesSupport.bufferOrNull(a[1]);
      if (f == null || f.length != 1) {
        throw PyErrors.typeError(name + "() argument 2 must be a byte string of length 1, not "
            + a[1].type().name());
      }
      fill = f[0];
    }
    byte[] d = BytesSupport.self(self);
    if (width <= d.length) {
      return BytesSupport.make(self, d.clone());
    }
    int marg = (int) width - d.length;
    int left;
    switch (name) {
      case "ljust":
        left = 0;
        break;
      case "rjust":
        left = marg;
        break;
      default:
        left = marg / 2 + (marg & (int) width & 1);
    }
    byte[] r = new byte[(int) width];
    Arrays.fill(r, fill);
    System.arraycopy(d, 0, r, left, d.length);
    return BytesSupport.make(self, r);
  }

  private static PyObject zfill(PyObject self, PyObject w) {
    long width = Abstract.index(w).longValue();
    byte[] d = BytesSupport.self(self);
    if (width <= d.length) {
      return BytesSupport.make(self, d.clone());
    }
    int fill = (int) width - d.length;
    byte[] r = new byte[(int) width];
    Arrays.fill(r, 0, fill, (byte) '0');
    System.arraycopy(d, 0, r, fill, d.length);
    if (d.length > 0 && (d[0] == '+' || d[0] == '-')) {
      r[0] = d[0];
      r[fill] = '0';
    }
    return BytesSupport.make(self, r);
  }

  private static PyObject expandtabs(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = ArgParser.parse("expandtabs", args, kw, new String[] {"tabsize"}, 0, false);
    long tab = a[0] == null ? 8 : Abstract.index(a[0]).longValue();
    byte[] d = BytesSupport.self(self);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long col = 0;
    for (byte b : d) {
      if (b == '\t') {
        if (tab > 0) {
          long n = tab - col % tab;
          col += n;
          for (long i = 0; i < n; i++) {
            out.write(' ');
          }
        }
      } else {
        out.write(b);
        col = b == '\n' || b == '\r' ? 0 : col + 1;
      }
    }
    return BytesSupport.make(self, out.toByteArray());
  }

  // ---- translate ----

  private static PyObject translate(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = ArgParser.parse("translate", args, kw, new String[] {"table", "delete"}, 1,
        false);
    byte[] table = null;
    if (a[0] != PyNone.NONE) {
      table = BytesSupport.buffer(a[0]);
      if (table.length != 256) {
        throw PyErrors.valueError("translation table must be 256 characters long");
      }
    }
    boolean[] del = new boolean[256];
    if (a[1] != null) {
      for (byte c : BytesSupport.buffer(a[1])) {
        del[c & 0xff] = true;
      }
    }
    byte[] d = BytesSupport.self(self);
    byte[] out = new byte[d.length];
    int n = 0;
    for (byte b : d) {
      if (!del[b & 0xff]) {
        out[n++] = table == null ? b : table[b & 0xff];
      }
    }
    return BytesSupport.make(self, Arrays.copyOf(out, n));
  }
}
