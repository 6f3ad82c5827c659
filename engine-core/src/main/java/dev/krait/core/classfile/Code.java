package dev.krait.core.classfile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One method's code: instructions, labels, the exception table and the stack map table.
 *
 * <p>The stack map rests on one invariant the caller keeps: every local is assigned at method
 * entry (before the first label) and always holds its declared type, and the operand stack is
 * empty at every label. So every label has the same full frame, the declared locals, and a
 * handler the same frame with the caught exception on the stack. A frame is also recorded after
 * each unconditional transfer (the verifier needs one there), which the same invariant makes
 * right.
 */
public final class Code {

  /** Opcodes used with {@link #op} and {@link #jump}. */
  public static final int ACONST_NULL = 1;
  public static final int AALOAD = 50;
  public static final int AASTORE = 83;
  public static final int POP = 87;
  public static final int POP2 = 88;
  public static final int DUP = 89;
  public static final int IAND = 126;
  public static final int IXOR = 130;
  public static final int IFEQ = 153;
  public static final int IFNE = 154;
  public static final int IF_ACMPEQ = 165;
  public static final int IF_ACMPNE = 166;
  public static final int GOTO = 167;
  public static final int ARETURN = 176;
  public static final int RETURN = 177;
  public static final int ATHROW = 191;
  public static final int IFNULL = 198;
  public static final int IFNONNULL = 199;

  private static final int MAX_CODE = 65535;

  private final ConstantPool pool;
  private final Class<?>[] locals;
  private final int maxStack;
  private byte[] code = new byte[256];
  private int length;
  /** Frame offsets, each with its one stack item or null (empty stack). */
  private final Map<Integer, Class<?>> frames = new TreeMap<>();
  private final List<Label[]> handlers = new ArrayList<>();
  private final List<Class<?>> handlerTypes = new ArrayList<>();
  private boolean afterTransfer;

  Code(ConstantPool pool, int maxStack, Class<?>[] locals) {
    this.pool = pool;
    this.maxStack = maxStack;
    this.locals = locals.clone();
  }

  /** Returns the current offset. */
  public int offset() {
    return length;
  }

  /** Emits an instruction without operands. */
  public void op(int opcode) {
    start(opcode);
    if (opcode == ATHROW || opcode == ARETURN || opcode == RETURN) {
      afterTransfer = true;
    }
  }

  /** Emits {@code aload n}. */
  public void aload(int n) {
    local(0x19, n);
  }

  /** Emits {@code astore n}. */
  public void astore(int n) {
    local(0x3a, n);
  }

  /** Emits {@code iload n}. */
  public void iload(int n) {
    local(0x15, n);
  }

  /** Emits {@code istore n}. */
  public void istore(int n) {
    local(0x36, n);
  }

  /** Emits {@code iinc n, delta} for a small {@code delta}. */
  public void iinc(int n, int delta) {
    start(0x84);
    u1(n);
    u1(delta);
  }

  /** Pushes the int {@code v} with the shortest instruction. */
  public void iconst(int v) {
    if (v >= -1 && v <= 5) {
      start(3 + v);
    } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
      start(0x10);
      u1(v);
    } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
      start(0x11);
      u2(v);
    } else {
      ldc(pool.integer(v));
    }
  }

  /** Pushes the string constant {@code s}. */
  public void ldc(String s) {
    ldc(pool.string(s));
  }

  /** Emits the call of {@code m}: static, interface or virtual as it is declared. */
  public void invoke(Method m) {
    String owner = internalName(m.getDeclaringClass());
    String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes())
        .toMethodDescriptorString();
    boolean onInterface = m.getDeclaringClass().isInterface();
    int ref = pool.method(owner, m.getName(), desc, onInterface);
    if (Modifier.isStatic(m.getModifiers())) {
      start(0xb8);
      u2(ref);
    } else if (onInterface) {
      start(0xb9);
      u2(ref);
      u1(1 + m.getParameterCount());
      u1(0);
    } else {
      start(0xb6);
      u2(ref);
    }
  }

  /** Emits the call of static method {@code name} of class {@code owner} (internal name). */
  public void invokeStatic(String owner, String name, String descriptor) {
    start(0xb8);
    u2(pool.method(owner, name, descriptor, false));
  }

  /** Emits {@code new} of {@code c}'s class then {@code dup}: the start of a constructor call. */
  public void newDup(Class<?> c) {
    start(0xbb);
    u2(pool.classRef(internalName(c)));
    op(DUP);
  }

  /** Emits the {@code invokespecial} of constructor {@code c}. */
  public void construct(Constructor<?> c) {
    String desc = MethodType.methodType(void.class, c.getParameterTypes())
        .toMethodDescriptorString();
    start(0xb7);
    u2(pool.method(internalName(c.getDeclaringClass()), "<init>", desc, false));
  }

  /** Emits {@code getfield} or {@code getstatic} of {@code f}. */
  public void get(Field f) {
    start(Modifier.isStatic(f.getModifiers()) ? 0xb2 : 0xb4);
    u2(fieldRef(f));
  }

  /** Emits {@code putfield} or {@code putstatic} of {@code f}. */
  public void put(Field f) {
    start(Modifier.isStatic(f.getModifiers()) ? 0xb3 : 0xb5);
    u2(fieldRef(f));
  }

  /** Emits {@code checkcast c}. */
  public void checkcast(Class<?> c) {
    start(0xc0);
    u2(pool.classRef(internalName(c)));
  }

  /** Emits a branch {@code opcode} (an {@code if*} or {@code goto}) to {@code target}. */
  public void jump(int opcode, Label target) {
    int at = offset();
    start(opcode);
    branch16(target, at);
    if (opcode == GOTO) {
      afterTransfer = true;
    }
  }

  /** Emits a {@code tableswitch} over {@code low .. low + cases.length - 1}. */
  public void tableswitch(int low, Label otherwise, Label... cases) {
    int at = offset();
    start(0xaa);
    while (offset() % 4 != 0) {
      u1(0);
    }
    branch32(otherwise, at);
    u4(low);
    u4(low + cases.length - 1);
    for (Label c : cases) {
      branch32(c, at);
    }
    afterTransfer = true;
  }

  /** Binds {@code label} here: a frame with the declared locals and an empty stack. */
  public void bind(Label label) {
    place(label, null);
  }

  /** Binds handler {@code label} here: the declared locals and {@code caught} on the stack. */
  public void bindHandler(Label label, Class<? extends Throwable> caught) {
    place(label, caught);
  }

  /** Adds an exception table entry: {@code [start, end)} caught as {@code type} at handler. */
  public void tryCatch(Label start, Label end, Label handler, Class<? extends Throwable> type) {
    handlers.add(new Label[] {start, end, handler});
    handlerTypes.add(type);
  }

  /** Returns the Code attribute's body (max stack, max locals, code, handlers, stack map). */
  byte[] attribute(int codeName, int stackMapName) throws IOException {
    if (length > MAX_CODE) {
      throw new ClassTooLargeException("method over 64 KB of code");
    }
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(a);
    d.writeShort(maxStack);
    d.writeShort(locals.length);
    d.writeInt(length);
    d.write(code, 0, length);
    d.writeShort(handlers.size());
    for (int i = 0; i < handlers.size(); i++) {
      Label[] h = handlers.get(i);
      d.writeShort(h[0].offset);
      d.writeShort(h[1].offset);
      d.writeShort(h[2].offset);
      d.writeShort(pool.classRef(internalName(handlerTypes.get(i))));
    }
    if (frames.isEmpty()) {
      d.writeShort(0);
      return a.toByteArray();
    }
    byte[] map = stackMap();
    d.writeShort(1);
    d.writeShort(stackMapName);
    d.writeInt(map.length);
    d.write(map);
    return a.toByteArray();
  }

  private byte[] stackMap() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(a);
    d.writeShort(frames.size());
    int previous = -1;
    for (Map.Entry<Integer, Class<?>> f : frames.entrySet()) {
      d.writeByte(255); // full_frame
      d.writeShort(f.getKey() - previous - 1);
      previous = f.getKey();
      d.writeShort(locals.length);
      for (Class<?> c : locals) {
        verificationType(d, c);
      }
      if (f.getValue() == null) {
        d.writeShort(0);
      } else {
        d.writeShort(1);
        verificationType(d, f.getValue());
      }
    }
    return a.toByteArray();
  }

  private void verificationType(DataOutputStream d, Class<?> c) throws IOException {
    if (c == int.class || c == boolean.class) {
      d.writeByte(1); // Integer
    } else {
      d.writeByte(7); // Object
      d.writeShort(pool.classRef(internalName(c)));
    }
  }

  private void place(Label label, Class<?> stackItem) {
    if (label.isBound()) {
      throw new IllegalStateException("label bound twice");
    }
    label.offset = offset();
    Class<?> old = frames.put(label.offset, stackItem);
    if (old != null && old != stackItem) {
      throw new IllegalStateException("two frames at offset " + label.offset);
    }
    afterTransfer = false;
    for (int[] f : label.fixups) {
      patch(f[0], label.offset - f[1], f[2] != 0);
    }
    label.fixups.clear();
  }

  private void start(int opcode) {
    if (afterTransfer) {
      // Code after goto, athrow, return or a switch is entered only by a branch: it needs a
      // frame, and by the invariant it is the common one.
      afterTransfer = false;
      frames.putIfAbsent(offset(), null);
    }
    u1(opcode);
  }

  private void local(int opcode, int n) {
    if (n > 255) {
      start(0xc4); // wide
      u1(opcode);
      u2(n);
    } else {
      start(opcode);
      u1(n);
    }
  }

  private void ldc(int index) {
    if (index < 256) {
      start(0x12);
      u1(index);
    } else {
      start(0x13);
      u2(index);
    }
  }

  private int fieldRef(Field f) {
    return pool.field(
        internalName(f.getDeclaringClass()), f.getName(), f.getType().descriptorString());
  }

  private void branch16(Label target, int at) {
    if (target.isBound()) {
      u2(checked16(target.offset - at));
    } else {
      target.fixups.add(new int[] {offset(), at, 0});
      u2(0);
    }
  }

  private void branch32(Label target, int at) {
    if (target.isBound()) {
      u4(target.offset - at);
    } else {
      target.fixups.add(new int[] {offset(), at, 1});
      u4(0);
    }
  }

  private static int checked16(int delta) {
    if (delta < Short.MIN_VALUE || delta > Short.MAX_VALUE) {
      throw new ClassTooLargeException("branch offset over 16 bits");
    }
    return delta;
  }

  private void patch(int at, int delta, boolean wide) {
    if (wide) {
      code[at] = (byte) (delta >> 24);
      code[at + 1] = (byte) (delta >> 16);
      code[at + 2] = (byte) (delta >> 8);
      code[at + 3] = (byte) delta;
    } else {
      checked16(delta);
      code[at] = (byte) (delta >> 8);
      code[at + 1] = (byte) delta;
    }
  }

  static String internalName(Class<?> c) {
    return c.getName().replace('.', '/');
  }

  private void u1(int v) {
    if (length == code.length) {
      code = Arrays.copyOf(code, length * 2);
    }
    code[length++] = (byte) v;
  }

  private void u2(int v) {
    u1(v >> 8);
    u1(v);
  }

  private void u4(int v) {
    u2(v >> 16);
    u2(v);
  }
}
