/**
 * Standard-library modules written in Java, one class each ({@code sys}, {@code math},
 * {@code __future__}), and {@link dev.krait.core.stdlib.StdlibModules}, their registry.
 *
 * <p>Imports {@code runtime}, {@code imports} and {@code bytecode} (the cache tag).
 */
package dev.krait.core.stdlib;
