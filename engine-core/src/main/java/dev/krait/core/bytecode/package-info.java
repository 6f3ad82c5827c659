/**
 * Krait bytecode: the one instruction table {@link dev.krait.core.bytecode.Opcode}, the immutable
 * {@link dev.krait.core.bytecode.CodeObject} with its line and exception tables, the
 * {@link dev.krait.core.bytecode.Assembler} that resolves labels and computes stack depth, and
 * the {@link dev.krait.core.bytecode.Disassembler}.
 *
 * <p>Imports only {@code runtime} (constants are runtime objects). See {@code
 * docs/internals/bytecode.md}.
 */
package dev.krait.core.bytecode;
