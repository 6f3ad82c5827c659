package dev.krait.core.imports;

import dev.krait.core.runtime.PyDict;
import dev.krait.core.runtime.PyModule;
import java.nio.file.Path;

/**
 * Runs a source file as the body of a module: the step of an import that needs the compiler and
 * the VM, which this package may not see. The VM implements it; a context without one finds
 * only built-in modules.
 */
public interface ModuleExecutor {

  /**
   * Compiles {@code file} (or takes its code from a cache) and runs it with {@code module}'s dict
   * as its globals, raising the Python exceptions the body raises, {@code SyntaxError} included.
   */
  void execute(PyModule module, Path file);

  /**
   * Runs the bundled stdlib module source at the class-path {@code resource} (see {@link
   * BundledFinder}) with {@code module}'s dict as its globals. Its code is compiled once per JVM
   * and shared by every context.
   */
  void executeBundled(PyModule module, String resource);

  /** Returns the builtins namespace the modules run with (the {@code builtins} module's dict). */
  PyDict builtins();
}
