/**
 * The virtual machine: {@link dev.krait.core.vm.Interpreter} (the dispatch loop and nothing
 * else), {@link dev.krait.core.vm.Frame}, {@link dev.krait.core.vm.ThreadState}, functions,
 * cells, argument binding ({@link dev.krait.core.vm.Calls}) and tracebacks; and the JVM tier
 * ({@link dev.krait.core.vm.JvmTier}), which translates hot code objects to JVM bytecode.
 *
 * <p>Imports {@code bytecode}, {@code runtime}, {@code builtins} and the front end ({@code
 * syntax}, {@code ast}, {@code symtable}, {@code compiler}) to compile what it runs, and {@code
 * classfile} to write the tier's classes.
 */
package dev.krait.core.vm;
