package dev.krait.core.stdlib;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.util.IdentityHashMap;

/**
 * The encoder {@code _json.make_encoder} returns: called with {@code (obj, level)}, it returns
 * a list holding obj's JSON text, with the output and messages of CPython's encoders (its C
 * encoder's plain "Out of range float values" message, or its Python encoder's, which adds the
 * value's repr).
 */
final class JsonEncoder extends PyObject {

  static final PyType TYPE = TypeBuilder.of("_json.Encoder", JsonEncoder.class, PyType.OBJECT)
      .call((self, args, kw) -> {
        if (args.length != 2 || (kw != null && kw.length > 0)) {
          throw PyErrors.typeError("encoder() takes exactly 2 arguments (" + args.length
              + " given)");
        }
        JsonEncoder e = (JsonEncoder) self;
        StringBuilder b = new StringBuilder();
        e.encode(args[0], b, (int) Abstract.index(args[1]).longValue());
        return PyList.of(PyStr.of(b.toString()));
      })
      .ready();

  private final IdentityHashMap<PyObject, Boolean> markers;
  private final PyObject defaultFn;
  private final boolean ascii;
  private final String indent;
  private final String keySeparator;
  private final String itemSeparator;
  private final boolean sortKeys;
  private final boolean skipKeys;
  private final boolean allowNan;
  private final boolean cMessages;
  private final int maxDepth;
  private int depth;

  /**
   * Returns an encoder: {@code indent} null for one line, {@code cMessages} for the C
   * encoder's error text, {@code maxDepth} the nesting that raises RecursionError.
   */
  JsonEncoder(boolean checkCircular, PyObject defaultFn, boolean ascii, String indent,
      String keySeparator, String itemSeparator, boolean sortKeys, boolean skipKeys,
      boolean allowNan, boolean cMessages, int maxDepth) {
    this.markers = checkCircular ? new IdentityHashMap<>() : null;
    this.defaultFn = defaultFn;
    this.ascii = ascii;
    this.indent = indent;
    this.keySeparator = keySeparator;
    this.itemSeparator = itemSeparator;
    this.sortKeys = sortKeys;
    this.skipKeys = skipKeys;
    this.allowNan = allowNan;
    this.cMessages = cMessages;
    this.maxDepth = maxDepth;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private void encode(PyObject o, StringBuilder b, int level) {
    if (o instanceof PyStr s) {
      b.append(JsonModule.encode(s, ascii));
    } else if (o == PyNone.NONE) {
      b.append("null");
    } else if (o == PyBool.TRUE) {
      b.append("true");
    } else if (o == PyBool.FALSE) {
      b.append("false");
    } else if (o instanceof PyInt) {
      b.append(intText(o));
    } else if (o instanceof PyFloat f) {
      b.append(floatText(f));
    } else if (o instanceof PyList || o instanceof PyTuple) {
      encodeList(o, b, level);
    } else if (o instanceof PyDict) {
      encodeDict(o, b, level);
    } else {
      enter(o);
      encode(Abstract.call(defaultFn, o), b, level);
      leave(o);
    }
  }

  // int.__repr__ and float.__repr__, not the subclass's own repr.
  private static String intText(PyObject o) {
    if (o.type() == PyInt.TYPE) {
      return ((PyInt) o).bigValue().toString();
    }
    return ((PyStr) Abstract.call(Abstract.getAttr(PyInt.TYPE, "__repr__"), o)).value();
  }

  private String floatText(PyFloat f) {
    double d = f.value();
    String text;
    if (Double.isNaN(d)) {
      text = "NaN";
    } else if (d == Double.POSITIVE_INFINITY) {
      text = "Infinity";
    } else if (d == Double.NEGATIVE_INFINITY) {
      text = "-Infinity";
    } else {
      return ((PyStr) Abstract.call(Abstract.getAttr(PyFloat.TYPE, "__repr__"), f)).value();
    }
    if (!allowNan) {
      throw PyErrors.valueError("Out of range float values are not JSON compliant"
          + (cMessages ? "" : ": " + Abstract.repr(f).value()));
    }
    return text;
  }

  private void enter(PyObject o) {
    if (++depth > maxDepth) {
      depth = 0;
      throw PyErrors.make(PyErrors.RECURSION_ERROR,
          "maximum recursion depth exceeded while encoding a JSON object");
    }
    if (markers != null && markers.put(o, Boolean.TRUE) != null) {
      throw PyErrors.valueError("Circular reference detected");
    }
  }

  private void leave(PyObject o) {
    depth--;
    if (markers != null) {
      markers.remove(o);
    }
  }

  // Opens a list or dict; returns the separator between its items.
  private String open(StringBuilder b, char bracket, int level) {
    b.append(bracket);
    if (indent == null) {
      return itemSeparator;
    }
    String newline = "\n" + indent.repeat(level + 1);
    b.append(newline);
    return itemSeparator + newline;
  }

  private void close(StringBuilder b, char bracket, int level) {
    if (indent != null) {
      b.append('\n').append(indent.repeat(level));
    }
    b.append(bracket);
  }

  private void encodeList(PyObject seq, StringBuilder b, int level) {
    if (Abstract.len(seq) == 0) {
      b.append("[]");
      return;
    }
    enter(seq);
    String separator = open(b, '[', level);
    boolean first = true;
    PyObject it = Abstract.iter(seq);
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
      if (!first) {
        b.append(separator);
      }
      first = false;
      encode(v, b, level + 1);
    }
    close(b, ']', level);
    leave(seq);
  }

  private void encodeDict(PyObject dict, StringBuilder b, int level) {
    if (Abstract.len(dict) == 0) {
      b.append("{}");
      return;
    }
    enter(dict);
    String separator = open(b, '{', level);
    PyList items = PyList.fromIterable(Abstract.callMethod(dict, "items"));
    if (sortKeys) {
      Abstract.callMethod(items, "sort");
    }
    boolean first = true;
    for (int i = 0; i < items.size(); i++) {
      PyTuple item = (PyTuple) items.get(i);
      PyStr key = keyText(item.get(0));
      if (key == null) {
        continue;
      }
      if (!first) {
        b.append(separator);
      }
      first = false;
      b.append(JsonModule.encode(key, ascii)).append(keySeparator);
      encode(item.get(1), b, level + 1);
    }
    close(b, '}', level);
    leave(dict);
  }

  // A key as a str, or null to skip it (skipkeys).
  private PyStr keyText(PyObject key) {
    if (key instanceof PyStr s) {
      return s;
    }
    if (key instanceof PyFloat f) {
      return PyStr.of(floatText(f));
    }
    if (key == PyBool.TRUE) {
      return PyStr.of("true");
    }
    if (key == PyBool.FALSE) {
      return PyStr.of("false");
    }
    if (key == PyNone.NONE) {
      return PyStr.of("null");
    }
    if (key instanceof PyInt) {
      return PyStr.of(intText(key));
    }
    if (skipKeys) {
      return null;
    }
    throw PyErrors.typeError("keys must be str, int, float, bool or None, not "
        + key.type().name());
  }
}
