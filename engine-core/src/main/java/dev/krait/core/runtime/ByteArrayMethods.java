package dev.krait.core.runtime;

/** The mutating methods of {@code bytearray} ({@code append}, {@code pop}, ...). */
final class ByteArrayMethods {

  private ByteArrayMethods() {}

  static void define(PyType t) {
    PyMethodDescriptor.define(t, "append", (PyMethodDescriptor.Fn1) (self, v) -> {
      PyByteArray b = (PyByteArray) self;
      int x = BytesSupport.byteValue(v);
      b.ensure(1);
      b.items[b.size++] = (byte) x;
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "extend", (PyMethodDescriptor.Fn1) (self, v) -> {
      byte[] data = BytesSupport.bufferOrNull(v);
      if (data == null) {
        if (v instanceof PyStr) {
          // A str iterates as strs, the first of which is not an int.
          if (((PyStr) v).length() == 0) {
            return PyNone.NONE;
          }
          throw PyErrors.typeError("'str' object cannot be interpreted as an integer");
        }
        PyType vt = v.type();
        if (vt.iter == null && vt.getItem == null && !(v instanceof PyTuple)) {
          throw PyErrors.typeError("can't extend bytearray with " + vt.name());
        }
        data = BytesSupport.fromSource(v, null, null, "bytearray");
      }
      ((PyByteArray) self).append(data, data.length);
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "insert", (PyMethodDescriptor.Fn2) (self, index, v) -> {
      PyByteArray b = (PyByteArray) self;
      PyInt k = Abstract.index(index);
      long i = k.isBig() ? (k.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2)
          : k.longValue();
      if (i < 0) {
        i = Math.max(0, i + b.size);
      }
      i = Math.min(i, b.size);
      int x = BytesSupport.byteValue(v);
      b.replace((int) i, (int) i, new byte[] {(byte) x});
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "pop", (PyMethodDescriptor.FnN) (self, args, kw) -> {
      PyByteArray b = (PyByteArray) self;
      PyObject[] a = BytesMethods.positional(self, "pop", args, kw, 0, 1);
      if (b.size == 0) {
        throw PyErrors.indexError("pop from empty bytearray");
      }
      int i = b.size - 1;
      if (a[0] != null) {
        PyInt k = Abstract.index(a[0]);
        long v = k.isBig() ? Long.MIN_VALUE / 2 : k.longValue();
        if (v < 0) {
          v += b.size;
        }
        if (v < 0 || v >= b.size) {
          throw PyErrors.indexError("pop index out of range");
        }
        i = (int) v;
      }
      int r = b.items[i] & 0xff;
      b.replace(i, i + 1, new byte[0]);
      return PyInt.of(r);
    });
    PyMethodDescriptor.define(t, "remove", (PyMethodDescriptor.Fn1) (self, v) -> {
      PyByteArray b = (PyByteArray) self;
      byte x = (byte) BytesSupport.byteValue(v);
      for (int i = 0; i < b.size; i++) {
        if (b.items[i] == x) {
          b.replace(i, i + 1, new byte[0]);
          return PyNone.NONE;
        }
      }
      throw PyErrors.valueError("value not found in bytearray");
    });
    PyMethodDescriptor.define(t, "reverse", (PyMethodDescriptor.Fn0) self -> {
      PyByteArray b = (PyByteArray) self;
      for (int i = 0, j = b.size - 1; i < j; i++, j--) {
        byte tmp = b.items[i];
        b.items[i] = b.items[j];
        b.items[j] = tmp;
      }
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "clear", (PyMethodDescriptor.Fn0) self -> {
      PyByteArray b = (PyByteArray) self;
      b.items = new byte[0];
      b.size = 0;
      return PyNone.NONE;
    });
    PyMethodDescriptor.define(t, "copy", (PyMethodDescriptor.Fn0) self ->
        new PyByteArray(((PyByteArray) self).toArray()));
    PyMethodDescriptor.define(t, "__alloc__", (PyMethodDescriptor.Fn0) self ->
        PyInt.of(((PyByteArray) self).items.length + 1));
  }
}
