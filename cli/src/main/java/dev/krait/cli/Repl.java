package dev.krait.cli;

import dev.krait.core.vm.InteractiveSession;
import dev.krait.core.vm.ThreadState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The interactive prompt of {@code krait} without a script on a terminal: {@code >>> } and
 * {@code ... } prompts, one statement at a time, values of expressions shown, tracebacks
 * printed and the session going on until end of input or {@code exit()}.
 */
final class Repl {

  private Repl() {}

  /** Returns the exit status after reading statements from {@code in} until its end. */
  static int run(BufferedReader in, PrintStream out, PrintStream err) {
    err.println(Main.version());
    err.println("Type Ctrl-D to exit.");
    InteractiveSession session = new InteractiveSession(out, err);
    // input() and sys.stdin read the lines after the statement, from the same buffer.
    ThreadState.current().imports().setIn(in);
    try {
      for (;;) {
        String source = readStatement(in, out);
        if (source == null) {
          out.println();
          out.flush();
          return Main.OK;
        }
        if (source.isBlank()) {
          continue;
        }
        int status = session.run(source);
        if (status >= 0) {
          return status;
        }
      }
    } catch (IOException e) {
      err.println("krait: can't read standard input: " + e.getMessage());
      return Main.FAILED;
    }
  }

  /** Returns the lines of one statement, or null at end of input before any line. */
  private static String readStatement(BufferedReader in, PrintStream out) throws IOException {
    out.print(">>> ");
    out.flush();
    String line = in.readLine();
    if (line == null) {
      return null;
    }
    StringBuilder source = new StringBuilder(line);
    while (InteractiveSession.incomplete(source.toString())) {
      out.print("... ");
      out.flush();
      String more = in.readLine();
      if (more == null) {
        break;
      }
      source.append('\n').append(more);
    }
    return source.append('\n').toString();
  }
}
