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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Serializes a {@link CodeObject} and everything it holds to Krait's compact binary form, the
 * payload of a {@code __pycache__} file; {@link CodeReader} reads it back.
 *
 * <h2>The format (version {@value #FORMAT_VERSION})</h2>
 *
 * <p>{@code uv} is an unsigned LEB128 varint (7 bits a byte, low group first, high bit set on all
 * but the last byte); {@code sv} a signed value as a zigzag-coded {@code uv}; multi-byte fixed
 * fields are big-endian.
 *
 * <pre>
 * payload  := uv(FORMAT_VERSION) code crc
 * crc      := 4 bytes: CRC-32C of every byte before it
 * code     := str(name) str(qualname) str(filename) sv(firstLine) uv(flags)
 *             uv(argCount) uv(posOnlyArgCount) uv(kwOnlyArgCount) uv(stackSize)
 *             uv(n) uv(word)*n                  the instructions, as Opcode.encode made them
 *             uv(k) const*k
 *             strs(names) strs(varnames) strs(cellvars) strs(freevars)
 *             position*n                        one per instruction
 *             uv(e) (uv(start) uv(end - start) uv(target) uv(depth))*e
 * position := uv(0)                                 the previous instruction's position
 *           | uv(zz(line - previous line) * 4 + 1) sv(column) sv(endColumn - column)
 *                                                   on one line (endLine = line)
 *           | uv(zz(line - previous line) * 4 + 2) sv(column) sv(endLine - line) sv(endColumn)
 *             (zz is the zigzag code of sv; before the first instruction the position is
 *             firstLine, column 0 to firstLine, column 0)
 * strs     := uv(count) str*count
 * str      := uv(0) uv(length) u8(kind) chars   a new string, appended to the string table;
 *                                              kind 0: one byte a char (all chars below 256),
 *                                              kind 1: two bytes a UTF-16 char (lone
 *                                              surrogates included)
 *           | uv(i + 1)                         the i-th string of the table (first use order)
 * const    := u8(tag) body, tag one of:
 *             0 None, 1 Ellipsis, 2 False, 3 True,
 *             4 int: sv(value)                  fits in a long
 *             5 int: uv(length) bytes           BigInteger.toByteArray (two's complement)
 *             6 float: 8 bytes                  Double.doubleToRawLongBits
 *             7 complex: 8 bytes real, 8 bytes imaginary
 *             8 str: str
 *             9 str: uv(count) uv(codepoint)*count   a str Java cannot hold (a high surrogate
 *                                              code point before a low one; see PyStr)
 *             10 bytes: uv(length) bytes
 *             11 tuple: uv(count) const*count
 *             12 frozenset: uv(table size) uv(count) (uv(slot) const)*count   its exact
 *                                              hash table, slots ascending
 *             13 code: code
 * </pre>
 *
 * <p>The cell slots are not written: the reader derives them from varnames and cellvars as the
 * {@link Assembler} does.
 */
public final class CodeWriter {

  /**
   * The format version: the {@code N} of {@code krait-N} cache tags and {@code .krait-N.pyc}
   * names. Bump it whenever {@link Opcode} (numbers, names, stack effects, argument meanings) or
   * this format changes, and update {@code CodeFormatTest}'s opcode fingerprint with it.
   *
   * <p>History: 1, the first cached format (84 opcodes, {@code IMPORT_STAR} the last).
   */
  public static final int FORMAT_VERSION = 1;

  /** CPython's {@code sys.implementation.cache_tag} for Krait: {@code krait-N}. */
  public static final String CACHE_TAG = "krait-" + FORMAT_VERSION;

  static final int NONE = 0;
  static final int ELLIPSIS = 1;
  static final int FALSE = 2;
  static final int TRUE = 3;
  static final int INT = 4;
  static final int BIG_INT = 5;
  static final int FLOAT = 6;
  static final int COMPLEX = 7;
  static final int STR = 8;
  static final int STR_CODE_POINTS = 9;
  static final int BYTES = 10;
  static final int TUPLE = 11;
  static final int FROZENSET = 12;
  static final int CODE = 13;

  static final int SAME_POSITION = 0;
  static final int ONE_LINE_POSITION = 1;
  static final int FULL_POSITION = 2;

  private byte[] buf = new byte[4096];
  private int size;
  private final Map<String, Integer> strings = new HashMap<>();

  private CodeWriter() {}

  /**
   * Returns the serialized form of {@code code}.
   *
   * @throws IllegalArgumentException if a constant is of a kind the format cannot hold (the
   *     compiler never makes one)
   */
  public static byte[] write(CodeObject code) {
    CodeWriter w = new CodeWriter();
    w.uv(FORMAT_VERSION);
    w.code(code);
    CRC32C crc = new CRC32C();
    crc.update(w.buf, 0, w.size);
    int c = (int) crc.getValue();
    w.u8(c >>> 24);
    w.u8(c >>> 16);
    w.u8(c >>> 8);
    w.u8(c);
    return Arrays.copyOf(w.buf, w.size);
  }

  private void code(CodeObject code) {
    str(code.name());
    str(code.qualname());
    str(code.filename());
    sv(code.firstLine());
    uv(code.flags());
    uv(code.argCount());
    uv(code.posOnlyArgCount());
    uv(code.kwOnlyArgCount());
    uv(code.stackSize());
    int[] words = code.code();
    uv(words.length);
    for (int w : words) {
      uv(Integer.toUnsignedLong(w));
    }
    PyObject[] consts = code.consts();
    uv(consts.length);
    for (PyObject c : consts) {
      constant(c);
    }
    strs(code.names());
    strs(code.varnames().toArray(new String[0]));
    strs(code.cellvars().toArray(new String[0]));
    strs(code.freevars().toArray(new String[0]));
    positions(code.lines(), words.length, code.firstLine());
    ExceptionTable t = code.exceptions();
    uv(t.size());
    for (int i = 0; i < t.size(); i++) {
      uv(t.start(i));
      uv(t.end(i) - t.start(i));
      uv(t.target(i));
      uv(t.depth(i));
    }
  }

  private void positions(LineTable lines, int n, int firstLine) {
    int line = firstLine;
    int column = 0;
    int endLine = firstLine;
    int endColumn = 0;
    for (int pc = 0; pc < n; pc++) {
      int l = lines.line(pc);
      int c = lines.column(pc);
      int el = lines.endLine(pc);
      int ec = lines.endColumn(pc);
      long lineDelta = zigzag(l - (long) line);
      if (l == line && c == column && el == endLine && ec == endColumn) {
        uv(SAME_POSITION);
      } else if (el == l) {
        uv(lineDelta << 2 | ONE_LINE_POSITION);
        sv(c);
        sv(ec - (long) c);
      } else {
        uv(lineDelta << 2 | FULL_POSITION);
        sv(c);
        sv(el - (long) l);
        sv(ec);
      }
      line = l;
      column = c;
      endLine = el;
      endColumn = ec;
    }
  }

  private void constant(PyObject c) {
    if (c == PyNone.NONE) {
      u8(NONE);
    } else if (c == PyEllipsis.ELLIPSIS) {
      u8(ELLIPSIS);
    } else if (c instanceof PyBool b) {
      u8(b == PyBool.TRUE ? TRUE : FALSE);
    } else if (c.getClass() == PyInt.class) {
      PyInt i = (PyInt) c;
      if (i.isBig()) {
        u8(BIG_INT);
        bytes(i.bigValue().toByteArray());
      } else {
        u8(INT);
        sv(i.longValue());
      }
    } else if (c.getClass() == PyFloat.class) {
      u8(FLOAT);
      fixed64(Double.doubleToRawLongBits(((PyFloat) c).value()));
    } else if (c.getClass() == PyComplex.class) {
      u8(COMPLEX);
      fixed64(Double.doubleToRawLongBits(((PyComplex) c).real()));
      fixed64(Double.doubleToRawLongBits(((PyComplex) c).imag()));
    } else if (c.getClass() == PyStr.class) {
      str((PyStr) c);
    } else if (c.getClass() == PyBytes.class) {
      u8(BYTES);
      bytes(((PyBytes) c).toArray());
    } else if (c.getClass() == PyTuple.class) {
      PyTuple t = (PyTuple) c;
      u8(TUPLE);
      uv(t.size());
      for (int i = 0; i < t.size(); i++) {
        constant(t.get(i));
      }
    } else if (c.getClass() == PyFrozenSet.class) {
      frozenset((PyFrozenSet) c);
    } else if (c instanceof CodeObject inner) {
      u8(CODE);
      code(inner);
    } else {
      throw new IllegalArgumentException(
          "a constant of type " + c.type().name() + " cannot be serialized");
    }
  }

  /**
   * Writes the frozenset's table slot by slot: a set display's constant decides the iteration
   * order of the set the program sees, and only the exact layout keeps it (adding the members
   * again can order them differently when hashes collide).
   */
  private void frozenset(PyFrozenSet set) {
    PyObject[] layout = set.slotLayout();
    if (layout == null) {
      throw new IllegalArgumentException("a frozenset constant with deleted slots");
    }
    u8(FROZENSET);
    uv(layout.length);
    uv(set.size());
    for (int i = 0; i < layout.length; i++) {
      if (layout[i] != null) {
        uv(i);
        constant(layout[i]);
      }
    }
  }

  private void str(PyStr s) {
    if (s.isSplitPair()) {
      u8(STR_CODE_POINTS);
      int n = s.length();
      uv(n);
      for (int i = 0; i < n; i++) {
        uv(s.codePointAt(i));
      }
    } else {
      u8(STR);
      str(s.value());
    }
  }

  private void strs(String[] values) {
    uv(values.length);
    for (String s : values) {
      str(s);
    }
  }

  private void str(String s) {
    Integer known = strings.get(s);
    if (known != null) {
      uv(known + 1L);
      return;
    }
    strings.put(s, strings.size());
    uv(0);
    int n = s.length();
    uv(n);
    boolean narrow = true;
    for (int i = 0; i < n && narrow; i++) {
      narrow = s.charAt(i) < 256;
    }
    u8(narrow ? 0 : 1);
    ensure(n * 2);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!narrow) {
        buf[size++] = (byte) (c >>> 8);
      }
      buf[size++] = (byte) c;
    }
  }

  private void bytes(byte[] b) {
    uv(b.length);
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
  }

  private void fixed64(long v) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      u8((int) (v >>> shift));
    }
  }

  private void sv(long v) {
    uv(zigzag(v));
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private void uv(long v) {
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  private void u8(int b) {
    ensure(1);
    buf[size++] = (byte) b;
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }
}
