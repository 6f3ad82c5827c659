/**
 * The import system's first step: a per-context {@code sys.modules}, built-in modules made
 * from a registry of factories, and the operations behind {@code IMPORT_NAME}, {@code
 * IMPORT_FROM} and {@code IMPORT_STAR}. File finders, packages, relative imports and
 * {@code __pycache__} (issue 4) extend {@link dev.krait.core.imports.Imports#importModule}.
 *
 * <p>Imports only {@code runtime}.
 */
package dev.krait.core.imports;
