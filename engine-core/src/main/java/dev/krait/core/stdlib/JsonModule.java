package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBaseException;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyModule;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The {@code _json} module, the accelerator under the bundled {@code json} package (as
 * CPython's C module): {@code scanstring}, {@code encode_basestring(_ascii)} and the scanner
 * {@code make_scanner}, with the messages and error positions of CPython's C scanner.
 * Positions are code point indices.
 */
final class JsonModule {

  private JsonModule() {}

  static PyModule create(Imports imports) {
    PyModule m = new PyModule("_json");
    m.function("make_scanner", (a, k) -> {
      if (a.length != 1 || (k != null && k.length > 0)) {
        throw PyErrors.typeError("make_scanner() takes exactly 1 argument (" + a.length
            + " given)");
      }
      return new Scanner(imports, a[0]);
    });
    // make_encoder(check_circular, default, ensure_ascii, indent, key_separator,
    // item_separator, sort_keys, skipkeys, allow_nan, c_messages): indent a str or None.
    m.function("make_encoder", (a, k) -> {
      if (a.length != 10 || (k != null && k.length > 0)) {
        throw PyErrors.typeError("make_encoder() takes exactly 10 arguments (" + a.length
            + " given)");
      }
      return new JsonEncoder(Abstract.isTrue(a[0]), a[1], Abstract.isTrue(a[2]),
          a[3] == PyNone.NONE ? null : str(a[3], "indent").value(), str(a[4], "key_separator")
          .value(), str(a[5], "item_separator").value(), Abstract.isTrue(a[6]),
          Abstract.isTrue(a[7]), Abstract.isTrue(a[8]), Abstract.isTrue(a[9]),
          imports.recursionLimit());
    });
    m.function("scanstring", (a, k) -> {
      if (a.length < 2 || a.length > 3 || (k != null && k.length > 0)) {
        throw PyErrors.typeError("scanstring() takes 2 or 3 positional arguments");
      }
      PyStr s = str(a[0], "first argument");
      long end = Abstract.index(a[1]).longValue();
      if (end < 0 || end > s.length()) {
        throw PyErrors.valueError("end is out of bounds");
      }
      boolean strict = a.length < 3 || Abstract.isTrue(a[2]);
      Scan scan = new Scan(imports, s, strict, null);
      PyObject text = scan.string((int) end);
      return PyTuple.of(text, PyInt.of(scan.next));
    });
    m.function("encode_basestring_ascii", (a, k) ->
        PyStr.of(encode(str(oneArg("encode_basestring_ascii", a), "first argument"), true)));
    m.function("encode_basestring", (a, k) ->
        PyStr.of(encode(str(oneArg("encode_basestring", a), "first argument"), false)));
    return m;
  }

  private static PyObject oneArg(String name, PyObject[] a) {
    if (a.length != 1) {
      throw PyErrors.typeError(name + "() takes exactly one argument (" + a.length
          + " given)");
    }
    return a[0];
  }

  private static PyStr str(PyObject o, String what) {
    if (!(o instanceof PyStr s)) {
      throw PyErrors.typeError(what + " must be a string, not " + o.type().name());
    }
    return s;
  }

  /** Returns s as a JSON string literal: only ASCII when {@code ascii}. */
  static String encode(PyStr s, boolean ascii) {
    int n = s.length();
    StringBuilder b = new StringBuilder(n + 2).append('"');
    for (int i = 0; i < n; i++) {
      int c = s.codePointAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\b': b.append("\\b"); break;
        case '\f': b.append("\\f"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20 || (ascii && c > 0x7e)) {
            if (c >= 0x10000) {
              int v = c - 0x10000;
              hex4(b, 0xd800 | (v >> 10));
              hex4(b, 0xdc00 | (v & 0x3ff));
            } else {
              hex4(b, c);
            }
          } else {
            b.appendCodePoint(c);
          }
      }
    }
    return b.append('"').toString();
  }

  private static void hex4(StringBuilder b, int c) {
    b.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4) {
      b.append(Character.forDigit((c >> shift) & 0xf, 16));
    }
  }

  /** The scanner {@code make_scanner(context)} returns, called with {@code (string, idx)}. */
  static final class Scanner extends PyObject {
    static final PyType TYPE = TypeBuilder.of("_json.Scanner", Scanner.class, PyType.OBJECT)
        .call((self, args, kw) -> ((Scanner) self).call(args, kw))
        .ready();

    private final boolean strict;
    private final PyObject objectHook;
    private final PyObject pairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    private final Imports imports;

    private Scanner(Imports imports, PyObject context) {
      this.imports = imports;
      strict = Abstract.isTrue(Abstract.getAttr(context, "strict"));
      objectHook = Abstract.getAttr(context, "object_hook");
      pairsHook = Abstract.getAttr(context, "object_pairs_hook");
      parseFloat = Abstract.getAttr(context, "parse_float");
      parseInt = Abstract.getAttr(context, "parse_int");
      parseConstant = Abstract.getAttr(context, "parse_constant");
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private PyObject call(PyObject[] args, String[] kw) {
      if (args.length != 2 || (kw != null && kw.length > 0)) {
        throw PyErrors.typeError("scanner() takes exactly 2 arguments (" + args.length
            + " given)");
      }
      PyStr s = str(args[0], "first argument");
      long idx = Abstract.index(args[1]).longValue();
      if (idx < 0) {
        throw PyErrors.valueError("idx cannot be negative");
      }
      Scan scan = new Scan(imports, s, strict, this);
      PyObject value = scan.value((int) Math.min(idx, Integer.MAX_VALUE));
      return PyTuple.of(value, PyInt.of(scan.next));
    }
  }

  // One scan of one document: the text as code points, and where the last value ended.
  private static final class Scan {
    final PyStr doc;
    final int n;
    final boolean strict;
    final Scanner scanner;
    final Imports imports;
    // Arrays and objects being scanned: bounded as CPython bounds its C recursion.
    final int maxDepth;
    int depth;
    int next;

    Scan(Imports imports, PyStr doc, boolean strict, Scanner scanner) {
      this.imports = imports;
      this.scanner = scanner;
      this.maxDepth = imports.recursionLimit();
      this.doc = doc;
      this.n = doc.length();
      this.strict = strict;
    }

    private PyException error(String msg, int pos) {
      imports.importModule("json.decoder");
      PyObject decoder = imports.modules().getStr("json.decoder");
      PyObject cls = Abstract.getAttr(decoder, "JSONDecodeError");
      PyObject e = Abstract.call(cls, PyStr.of(msg), doc, PyInt.of(pos));
      if (e instanceof PyBaseException be) {
        return new PyException(be);
      }
      return PyErrors.valueError(msg);
    }

    // The code point at i (a char read for the BMP strings most documents are).
    private int cp(int i) {
      return doc.codePointAt(i);
    }

    private int skip(int i) {
      while (i < n && (cp(i) == ' ' || cp(i) == '\t' || cp(i) == '\n' || cp(i) == '\r')) {
        i++;
      }
      return i;
    }

    /** Returns the string whose opening quote is just before {@code end}; sets next. */
    PyObject string(int end) {
      int begin = end - 1;
      int[] out = new int[16];
      int len = 0;
      int i = end;
      while (true) {
        int c = 0;
        int chunk = i;
        for (; i < n; i++) {
          c = cp(i);
          if (c == '"' || c == '\\') {
            break;
          }
          if (c <= 0x1f && strict) {
            throw error("Invalid control character at", i);
          }
        }
        if (i >= n) {
          throw error("Unterminated string starting at", begin);
        }
        if (len + (i - chunk) + 2 > out.length) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, len + (i - chunk) + 2));
        }
        for (int j = chunk; j < i; j++) {
          out[len++] = cp(j);
        }
        if (c == '"') {
          next = i + 1;
          return PyStr.ofCodePoints(out, 0, len);
        }
        i++;
        if (i >= n) {
          throw error("Unterminated string starting at", begin);
        }
        c = cp(i);
        if (c != 'u') {
          int r = unescape(c);
          if (r < 0) {
            throw error("Invalid \\escape", i - 1);
          }
          out[len++] = r;
          i++;
          continue;
        }
        i++;
        if (i + 4 >= n) {
          throw error("Invalid \\uXXXX escape", i - 1);
        }
        int u = hex(i, i - 1);
        i += 4;
        // A high surrogate escape and a low one make one code point.
        if (u >= 0xd800 && u <= 0xdbff && i + 6 < n && cp(i) == '\\' && cp(i + 1) == 'u') {
          int u2 = hex(i + 2, i + 1);
          if (u2 >= 0xdc00 && u2 <= 0xdfff) {
            u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
            i += 6;
          }
        }
        out[len++] = u;
      }
    }

    private static int unescape(int c) {
      switch (c) {
        case '"': return '"';
        case '\\': return '\\';
        case '/': return '/';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        default: return -1;
      }
    }

    private int hex(int at, int errorPos) {
      int v = 0;
      for (int j = at; j < at + 4; j++) {
        int d = Character.digit(cp(j), 16);
        if (d < 0 || cp(j) > 'f') {
          throw error("Invalid \\uXXXX escape", errorPos);
        }
        v = v << 4 | d;
      }
      return v;
    }

    /** Returns the value at {@code i}; sets next; StopIteration(i) where none starts. */
    PyObject value(int i) {
      if (i >= n) {
        throw PyErrors.make(PyErrors.STOP_ITERATION, PyInt.of(i));
      }
      switch (cp(i)) {
        case '"':
          return string(i + 1);
        case '{':
          enter("object");
          PyObject o = object(i + 1);
          depth--;
          return o;
        case '[':
          enter("array");
          PyObject a = array(i + 1);
          depth--;
          return a;
        case 'n':
          if (word(i, "null")) {
            next = i + 4;
            return PyNone.NONE;
          }
          break;
        case 't':
          if (word(i, "true")) {
            next = i + 4;
            return PyBool.TRUE;
          }
          break;
        case 'f':
          if (word(i, "false")) {
            next = i + 5;
            return PyBool.FALSE;
          }
          break;
        case 'N':
          if (word(i, "NaN")) {
            return constant("NaN", i + 3);
          }
          break;
        case 'I':
          if (word(i, "Infinity")) {
            return constant("Infinity", i + 8);
          }
          break;
        case '-':
          if (word(i, "-Infinity")) {
            return constant("-Infinity", i + 9);
          }
          break;
        default:
          break;
      }
      return number(i);
    }

    private void enter(String what) {
      if (++depth > maxDepth) {
        throw PyErrors.make(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded while"
            + " decoding a JSON " + what + " from a unicode string");
      }
    }

    private boolean word(int i, String w) {
      if (i + w.length() > n) {
        return false;
      }
      for (int j = 0; j < w.length(); j++) {
        if (cp(i + j) != w.charAt(j)) {
          return false;
        }
      }
      return true;
    }

    private PyObject constant(String name, int end) {
      PyObject v = Abstract.call(scanner.parseConstant, PyStr.of(name));
      next = end;
      return v;
    }

    private boolean digit(int i) {
      return cp(i) >= '0' && cp(i) <= '9';
    }

    private PyObject number(int start) {
      int i = start;
      if (cp(i) == '-') {
        i++;
        if (i >= n) {
          throw PyErrors.make(PyErrors.STOP_ITERATION, PyInt.of(start));
        }
      }
      if (cp(i) >= '1' && cp(i) <= '9') {
        i++;
        while (i < n && digit(i)) {
          i++;
        }
      } else if (cp(i) == '0') {
        i++;
      } else {
        throw PyErrors.make(PyErrors.STOP_ITERATION, PyInt.of(start));
      }
      boolean isFloat = false;
      if (i < n - 1 && cp(i) == '.' && digit(i + 1)) {
        isFloat = true;
        i += 2;
        while (i < n && digit(i)) {
          i++;
        }
      }
      if (i < n - 1 && (cp(i) == 'e' || cp(i) == 'E')) {
        int eStart = i;
        i++;
        if (i < n - 1 && (cp(i) == '-' || cp(i) == '+')) {
          i++;
        }
        while (i < n && digit(i)) {
          i++;
        }
        if (digit(i - 1)) {
          isFloat = true;
        } else {
          i = eStart;
        }
      }
      StringBuilder digits = new StringBuilder(i - start);
      for (int j = start; j < i; j++) {
        digits.append((char) cp(j));
      }
      String text = digits.toString();
      next = i;
      if (isFloat) {
        return scanner.parseFloat == PyFloat.TYPE ? PyFloat.of(Double.parseDouble(text))
            : Abstract.call(scanner.parseFloat, PyStr.of(text));
      }
      return scanner.parseInt == PyInt.TYPE ? PyInt.of(new BigInteger(text))
          : Abstract.call(scanner.parseInt, PyStr.of(text));
    }

    private PyObject object(int i) {
      PyList pairs = scanner.pairsHook == PyNone.NONE ? null : new PyList();
      PyDict dict = pairs == null ? new PyDict() : null;
      i = skip(i);
      if (i >= n || cp(i) != '}') {
        while (true) {
          if (i >= n || cp(i) != '"') {
            throw error("Expecting property name enclosed in double quotes", i);
          }
          PyObject key = string(i + 1);
          i = skip(next);
          if (i >= n || cp(i) != ':') {
            throw error("Expecting ':' delimiter", i);
          }
          i = skip(i + 1);
          PyObject value = value(i);
          if (pairs != null) {
            pairs.append(PyTuple.of(key, value));
          } else {
            dict.put(key, value);
          }
          i = skip(next);
          if (i < n && cp(i) == '}') {
            break;
          }
          if (i >= n || cp(i) != ',') {
            throw error("Expecting ',' delimiter", i);
          }
          i = skip(i + 1);
        }
      }
      int end = i + 1;
      PyObject result;
      if (pairs != null) {
        result = Abstract.call(scanner.pairsHook, pairs);
      } else if (scanner.objectHook != PyNone.NONE) {
        result = Abstract.call(scanner.objectHook, dict);
      } else {
        result = dict;
      }
      next = end;
      return result;
    }

    private PyObject array(int i) {
      PyList list = new PyList();
      i = skip(i);
      if (i >= n || cp(i) != ']') {
        while (true) {
          list.append(value(i));
          i = skip(next);
          if (i < n && cp(i) == ']') {
            break;
          }
          if (i >= n || cp(i) != ',') {
            throw error("Expecting ',' delimiter", i);
          }
          i = skip(i + 1);
        }
      }
      next = i + 1;
      return list;
    }
  }
}
