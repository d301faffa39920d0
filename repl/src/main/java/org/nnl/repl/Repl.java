package org.nnl.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.nnl.lang.Session;

/**
 * The NNL REPL's entry. On a terminal it runs the JLine REPL ({@link TerminalRepl}); without
 * one (input piped in, as in CI) it reads statements from the input, runs each as soon as the
 * language calls it complete, and prints the same results with no prompt, banner or escape
 * code.
 */
public final class Repl {
  private Repl() {}

  /**
   * Runs the REPL on {@code session} until the input ends or {@code :quit}. Returns 0, or
   * without a terminal the exit code of the first failed entry (65 compile, 70 runtime, 64 bad
   * command), so that {@code nnl < file} fails visibly while still running every entry.
   */
  public static int run(Session session, InputStream in, PrintStream out, PrintStream err) {
    if (in == System.in && System.console() != null) {
      try {
        return TerminalRepl.runSystem(session);
      } catch (IOException e) {
        err.println("nnl: no usable terminal (" + e.getMessage() + "); reading input without one.");
      }
    }
    return runPiped(session, in, out, err);
  }

  /** The REPL without a terminal: entries end where {@link Session#isComplete} says so. */
  static int runPiped(Session session, InputStream in, PrintStream out, PrintStream err) {
    session.setOut(out);
    session.setErr(err);
    Shell shell = new Shell(session, session.builtins(), out, new Messages(err, false),
        java.util.concurrent.Callable::call, "<stdin>");
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    StringBuilder entry = new StringBuilder();
    int lineNumber = 0;
    int firstLine = 1;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (entry.length() == 0 && Commands.isCommand(line)) {
          if (shell.enter(line) == Shell.Next.QUIT) return shell.firstFailure();
          continue;
        }
        if (entry.length() == 0 && line.isBlank()) continue;
        if (entry.length() == 0) firstLine = lineNumber;
        entry.append(line).append('\n');
        if (session.isComplete(entry.toString())) {
          shell.enter(entry.toString(), firstLine);
          entry.setLength(0);
          if (out.checkError()) {
            err.println("nnl: " + org.nnl.lang.eval.Interpreter.OUTPUT_LOST);
            return 70;
          }
        }
      }
    } catch (IOException e) {
      err.println("nnl: cannot read the input: " + e.getMessage() + ".");
      return 74;
    }
    if (entry.length() > 0) shell.enter(entry.toString(), firstLine);
    return shell.firstFailure();
  }

  /** The history file, ~/.nnl/history. */
  static Path historyFile() {
    return Path.of(System.getProperty("user.home"), ".nnl", "history");
  }
}
