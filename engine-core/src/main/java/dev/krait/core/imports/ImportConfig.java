package dev.krait.core.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * How a context finds modules besides the built-in ones: the folders that start its {@code
 * sys.path} (the main script's folder first, then the engine's module path) and what runs a
 * module file found there. Immutable.
 *
 * @param path the first {@code sys.path}, in search order; {@code ""} is the current folder
 * @param executor what runs a module file, or null: then only built-in modules are found
 */
public record ImportConfig(List<String> path, ModuleExecutor executor) {

  /** Built-in modules only: an empty {@code sys.path} and no executor. */
  public static final ImportConfig BUILTIN_ONLY = new ImportConfig(List.of(), null);

  /** Returns the configuration, the path copied. */
  public ImportConfig {
    path = List.copyOf(path);
  }

  /**
   * Returns the configuration of a program whose {@code sys.path} is {@code first} (the main
   * script's folder, {@code ""} for the current folder) and then {@code modulePath}.
   */
  public static ImportConfig of(String first, List<String> modulePath, ModuleExecutor executor) {
    List<String> path = new ArrayList<>();
    path.add(first);
    path.addAll(modulePath);
    return new ImportConfig(path, executor);
  }
}
