package dev.krait.core.runtime;

import dev.krait.core.ast.ConstantRepr;
import java.util.Arrays;

/** Python's {@code bytearray}: a growable, mutable array of bytes. */
public class PyByteArray extends PyObject {

  /** The builtin type {@code bytearray}. */
  public static final PyType TYPE =
      PyType.builtin("bytearray", PyByteArray.class, PyType.OBJECT);

  private static final String[] INIT_NAMES = {"source", "encoding", "errors"};

  static {
    TYPE.sequence = true;
    // Set here, not inherited, so that the type lists __getattribute__ as CPython's does.
    TYPE.getAttr = Abstract::genericGetAttr;
    TYPE.hash = ObjectMethods.UNHASHABLE;
    TYPE.repr = b -> PyStr.of(b.type().name() + "(" + ConstantRepr.byteArrayContent(((PyByteArray) b)
        .toArray()) + ")");
    TYPE.str = TYPE.repr;
    TYPE.len = b -> ((PyByteArray) b).size;
    TYPE.getItem = (b, k) -> ((PyByteArray) b).get(k);
    TYPE.setItem = (b, k, v) -> ((PyByteArray) b).set(k, v);
    TYPE.iter = BytesIterator::new;
    TYPE.contains = (b, v) -> BytesSupport.contains(((PyByteArray) b).items,
        ((PyByteArray) b).size, v);
    TYPE.richCompare = BytesSupport::compare;
    TYPE.binary[BinaryOp.ADD.ordinal()] = BytesSupport::concat;
    TYPE.binary[BinaryOp.MUL.ordinal()] = BytesSupport::repeat;
    TYPE.reflected[BinaryOp.MUL.ordinal()] = BytesSupport::repeat;
    TYPE.binary[BinaryOp.MOD.ordinal()] = BytesFormat::format;
    // As CPython's bytes_mod: the format must be the left operand.
    TYPE.reflected[BinaryOp.MOD.ordinal()] = (self, other) -> PyNotImplemented.NOT_IMPLEMENTED;
    TYPE.inplace[BinaryOp.ADD.ordinal()] = (a, b) -> {
      byte[] y = BytesSupport.bufferOrNull(b);
      if (y == null) {
        throw PyErrors.typeError("can't concat " + b.type().name() + " to " + a.type().name());
      }
      ((PyByteArray) a).append(y, y.length);
      return a;
    };
    TYPE.inplace[BinaryOp.MUL.ordinal()] = (a, n) -> {
      long times = BytesSupport.repeatCount(n);
      if (times < 0) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      PyByteArray ba = (PyByteArray) a;
      byte[] r = BytesSupport.repeatBytes(ba.toArray(), times);
      ba.items = r;
      ba.size = r.length;
      return a;
    };
    TYPE.newSlot = (t, args, kw) -> t == TYPE ? new PyByteArray(new byte[0]) : new Sub(t);
    TYPE.init = (self, args, kw) -> {
      PyObject[] a = BytesMethods.keywords("bytearray", args, kw, INIT_NAMES, 0);
      byte[] data = BytesSupport.fromSource(a[0], a[1], a[2], "bytearray");
      PyByteArray ba = (PyByteArray) self;
      ba.items = data;
      ba.size = data.length;
    };
    TYPE.defineLater(t -> {
      BytesMethods.define(t);
      ByteArrayMethods.define(t);
    });
    TYPE.ready();
  }

  byte[] items;
  int size;

  /** Returns a bytearray owning {@code data}. */
  PyByteArray(byte[] data) {
    this.items = data;
    this.size = data.length;
  }

  /** Returns a bytearray holding a copy of {@code data}. */
  public static PyByteArray of(byte[] data) {
    return new PyByteArray(data.clone());
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns the number of bytes. */
  public int length() {
    return size;
  }

  /** Returns a copy of the bytes. */
  public byte[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** Makes room for {@code extra} more bytes. */
  void ensure(int extra) {
    long need = (long) size + extra;
    if (need > Integer.MAX_VALUE - 16) {
      throw PyErrors.make(PyErrors.MEMORY_ERROR);
    }
    if (need > items.length) {
      items = Arrays.copyOf(items, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 16,
          size + (size >> 1) + 8L)));
    }
  }

  /** Appends {@code data[0:n]}. */
  void append(byte[] data, int n) {
    ensure(n);
    System.arraycopy(data, 0, items, size, n);
    size += n;
  }

  /** Replaces {@code items[lo:hi]} by {@code data}. */
  void replace(int lo, int hi, byte[] data) {
    int delta = data.length - (hi - lo);
    if (delta > 0) {
      ensure(delta);
    }
    System.arraycopy(items, hi, items, hi + delta, size - hi);
    System.arraycopy(data, 0, items, lo, data.length);
    size += delta;
  }

  private PyObject get(PyObject key) {
    if (key instanceof PySlice) {
      return BytesSupport.slice(this, items, size, (PySlice) key);
    }
    return PyInt.of(items[BytesSupport.index(key, size, "bytearray index", "bytearray")] & 0xff);
  }

  private void set(PyObject key, PyObject value) {
    if (key instanceof PySlice) {
      setSlice((PySlice) key, value);
      return;
    }
    if (value == null) {
      int i = BytesSupport.index(key, size, "bytearray index", "bytearray");
      replace(i, i + 1, new byte[0]);
    } else {
      // CPython converts the value before it checks the index.
      byte b = (byte) BytesSupport.byteValue(value);
      items[BytesSupport.index(key, size, "bytearray index", "bytearray")] = b;
    }
  }

  /** Assigns (value null: deletes) {@code self[slice]}. */
  private void setSlice(PySlice slice, PyObject value) {
    byte[] data = null;
    if (value != null) {
      data = BytesSupport.bufferOrNull(value);
      if (data == null) {
        if (Abstract.indexOrNull(value) != null || value instanceof PyStr) {
          throw PyErrors.typeError(
              "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        data = BytesSupport.fromSource(value, null, null, "bytearray");
      }
    }
    long[] s = BytesSupport.sliceIndices(slice, size);
    int lo = (int) s[0];
    long st = s[1];
    int n = (int) s[2];
    if (st == 1) {
      replace(lo, lo + n, data == null ? new byte[0] : data);
      return;
    }
    if (data == null || data.length == 0) {
      // Delete every selected position, keeping the others in order (CPython deletes for an
      // empty value too, whatever the slice's length).
      boolean[] drop = new boolean[size];
      long p = lo;
      for (int i = 0; i < n; i++, p += st) {
        drop[(int) p] = true;
      }
      int w = 0;
      for (int r = 0; r < size; r++) {
        if (!drop[r]) {
          items[w++] = items[r];
        }
      }
      size = w;
      return;
    }
    if (data.length != n) {
      throw PyErrors.valueError("attempt to assign bytes of size " + data.length
          + " to extended slice of size " + n);
    }
    long p = lo;
    for (int i = 0; i < n; i++, p += st) {
      items[(int) p] = data[i];
    }
  }

  /** An instance of a Python subclass of {@code bytearray}: adds its type and dict. */
  static final class Sub extends PyByteArray {
    private final PyType type;
    private final PyDict dict;

    Sub(PyType type) {
      super(new byte[0]);
      this.type = type;
      this.dict = type.instanceDict ? new PyDict() : null;
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict dict() {
      return dict;
    }
  }
}
