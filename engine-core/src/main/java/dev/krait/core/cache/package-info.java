/**
 * The {@code __pycache__} bytecode cache: {@link dev.krait.core.cache.CodeCache} turns a module's
 * source file into a verified {@link dev.krait.core.bytecode.CodeObject}, from its cache file when
 * that is valid, else by compiling and (atomically) rewriting it; {@link
 * dev.krait.core.cache.CacheOptions} holds CPython's switches (don't write, prefix folder,
 * hash-based files).
 *
 * <p>Imports {@code bytecode} (the serialized form), {@code compiler} and {@code syntax} (to
 * compile on a miss). See {@code docs/internals/cache.md}.
 */
package dev.krait.core.cache;
