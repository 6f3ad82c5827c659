package dev.krait.core.embed;

import dev.krait.api.EngineOptions;
import dev.krait.api.PythonEngine;
import dev.krait.api.PythonEngineProvider;

/**
 * Krait's implementation of the embedding API, found by {@link PythonEngine#builder()} through
 * {@code META-INF/services/dev.krait.api.PythonEngineProvider}.
 */
public final class KraitEngineProvider implements PythonEngineProvider {

  /** Makes the provider (the ServiceLoader calls this). */
  public KraitEngineProvider() {}

  @Override
  public PythonEngine create(EngineOptions options) {
    return new KraitEngine(options);
  }
}
