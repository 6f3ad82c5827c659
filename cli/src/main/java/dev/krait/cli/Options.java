package dev.krait.cli;

import java.util.ArrayList;
import java.util.List;

/** The parsed command line of {@code krait}: which action to take and its operands. */
final class Options {

  /** What the command was asked to do. */
  enum Action {
    HELP,
    VERSION,
    TOKENS,
    DUMP_AST,
    /** Print the disassembly of a file's code objects. */
    DIS,
    /** Write the cache files of every module under some folders, as {@code compileall}. */
    COMPILE,
    /** Run a file, a {@code -c} command, a {@code -m} module, stdin, or the REPL. */
    RUN
  }

  /** A command line that cannot be understood; the message is printed before the usage hint. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  final Action action;

  /** How a RUN gets its program. */
  enum Source {
    FILE,
    COMMAND,
    MODULE,
    STDIN,
    INTERACTIVE
  }

  /**
   * The files for {@code --tokens} (one), {@code --dump-ast} (one or more) and {@code --dis}
   * (one); for RUN, the script file, {@code -c} command or {@code -m} module, if any.
   */
  final List<String> files;

  /** Where a RUN's program comes from. */
  final Source source;

  /** The program's {@code sys.argv}: its name ({@code -c}, the file, ...) then its arguments. */
  final List<String> argv;

  /** {@code -B}: do not write cache files ({@code sys.dont_write_bytecode}). */
  final boolean dontWriteBytecode;

  /** {@code --check-hash-based-pycs}: {@code default}, {@code always} or {@code never}. */
  final String checkHashBasedPycs;

  private Options(Action action, List<String> files) {
    this(action, files, Source.INTERACTIVE, List.of(""));
  }

  private Options(Action action, List<String> files, Source source, List<String> argv) {
    this(action, files, source, argv, false, "default");
  }

  private Options(Action action, List<String> files, Source source, List<String> argv,
      boolean dontWriteBytecode, String checkHashBasedPycs) {
    this.action = action;
    this.files = List.copyOf(files);
    this.source = source;
    this.argv = List.copyOf(argv);
    this.dontWriteBytecode = dontWriteBytecode;
    this.checkHashBasedPycs = checkHashBasedPycs;
  }

  private static Options run(Source source, String operand, String name, String[] args, int i) {
    List<String> argv = new ArrayList<>();
    argv.add(name);
    for (int j = i; j < args.length; j++) {
      argv.add(args[j]);
    }
    return new Options(Action.RUN, operand == null ? List.of() : List.of(operand), source, argv);
  }

  /**
   * Returns the options of {@code args}.
   *
   * <p>As in CPython, option parsing stops at the first operand that is not an option (the script
   * file, or the argument of {@code -c}/{@code -m}): what follows belongs to the script.
   *
   * @throws UsageException when an option is unknown or lacks its argument
   */
  static Options parse(String[] args) throws UsageException {
    // The cache switches come first, as CPython's flags before the script or -c.
    boolean dontWrite = false;
    String hashCheck = "default";
    int first = 0;
    for (; first < args.length; first++) {
      if (args[first].equals("-B")) {
        dontWrite = true;
      } else if (args[first].equals("--check-hash-based-pycs")) {
        if (++first >= args.length) {
          throw new UsageException("Argument expected for the --check-hash-based-pycs options");
        }
        hashCheck = args[first];
        if (!List.of("default", "always", "never").contains(hashCheck)) {
          throw new UsageException(
              "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
        }
      } else {
        break;
      }
    }
    Options o = parseAction(java.util.Arrays.copyOfRange(args, first, args.length));
    return new Options(o.action, o.files, o.source, o.argv, dontWrite, hashCheck);
  }

  private static Options parseAction(String[] args) throws UsageException {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "-h":
        case "-?":
        case "--help":
          return new Options(Action.HELP, List.of());
        case "-V":
        case "--version":
          return new Options(Action.VERSION, List.of());
        case "--tokens":
          if (i + 1 >= args.length) {
            throw new UsageException("Argument expected for the --tokens option");
          }
          if (i + 2 < args.length) {
            throw new UsageException("--tokens takes exactly one file");
          }
          return new Options(Action.TOKENS, List.of(args[i + 1]));
        case "--dump-ast":
          if (i + 1 >= args.length) {
            throw new UsageException("Argument expected for the --dump-ast option");
          }
          List<String> files = new ArrayList<>();
          for (int j = i + 1; j < args.length; j++) {
            files.add(args[j]);
          }
          return new Options(Action.DUMP_AST, files);
        case "--dis":
          if (i + 1 >= args.length) {
            throw new UsageException("Argument expected for the --dis option");
          }
          if (i + 2 < args.length) {
            throw new UsageException("--dis takes exactly one file");
          }
          return new Options(Action.DIS, List.of(args[i + 1]));
        case "--compile":
          if (i + 1 >= args.length) {
            throw new UsageException("Argument expected for the --compile option");
          }
          return new Options(
              Action.COMPILE, List.of(args).subList(i + 1, args.length));
        case "-c":
        case "-m":
          if (i + 1 >= args.length) {
            throw new UsageException("Argument expected for the " + arg + " option");
          }
          return arg.equals("-c")
              ? run(Source.COMMAND, args[i + 1], "-c", args, i + 2)
              : run(Source.MODULE, args[i + 1], args[i + 1], args, i + 2);
        case "-":
          return run(Source.STDIN, null, "-", args, i + 1);
        default:
          if (arg.startsWith("-c") || arg.startsWith("-m")) {
            // CPython accepts the argument glued to the option, as in -c'print(1)'.
            String operand = arg.substring(2);
            return arg.startsWith("-c")
                ? run(Source.COMMAND, operand, "-c", args, i + 1)
                : run(Source.MODULE, operand, operand, args, i + 1);
          }
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option " + arg);
          }
          return run(Source.FILE, arg, arg, args, i + 1);
      }
    }
    // No script, command or module: CPython would start its interactive prompt.
    return new Options(Action.RUN, List.of());
  }
}
