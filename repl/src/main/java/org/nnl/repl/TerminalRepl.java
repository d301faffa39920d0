package org.nnl.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.nnl.lang.Session;

/**
 * The interactive REPL on a JLine terminal: banner, prompt {@code nnl> } and secondary prompt
 * for unfinished input, completion, highlighting, history in ~/.nnl/history (Ctrl-R searches
 * it). Each entry runs on a worker thread; Ctrl-C interrupts it (the core polls
 * {@link org.nnl.core.Progress#checkInterrupted}) and the prompt returns with the session
 * intact. Ctrl-C at the prompt clears the line; Ctrl-D or {@code :quit} leaves.
 */
final class TerminalRepl {
  static final String PROMPT = "nnl> ";
  static final String BANNER = "NNL — random neural networks. Type :help for help, :quit or Ctrl-D to leave.";

  private TerminalRepl() {}

  static int runSystem(Session session) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).name("nnl").build()) {
      return run(session, terminal, Repl.historyFile());
    }
  }

  /** Runs on {@code terminal}; {@code history} may be null (no history file). */
  static int run(Session session, Terminal terminal, Path history) {
    boolean ansi = !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
    session.setOut(out);
    session.setErr(out);
    LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("nnl")
        .parser(new InputParser(session))
        .completer(new NnlCompleter(session, session.builtins(), new FileCandidates(Path.of(""))))
        .highlighter(SyntaxHighlighter.of(session))
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, " ... ")
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.COMPLETE_MATCHER_TYPO, false);
    if (history != null && prepare(history)) builder.variable(LineReader.HISTORY_FILE, history);
    LineReader reader = builder.build();
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "nnl-eval");
      t.setDaemon(true);
      return t;
    });
    Shell shell = new Shell(session, session.builtins(), out, new Messages(out, ansi),
        work -> runInterruptibly(terminal, worker, work), "<repl>");
    out.println(BANNER);
    try {
      while (true) {
        String line;
        try {
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        if (shell.enter(line) == Shell.Next.QUIT) break;
      }
    } finally {
      worker.shutdownNow();
      saveHistory(reader);
    }
    return 0;
  }

  /** Runs {@code work} on the worker; Ctrl-C (SIGINT) interrupts the worker until it returns. */
  private static Object runInterruptibly(Terminal terminal, ExecutorService worker,
                                         java.util.concurrent.Callable<Object> work) throws Exception {
    Thread[] running = new Thread[1];
    Future<Object> f = worker.submit(() -> {
      running[0] = Thread.currentThread();
      Thread.interrupted();
      try {
        return work.call();
      } finally {
        Thread.interrupted();
      }
    });
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
      Thread t = running[0];
      if (t != null) t.interrupt();
    });
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Exception ex) throw ex;
      throw (Error) c;
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
  }

  private static boolean prepare(Path history) {
    try {
      Files.createDirectories(history.getParent());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void saveHistory(LineReader reader) {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      // History is a convenience: a read-only home directory must not fail the session's exit.
    }
  }
}
