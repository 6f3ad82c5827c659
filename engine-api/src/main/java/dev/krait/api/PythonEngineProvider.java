package dev.krait.api;

/**
 * The service-provider interface an implementation of this API registers in {@code
 * META-INF/services/dev.krait.api.PythonEngineProvider}; {@link PythonEngine.Builder#build()}
 * finds it with {@link java.util.ServiceLoader}. Applications never call it.
 *
 * <pre>{@code
 * public final class MyProvider implements PythonEngineProvider {
 *   public PythonEngine create(EngineOptions options) { return new MyEngine(options); }
 * }
 * }</pre>
 */
public interface PythonEngineProvider {

  /** Returns a new engine configured by {@code options}. */
  PythonEngine create(EngineOptions options);
}
