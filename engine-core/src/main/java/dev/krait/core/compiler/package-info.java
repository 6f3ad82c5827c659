/**
 * The compiler: AST to {@link dev.krait.core.bytecode.CodeObject}, one method per node kind, split
 * by concern ({@code Statements}, {@code Expressions}, {@code Functions}); names resolve through
 * the {@code symtable}; the {@link dev.krait.core.bytecode.Assembler} finishes each unit.
 *
 * <p>Imports {@code ast}, {@code syntax}, {@code symtable}, {@code bytecode} and {@code runtime}.
 */
package dev.krait.core.compiler;
