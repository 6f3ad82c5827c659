package dev.krait.core.runtime;

import dev.krait.core.ast.ConstantRepr;
import java.util.Arrays;

/** Python's {@code bytes}: an immutable array of bytes. */
public class PyBytes extends PyObject {

  /** The builtin type {@code bytes}. */
  public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, PyType.OBJECT);

  /** The empty bytes object. */
  public static final PyBytes EMPTY = new PyBytes(new byte[0]);

  private static final PyBytes[] SINGLE = new PyBytes[256];

  static {
    for (int i = 0; i < 256; i++) {
      SINGLE[i] = new PyBytes(new byte[] {(byte) i});
    }
    TYPE.sequence = true;
    // Set here, not inherited, so that the type lists __getattribute__ as CPython's does.
    TYPE.getAttr = Abstract::genericGetAttr;
    TYPE.repr = b -> PyStr.of(ConstantRepr.bytes(((PyBytes) b).value));
    TYPE.str = TYPE.repr;
    TYPE.hash = b -> ((PyBytes) b).hash();
    TYPE.len = b -> ((PyBytes) b).value.length;
    TYPE.getItem = (b, k) -> ((PyBytes) b).get(k);
    TYPE.iter = BytesIterator::new;
    TYPE.contains = (b, v) -> BytesSupport.contains(((PyBytes) b).value, v);
    TYPE.richCompare = BytesSupport::compare;
    TYPE.binary[BinaryOp.ADD.ordinal()] = BytesSupport::concat;
    TYPE.binary[BinaryOp.MUL.ordinal()] = BytesSupport::repeat;
    TYPE.reflected[BinaryOp.MUL.ordinal()] = BytesSupport::repeat;
    TYPE.binary[BinaryOp.MOD.ordinal()] = BytesFormat::format;
    // As CPython's bytes_mod: the format must be the left operand.
    TYPE.reflected[BinaryOp.MOD.ordinal()] = (self, other) -> PyNotImplemented.NOT_IMPLEMENTED;
    TYPE.newSlot = BytesSupport::newBytes;
    // __new__ does the work; object.__init__ would reject the arguments.
    TYPE.init = (self, args, kw) -> { };
    TYPE.defineLater(t -> {
      BytesMethods.define(t);
      PyMethodDescriptor.define(t, "__bytes__", (PyMethodDescriptor.Fn0) b ->
          b.getClass() == PyBytes.class ? b : new PyBytes(((PyBytes) b).value));
      PyMethodDescriptor.define(t, "__getnewargs__", (PyMethodDescriptor.Fn0) b ->
          PyTuple.of(new PyBytes(((PyBytes) b).value)));
    });
    TYPE.ready();
  }

  final byte[] value;
  /** The cached hash; 0 until computed (a computed 0 is recomputed, which is harmless). */
  private long hash;

  /** Wraps {@code value}, which the caller must not change afterwards. */
  PyBytes(byte[] value) {
    this.value = value;
  }

  /** Returns the bytes object holding a copy of {@code value}. */
  public static PyBytes of(byte[] value) {
    return wrap(value.clone());
  }

  /** Returns a bytes object owning {@code value} (shared singletons for lengths 0 and 1). */
  static PyBytes wrap(byte[] value) {
    if (value.length == 0) {
      return EMPTY;
    }
    if (value.length == 1) {
      return SINGLE[value[0] & 0xff];
    }
    return new PyBytes(value);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** Returns a copy of the bytes. */
  public byte[] toArray() {
    return value.clone();
  }

  /** Returns the number of bytes. */
  public int length() {
    return value.length;
  }

  private long hash() {
    // bytes hashes are salted per run in CPython; only equal-implies-same-hash matters.
    if (value.length == 0) {
      return 0;
    }
    long h = Arrays.hashCode(value) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 31;
    return h == -1 ? -2 : h;
  }

  private PyObject get(PyObject key) {
    if (key instanceof PySlice) {
      return BytesSupport.slice(this, value, value.length, (PySlice) key);
    }
    return PyInt.of(value[BytesSupport.index(key, value.length, "index", "byte")] & 0xff);
  }
}
