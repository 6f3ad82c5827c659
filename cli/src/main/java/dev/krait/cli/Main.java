package dev.krait.cli;

import dev.krait.core.cache.CacheOptions;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The {@code krait} command: reads the command line and runs the tool it asks for. */
public final class Main {

  /** Exit status of a successful run. */
  static final int OK = 0;

  /** Exit status when a file could not be read or did not parse. */
  static final int FAILED = 1;

  /** Exit status of a bad command line or an action this build cannot do, as CPython's. */
  static final int USAGE = 2;

  /** The Java stack of the thread Python code runs on: room for about 500,000 Python calls. */
  private static final long STACK_BYTES = 512L << 20;

  static final String NOT_IMPLEMENTED =
      "krait: the interactive prompt is not implemented yet; run a file, -c, -m or -";

  private static final String USAGE_LINE =
      "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...";

  private static final String HELP =
      USAGE_LINE
          + "\n"
          + "Options:\n"
          + "  -B              don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
          + "  -c cmd          program passed in as string\n"
          + "  -m mod          run library module as a script (terminates option list)\n"
          + "  -h, --help      print this help message and exit\n"
          + "  -V, --version   print the Krait version and exit\n"
          + "  --tokens FILE   print the tokens of FILE, comments and NL tokens included\n"
          + "  --dis FILE      print the disassembly of FILE's code objects\n"
          + "  --check-hash-based-pycs always|default|never:\n"
          + "                  control how Python invalidates hash-based .pyc files\n"
          + "  --compile DIR...\n"
          + "                  write the __pycache__ files of every module under DIR (or of\n"
          + "                  each FILE), as python3 -m compileall; status 1 if one fails\n"
          + "  --dump-ast FILE...\n"
          + "                  for each FILE print one line: the path, a tab, then CPython's\n"
          + "                  ast.dump() of its syntax tree, or its SyntaxError\n"
          + "Arguments:\n"
          + "  file            program read from script file\n"
          + "  -               program read from stdin\n"
          + "  arg ...         arguments passed to program in sys.argv[1:]\n"
          + "Exit status: the program's (0, 1 on an uncaught exception, sys.exit's code); for\n"
          + "--tokens, --dump-ast and --dis 1 if a file could not be read or parsed; 2 on a\n"
          + "usage error or a script that cannot be opened.\n";

  private Main() {}

  /** Runs the command and exits the JVM with its status. */
  public static void main(String[] args) {
    // UTF-8 whatever the platform default, as CPython writes on this platform; buffered because
    // --dump-ast over a whole library writes hundreds of megabytes.
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // Python code runs on a thread with a deep Java stack, so that recursion up to
    // sys.setrecursionlimit's limit fits, as it does in CPython.
    int[] status = {FAILED};
    Thread main = new Thread(null, () -> status[0] = run(args, out, err), "main", STACK_BYTES);
    main.start();
    try {
      main.join();
    } catch (InterruptedException e) {
      main.interrupt();
    }
    out.flush();
    err.flush();
    System.exit(status[0]);
  }

  /** Returns the exit status after running the command {@code args}, writing to the streams. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (Options.UsageException e) {
      err.println("krait: " + e.getMessage());
      err.println(USAGE_LINE);
      err.println("Try `krait -h' for more information.");
      return USAGE;
    }
    switch (options.action) {
      case HELP:
        out.print(HELP);
        return OK;
      case VERSION:
        out.println(version());
        return OK;
      case TOKENS:
        return SyntaxCommands.tokens(options.files.get(0), out, err);
      case DUMP_AST:
        return SyntaxCommands.dumpAst(options.files, out, err);
      case DIS:
        return RunCommands.dis(options.files.get(0), out, err);
      case COMPILE:
        return CompileCommand.run(options.files, cacheOptions(options, System.getenv()), out);
      case RUN:
      default:
        return RunCommands.run(options, out, err);
    }
  }

  /**
   * Returns the bytecode cache switches of the command line and the environment: {@code -B} or
   * {@code PYTHONDONTWRITEBYTECODE} stop writing, {@code PYTHONPYCACHEPREFIX} moves the files,
   * {@code --check-hash-based-pycs} says which hash-based files are checked.
   */
  static CacheOptions cacheOptions(Options options, Map<String, String> env) {
    CacheOptions cache = CacheOptions.DEFAULTS.withEnvironment(env)
        .withHashCheck(CacheOptions.HashCheck.valueOf(
            options.checkHashBasedPycs.toUpperCase(Locale.ROOT)));
    return options.dontWriteBytecode ? cache.withMode(CacheOptions.Mode.READ_ONLY) : cache;
  }

  /** Returns the version line, such as {@code Krait 0.1.0 (Python 3.11)}, from the build. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("krait.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // The properties file is inside our own jar; without it we still say what we are.
    }
    return "Krait "
        + properties.getProperty("version", "(unknown version)")
        + " (Python "
        + properties.getProperty("python.version", "3.11")
        + ")";
  }
}
