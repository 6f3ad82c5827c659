package dev.krait.core.runtime;

/** The ASCII case conversions and predicates of bytes and bytearray ({@code upper}, ...). */
final class BytesCase {

  private BytesCase() {}

  private static boolean isUpper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(int c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static byte swap(int c) {
    return (byte) (isUpper(c) || isLower(c) ? c ^ 0x20 : c);
  }

  static void define(PyType t) {
    PyMethodDescriptor.define(t, "lower", (PyMethodDescriptor.Fn0) s -> map(s, 0));
    PyMethodDescriptor.define(t, "upper", (PyMethodDescriptor.Fn0) s -> map(s, 1));
    PyMethodDescriptor.define(t, "swapcase", (PyMethodDescriptor.Fn0) s -> map(s, 2));
    PyMethodDescriptor.define(t, "capitalize", (PyMethodDescriptor.Fn0) s -> map(s, 3));
    PyMethodDescriptor.define(t, "title", (PyMethodDescriptor.Fn0) s -> map(s, 4));
    PyMethodDescriptor.define(t, "isalnum", (PyMethodDescriptor.Fn0) s -> all(s, 0));
    PyMethodDescriptor.define(t, "isalpha", (PyMethodDescriptor.Fn0) s -> all(s, 1));
    PyMethodDescriptor.define(t, "isdigit", (PyMethodDescriptor.Fn0) s -> all(s, 2));
    PyMethodDescriptor.define(t, "isspace", (PyMethodDescriptor.Fn0) s -> all(s, 3));
    PyMethodDescriptor.define(t, "isascii", (PyMethodDescriptor.Fn0) s -> {
      for (byte b : BytesSupport.self(s)) {
        if (b < 0) {
          return PyBool.FALSE;
        }
      }
      return PyBool.TRUE;
    });
    PyMethodDescriptor.define(t, "islower", (PyMethodDescriptor.Fn0) s -> cased(s, false));
    PyMethodDescriptor.define(t, "isupper", (PyMethodDescriptor.Fn0) s -> cased(s, true));
    PyMethodDescriptor.define(t, "istitle", (PyMethodDescriptor.Fn0) BytesCase::istitle);
  }

  private static PyObject map(PyObject self, int how) {
    byte[] d = BytesSupport.self(self).clone();
    boolean prevCased = false;
    for (int i = 0; i < d.length; i++) {
      int c = d[i] & 0xff;
      switch (how) {
        case 0:
          d[i] = (byte) (isUpper(c) ? c | 0x20 : c);
          break;
        case 1:
          d[i] = (byte) (isLower(c) ? c & ~0x20 : c);
          break;
        case 2:
          d[i] = swap(c);
          break;
        case 3:
          d[i] = (byte) (i == 0 ? (isLower(c) ? c & ~0x20 : c) : (isUpper(c) ? c | 0x20 : c));
          break;
        default:
          if (isLower(c)) {
            if (!prevCased) {
              d[i] = (byte) (c & ~0x20);
            }
            prevCased = true;
          } else if (isUpper(c)) {
            if (prevCased) {
              d[i] = (byte) (c | 0x20);
            }
            prevCased = true;
          } else {
            prevCased = false;
          }
      }
    }
    return BytesSupport.make(self, d);
  }

  private static PyObject all(PyObject self, int what) {
    byte[] d = BytesSupport.self(self);
    if (d.length == 0) {
      return PyBool.FALSE;
    }
    for (byte b : d) {
      int c = b & 0xff;
      boolean ok;
      switch (what) {
        case 0:
          ok = isUpper(c) || isLower(c) || isDigit(c);
          break;
        case 1:
          ok = isUpper(c) || isLower(c);
          break;
        case 2:
          ok = isDigit(c);
          break;
        default:
          ok = BytesMethods.isSpace(c);
      }
      if (!ok) {
        return PyBool.FALSE;
      }
    }
    return PyBool.TRUE;
  }

  private static PyObject cased(PyObject self, boolean upper) {
    boolean any = false;
    for (byte b : BytesSupport.self(self)) {
      int c = b & 0xff;
      if (upper ? isLower(c) : isUpper(c)) {
        return PyBool.FALSE;
      }
      any |= upper ? isUpper(c) : isLower(c);
    }
    return PyBool.of(any);
  }

  private static PyObject istitle(PyObject self) {
    boolean cased = false;
    boolean prev = false;
    for (byte b : BytesSupport.self(self)) {
      int c = b & 0xff;
      if (isUpper(c)) {
        if (prev) {
          return PyBool.FALSE;
        }
        prev = true;
        cased = true;
      } else if (isLower(c)) {
        if (!prev) {
          return PyBool.FALSE;
        }
        prev = true;
        cased = true;
      } else {
        prev = false;
      }
    }
    return PyBool.of(cased);
  }
}
