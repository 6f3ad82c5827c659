/**
 * A small class-file writer for the VM's JVM-bytecode tier: a constant pool, one class of
 * methods, code with labels, an exception table and a stack map table built on one invariant
 * (every label has the same frame). Depends on nothing but the JDK.
 */
package dev.krait.core.classfile;
