package dev.krait.cli;

import dev.krait.core.cache.CacheOptions;
import dev.krait.core.cache.CodeCache;
import dev.krait.core.syntax.SyntaxError;
import dev.krait.core.vm.ScriptRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code krait --compile TARGET...}: writes the cache file of every module in the folders (and
 * files) given, printing what {@code python3 -m compileall} prints: {@code Listing 'DIR'...}
 * per folder, {@code Compiling 'FILE'...} per module whose cache file was missing or stale, and
 * each SyntaxError after {@code ***}. Exit status 1 when a module failed to compile.
 */
final class CompileCommand {

  private final CodeCache cache;
  private final PrintStream out;

  private CompileCommand(CacheOptions options, PrintStream out) {
    // As py_compile, precompiling writes whatever -B or PYTHONDONTWRITEBYTECODE say.
    this.cache = new CodeCache(options.withMode(CacheOptions.Mode.READ_WRITE));
    this.out = out;
  }

  /** Returns the exit status after compiling {@code targets}. */
  static int run(List<String> targets, CacheOptions options, PrintStream out) {
    CompileCommand c = new CompileCommand(options, out);
    boolean ok = true;
    for (String target : targets) {
      ok &= Files.isRegularFile(Path.of(target)) ? c.file(target) : c.folder(target);
    }
    return ok ? Main.OK : Main.FAILED;
  }

  private boolean folder(String dir) {
    out.println("Listing '" + dir + "'...");
    List<String> names;
    try (Stream<Path> list = Files.list(Path.of(dir))) {
      names = list.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException | RuntimeException e) {
      out.println("Can't list '" + dir + "'");
      return true;
    }
    boolean ok = true;
    for (String name : names) {
      if (name.equals("__pycache__")) {
        continue;
      }
      String full = dir.endsWith("/") ? dir + name : dir + "/" + name;
      Path path = Path.of(full);
      if (!Files.isDirectory(path)) {
        ok &= file(full);
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        ok &= folder(full);
      }
    }
    return ok;
  }

  private boolean file(String file) {
    if (!file.endsWith(".py")) {
      return true;
    }
    long before = cache.compilations();
    try {
      cache.load(Path.of(file));
      if (cache.compilations() > before) {
        out.println("Compiling '" + file + "'...");
      }
      return true;
    } catch (SyntaxError e) {
      out.println("Compiling '" + file + "'...");
      out.print("*** " + ScriptRunner.formatSyntaxError(e));
      out.println();
      return false;
    } catch (IOException e) {
      out.println("Compiling '" + file + "'...");
      out.println("*** " + e.getMessage());
      return false;
    }
  }
}
