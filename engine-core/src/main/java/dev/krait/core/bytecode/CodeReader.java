package dev.krait.core.bytecode;

import dev.krait.core.runtime.PyBool;
import dev.krait.core.runtime.PyBytes;
import dev.krait.core.runtime.PyComplex;
import dev.krait.core.runtime.PyEllipsis;
import dev.krait.core.runtime.PyFloat;
import dev.krait.core.runtime.PyFrozenSet;
import dev.krait.core.runtime.PyInt;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Reads a {@link CodeObject} back from the form {@link CodeWriter} documents, checking the
 * checksum, every count and index while reading and then each code object with {@link
 * CodeVerifier}, so that nothing a file contains can crash the VM: any problem is a {@link
 * MalformedCodeException}.
 */
public final class CodeReader {

  /** Nesting of tuples and code objects deeper than this is refused (no stack overflow). */
  private static final int MAX_NESTING = 200;

  /** A payload that is not a valid serialized code object; the message says what is wrong. */
  public static final class MalformedCodeException extends Exception {
    MalformedCodeException(String message) {
      super(message, null, false, false);
    }
  }

  private final byte[] data;
  private final int end;
  private int pos;
  private final String filename;
  private final List<String> strings = new ArrayList<>();
  private int nesting;

  private CodeReader(byte[] data, int end, String filename) {
    this.data = data;
    this.end = end;
    this.filename = filename;
  }

  /** Returns the code object serialized in {@code data}, verified. */
  public static CodeObject read(byte[] data) throws MalformedCodeException {
    return read(data, 0, null);
  }

  /**
   * Returns the code object serialized in {@code data} from {@code offset} to its end, verified,
   * with {@code filename} (when not null) as the {@code co_filename} of it and every code object
   * nested in it, as CPython fixes the file name of a cached module that has moved.
   */
  public static CodeObject read(byte[] data, int offset, String filename)
      throws MalformedCodeException {
    int end = data.length - 4;
    if (offset < 0 || end <= offset) {
      throw new MalformedCodeException("truncated payload");
    }
    CRC32C crc = new CRC32C();
    crc.update(data, offset, end - offset);
    int stored = ((data[end] & 0xff) << 24) | ((data[end + 1] & 0xff) << 16)
        | ((data[end + 2] & 0xff) << 8) | (data[end + 3] & 0xff);
    if (stored != (int) crc.getValue()) {
      throw new MalformedCodeException("checksum mismatch");
    }
    CodeReader r = new CodeReader(data, end, filename);
    r.pos = offset;
    try {
      long version = r.uv();
      if (version != CodeWriter.FORMAT_VERSION) {
        throw new MalformedCodeException(
            "format version " + version + ", expected " + CodeWriter.FORMAT_VERSION);
      }
      CodeObject code = r.code();
      if (r.pos != end) {
        throw new MalformedCodeException("trailing bytes after the code object");
      }
      return code;
    } catch (RuntimeException e) {
      // Nothing a file contains may escape as a Java exception (an unhashable frozenset item, a
      // constructor refusing a value): it is just a bad payload.
      throw new MalformedCodeException("bad payload: " + e);
    }
  }

  private CodeObject code() throws MalformedCodeException {
    if (++nesting > MAX_NESTING) {
      throw new MalformedCodeException("code nested too deeply");
    }
    String name = str();
    String qualname = str();
    String file = str();
    int firstLine = intSv();
    int flags = intUv();
    int argCount = intUv();
    int posOnly = intUv();
    int kwOnly = intUv();
    int stackSize = intUv();
    int n = count(1);
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      long w = uv();
      if (w > 0xFFFF_FFFFL) {
        throw new MalformedCodeException("instruction word out of range");
      }
      words[i] = (int) w;
    }
    PyObject[] consts = new PyObject[count(1)];
    for (int i = 0; i < consts.length; i++) {
      consts[i] = constant();
    }
    String[] names = strs();
    String[] varnames = strs();
    String[] cellvars = strs();
    String[] freevars = strs();
    LineTable lines = positions(n, firstLine);
    int[] table = new int[count(4) * 4];
    for (int i = 0; i < table.length; i += 4) {
      table[i] = intUv();
      table[i + 1] = Math.addExact(table[i], intUv());
      table[i + 2] = intUv();
      table[i + 3] = intUv();
    }
    nesting--;
    CodeObject code = new CodeObject(
        new CodeObject.Parts(name, qualname, filename != null ? filename : file, firstLine,
            flags, argCount, posOnly, kwOnly, stackSize, words, consts, names, varnames,
            cellvars, freevars, Assembler.cellSlots(List.of(varnames), List.of(cellvars)),
            lines, table.length == 0 ? ExceptionTable.EMPTY : new ExceptionTable(table)));
    CodeVerifier.verify(code);
    return code;
  }

  private LineTable positions(int n, int firstLine) throws MalformedCodeException {
    int[] lines = new int[n * 4];
    long line = firstLine;
    int column = 0;
    long endLine = firstLine;
    int endColumn = 0;
    for (int i = 0; i < lines.length; i += 4) {
      long head = uv();
      int kind = (int) (head & 3);
      if (kind != CodeWriter.SAME_POSITION) {
        long delta = head >>> 2;
        line += (delta >>> 1) ^ -(delta & 1);
        column = intSv();
        if (kind == CodeWriter.ONE_LINE_POSITION) {
          endLine = line;
          endColumn = toInt(column + sv());
        } else if (kind == CodeWriter.FULL_POSITION) {
          endLine = line + sv();
          endColumn = intSv();
        } else {
          throw new MalformedCodeException("bad position kind");
        }
      }
      lines[i] = toInt(line);
      lines[i + 1] = column;
      lines[i + 2] = toInt(endLine);
      lines[i + 3] = endColumn;
    }
    return new LineTable(lines);
  }

  private PyObject constant() throws MalformedCodeException {
    int tag = u8();
    switch (tag) {
      case CodeWriter.NONE:
        return PyNone.NONE;
      case CodeWriter.ELLIPSIS:
        return PyEllipsis.ELLIPSIS;
      case CodeWriter.FALSE:
        return PyBool.FALSE;
      case CodeWriter.TRUE:
        return PyBool.TRUE;
      case CodeWriter.INT:
        return PyInt.of(sv());
      case CodeWriter.BIG_INT:
        return PyInt.of(new BigInteger(bytes()));
      case CodeWriter.FLOAT:
        return PyFloat.of(Double.longBitsToDouble(fixed64()));
      case CodeWriter.COMPLEX:
        return PyComplex.of(Double.longBitsToDouble(fixed64()), Double.longBitsToDouble(fixed64()));
      case CodeWriter.STR:
        return PyStr.of(str());
      case CodeWriter.STR_CODE_POINTS:
        return codePoints();
      case CodeWriter.BYTES:
        return PyBytes.of(bytes());
      case CodeWriter.TUPLE:
        return PyTuple.of(items());
      case CodeWriter.FROZENSET:
        return frozenset();
      case CodeWriter.CODE:
        return code();
      default:
        throw new MalformedCodeException("unknown constant tag " + tag);
    }
  }

  private PyObject[] items() throws MalformedCodeException {
    if (++nesting > MAX_NESTING) {
      throw new MalformedCodeException("constants nested too deeply");
    }
    PyObject[] items = new PyObject[count(1)];
    for (int i = 0; i < items.length; i++) {
      items[i] = constant();
    }
    nesting--;
    return items;
  }

  private PyFrozenSet frozenset() throws MalformedCodeException {
    if (++nesting > MAX_NESTING) {
      throw new MalformedCodeException("constants nested too deeply");
    }
    long size = uv();
    int n = count(2);
    // The table grows to at most 8 slots a member (CPython's rule); more is not ours.
    if (size > 8L * n + 8) {
      throw new MalformedCodeException("frozenset table too large");
    }
    PyObject[] layout = new PyObject[(int) size];
    int last = -1;
    for (int i = 0; i < n; i++) {
      long slot = uv();
      if (slot <= last || slot >= size) {
        throw new MalformedCodeException("frozenset slot out of order");
      }
      last = (int) slot;
      layout[last] = constant();
    }
    nesting--;
    PyFrozenSet set = PyFrozenSet.ofSlotLayout(layout);
    if (set == null) {
      throw new MalformedCodeException("inconsistent frozenset table");
    }
    return set;
  }

  private PyStr codePoints() throws MalformedCodeException {
    int[] cps = new int[count(1)];
    for (int i = 0; i < cps.length; i++) {
      long cp = uv();
      if (cp > Character.MAX_CODE_POINT) {
        throw new MalformedCodeException("code point out of range");
      }
      cps[i] = (int) cp;
    }
    return PyStr.ofCodePoints(cps, 0, cps.length);
  }

  private String[] strs() throws MalformedCodeException {
    String[] out = new String[count(1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = str();
    }
    return out;
  }

  private String str() throws MalformedCodeException {
    long ref = uv();
    if (ref != 0) {
      if (ref > strings.size()) {
        throw new MalformedCodeException("string reference out of range");
      }
      return strings.get((int) ref - 1);
    }
    int n = intUv();
    int kind = u8();
    if (kind > 1 || (long) n * (kind + 1) > end - pos) {
      throw new MalformedCodeException("bad string");
    }
    char[] chars = new char[n];
    if (kind == 0) {
      for (int i = 0; i < n; i++) {
        chars[i] = (char) (data[pos++] & 0xff);
      }
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = (char) (((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff));
        pos += 2;
      }
    }
    String s = new String(chars);
    strings.add(s);
    return s;
  }

  private byte[] bytes() throws MalformedCodeException {
    int n = count(1);
    byte[] b = Arrays.copyOfRange(data, pos, pos + n);
    pos += n;
    return b;
  }

  /** Returns a count of items of at least {@code minBytes} each, which must fit what is left. */
  private int count(int minBytes) throws MalformedCodeException {
    long n = uv();
    if (n < 0 || n > (end - pos) / minBytes) {
      throw new MalformedCodeException("count " + n + " exceeds the payload");
    }
    return (int) n;
  }

  private long fixed64() throws MalformedCodeException {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | u8();
    }
    return v;
  }

  private int intUv() throws MalformedCodeException {
    long v = uv();
    if (v > Integer.MAX_VALUE) {
      throw new MalformedCodeException("value out of range");
    }
    return (int) v;
  }

  private int intSv() throws MalformedCodeException {
    return toInt(sv());
  }

  private static int toInt(long v) throws MalformedCodeException {
    if (v != (int) v) {
      throw new MalformedCodeException("value out of range");
    }
    return (int) v;
  }

  private long sv() throws MalformedCodeException {
    long v = uv();
    return (v >>> 1) ^ -(v & 1);
  }

  private long uv() throws MalformedCodeException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = u8();
      v |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new MalformedCodeException("varint too long");
  }

  private int u8() throws MalformedCodeException {
    if (pos >= end) {
      throw new MalformedCodeException("truncated payload");
    }
    return data[pos++] & 0xff;
  }
}
