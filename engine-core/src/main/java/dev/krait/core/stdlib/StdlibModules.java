package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import java.util.Map;

/** The registry of the modules written in Java, by the name they are imported under. */
public final class StdlibModules {

  private StdlibModules() {}

  /** The factories of the built-in modules; immutable, shared by every context. */
  public static final Map<String, Imports.Factory> BUILTIN = Map.of(
      "sys", SysModule::create,
      "__future__", FutureModule::create,
      "math", MathModule::create,
      "importlib", ImportlibModule::create);
}
