package dev.krait.core.classfile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** A class file's constant pool: each entry written once and found again by its content. */
final class ConstantPool {

  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELDREF = 9;
  private static final int METHODREF = 10;
  private static final int INTERFACE_METHODREF = 11;
  private static final int NAME_AND_TYPE = 12;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);
  private final Map<String, Integer> index = new HashMap<>();
  private int count = 1;

  int utf8(String s) {
    return entry("U" + s, () -> {
      out.writeByte(UTF8);
      out.writeUTF(s);
    });
  }

  int integer(int v) {
    return entry("I" + v, () -> {
      out.writeByte(INTEGER);
      out.writeInt(v);
    });
  }

  /** Returns the entry of the class named {@code internalName} ({@code a/b/C}). */
  int classRef(String internalName) {
    int name = utf8(internalName);
    return entry("C" + internalName, () -> {
      out.writeByte(CLASS);
      out.writeShort(name);
    });
  }

  int string(String s) {
    int utf = utf8(s);
    return entry("S" + s, () -> {
      out.writeByte(STRING);
      out.writeShort(utf);
    });
  }

  int field(String owner, String name, String descriptor) {
    return member(FIELDREF, owner, name, descriptor);
  }

  int method(String owner, String name, String descriptor, boolean onInterface) {
    return member(onInterface ? INTERFACE_METHODREF : METHODREF, owner, name, descriptor);
  }

  private int member(int tag, String owner, String name, String descriptor) {
    int cls = classRef(owner);
    int n = utf8(name);
    int d = utf8(descriptor);
    int nat = entry("N" + name + " " + descriptor, () -> {
      out.writeByte(NAME_AND_TYPE);
      out.writeShort(n);
      out.writeShort(d);
    });
    return entry(tag + owner + "." + name + descriptor, () -> {
      out.writeByte(tag);
      out.writeShort(cls);
      out.writeShort(nat);
    });
  }

  /** Returns the number of entries plus one, as {@code constant_pool_count} counts. */
  int count() {
    return count;
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }

  private interface Writer {
    void write() throws IOException;
  }

  private int entry(String key, Writer writer) {
    Integer i = index.get(key);
    if (i != null) {
      return i;
    }
    if (count >= 0xffff) {
      throw new ClassTooLargeException("constant pool over 65,535 entries");
    }
    try {
      writer.write();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    index.put(key, count);
    return count++;
  }
}
