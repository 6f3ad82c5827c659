package dev.krait.core.stdlib;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyList;
import dev.krait.core.runtime.PyMethodDescriptor;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyType;
import dev.krait.core.runtime.TypeBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code sys.stdin}: a read-only text stream over the {@link Reader} its context reads from now
 * (the host may change it between calls: each change starts a new buffer). Lines end at
 * {@code \n} and keep it, as CPython's {@code sys.stdin} on POSIX; nothing is translated.
 */
final class PyTextReader extends PyObject {

  static final PyType TYPE = TypeBuilder.of("TextIOWrapper", PyTextReader.class, PyType.OBJECT)
      .repr(o -> PyStr.of("<_io.TextIOWrapper name='" + ((PyTextReader) o).name
          + "' mode='r' encoding='utf-8'>"))
      .getAttr((o, n) -> ((PyTextReader) o).attribute(n))
      .iter(o -> ((PyTextReader) o).open("."))
      .next(o -> ((PyTextReader) o).next())
      .method("read", (PyMethodDescriptor.FnN) (o, a, k) ->
          ((PyTextReader) o).read(size("read", a, k, true)))
      .method("readline", (PyMethodDescriptor.FnN) (o, a, k) ->
          ((PyTextReader) o).readline(size("readline", a, k, false)))
      .method("readlines", (PyMethodDescriptor.FnN) (o, a, k) ->
          ((PyTextReader) o).readlines(size("readlines", a, k, true)))
      .method("isatty", (PyMethodDescriptor.FnN) (o, a, k) -> {
        noArguments("isatty", a, k);
        ((PyTextReader) o).open("");
        return PyBool.FALSE;
      })
      .method("readable", (PyMethodDescriptor.FnN) (o, a, k) -> {
        noArguments("readable", a, k);
        ((PyTextReader) o).open("");
        return PyBool.TRUE;
      })
      .method("writable", (PyMethodDescriptor.FnN) (o, a, k) -> {
        noArguments("writable", a, k);
        ((PyTextReader) o).open("");
        return PyBool.FALSE;
      })
      .method("seekable", (PyMethodDescriptor.FnN) (o, a, k) -> {
        noArguments("seekable", a, k);
        ((PyTextReader) o).open("");
        return PyBool.FALSE;
      })
      .method("fileno", (PyMethodDescriptor.FnN) (o, a, k) -> {
        noArguments("fileno", a, k);
        PyTextReader r = (PyTextReader) o;
        r.open("");
        throw r.unsupported("fileno");
      })
      .method("write", (PyMethodDescriptor.FnN) (o, a, k) -> {
        PyTextReader r = (PyTextReader) o;
        r.open(".");
        throw r.unsupported("not writable");
      })
      .method("flush", (PyMethodDescriptor.FnN) (o, a, k) -> {
        noArguments("flush", a, k);
        ((PyTextReader) o).open(".");
        return PyNone.NONE;
      })
      .method("close", (PyMethodDescriptor.FnN) (o, a, k) -> {
        noArguments("close", a, k);
        // The host's Reader stays open: the host owns it.
        ((PyTextReader) o).closed = true;
        return PyNone.NONE;
      })
      .method("__enter__", (PyMethodDescriptor.FnN) (o, a, k) -> ((PyTextReader) o).open("."))
      .method("__exit__", (PyMethodDescriptor.FnN) (o, a, k) -> {
        ((PyTextReader) o).closed = true;
        return PyNone.NONE;
      })
      .ready();

  private final String name;
  private final Supplier<Reader> source;
  // The Reader last read and the buffer over it: a BufferedReader given by the host is used
  // as it is, so a host reading the same one (the REPL) loses no line to this buffer.
  private Reader current;
  private BufferedReader buffer;
  private boolean closed;
  private PyType unsupportedOperation;

  PyTextReader(String name, Supplier<Reader> source) {
    this.name = name;
    this.source = source;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private PyObject attribute(String n) {
    return switch (n) {
      case "name" -> PyStr.of(name);
      case "mode" -> PyStr.of("r");
      case "encoding" -> PyStr.of("utf-8");
      case "errors" -> PyStr.of("strict");
      case "newlines" -> PyNone.NONE;
      case "line_buffering" -> PyBool.FALSE;
      case "closed" -> PyBool.of(closed);
      default -> Abstract.genericGetAttr(this, n);
    };
  }

  // Returns this stream, or raises CPython's ValueError when it is closed (whose message ends
  // with a full stop for some methods and not for others).
  private PyTextReader open(String stop) {
    if (closed) {
      throw PyErrors.valueError("I/O operation on closed file" + stop);
    }
    return this;
  }

  /**
   * Returns io.UnsupportedOperation(message), its type made on first use in this context. Its
   * only base is OSError: CPython's also derives from ValueError, which the runtime's layout
   * check refuses beside OSError today.
   */
  private RuntimeException unsupported(String message) {
    if (unsupportedOperation == null) {
      unsupportedOperation = PyType.newClass(PyType.TYPE, "UnsupportedOperation",
          List.of(PyErrors.OS_ERROR),
          Map.of("__module__", PyStr.of("io")));
    }
    return PyErrors.make(unsupportedOperation, message);
  }

  private BufferedReader reader() {
    Reader r = source.get();
    if (r != current) {
      current = r;
      buffer = r instanceof BufferedReader b ? b : new BufferedReader(r);
    }
    return buffer;
  }

  /**
   * Appends the next code point (one or two chars) to {@code sb} and returns its last char, or
   * returns -1 at the end.
   */
  private int readCodePoint(StringBuilder sb) {
    try {
      BufferedReader r = reader();
      int c = r.read();
      if (c < 0) {
        return -1;
      }
      sb.append((char) c);
      if (Character.isHighSurrogate((char) c)) {
        int low = r.read();
        if (low >= 0) {
          sb.append((char) low);
          return low;
        }
      }
      return c;
    } catch (IOException e) {
      throw PyErrors.make(PyErrors.OS_ERROR, String.valueOf(e.getMessage()));
    }
  }

  /** Returns up to {@code size} characters (all that are left when negative). */
  PyStr read(long size) {
    open(".");
    StringBuilder sb = new StringBuilder();
    for (long i = 0; size < 0 || i < size; i++) {
      if (readCodePoint(sb) < 0) {
        break;
      }
    }
    return PyStr.of(sb.toString());
  }

  /** Returns the next line with its {@code \n}; at most {@code size} characters if not negative. */
  PyStr readline(long size) {
    open(".");
    StringBuilder sb = new StringBuilder();
    for (long i = 0; size < 0 || i < size; i++) {
      int c = readCodePoint(sb);
      if (c < 0 || c == '\n') {
        break;
      }
    }
    return PyStr.of(sb.toString());
  }

  /** Returns the lines left, stopping once {@code hint} characters were read when positive. */
  PyList readlines(long hint) {
    open(".");
    PyList lines = new PyList();
    long total = 0;
    for (;;) {
      PyStr line = readline(-1);
      if (line.value().isEmpty()) {
        return lines;
      }
      lines.append(line);
      total += line.value().length();
      if (hint > 0 && total >= hint) {
        return lines;
      }
    }
  }

  // The next slot: null at the end.
  private PyObject next() {
    PyStr line = readline(-1);
    return line.value().isEmpty() ? null : line;
  }

  // The optional size of read, readline and readlines: an int, or None where CPython takes it.
  private static long size(String method, PyObject[] args, String[] kw, boolean noneAllowed) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError("TextIOWrapper." + method + "() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError(
          method + " expected at most 1 argument, got " + args.length);
    }
    if (args.length == 0 || (noneAllowed && args[0] == PyNone.NONE)) {
      return -1;
    }
    PyObject a = args[0];
    if (noneAllowed && Abstract.lookupAttr(a, "__index__") == null) {
      throw PyErrors.typeError(
          "argument should be integer or None, not '" + a.type().name() + "'");
    }
    return Abstract.index(a).longValue();
  }

  private static void noArguments(String method, PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError("TextIOWrapper." + method + "() takes no keyword arguments");
    }
    if (args.length > 0) {
      throw PyErrors.typeError(
          "TextIOWrapper." + method + "() takes no arguments (" + args.length + " given)");
    }
  }
}
