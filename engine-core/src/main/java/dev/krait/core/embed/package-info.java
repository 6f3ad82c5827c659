/**
 * The implementation of the public embedding API ({@code dev.krait.api}): engines, contexts,
 * compiled code, value handles, the one Java↔Python conversion table, Java objects inside
 * scripts and Python objects behind Java interfaces.
 *
 * <p>It is the only door into the engine: it may import every other package of engine-core, and
 * no package imports it. {@link dev.krait.core.embed.KraitEngineProvider} is registered in
 * {@code META-INF/services}.
 */
package dev.krait.core.embed;
