/**
 * The virtual machine: {@link dev.krait.core.vm.Interpreter} (the dispatch loop and nothing
 * else), {@link dev.krait.core.vm.Frame}, {@link dev.krait.core.vm.ThreadState}, functions,
 * cells, argument binding ({@link dev.krait.core.vm.Calls}) and tracebacks.
 *
 * <p>Imports {@code bytecode}, {@code runtime}, {@code builtins} and the front end ({@code
 * syntax}, {@code ast}, {@code symtable}, {@code compiler}) to compile what it runs.
 */
package dev.krait.core.vm;
