/**
 * The public embedding API of Krait, Python 3.11 for the JVM.
 *
 * <p>A {@link dev.krait.api.PythonEngine} is built once and shared; it makes cheap, isolated
 * {@link dev.krait.api.PythonContext}s, each one interpreter state with its own {@code __main__}
 * and {@code sys.modules}. {@link dev.krait.api.Source} text compiles to an immutable {@link
 * dev.krait.api.Code} that runs in any context on any thread. Python objects reach Java as
 * converted values or as {@link dev.krait.api.PyValue} handles; Python errors as {@link
 * dev.krait.api.PythonException}.
 *
 * <pre>{@code
 * try (PythonEngine engine = PythonEngine.builder().build();
 *      PythonContext cx = engine.newContext()) {
 *   cx.exec("def rule(x, y): return x > 10 and y in ('a', 'b')");
 *   Object ok = cx.call("rule", 42, "a");   // Boolean.TRUE
 * }
 * }</pre>
 *
 * <p>This module depends on the JDK only; the implementation (engine-core) is found with {@link
 * java.util.ServiceLoader} through {@link dev.krait.api.PythonEngineProvider}.
 */
package dev.krait.api;
