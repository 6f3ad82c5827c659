/**
 * The {@code javax.script} (JSR-223) engine of Krait: {@link
 * dev.krait.jsr223.KraitScriptEngineFactory} (registered in {@code META-INF/services}, found by
 * {@code ScriptEngineManager} and {@code jrunscript -l python}) and {@link
 * dev.krait.jsr223.KraitScriptEngine}, {@code Compilable} and {@code Invocable}.
 *
 * <p>It is built only on the public API ({@code dev.krait.api}); engine-core is found at run time.
 * {@code Namespace} keeps a Python context's globals and a script's {@code Bindings} in step;
 * {@code Namespaces} lends one to each evaluation.
 */
package dev.krait.jsr223;
