package dev.krait.core.runtime;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields
 * {@code {name[idx].attr!conv:spec}} with nested fields in the spec, automatic and manual
 * numbering, parsed as CPython's {@code unicode_format.h} does, with its error messages.
 */
final class StrFormatter {

  private final PyObject[] positional;
  private final PyObject keywords;
  /** 0 unknown, 1 automatic numbering in use, 2 manual. */
  private int numbering;
  private int autoIndex;

  private StrFormatter(PyObject[] positional, PyObject keywords) {
    this.positional = positional;
    this.keywords = keywords;
  }

  static void define(PyType t) {
    PyMethodDescriptor.define(t, "format", (PyMethodDescriptor.FnN) (s, a, k) -> {
      int nkw = k == null ? 0 : k.length;
      PyObject[] pos = java.util.Arrays.copyOf(a, a.length - nkw);
      PyDict kw = null;
      if (nkw > 0) {
        kw = new PyDict();
        for (int i = 0; i < nkw; i++) {
          kw.putStr(k[i], a[a.length - nkw + i]);
        }
      }
      return new StrFormatter(pos, kw).render((PyStr) s, 2);
    });
    PyMethodDescriptor.define(t, "format_map", (PyMethodDescriptor.Fn1)
        (s, m) -> new StrFormatter(null, m).render((PyStr) s, 2));
  }

  private PyStr render(PyStr fmt, int depth) {
    if (depth <= 0) {
      throw PyErrors.valueError("Max string recursion exceeded");
    }
    StrBuilder out = new StrBuilder();
    int n = fmt.length();
    int pos = 0;
    while (pos < n) {
      int start = pos;
      int c = 0;
      boolean markup = false;
      while (pos < n) {
        c = fmt.codePointAt(pos++);
        if (c == '{' || c == '}') {
          markup = true;
          break;
        }
      }
      boolean atEnd = pos >= n;
      int len = pos - start;
      if (c == '}' && markup && (atEnd || fmt.codePointAt(pos) != '}')) {
        throw PyErrors.valueError("Single '}' encountered in format string");
      }
      if (atEnd && c == '{' && markup) {
        throw PyErrors.valueError("Single '{' encountered in format string");
      }
      if (!atEnd && markup) {
        if (fmt.codePointAt(pos) == c) {
          pos++;
          markup = false;
        } else {
          len--;
        }
      }
      out.append(fmt.substring(start, start + len));
      if (!markup) {
        continue;
      }
      // Field name: up to '}', ':' or '!' ('[...]' may hold any of them).
      int nameStart = pos;
      c = 0;
      while (pos < n) {
        c = fmt.codePointAt(pos++);
        if (c == '{') {
          throw PyErrors.valueError("unexpected '{' in field name");
        }
        if (c == '[') {
          while (pos < n && fmt.codePointAt(pos) != ']') {
            pos++;
          }
          continue;
        }
        if (c == '}' || c == ':' || c == '!') {
          break;
        }
      }
      int nameEnd = pos - 1;
      int conversion = 0;
      PyStr spec = PyStr.EMPTY;
      boolean expand = false;
      if (c == '!' || c == ':') {
        boolean specFollows = true;
        if (c == '!') {
          if (pos >= n) {
            throw PyErrors.valueError("end of string while looking for conversion specifier");
          }
          conversion = fmt.codePointAt(pos++);
          if (pos < n) {
            int d = fmt.codePointAt(pos++);
            if (d == '}') {
              specFollows = false;
            } else if (d != ':') {
              throw PyErrors.valueError("expected ':' after conversion specifier");
            }
          }
        }
        if (specFollows) {
          int specStart = pos;
          int count = 1;
          boolean closed = false;
          while (pos < n) {
            int d = fmt.codePointAt(pos++);
            if (d == '{') {
              expand = true;
              count++;
            } else if (d == '}') {
              if (--count == 0) {
                closed = true;
                break;
              }
            }
          }
          if (!closed) {
            throw PyErrors.valueError("unmatched '{' in format spec");
          }
          spec = fmt.substring(specStart, pos - 1);
        }
      } else if (c != '}') {
        throw PyErrors.valueError("expected '}' before end of string");
      }
      PyObject value = lookup(fmt.substring(nameStart, nameEnd));
      switch (conversion) {
        case 0:
          break;
        case 'r':
          value = Abstract.repr(value);
          break;
        case 's':
          value = Abstract.str(value);
          break;
        case 'a':
          value = StrPercent.ascii(value);
          break;
        default:
          throw PyErrors.valueError("Unknown conversion specifier "
              + (conversion < 128 ? String.valueOf((char) conversion)
                  : "\\x" + Integer.toHexString(conversion)));
      }
      if (expand) {
        spec = render(spec, depth - 1);
      }
      out.append(StrFormat.format(value, spec));
    }
    return out.build();
  }

  /** Returns the object a field name designates: {@code 0}, {@code name.attr[key]}... */
  private PyObject lookup(PyStr field) {
    int n = field.length();
    int i = 0;
    while (i < n && field.codePointAt(i) != '.' && field.codePointAt(i) != '[') {
      i++;
    }
    PyStr first = field.substring(0, i);
    PyObject obj;
    long index = parseIndex(first);
    if (first.length() == 0) {
      if (numbering == 2) {
        throw PyErrors.valueError(
            "cannot switch from manual field specification to automatic field numbering");
      }
      numbering = 1;
      obj = positional(autoIndex++);
    } else if (index >= 0) {
      if (numbering == 1) {
        throw PyErrors.valueError(
            "cannot switch from automatic field numbering to manual field specification");
      }
      numbering = 2;
      obj = positional(index);
    } else {
      if (keywords == null) {
        throw PyErrors.make(PyErrors.KEY_ERROR, first);
      }
      obj = Abstract.getItem(keywords, first);
    }
    while (i < n) {
      int c = field.codePointAt(i++);
      if (c == '.') {
        int s = i;
        while (i < n && field.codePointAt(i) != '.' && field.codePointAt(i) != '[') {
          i++;
        }
        if (i == s) {
          throw PyErrors.valueError("Empty attribute in format string");
        }
        obj = Abstract.getAttr(obj, field.substring(s, i).value());
      } else if (c == '[') {
        int s = i;
        while (i < n && field.codePointAt(i) != ']') {
          i++;
        }
        if (i >= n) {
          throw PyErrors.valueError("Missing ']' in format string");
        }
        PyStr key = field.substring(s, i);
        i++;
        if (key.length() == 0) {
          throw PyErrors.valueError("Empty attribute in format string");
        }
        long k = parseIndex(key);
        obj = Abstract.getItem(obj, k >= 0 ? PyInt.of(k) : key);
        if (i < n && field.codePointAt(i) != '.' && field.codePointAt(i) != '[') {
          throw PyErrors.valueError(
              "Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return obj;
  }

  private PyObject positional(long index) {
    if (positional == null) {
      throw PyErrors.valueError("Format string contains positional fields");
    }
    if (index >= positional.length) {
      throw PyErrors.indexError(
          "Replacement index " + index + " out of range for positional args tuple");
    }
    return positional[(int) index];
  }

  /** Returns the decimal value of an all-digit name, or -1 when it is not all digits. */
  private static long parseIndex(PyStr s) {
    int n = s.length();
    if (n == 0) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      int c = s.codePointAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
      if (v > Integer.MAX_VALUE) {
        throw PyErrors.valueError("Too many decimal digits in format string");
      }
    }
    return v;
  }
}
