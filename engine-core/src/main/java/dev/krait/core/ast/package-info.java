/**
 * The abstract syntax tree: immutable records named and shaped as CPython 3.11's {@code ast}
 * module, and {@link dev.krait.core.ast.AstDump}, which prints a tree exactly as
 * {@code ast.dump} does.
 *
 * <p>Produced by {@code syntax}, read by {@code symtable} and {@code compiler}. Imports nothing
 * of the engine but the JDK.
 */
package dev.krait.core.ast;
