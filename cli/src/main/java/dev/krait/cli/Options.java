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

  /** The files for {@code --tokens} (one) and {@code --dump-ast} (one or more). */
  final List<String> files;

  private Options(Action action, List<String> files) {
    this.action = action;
    this.files = List.copyOf(files);
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
        case "-c":
        case "-m":
          if (i + 1 >= args.length) {
            throw new UsageException("Argument expected for the " + arg + " option");
          }
          return new Options(Action.RUN, List.of());
        case "-":
          return new Options(Action.RUN, List.of());
        default:
          if (arg.startsWith("-c") || arg.startsWith("-m")) {
            // CPython accepts the argument glued to the option, as in -c'print(1)'.
            return new Options(Action.RUN, List.of());
          }
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option " + arg);
          }
          return new Options(Action.RUN, List.of(arg));
      }
    }
    // No script, command or module: CPython would start its interactive prompt.
    return new Options(Action.RUN, List.of());
  }
}
