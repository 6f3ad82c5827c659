package dev.krait.core.classfile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One class of methods, written as a version 61 (Java 17) class file by {@link #toBytes}. */
public final class ClassFile {

  /** Access flags. */
  public static final int ACC_PUBLIC = 0x0001;
  public static final int ACC_STATIC = 0x0008;
  public static final int ACC_FINAL = 0x0010;
  public static final int ACC_SUPER = 0x0020;
  public static final int ACC_SYNTHETIC = 0x1000;

  private static final int MAGIC = 0xCAFEBABE;
  private static final int VERSION = 61;

  private final ConstantPool pool = new ConstantPool();
  private final String name;
  private final Class<?> superclass;
  private final Class<?>[] interfaces;
  private final List<Object[]> methods = new ArrayList<>();

  /** Returns a class named {@code internalName} ({@code a/b/C}) extending {@code superclass}. */
  public ClassFile(String internalName, Class<?> superclass, Class<?>... interfaces) {
    this.name = internalName;
    this.superclass = superclass;
    this.interfaces = interfaces.clone();
  }

  /**
   * Returns the code of a new method; {@code locals} are the types of its locals, the
   * parameters first ({@code int.class} for an int, any class for a reference).
   */
  public Code method(int access, String methodName, String descriptor, int maxStack,
      Class<?>... locals) {
    Code code = new Code(pool, maxStack, locals);
    methods.add(new Object[] {access, methodName, descriptor, code});
    return code;
  }

  /** Returns the class file's bytes; throws {@link ClassTooLargeException} past a limit. */
  public byte[] toBytes() {
    try {
      int thisClass = pool.classRef(name);
      int superClass = pool.classRef(Code.internalName(superclass));
      int[] faces = new int[interfaces.length];
      for (int i = 0; i < faces.length; i++) {
        faces[i] = pool.classRef(Code.internalName(interfaces[i]));
      }
      int codeName = pool.utf8("Code");
      int stackMapName = pool.utf8("StackMapTable");
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      DataOutputStream d = new DataOutputStream(body);
      d.writeShort(methods.size());
      for (Object[] m : methods) {
        d.writeShort((Integer) m[0]);
        d.writeShort(pool.utf8((String) m[1]));
        d.writeShort(pool.utf8((String) m[2]));
        byte[] attribute = ((Code) m[3]).attribute(codeName, stackMapName);
        d.writeShort(1);
        d.writeShort(codeName);
        d.writeInt(attribute.length);
        d.write(attribute);
      }
      d.writeShort(0); // class attributes
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(all);
      out.writeInt(MAGIC);
      out.writeShort(0);
      out.writeShort(VERSION);
      out.writeShort(pool.count());
      out.write(pool.toByteArray());
      out.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC);
      out.writeShort(thisClass);
      out.writeShort(superClass);
      out.writeShort(faces.length);
      for (int f : faces) {
        out.writeShort(f);
      }
      out.writeShort(0); // fields
      body.writeTo(out);
      return all.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
