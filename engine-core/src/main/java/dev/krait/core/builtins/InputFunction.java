package dev.krait.core.builtins;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyBytes;
import dev.krait.core.runtime.PyErrors;
import dev.krait.core.runtime.PyException;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The builtin {@code input([prompt])}, as CPython's when its streams are not a terminal: the
 * prompt is written to {@code sys.stdout}, which is flushed, and a line is read from {@code
 * sys.stdin} with {@code readline()}, its {@code \n} removed; {@code EOFError} at the end.
 */
public final class InputFunction {

  // How the running context's sys attributes are found: the VM sets it (once) to read the
  // calling thread's import state, which this package cannot see.
  private static volatile Function<String, PyObject> sysAttributes = name -> null;

  private InputFunction() {}

  /** Sets how {@code input()} finds the calling thread's {@code sys.stdin}, stdout and stderr. */
  public static void setSysAttributes(Function<String, PyObject> source) {
    sysAttributes = source;
  }

  /** {@code input([prompt])}. */
  static PyObject input(PyObject[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyErrors.typeError("input() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErrors.typeError("input expected at most 1 argument, got " + args.length);
    }
    PyObject in = stream("stdin");
    PyObject out = stream("stdout");
    PyObject err = stream("stderr");
    flushQuietly(err);
    if (args.length == 1) {
      Abstract.callMethod(out, "write", Abstract.str(args[0]));
    }
    flushQuietly(out);
    PyObject line = Abstract.callMethod(in, "readline");
    if (line instanceof PyStr s) {
      String v = s.value();
      if (v.isEmpty()) {
        throw PyErrors.make(PyErrors.EOF_ERROR, "EOF when reading a line");
      }
      return v.endsWith("\n") ? PyStr.of(v.substring(0, v.length() - 1)) : s;
    }
    if (line instanceof PyBytes b) {
      byte[] data = b.toArray();
      if (data.length == 0) {
        throw PyErrors.make(PyErrors.EOF_ERROR, "EOF when reading a line");
      }
      return data[data.length - 1] == '\n'
          ? PyBytes.of(Arrays.copyOf(data, data.length - 1)) : b;
    }
    throw PyErrors.typeError("object.readline() returned non-string");
  }

  private static PyObject stream(String name) {
    PyObject s = sysAttributes.apply(name);
    if (s == null || s == PyNone.NONE) {
      throw PyErrors.runtimeError("input(): lost sys." + name);
    }
    return s;
  }

  // CPython ignores a stream that cannot flush here.
  private static void flushQuietly(PyObject stream) {
    try {
      Abstract.callMethod(stream, "flush");
    } catch (PyException e) {
      // See above.
    }
  }
}
