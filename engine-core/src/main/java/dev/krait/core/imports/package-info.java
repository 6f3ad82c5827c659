/**
 * The import system, as CPython 3.11's {@code importlib._bootstrap}: a per-context {@code
 * sys.modules} and {@code sys.path}, built-in modules made from a registry of factories, module
 * files, packages and namespace packages found on the path ({@code PathFinder}), relative names
 * ({@code RelativeNames}), module specs ({@code ModuleSpec}), and the operations behind {@code
 * IMPORT_NAME}, {@code IMPORT_FROM}, {@code IMPORT_STAR}, {@code __import__}, {@code importlib}
 * and {@code python -m}. Running a module file needs the compiler and the VM, which implement
 * {@link dev.krait.core.imports.ModuleExecutor}.
 *
 * <p>Imports only {@code runtime}.
 */
package dev.krait.core.imports;
