package dev.krait.core.stdlib;

import dev.krait.core.imports.Imports;
import dev.krait.core.runtime.PyObject;
import java.util.Map;
import java.util.function.Supplier;

/** The registry of the modules written in Java, by the name they are imported under. */
public final class StdlibModules {

  private StdlibModules() {}

  /** The factories of the built-in modules; immutable, shared by every context. */
  public static final Map<String, Imports.Factory> BUILTIN = Map.ofEntries(
      Map.entry("sys", SysModule::create),
      Map.entry("builtins", Imports::builtinsModule),
      Map.entry("__future__", FutureModule::create),
      Map.entry("math", MathModule::create),
      Map.entry("importlib", ImportlibModule::create),
      Map.entry("heapq", HeapqModule::create),
      Map.entry("bisect", BisectModule::create),
      Map.entry("_krait_re", RegexModule::create),
      Map.entry("_krait_clock", LocalClockModule::create),
      Map.entry("_random", RandomModule::create),
      Map.entry("_json", JsonModule::create),
      Map.entry("time", TimeModule::create));

  // The exception state lives in the VM, which this package may not see: the VM hands over how
  // to read it once, when its thread state class is initialized (before any code runs).
  private static volatile Supplier<PyObject> handledException = () -> null;

  /**
   * Sets how {@code sys.exc_info()} finds the exception being handled on the calling thread
   * (the supplier returns null when there is none).
   */
  public static void handledExceptionSource(Supplier<PyObject> source) {
    handledException = source;
  }

  /** Returns the exception being handled on the calling thread, or null. */
  static PyObject handledException() {
    return handledException.get();
  }
}
