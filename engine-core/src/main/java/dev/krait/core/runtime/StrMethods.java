package dev.krait.core.runtime;

import dev.krait.core.runtime.PyMethodDescriptor.Fn0;
import dev.krait.core.runtime.PyMethodDescriptor.Fn1;
import dev.krait.core.runtime.PyMethodDescriptor.FnN;
import java.util.ArrayList;
import java.util.List;

/**
 * The searching, splitting, joining, padding and stripping methods of {@code str}; case and
 * predicates are in {@link StrCase}, formatting in {@link StrFormat}, {@link StrFormatter} and
 * {@link StrPercent}.
 */
final class StrMethods {

  private StrMethods() {}

  static void define(PyType t) {
    PyMethodDescriptor.define(t, "find", (FnN) (s, a, k) -> find(s, a, k, "find", false, false));
    PyMethodDescriptor.define(t, "rfind", (FnN) (s, a, k) -> find(s, a, k, "rfind", true, false));
    PyMethodDescriptor.define(t, "index", (FnN) (s, a, k) -> find(s, a, k, "index", false, true));
    PyMethodDescriptor.define(t, "rindex",
        (FnN) (s, a, k) -> find(s, a, k, "rindex", true, true));
    PyMethodDescriptor.define(t, "count", (FnN) StrMethods::count);
    PyMethodDescriptor.define(t, "startswith", (FnN) (s, a, k) -> tailMatch(s, a, k, false));
    PyMethodDescriptor.define(t, "endswith", (FnN) (s, a, k) -> tailMatch(s, a, k, true));
    PyMethodDescriptor.define(t, "split", (FnN) (s, a, k) -> split(s, a, k, false));
    PyMethodDescriptor.define(t, "rsplit", (FnN) (s, a, k) -> split(s, a, k, true));
    PyMethodDescriptor.define(t, "splitlines", (FnN) StrMethods::splitlines);
    PyMethodDescriptor.define(t, "join", (Fn1) StrMethods::join);
    PyMethodDescriptor.define(t, "strip", (FnN) (s, a, k) -> strip(s, a, k, "strip", 3));
    PyMethodDescriptor.define(t, "lstrip", (FnN) (s, a, k) -> strip(s, a, k, "lstrip", 1));
    PyMethodDescriptor.define(t, "rstrip", (FnN) (s, a, k) -> strip(s, a, k, "rstrip", 2));
    PyMethodDescriptor.define(t, "replace", (FnN) StrMethods::replace);
    PyMethodDescriptor.define(t, "partition", (Fn1) (s, sep) -> partition(s, sep, false));
    PyMethodDescriptor.define(t, "rpartition", (Fn1) (s, sep) -> partition(s, sep, true));
    PyMethodDescriptor.define(t, "center", (FnN) (s, a, k) -> pad(s, a, k, "center"));
    PyMethodDescriptor.define(t, "ljust", (FnN) (s, a, k) -> pad(s, a, k, "ljust"));
    PyMethodDescriptor.define(t, "rjust", (FnN) (s, a, k) -> pad(s, a, k, "rjust"));
    PyMethodDescriptor.define(t, "zfill", (Fn1) StrMethods::zfill);
    PyMethodDescriptor.define(t, "expandtabs", (FnN) StrMethods::expandtabs);
    PyMethodDescriptor.define(t, "removeprefix", (Fn1) (s, p) -> remove(s, p, true));
    PyMethodDescriptor.define(t, "removesuffix", (Fn1) (s, p) -> remove(s, p, false));
    PyMethodDescriptor.define(t, "translate", (Fn1) StrMethods::translate);
    t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans",
        StrMethods::maketrans)));
    PyMethodDescriptor.define(t, "__getnewargs__",
        (Fn0) s -> PyTuple.of(PyStr.of(((PyStr) s).value())));
    PyMethodDescriptor.define(t, "__add__", (Fn1) (s, o) -> {
      if (!(o instanceof PyStr)) {
        throw PyErrors.typeError(
            "can only concatenate str (not \"" + o.type().name() + "\") to str");
      }
      return ((PyStr) s).concat((PyStr) o);
    });
    PyMethodDescriptor.define(t, "__mul__", (Fn1) StrMethods::repeatMethod);
    PyMethodDescriptor.define(t, "__rmul__", (Fn1) StrMethods::repeatMethod);
    PyMethodDescriptor.define(t, "__sizeof__", (Fn0) s -> PyInt.of(sizeOf((PyStr) s)));
    StrCase.define(t);
    StrFormat.defineStr(t);
    StrFormatter.define(t);
  }

  private static PyObject repeatMethod(PyObject s, PyObject n) {
    // str.__mul__ is CPython's sq_repeat wrapper: a non-index operand raises, not declines.
    Abstract.index(n);
    return Abstract.mul(s, n);
  }

  /** Returns CPython's in-memory size of the str (compact ASCII/Latin-1/UCS-2/UCS-4 layout). */
  private static long sizeOf(PyStr s) {
    int n = s.length();
    int max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, s.codePointAt(i));
    }
    if (max < 128) {
      return 48 + n + 1;
    }
    int unit = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
    return 72 + (long) unit * (n + 1);
  }

  // ---- searching ----

  /** Returns {start, end} of CPython's ADJUST_INDICES in code points. */
  private static long[] bounds(PyObject startO, PyObject endO, int len) {
    long start = StrArgs.sliceIndex(startO, 0);
    long end = StrArgs.sliceIndex(endO, len);
    if (end > len) {
      end = len;
    } else if (end < 0) {
      end += len;
      if (end < 0) {
        end = 0;
      }
    }
    if (start < 0) {
      start += len;
      if (start < 0) {
        start = 0;
      }
    }
    return new long[] {start, end};
  }

  private static boolean needsCodePoints(PyStr s, PyStr sub) {
    if (s.isBmp() || sub.isBmp()) {
      return s.isSplitPair();
    }
    String v = sub.value();
    return s.isSplitPair() || sub.isSplitPair() || Character.isLowSurrogate(v.charAt(0))
        || Character.isHighSurrogate(v.charAt(v.length() - 1));
  }

  /** Returns the code point index of sub in s[start:end], or -1. */
  static int indexOf(PyStr s, PyStr sub, int start, int end, boolean reverse) {
    int n = sub.length();
    if (end - start < n) {
      return -1;
    }
    if (n == 0) {
      return reverse ? end : start;
    }
    if (needsCodePoints(s, sub)) {
      return reverse ? StrSearch.rfind(s.codePoints(), sub.codePoints(), start, end)
          : StrSearch.find(s.codePoints(), sub.codePoints(), start, end);
    }
    String v = s.value();
    String w = sub.value();
    int cs = s.charOffset(start);
    int ce = s.isBmp() ? end : v.offsetByCodePoints(cs, end - start);
    int i = reverse ? v.lastIndexOf(w, ce - w.length()) : v.indexOf(w, cs);
    if (i < cs || i + w.length() > ce) {
      return -1;
    }
    return s.cpIndex(i);
  }

  private static PyObject find(PyObject self, PyObject[] args, String[] kw, String name,
      boolean reverse, boolean raise) {
    PyObject[] a = StrArgs.tuple(name, args, kw, 1, 3);
    PyStr s = (PyStr) self;
    PyStr sub = subArg(a[0]);
    int len = s.length();
    long[] b = bounds(a[1], a[2], len);
    int r = b[0] > len ? -1 : indexOf(s, sub, (int) b[0], (int) b[1], reverse);
    if (r < 0 && raise) {
      throw PyErrors.valueError("substring not found");
    }
    return PyInt.of(r);
  }

  private static PyStr subArg(PyObject o) {
    if (!(o instanceof PyStr)) {
      throw PyErrors.typeError("must be str, not " + o.type().name());
    }
    return (PyStr) o;
  }

  private static PyObject count(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = StrArgs.tuple("count", args, kw, 1, 3);
    PyStr s = (PyStr) self;
    PyStr sub = subArg(a[0]);
    int len = s.length();
    long[] b = bounds(a[1], a[2], len);
    return PyInt.of(count(s, sub, b[0], b[1], Integer.MAX_VALUE));
  }

  static int count(PyStr s, PyStr sub, long start, long end, int max) {
    int len = s.length();
    if (start > len || end < start) {
      return 0;
    }
    int n = sub.length();
    if (n == 0) {
      return (int) Math.min(end - start + 1, max);
    }
    int c = 0;
    int i = (int) start;
    while (c < max) {
      int j = indexOf(s, sub, i, (int) end, false);
      if (j < 0) {
        break;
      }
      c++;
      i = j + n;
    }
    return c;
  }

  private static PyObject tailMatch(PyObject self, PyObject[] args, String[] kw, boolean end) {
    String name = end ? "endswith" : "startswith";
    PyObject[] a = StrArgs.tuple(name, args, kw, 1, 3);
    PyStr s = (PyStr) self;
    long[] b = bounds(a[1], a[2], s.length());
    if (a[0] instanceof PyTuple) {
      PyTuple t = (PyTuple) a[0];
      for (int i = 0; i < t.size(); i++) {
        PyObject p = t.get(i);
        if (!(p instanceof PyStr)) {
          throw PyErrors.typeError("tuple for " + name + " must only contain str, not "
              + p.type().name());
        }
        if (tailMatch(s, (PyStr) p, b[0], b[1], end)) {
          return PyBool.TRUE;
        }
      }
      return PyBool.FALSE;
    }
    if (!(a[0] instanceof PyStr)) {
      throw PyErrors.typeError(name + " first arg must be str or a tuple of str, not "
          + a[0].type().name());
    }
    return PyBool.of(tailMatch(s, (PyStr) a[0], b[0], b[1], end));
  }

  private static boolean tailMatch(PyStr s, PyStr p, long start, long end, boolean atEnd) {
    int n = p.length();
    if (end - n < start || start > s.length()) {
      return false;
    }
    int at = (int) (atEnd ? end - n : start);
    for (int i = 0; i < n; i++) {
      if (s.codePointAt(at + i) != p.codePointAt(i)) {
        return false;
      }
    }
    return true;
  }

  // ---- splitting and joining ----

  private static final String[] SPLIT_NAMES = {"sep", "maxsplit"};

  private static PyObject split(PyObject self, PyObject[] args, String[] kw, boolean right) {
    PyObject[] a = StrArgs.keywords(right ? "rsplit" : "split", args, kw, SPLIT_NAMES, 0);
    PyStr s = (PyStr) self;
    long max = a[1] == null ? -1 : StrArgs.index(a[1]);
    if (max < 0) {
      max = Integer.MAX_VALUE;
    }
    List<PyObject> out = new ArrayList<>();
    if (a[0] == null || a[0] == PyNone.NONE) {
      splitWhitespace(s, (int) Math.min(max, Integer.MAX_VALUE), right, out);
    } else {
      if (!(a[0] instanceof PyStr)) {
        throw PyErrors.typeError("must be str or None, not " + a[0].type().name());
      }
      PyStr sep = (PyStr) a[0];
      if (sep.length() == 0) {
        throw PyErrors.valueError("empty separator");
      }
      int n = s.length();
      int m = sep.length();
      int count = 0;
      if (!right) {
        int i = 0;
        while (count < max) {
          int j = indexOf(s, sep, i, n, false);
          if (j < 0) {
            break;
          }
          out.add(s.substring(i, j));
          i = j + m;
          count++;
        }
        out.add(s.substring(i, n));
      } else {
        int e = n;
        while (count < max) {
          int j = indexOf(s, sep, 0, e, true);
          if (j < 0) {
            break;
          }
          out.add(s.substring(j + m, e));
          e = j;
          count++;
        }
        out.add(s.substring(0, e));
        java.util.Collections.reverse(out);
      }
    }
    return PyList.of(out.toArray(new PyObject[0]));
  }

  private static void splitWhitespace(PyStr s, int max, boolean right, List<PyObject> out) {
    int n = s.length();
    int count = 0;
    if (!right) {
      int i = 0;
      while (true) {
        while (i < n && StrCase.isSpace(s.codePointAt(i))) {
          i++;
        }
        if (i == n) {
          break;
        }
        if (count == max) {
          out.add(s.substring(i, n));
          break;
        }
        int j = i;
        while (j < n && !StrCase.isSpace(s.codePointAt(j))) {
          j++;
        }
        out.add(s.substring(i, j));
        count++;
        i = j;
      }
    } else {
      int e = n;
      while (true) {
        while (e > 0 && StrCase.isSpace(s.codePointAt(e - 1))) {
          e--;
        }
        if (e == 0) {
          break;
        }
        if (count == max) {
          out.add(s.substring(0, e));
          break;
        }
        int j = e;
        while (j > 0 && !StrCase.isSpace(s.codePointAt(j - 1))) {
          j--;
        }
        out.add(s.substring(j, e));
        count++;
        e = j;
      }
      java.util.Collections.reverse(out);
    }
  }

  private static PyObject splitlines(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = StrArgs.keywords("splitlines", args, kw, new String[] {"keepends"}, 0);
    boolean keep = a[0] != null && StrArgs.index(a[0]) != 0;
    PyStr s = (PyStr) self;
    int n = s.length();
    List<PyObject> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && !isLineBreak(s.codePointAt(j))) {
        j++;
      }
      int eol = j;
      if (j < n) {
        if (s.codePointAt(j) == '\r' && j + 1 < n && s.codePointAt(j + 1) == '\n') {
          j += 2;
        } else {
          j++;
        }
        if (keep) {
          eol = j;
        }
      }
      out.add(s.substring(i, eol));
      i = j;
    }
    return PyList.of(out.toArray(new PyObject[0]));
  }

  static boolean isLineBreak(int c) {
    return (c >= '\n' && c <= '\r') || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028
        || c == 0x2029;
  }

  private static PyObject join(PyObject self, PyObject iterable) {
    PyStr sep = (PyStr) self;
    PyObject joined = joinBmp(sep, iterable);
    if (joined != null) {
      return joined;
    }
    PyType it = iterable.type();
    if (it.iter == null && it.getItem == null) {
      throw PyErrors.typeError("can only join an iterable");
    }
    List<PyStr> parts = new ArrayList<>();
    Abstract.forEach(iterable, v -> {
      if (!(v instanceof PyStr)) {
        throw PyErrors.typeError("sequence item " + parts.size()
            + ": expected str instance, " + v.type().name() + " found");
      }
      parts.add((PyStr) v);
    });
    if (parts.size() == 1 && parts.get(0).getClass() == PyStr.class) {
      return parts.get(0);
    }
    return join(sep, parts);
  }

  /**
   * Returns {@code sep.join(items)} for an exact list or tuple of exact strs without surrogates
   * (and such a separator), sized once and never scanned again; else null.
   */
  private static PyStr joinBmp(PyStr sep, PyObject items) {
    int n;
    if (items.getClass() == PyList.class) {
      n = ((PyList) items).size;
    } else if (items.getClass() == PyTuple.class) {
      n = ((PyTuple) items).size();
    } else {
      return null;
    }
    if (!sep.isBmp() || n == 0) {
      return n == 0 ? PyStr.EMPTY : null;
    }
    PyObject[] parts = items.getClass() == PyList.class
        ? ((PyList) items).items : null;
    long length = (long) sep.value().length() * (n - 1);
    for (int i = 0; i < n; i++) {
      PyObject p = parts != null ? parts[i] : ((PyTuple) items).get(i);
      if (p.getClass() != PyStr.class || !((PyStr) p).isBmp()) {
        return null;
      }
      length += ((PyStr) p).value().length();
    }
    if (n == 1) {
      return (PyStr) (parts != null ? parts[0] : ((PyTuple) items).get(0));
    }
    if (length > Integer.MAX_VALUE - 8) {
      return null;
    }
    StringBuilder sb = new StringBuilder((int) length);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(sep.value());
      }
      sb.append(((PyStr) (parts != null ? parts[i] : ((PyTuple) items).get(i))).value());
    }
    return PyStr.ofBmp(sb.toString());
  }

  /** Returns the parts joined by {@code sep}, keeping split surrogate pairs exact. */
  static PyStr join(PyStr sep, List<PyStr> parts) {
    boolean simple = !sep.isSplitPair();
    for (PyStr p : parts) {
      if (p.isSplitPair()) {
        simple = false;
      }
    }
    if (simple) {
      StringBuilder sb = new StringBuilder();
      boolean astral = !sep.isBmp();
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          sb.append(sep.value());
        }
        sb.append(parts.get(i).value());
        astral |= !parts.get(i).isBmp();
      }
      if (!astral) {
        return PyStr.of(sb.toString());
      }
    }
    // Code point by code point, so that a high surrogate meeting a low one stays two points.
    StrBuilder b = new StrBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(parts.get(i));
    }
    return b.build();
  }

  // ---- stripping, replacing, partitioning ----

  private static PyObject strip(PyObject self, PyObject[] args, String[] kw, String name,
      int sides) {
    PyObject[] a = StrArgs.clinic(name, args, kw, 0, 1);
    PyStr s = (PyStr) self;
    PyStr chars = null;
    if (a[0] != null && a[0] != PyNone.NONE) {
      if (!(a[0] instanceof PyStr)) {
        throw PyErrors.typeError(name + " arg must be None or str");
      }
      chars = (PyStr) a[0];
    }
    int i = 0;
    int e = s.length();
    if ((sides & 1) != 0) {
      while (i < e && stripped(s.codePointAt(i), chars)) {
        i++;
      }
    }
    if ((sides & 2) != 0) {
      while (e > i && stripped(s.codePointAt(e - 1), chars)) {
        e--;
      }
    }
    return s.substring(i, e);
  }

  private static boolean stripped(int c, PyStr chars) {
    if (chars == null) {
      return StrCase.isSpace(c);
    }
    for (int i = 0, n = chars.length(); i < n; i++) {
      if (chars.codePointAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  private static PyObject replace(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = StrArgs.clinic("replace", args, kw, 2, 3);
    PyStr s = (PyStr) self;
    PyStr old = StrArgs.str(a[0], "replace", "1");
    PyStr rep = StrArgs.str(a[1], "replace", "2");
    long max = a[2] == null ? -1 : StrArgs.index(a[2]);
    if (max < 0) {
      max = Integer.MAX_VALUE;
    }
    int n = s.length();
    StrBuilder b = new StrBuilder();
    int done = 0;
    if (old.length() == 0) {
      int i = 0;
      while (i <= n) {
        if (done < max) {
          b.append(rep);
          done++;
        } else {
          b.append(s.substring(i, n));
          break;
        }
        if (i < n) {
          b.appendCodePoint(s.codePointAt(i));
        }
        i++;
      }
      return done == 0 ? s.substring(0, n) : b.build();
    }
    int i = 0;
    while (done < max) {
      int j = indexOf(s, old, i, n, false);
      if (j < 0) {
        break;
      }
      b.append(s.substring(i, j));
      b.append(rep);
      i = j + old.length();
      done++;
    }
    if (done == 0) {
      return s.substring(0, n);
    }
    b.append(s.substring(i, n));
    return b.build();
  }

  private static PyObject partition(PyObject self, PyObject sepO, boolean right) {
    PyStr s = (PyStr) self;
    PyStr sep = subArg(sepO);
    if (sep.length() == 0) {
      throw PyErrors.valueError("empty separator");
    }
    int n = s.length();
    int j = indexOf(s, sep, 0, n, right);
    if (j < 0) {
      PyStr whole = s.substring(0, n);
      return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, whole)
          : PyTuple.of(whole, PyStr.EMPTY, PyStr.EMPTY);
    }
    return PyTuple.of(s.substring(0, j), sep.substring(0, sep.length()),
        s.substring(j + sep.length(), n));
  }

  private static PyObject remove(PyObject self, PyObject p, boolean prefix) {
    PyStr s = (PyStr) self;
    if (!(p instanceof PyStr)) {
      throw PyErrors.typeError((prefix ? "removeprefix" : "removesuffix")
          + "() argument must be str, not " + p.type().name());
    }
    PyStr a = (PyStr) p;
    int n = s.length();
    if (a.length() > 0 && tailMatch(s, a, 0, n, !prefix)) {
      return prefix ? s.substring(a.length(), n) : s.substring(0, n - a.length());
    }
    return s.substring(0, n);
  }

  // ---- padding ----

  private static PyObject pad(PyObject self, PyObject[] args, String[] kw, String name) {
    PyObject[] a = StrArgs.clinic(name, args, kw, 1, 2);
    PyStr s = (PyStr) self;
    long width = StrArgs.index(a[0]);
    int fill = ' ';
    if (a[1] != null) {
      if (!(a[1] instanceof PyStr)) {
        throw PyErrors.typeError("The fill character must be a unicode character, not "
            + a[1].type().name());
      }
      PyStr f = (PyStr) a[1];
      if (f.length() != 1) {
        throw PyErrors.typeError("The fill character must be exactly one character long");
      }
      fill = f.codePointAt(0);
    }
    int n = s.length();
    if (width <= n) {
      return s.substring(0, n);
    }
    long marg = width - n;
    long left;
    switch (name) {
      case "ljust":
        left = 0;
        break;
      case "rjust":
        left = marg;
        break;
      default:
        left = marg / 2 + (marg & width & 1);
    }
    return pad(s, (int) left, (int) (marg - left), fill);
  }

  static PyStr pad(PyStr s, int left, int right, int fill) {
    StrBuilder b = new StrBuilder();
    for (int i = 0; i < left; i++) {
      b.appendCodePoint(fill);
    }
    b.append(s);
    for (int i = 0; i < right; i++) {
      b.appendCodePoint(fill);
    }
    return b.build();
  }

  private static PyObject zfill(PyObject self, PyObject w) {
    PyStr s = (PyStr) self;
    long width = StrArgs.index(w);
    int n = s.length();
    if (width <= n) {
      return s.substring(0, n);
    }
    int fill = (int) (width - n);
    StrBuilder b = new StrBuilder();
    int start = 0;
    if (n > 0 && (s.codePointAt(0) == '+' || s.codePointAt(0) == '-')) {
      b.appendCodePoint(s.codePointAt(0));
      start = 1;
    }
    for (int i = 0; i < fill; i++) {
      b.appendCodePoint('0');
    }
    b.append(s.substring(start, n));
    return b.build();
  }

  private static PyObject expandtabs(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = StrArgs.keywords("expandtabs", args, kw, new String[] {"tabsize"}, 0);
    long tab = a[0] == null ? 8 : StrArgs.index(a[0]);
    PyStr s = (PyStr) self;
    StrBuilder b = new StrBuilder();
    long col = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = s.codePointAt(i);
      if (c == '\t') {
        if (tab > 0) {
          long spaces = tab - col % tab;
          col += spaces;
          for (long k = 0; k < spaces; k++) {
            b.appendCodePoint(' ');
          }
        }
      } else {
        b.appendCodePoint(c);
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
      }
    }
    return b.build();
  }

  // ---- translate ----

  private static PyObject translate(PyObject self, PyObject table) {
    PyStr s = (PyStr) self;
    StrBuilder b = new StrBuilder();
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = s.codePointAt(i);
      PyObject r;
      try {
        r = Abstract.getItem(table, PyInt.of(c));
      } catch (PyException e) {
        if (e.matches(PyErrors.LOOKUP_ERROR)) {
          b.appendCodePoint(c);
          continue;
        }
        throw e;
      }
      if (r == PyNone.NONE) {
        continue;
      }
      if (r instanceof PyInt) {
        PyInt v = (PyInt) r;
        if (v.isBig() || v.longValue() < 0 || v.longValue() > Character.MAX_CODE_POINT) {
          throw PyErrors.valueError("character mapping must be in range(0x110000)");
        }
        b.appendCodePoint((int) v.longValue());
      } else if (r instanceof PyStr) {
        b.append((PyStr) r);
      } else {
        throw PyErrors.typeError("character mapping must return integer, None or str");
      }
    }
    return b.build();
  }

  private static PyObject maketrans(PyObject[] args, String[] kw) {
    PyObject[] a = StrArgs.clinic("maketrans", args, kw, 1, 3);
    PyDict d = new PyDict();
    if (a[1] == null) {
      if (!(a[0] instanceof PyDict)) {
        throw PyErrors.typeError(
            "if you give only one argument to maketrans it must be a dict");
      }
      PyDict src = (PyDict) a[0];
      for (PyObject key : src.keys()) {
        PyObject v = src.get(key);
        if (key instanceof PyStr) {
          PyStr k = (PyStr) key;
          if (k.length() != 1) {
            throw PyErrors.valueError("string keys in translate table must be of length 1");
          }
          d.put(PyInt.of(k.codePointAt(0)), v);
        } else if (key instanceof PyInt) {
          d.put(key, v);
        } else {
          throw PyErrors.typeError("keys in translate table must be strings or integers");
        }
      }
      return d;
    }
    PyStr x = StrArgs.str(a[0], "maketrans", "1");
    PyStr y = StrArgs.str(a[1], "maketrans", "2");
    if (x.length() != y.length()) {
      throw PyErrors.valueError("the first two maketrans arguments must have equal length");
    }
    for (int i = 0; i < x.length(); i++) {
      d.put(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
    }
    if (a[2] != null) {
      PyStr z = StrArgs.str(a[2], "maketrans", "3");
      for (int i = 0; i < z.length(); i++) {
        d.put(PyInt.of(z.codePointAt(i)), PyNone.NONE);
      }
    }
    return d;
  }
}
