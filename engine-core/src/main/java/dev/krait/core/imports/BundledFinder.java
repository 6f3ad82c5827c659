package dev.krait.core.imports;

import java.util.List;

/**
 * Finds the standard-library modules written in Python that ship inside Krait's jar, as
 * class-path resources under {@value #RESOURCE_ROOT}: a package {@code NAME/__init__.py} first,
 * then a module {@code NAME.py}, as {@link PathFinder} does in a folder.
 *
 * <p>They are searched after the built-in modules and before {@code sys.path} (as CPython finds
 * its frozen modules before the path). Their {@code __file__} is {@value #LOCATION}{@code
 * /NAME.py} (a name, not a file: nothing on disk has it), a package's {@code __path__} is
 * {@value #LOCATION}{@code /NAME}, and they have no {@code __cached__}: their code is compiled
 * once per JVM and shared, never written to a {@code __pycache__}.
 */
public final class BundledFinder {

  /** The class-path folder of the bundled modules' sources. */
  public static final String RESOURCE_ROOT = "/dev/krait/core/stdlib/lib/";

  /** The location the bundled modules report: the start of their file names. */
  public static final String LOCATION = "<krait-stdlib>";

  private static final String SUFFIX = ".py";
  private static final String INIT = "/__init__" + SUFFIX;

  private BundledFinder() {}

  /**
   * Returns the spec of the bundled module {@code name} (absolute, dotted), or null when the jar
   * has no such module.
   */
  static ModuleSpec find(String name) {
    String path = name.replace('.', '/');
    if (exists(path + INIT)) {
      return ModuleSpec.bundled(name, LOCATION + "/" + path + INIT, RESOURCE_ROOT + path + INIT,
          List.of(LOCATION + "/" + path));
    }
    if (exists(path + SUFFIX)) {
      return ModuleSpec.bundled(name, LOCATION + "/" + path + SUFFIX,
          RESOURCE_ROOT + path + SUFFIX, null);
    }
    return null;
  }

  /** Returns whether the search path {@code entries} (a package's {@code __path__}) is ours. */
  static boolean isBundledPath(List<String> entries) {
    for (String entry : entries) {
      if (entry.startsWith(LOCATION + "/")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the class-path resource of the bundled module whose {@code __file__} is {@code
   * filename}, or null when {@code filename} is not a bundled module's.
   */
  public static String resourceOf(String filename) {
    if (!filename.startsWith(LOCATION + "/") || filename.contains("..")) {
      return null;
    }
    return RESOURCE_ROOT + filename.substring(LOCATION.length() + 1);
  }

  /** Returns the {@code __file__} of the bundled module read from {@code resource}. */
  public static String fileOf(String resource) {
    return LOCATION + "/" + resource.substring(RESOURCE_ROOT.length());
  }

  private static boolean exists(String relative) {
    return BundledFinder.class.getResource(RESOURCE_ROOT + relative) != null;
  }
}
