/**
 * The object model: {@link dev.krait.core.runtime.PyObject} and its builtin implementations,
 * {@link dev.krait.core.runtime.PyType} with its MRO, slots and version tag, the protocols of
 * {@link dev.krait.core.runtime.Abstract}, and Python exceptions with CPython 3.11 wording.
 *
 * <p>Used by {@code vm}, {@code builtins} and {@code stdlib}. Imports only {@code ast} (for
 * {@code ConstantRepr}), Guava and the JDK; it knows nothing of the VM. See
 * {@code docs/internals/object-model.md}.
 */
package dev.krait.core.runtime;
