package dev.krait.core.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a module in a list of folders as CPython's {@code PathFinder} with its {@code
 * FileFinder}s does for source files: in each folder, a package ({@code NAME/__init__.py})
 * first, then a module ({@code NAME.py}); folders {@code NAME/} without {@code __init__.py} are
 * remembered and, when no folder has a package or module, together make a namespace package.
 */
final class PathFinder {

  private static final String SUFFIX = ".py";
  private static final String INIT = "__init__" + SUFFIX;

  private PathFinder() {}

  /**
   * Returns the spec of the module {@code name} found in the folders {@code entries} (in order;
   * {@code ""} is the current folder), or null when none has it.
   */
  static ModuleSpec find(String name, List<String> entries) {
    String tail = name.substring(name.lastIndexOf('.') + 1);
    List<String> portions = new ArrayList<>();
    for (String entry : entries) {
      // CPython's FileFinder works with absolute folders, so __file__ and __path__ are absolute.
      Path dir = Path.of(entry.isEmpty() ? "" : entry).toAbsolutePath();
      if (!Files.isDirectory(dir)) {
        continue;
      }
      Path base = dir.resolve(tail);
      boolean folder = Files.isDirectory(base);
      if (folder) {
        Path init = base.resolve(INIT);
        if (Files.isRegularFile(init)) {
          return ModuleSpec.file(name, init, List.of(base.toString()));
        }
      }
      Path file = dir.resolve(tail + SUFFIX);
      if (Files.isRegularFile(file)) {
        return ModuleSpec.file(name, file, null);
      }
      if (folder) {
        portions.add(base.toString());
      }
    }
    return portions.isEmpty() ? null : ModuleSpec.namespace(name, portions);
  }

  /**
   * Returns where the bytecode cache of {@code source} goes, as CPython's {@code
   * importlib.util.cache_from_source}: {@code DIR/__pycache__/NAME.TAG.pyc}, or under {@code
   * prefix} (when not null) at the source folder's own path.
   */
  static String cacheFile(Path source, String tag, String prefix) {
    String fileName = source.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    String cached = (dot < 0 ? fileName : fileName.substring(0, dot)) + "." + tag + ".pyc";
    Path dir = source.toAbsolutePath().getParent();
    if (prefix == null) {
      return dir.resolve("__pycache__").resolve(cached).toString();
    }
    Path relative = dir.getRoot() == null ? dir : dir.getRoot().relativize(dir);
    return Path.of(prefix).resolve(relative).resolve(cached).toString();
  }
}
