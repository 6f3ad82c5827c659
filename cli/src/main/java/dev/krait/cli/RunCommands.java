package dev.krait.cli;

import dev.krait.core.cache.CodeCache;
import dev.krait.core.syntax.SourceDecoder;
import dev.krait.core.syntax.SyntaxError;
import dev.krait.core.vm.ScriptRunner;
import java.io.File;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Python programs ({@code krait FILE}, {@code -c}, {@code -m}, {@code -}) and prints
 * disassemblies.
 */
final class RunCommands {

  private RunCommands() {}

  /** Returns the program's exit status after running it as CPython would. */
  static int run(Options options, PrintStream out, PrintStream err) {
    return run(options, System.in, out, err);
  }

  /** As {@link #run(Options, PrintStream, PrintStream)}, reading {@code -} from {@code in}. */
  static int run(Options options, InputStream in, PrintStream out, PrintStream err) {
    CodeCache cache = new CodeCache(Main.cacheOptions(options, System.getenv()));
    // sys.stdin: the standard input in UTF-8 (what is left of it after a program read from it).
    Reader stdin = new InputStreamReader(in, StandardCharsets.UTF_8);
    ScriptRunner.Settings settings =
        new ScriptRunner.Settings(options.argv, modulePath(), cache, stdin);
    switch (options.source) {
      case COMMAND:
        return ScriptRunner.run(options.files.get(0), "<string>", settings, out, err);
      case MODULE:
        // CPython's -m puts the current folder, as an absolute path, first on sys.path.
        return ScriptRunner.runModule(options.files.get(0), Path.of("").toAbsolutePath().toString(),
            new ScriptRunner.Settings(options.argv.subList(1, options.argv.size()), modulePath(),
                cache, stdin),
            out, err);
      case INTERACTIVE:
        // As CPython: the prompt on a terminal, else the program is read from stdin.
        if (in == System.in && System.console() != null) {
          return Repl.run(new BufferedReader(stdin), out, err);
        }
        // fall through
      case STDIN:
        try {
          return runBytes(in.readAllBytes(), "<stdin>", settings, out, err);
        } catch (IOException e) {
          err.println("krait: can't read standard input: " + e.getMessage());
          return Main.USAGE;
        }
      case FILE: {
        String path = options.files.get(0);
        byte[] bytes = read(path, err);
        // CPython runs __main__ under its absolute path (tracebacks name it so).
        if (bytes == null) {
          return Main.USAGE;
        }
        return runBytes(bytes, Path.of(path).toAbsolutePath().toString(), settings, out, err);
      }
      default:
        throw new IllegalStateException("no way to run " + options.source);
    }
  }

  private static int runBytes(byte[] bytes, String filename, ScriptRunner.Settings settings,
      PrintStream out, PrintStream err) {
    String text;
    try {
      text = SourceDecoder.decode(bytes, filename);
    } catch (SyntaxError e) {
      err.println(e.summary());
      return Main.FAILED;
    }
    return ScriptRunner.run(text, filename, settings, out, err);
  }

  // The folders of PYTHONPATH, searched after the script's folder as CPython does.
  private static List<String> modulePath() {
    String value = System.getenv("PYTHONPATH");
    List<String> path = new ArrayList<>();
    if (value != null) {
      for (String entry : value.split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          path.add(entry);
        }
      }
    }
    return path;
  }

  /** Returns the status after printing the disassembly of {@code path}. */
  static int dis(String path, PrintStream out, PrintStream err) {
    byte[] bytes = read(path, err);
    if (bytes == null) {
      return Main.FAILED;
    }
    try {
      out.print(ScriptRunner.disassemble(SourceDecoder.decode(bytes, path), path));
      return Main.OK;
    } catch (SyntaxError e) {
      err.println(e.summary());
      return Main.FAILED;
    }
  }

  private static byte[] read(String path, PrintStream err) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (NoSuchFileException e) {
      err.println(
          "krait: can't open file '" + Path.of(path).toAbsolutePath()
              + "': [Errno 2] No such file or directory");
    } catch (IOException | RuntimeException e) {
      err.println("krait: can't open file '" + path + "': " + e.getMessage());
    }
    return null;
  }
}
