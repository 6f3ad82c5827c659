package dev.krait.core.runtime;

import java.util.Arrays;

/** {@code split}, {@code rsplit}, {@code splitlines} and the partitions of bytes and bytearray. */
final class BytesSplit {

  private BytesSplit() {}

  /** Returns {@code self.split(sep, maxsplit)} ({@code a} holds sep and maxsplit or null). */
  static PyObject split(PyObject self, PyObject[] a, boolean reverse) {
    byte[] d = BytesSupport.self(self);
    long max = a[1] == null ? -1 : Abstract.index(a[1]).longValue();
    if (max < 0) {
      max = Long.MAX_VALUE;
    }
    PyList out = new PyList();
    if (a[0] == null || a[0] == PyNone.NONE) {
      if (reverse) {
        rsplitSpace(self, d, max, out);
      } else {
        splitSpace(self, d, max, out);
      }
      return out;
    }
    byte[] sep = BytesSupport.buffer(a[0]);
    if (sep.length == 0) {
      throw PyErrors.valueError("empty separator");
    }
    if (!reverse) {
      int i = 0;
      while (max-- > 0) {
        int j = BytesSupport.find(d, i, d.length, sep);
        if (j < 0) {
          break;
        }
        out.append(part(self, d, i, j));
        i = j + sep.length;
      }
      out.append(part(self, d, i, d.length));
      return out;
    }
    int j = d.length;
    while (max-- > 0) {
      int i = BytesSupport.rfind(d, 0, j, sep);
      if (i < 0) {
        break;
      }
      out.append(part(self, d, i + sep.length, j));
      j = i;
    }
    out.append(part(self, d, 0, j));
    reverse(out);
    return out;
  }

  private static PyObject part(PyObject self, byte[] d, int from, int to) {
    return BytesSupport.make(self, Arrays.copyOfRange(d, from, to));
  }

  private static void splitSpace(PyObject self, byte[] d, long max, PyList out) {
    int n = d.length;
    int i = 0;
    while (max-- > 0) {
      while (i < n && BytesMethods.isSpace(d[i])) {
        i++;
      }
      if (i == n) {
        return;
      }
      int j = i;
      while (j < n && !BytesMethods.isSpace(d[j])) {
        j++;
      }
      out.append(part(self, d, i, j));
      i = j;
    }
    while (i < n && BytesMethods.isSpace(d[i])) {
      i++;
    }
    if (i < n) {
      out.append(part(self, d, i, n));
    }
  }

  private static void rsplitSpace(PyObject self, byte[] d, long max, PyList out) {
    int j = d.length;
    while (max-- > 0) {
      while (j > 0 && BytesMethods.isSpace(d[j - 1])) {
        j--;
      }
      if (j == 0) {
        break;
      }
      int i = j;
      while (i > 0 && !BytesMethods.isSpace(d[i - 1])) {
        i--;
      }
      out.append(part(self, d, i, j));
      j = i;
    }
    if (max < 0) {
      while (j > 0 && BytesMethods.isSpace(d[j - 1])) {
        j--;
      }
      if (j > 0) {
        out.append(part(self, d, 0, j));
      }
    }
    reverse(out);
  }

  private static void reverse(PyList l) {
    PyObject[] items = l.toArray();
    for (int i = 0; i < items.length; i++) {
      Abstract.setItem(l, PyInt.of(i), items[items.length - 1 - i]);
    }
  }

  /** Returns {@code self.splitlines(keepends=False)}. */
  static PyObject splitlines(PyObject self, PyObject[] args, String[] kw) {
    PyObject[] a = ArgParser.parse("splitlines", args, kw, new String[] {"keepends"}, 0, false);
    boolean keep = a[0] != null && Abstract.isTrue(a[0]);
    byte[] d = BytesSupport.self(self);
    PyList out = new PyList();
    int i = 0;
    int n = d.length;
    while (i < n) {
      int j = i;
      while (j < n && d[j] != '\n' && d[j] != '\r') {
        j++;
      }
      int eol = j;
      if (j < n) {
        j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
        if (keep) {
          eol = j;
        }
      }
      out.append(part(self, d, i, eol));
      i = j;
    }
    return out;
  }

  /** Returns {@code self.partition(sep)} or {@code rpartition}. */
  static PyObject partition(PyObject self, PyObject sepArg, boolean reverse) {
    byte[] d = BytesSupport.self(self);
    byte[] sep = BytesSupport.buffer(sepArg);
    if (sep.length == 0) {
      throw PyErrors.valueError("empty separator");
    }
    int i = reverse ? BytesSupport.rfind(d, 0, d.length, sep)
        : BytesSupport.find(d, 0, d.length, sep);
    if (i < 0) {
      PyObject empty = BytesSupport.make(self, new byte[0]);
      PyObject whole = part(self, d, 0, d.length);
      return reverse ? PyTuple.of(empty, BytesSupport.make(self, new byte[0]), whole)
          : PyTuple.of(whole, empty, BytesSupport.make(self, new byte[0]));
    }
    return PyTuple.of(part(self, d, 0, i), BytesSupport.make(self, sep.clone()),
        part(self, d, i + sep.length, d.length));
  }
}
