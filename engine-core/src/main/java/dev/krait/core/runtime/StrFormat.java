package dev.krait.core.runtime;

/** {@code str.format(*args, **kwargs)}: replacement fields with CPython's parsing and errors. */
final class StrFormat {

  private StrFormat() {}

  static PyObject format(PyObject self, PyObject[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    return PyStr.of(render(((PyStr) self).value(), args, args.length - nkw, kwnames, new int[1]));
  }

  private static String render(
      String s, PyObject[] args, int npos, String[] kwnames, int[] auto) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == '{') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
          out.append('{');
          i += 2;
          continue;
        }
        int depth = 1;
        int j = i + 1;
        while (j < s.length() && depth > 0) {
          if (s.charAt(j) == '{') {
            depth++;
          } else if (s.charAt(j) == '}') {
            depth--;
          }
          j++;
        }
        if (depth != 0) {
          throw PyErrors.valueError("expected '}' before end of string");
        }
        out.append(field(s.substring(i + 1, j - 1), args, npos, kwnames, auto));
        i = j;
      } else if (ch == '}') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
          out.append('}');
          i += 2;
          continue;
        }
        throw PyErrors.valueError("Single '}' encountered in format string");
      } else {
        out.append(ch);
        i++;
      }
    }
    return out.toString();
  }

  private static String field(
      String f, PyObject[] args, int npos, String[] kwnames, int[] auto) {
    String spec = "";
    char conv = 0;
    int colon = indexOutsideBrackets(f, ':');
    if (colon >= 0) {
      spec = f.substring(colon + 1);
      f = f.substring(0, colon);
    }
    int bang = f.indexOf('!');
    if (bang >= 0) {
      if (bang + 2 != f.length()) {
        throw PyErrors.valueError("expected ':' after conversion specifier");
      }
      conv = f.charAt(bang + 1);
      f = f.substring(0, bang);
    }
    int end = 0;
    while (end < f.length() && f.charAt(end) != '.' && f.charAt(end) != '[') {
      end++;
    }
    String first = f.substring(0, end);
    PyObject v;
    if (first.isEmpty()) {
      if (auto[0] < 0) {
        throw PyErrors.valueError(
            "cannot switch from manual field specification to automatic field numbering");
      }
      v = positional(args, npos, auto[0]++);
    } else if (Character.isDigit(first.charAt(0))) {
      if (auto[0] > 0) {
        throw PyErrors.valueError(
            "cannot switch from automatic field numbering to manual field specification");
      }
      auto[0] = -1;
      v = positional(args, npos, Integer.parseInt(first));
    } else {
      v = null;
      for (int k = 0; kwnames != null && k < kwnames.length; k++) {
        if (kwnames[k].equals(first)) {
          v = args[npos + k];
        }
      }
      if (v == null) {
        throw PyErrors.keyError(PyStr.of(first));
      }
    }
    int i = end;
    while (i < f.length()) {
      if (f.charAt(i) == '.') {
        int j = i + 1;
        while (j < f.length() && f.charAt(j) != '.' && f.charAt(j) != '[') {
          j++;
        }
        v = Abstract.getAttr(v, f.substring(i + 1, j));
        i = j;
      } else {
        int j = f.indexOf(']', i);
        String key = f.substring(i + 1, j);
        boolean numeric = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
        v = Abstract.getItem(v, numeric ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
        i = j + 1;
      }
    }
    if (spec.indexOf('{') >= 0) {
      spec = render(spec, args, npos, kwnames, auto);
    }
    if (conv == 'r') {
      v = Abstract.repr(v);
    } else if (conv == 's') {
      v = Abstract.str(v);
    } else if (conv != 0) {
      throw PyErrors.valueError("Unknown conversion specifier " + conv);
    }
    return ((PyStr) FormatSpec.format(v, spec)).value();
  }

  private static int indexOutsideBrackets(String f, char c) {
    int depth = 0;
    for (int i = 0; i < f.length(); i++) {
      char ch = f.charAt(i);
      if (ch == '[') {
        depth++;
      } else if (ch == ']') {
        depth--;
      } else if (ch == c && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static PyObject positional(PyObject[] args, int npos, int index) {
    if (index >= npos) {
      throw PyErrors.indexError(
          "Replacement index " + index + " out of range for positional args tuple");
    }
    return args[index];
  }
}
