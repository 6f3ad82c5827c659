package dev.krait.core.runtime;

import java.util.ArrayList;
import java.util.List;

/** The common methods of {@code str}, with CPython 3.11's results and error texts. */
final class StrMethods {

  private StrMethods() {}

  private static String s(PyObject self) {
    return ((PyStr) self).value();
  }

  private static String arg(String method, PyObject o) {
    if (!(o instanceof PyStr p)) {
      throw PyErrors.typeError(
          method + "() argument must be str, not " + o.type().name());
    }
    return p.value();
  }

  static void define(PyType t) {
    PyMethodDescriptor.define(
        t, "upper", (PyMethodDescriptor.Fn0) x -> PyStr.of(s(x).toUpperCase()));
    PyMethodDescriptor.define(
        t, "lower", (PyMethodDescriptor.Fn0) x -> PyStr.of(s(x).toLowerCase()));
    PyMethodDescriptor.define(t, "strip", (PyMethodDescriptor.FnN) (x, a, k) -> strip(x, a, 3));
    PyMethodDescriptor.define(t, "lstrip", (PyMethodDescriptor.FnN) (x, a, k) -> strip(x, a, 1));
    PyMethodDescriptor.define(t, "rstrip", (PyMethodDescriptor.FnN) (x, a, k) -> strip(x, a, 2));
    PyMethodDescriptor.define(t, "join", (PyMethodDescriptor.Fn1) StrMethods::join);
    PyMethodDescriptor.define(t, "split", (PyMethodDescriptor.FnN) StrMethods::split);
    PyMethodDescriptor.define(t, "startswith",
        (PyMethodDescriptor.Fn1) (x, p) -> PyBool.of(affix(x, p, "startswith", true)));
    PyMethodDescriptor.define(t, "endswith",
        (PyMethodDescriptor.Fn1) (x, p) -> PyBool.of(affix(x, p, "endswith", false)));
    PyMethodDescriptor.define(t, "replace", (PyMethodDescriptor.Fn2)
        (x, a, b) -> PyStr.of(s(x).replace(arg("replace", a), arg("replace", b))));
    PyMethodDescriptor.define(t, "find", (PyMethodDescriptor.Fn1)
        (x, a) -> PyInt.of(cpIndex(s(x), s(x).indexOf(arg("find", a)))));
    PyMethodDescriptor.define(t, "index", (PyMethodDescriptor.Fn1) (x, a) -> {
      int i = s(x).indexOf(arg("index", a));
      if (i < 0) {
        throw PyErrors.valueError("substring not found");
      }
      return PyInt.of(cpIndex(s(x), i));
    });
    PyMethodDescriptor.define(t, "count", (PyMethodDescriptor.Fn1) (x, a) -> {
      String h = s(x);
      String n = arg("count", a);
      if (n.isEmpty()) {
        return PyInt.of(h.codePointCount(0, h.length()) + 1);
      }
      int c = 0;
      for (int i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length())) {
        c++;
      }
      return PyInt.of(c);
    });
    PyMethodDescriptor.define(t, "isdigit",
        (PyMethodDescriptor.Fn0) x -> PyBool.of(all(s(x), Character::isDigit)));
    PyMethodDescriptor.define(t, "isalpha",
        (PyMethodDescriptor.Fn0) x -> PyBool.of(all(s(x), Character::isLetter)));
    PyMethodDescriptor.define(t, "isspace",
        (PyMethodDescriptor.Fn0) x -> PyBool.of(all(s(x), Character::isWhitespace)));
    PyMethodDescriptor.define(t, "isdecimal",
        (PyMethodDescriptor.Fn0) x -> PyBool.of(all(s(x), Character::isDigit)));
    PyMethodDescriptor.define(t, "title", (PyMethodDescriptor.Fn0) StrMethods::title);
    PyMethodDescriptor.define(t, "partition", (PyMethodDescriptor.Fn1) (x, sep) -> {
      String v = s(x);
      String p = arg("partition", sep);
      if (p.isEmpty()) {
        throw PyErrors.valueError("empty separator");
      }
      int i = v.indexOf(p);
      return i < 0 ? PyTuple.of(x, PyStr.EMPTY, PyStr.EMPTY)
          : PyTuple.of(PyStr.of(v.substring(0, i)), PyStr.of(p),
              PyStr.of(v.substring(i + p.length())));
    });
    PyMethodDescriptor.define(t, "splitlines", (PyMethodDescriptor.Fn0) x -> {
      String v = s(x);
      java.util.List<PyObject> out = new java.util.ArrayList<>();
      int start = 0;
      for (int i = 0; i < v.length(); i++) {
        char ch = v.charAt(i);
        if (ch == '\n' || ch == '\r' || ch == '\u000b' || ch == '\u000c' || ch == '\u001c'
            || ch == '\u001d' || ch == '\u001e' || ch == '\u0085' || ch == '\u2028'
            || ch == '\u2029') {
          out.add(PyStr.of(v.substring(start, i)));
          if (ch == '\r' && i + 1 < v.length() && v.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      if (start < v.length()) {
        out.add(PyStr.of(v.substring(start)));
      }
      return PyList.of(out.toArray(new PyObject[0]));
    });
    PyMethodDescriptor.define(t, "format", (PyMethodDescriptor.FnN) StrFormat::format);
    PyMethodDescriptor.define(t, "zfill", (PyMethodDescriptor.Fn1) StrMethods::zfill);
    PyMethodDescriptor.define(t, "center", (PyMethodDescriptor.FnN) (x, a, k) -> pad(x, a, 0));
    PyMethodDescriptor.define(t, "ljust", (PyMethodDescriptor.FnN) (x, a, k) -> pad(x, a, 1));
    PyMethodDescriptor.define(t, "rjust", (PyMethodDescriptor.FnN) (x, a, k) -> pad(x, a, 2));
  }

  private interface CodePointTest {
    boolean test(int cp);
  }

  private static boolean all(String v, CodePointTest test) {
    if (v.isEmpty()) {
      return false;
    }
    return v.codePoints().allMatch(test::test);
  }

  private static int cpIndex(String v, int charIndex) {
    return charIndex < 0 ? -1 : v.codePointCount(0, charIndex);
  }

  private static PyObject strip(PyObject self, PyObject[] args, int sides) {
    String v = s(self);
    String chars = args.length == 0 || args[0] == PyNone.NONE ? null : arg("strip", args[0]);
    int start = 0;
    int end = v.length();
    if ((sides & 1) != 0) {
      while (start < end && strippable(v.charAt(start), chars)) {
        start++;
      }
    }
    if ((sides & 2) != 0) {
      while (end > start && strippable(v.charAt(end - 1), chars)) {
        end--;
      }
    }
    return PyStr.of(v.substring(start, end));
  }

  private static boolean strippable(char c, String chars) {
    return chars == null ? Character.isWhitespace(c) || c == 0x1c || c == 0x1d || c == 0x1e
        || c == 0x1f || c == 0x85 : chars.indexOf(c) >= 0;
  }

  private static PyObject join(PyObject self, PyObject iterable) {
    StringBuilder out = new StringBuilder();
    String sep = s(self);
    PyObject it = Abstract.iter(iterable);
    int i = 0;
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), i++) {
      if (!(v instanceof PyStr p)) {
        throw PyErrors.typeError(
            "sequence item " + i + ": expected str instance, " + v.type().name() + " found");
      }
      if (i > 0) {
        out.append(sep);
      }
      out.append(p.value());
    }
    return PyStr.of(out.toString());
  }

  private static PyObject split(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = ArgParser.parse("split", args, kw, new String[] {"sep", "maxsplit"}, 0, false);
    String v = s(self);
    long max = a[1] == null ? -1 : Abstract.index(a[1]).longValue();
    List<PyObject> out = new ArrayList<>();
    if (a[0] == null || a[0] == PyNone.NONE) {
      int i = 0;
      int n = v.length();
      while (true) {
        while (i < n && Character.isWhitespace(v.charAt(i))) {
          i++;
        }
        if (i >= n) {
          break;
        }
        if (max >= 0 && out.size() == max) {
          out.add(PyStr.of(v.substring(i).stripTrailing()));
          break;
        }
        int j = i;
        while (j < n && !Character.isWhitespace(v.charAt(j))) {
          j++;
        }
        out.add(PyStr.of(v.substring(i, j)));
        i = j;
      }
    } else {
      String sep = arg("split", a[0]);
      if (sep.isEmpty()) {
        throw PyErrors.valueError("empty separator");
      }
      int from = 0;
      for (int i = v.indexOf(sep); i >= 0 && (max < 0 || out.size() < max);
          i = v.indexOf(sep, from)) {
        out.add(PyStr.of(v.substring(from, i)));
        from = i + sep.length();
      }
      out.add(PyStr.of(v.substring(from)));
    }
    return PyList.of(out.toArray(new PyObject[0]));
  }

  private static boolean affix(PyObject self, PyObject p, String name, boolean start) {
    String v = s(self);
    if (p instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) {
        if (affix(self, t.get(i), name, start)) {
          return true;
        }
      }
      return false;
    }
    if (!(p instanceof PyStr x)) {
      throw PyErrors.typeError(
          name + " first arg must be str or a tuple of str, not " + p.type().name());
    }
    return start ? v.startsWith(x.value()) : v.endsWith(x.value());
  }

  private static PyObject title(PyObject self) {
    StringBuilder out = new StringBuilder();
    boolean prevCased = false;
    for (int cp : s(self).codePoints().toArray()) {
      boolean cased = Character.isUpperCase(cp) || Character.isLowerCase(cp)
          || Character.isTitleCase(cp);
      out.appendCodePoint(cased ? (prevCased ? Character.toLowerCase(cp)
          : Character.toTitleCase(cp)) : cp);
      prevCased = cased;
    }
    return PyStr.of(out.toString());
  }

  private static PyObject zfill(PyObject self, PyObject width) {
    String v = s(self);
    int w = (int) Abstract.index(width).longValue();
    int n = v.codePointCount(0, v.length());
    if (n >= w) {
      return self;
    }
    String sign = !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+')
        ? v.substring(0, 1) : "";
    return PyStr.of(sign + "0".repeat(w - n) + v.substring(sign.length()));
  }

  private static PyObject pad(PyObject self, PyObject[] args, int how) {
    String v = s(self);
    int w = (int) Abstract.index(args[0]).longValue();
    String fill = args.length > 1 ? arg("pad", args[1]) : " ";
    int n = v.codePointCount(0, v.length());
    if (n >= w) {
      return self;
    }
    int total = w - n;
    int left = how == 1 ? 0 : how == 2 ? total : total / 2 + (total & w & 1);
    return PyStr.of(fill.repeat(left) + v + fill.repeat(total - left));
  }
}
