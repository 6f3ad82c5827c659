package dev.krait.cli;

import dev.krait.core.ast.AstDump;
import dev.krait.core.syntax.Lexer;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SourceDecoder;
import dev.krait.core.syntax.SyntaxError;
import dev.krait.core.syntax.Token;
import dev.krait.core.syntax.TokenDump;
import dev.krait.core.syntax.TokenKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The {@code --tokens} and {@code --dump-ast} tools, which show what the syntax phase makes. */
final class SyntaxCommands {

  private SyntaxCommands() {}

  /**
   * Returns the exit status after printing the tokens of {@code path}, comments included, and its
   * lexing error if it has one.
   */
  static int tokens(String path, PrintStream out, PrintStream err) {
    byte[] bytes = read(path, err);
    if (bytes == null) {
      return Main.FAILED;
    }
    try {
      String text = SourceDecoder.decode(bytes, path);
      Lexer lexer = new Lexer(text, path, true);
      List<Token> tokens = lexer.tokenize();
      out.print(TokenDump.dump(tokens, lexer.lineMap()));
      if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == TokenKind.ERRORTOKEN) {
        out.flush();
        err.println(path + ": " + lexer.error().summary());
        return Main.FAILED;
      }
      return Main.OK;
    } catch (SyntaxError e) {
      out.flush();
      err.println(path + ": " + e.summary());
      return Main.FAILED;
    }
  }

  /**
   * Returns the exit status after printing, for each file, its path, a tab and either CPython's
   * {@code ast.dump} of its module or its syntax error.
   */
  static int dumpAst(List<String> paths, PrintStream out, PrintStream err) {
    int status = Main.OK;
    for (String path : paths) {
      byte[] bytes = read(path, err);
      if (bytes == null) {
        out.flush();
        status = Main.FAILED;
        continue;
      }
      String line;
      try {
        line = AstDump.dump(Parser.parseModule(SourceDecoder.decode(bytes, path), path));
      } catch (SyntaxError e) {
        line = e.summary();
        status = Main.FAILED;
      } catch (RuntimeException | StackOverflowError e) {
        // A bug in Krait, not in the file: say so, and go on with the other files.
        out.flush();
        err.println("krait: internal error while parsing " + path + ":");
        e.printStackTrace(err);
        status = Main.FAILED;
        continue;
      }
      out.print(path);
      out.print('\t');
      out.println(line);
    }
    return status;
  }

  /** Returns the bytes of the file, or null after printing why it cannot be read. */
  private static byte[] read(String path, PrintStream err) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (NoSuchFileException e) {
      err.println("krait: can't open file '" + path + "': No such file or directory");
    } catch (AccessDeniedException e) {
      err.println("krait: can't open file '" + path + "': Permission denied");
    } catch (IOException | RuntimeException e) {
      // InvalidPathException and friends: report the file, keep going.
      err.println("krait: can't open file '" + path + "': " + e.getMessage());
    }
    return null;
  }
}
