/**
 * The {@code builtins} module: the builtin functions and the names of the builtin types and
 * exceptions, made per interpreter run so that {@code print} writes to that run's stdout.
 *
 * <p>Imports only {@code runtime}.
 */
package dev.krait.core.builtins;
