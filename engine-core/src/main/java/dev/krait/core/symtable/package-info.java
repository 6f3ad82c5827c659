/**
 * Scopes and symbols, the phase between {@code ast} and {@code compiler}: {@link
 * dev.krait.core.symtable.SymbolTable} walks a module's tree once to record how each scope uses
 * each name (bound, used, parameter, global, nonlocal, imported, annotated), then resolves every
 * name to local, global (explicit or implicit), free or cell, exactly as CPython 3.11's {@code
 * Python/symtable.c} does, raising the same {@code SyntaxError}s.
 *
 * <p>Imports only {@code dev.krait.core.ast}, {@code dev.krait.core.syntax} (for {@code
 * SyntaxError} and {@code LineMap}) and the JDK.
 */
package dev.krait.core.symtable;
