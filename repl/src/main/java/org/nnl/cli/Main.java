package org.nnl.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.nnl.lang.Session;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;
import org.nnl.repl.Repl;

/**
 * The {@code nnl} command line: {@code nnl} (the REPL), {@code nnl FILE...}, {@code nnl -e CODE},
 * {@code nnl check FILE...}, {@code --help}, {@code --version}. Exit codes: 0 ok, 64 usage,
 * 65 compile error, 70 runtime error, 130 interrupted. Diagnostics go to stderr as
 * {@code file:line:col: error: Message.} with the source line and a caret; a user error never
 * shows a stack trace, an internal one shows a short trace only when NNL_DEBUG is set.
 */
public final class Main {
  static final String VERSION = org.nnl.lang.Nnl.VERSION;
  static final int OK = 0;
  static final int USAGE = 64;
  static final int RUNTIME = 70;
  static final int INTERRUPTED = 130;

  private static final String HELP = """
      Usage:
        nnl                     start the interactive REPL
        nnl FILE.nnl [FILE...]  run scripts (each in a fresh session)
        nnl -e 'CODE'           run a snippet
        nnl check FILE.nnl...   report diagnostics only; runs nothing
        nnl kernel install      register the Jupyter kernel (--user, default, or --prefix P)
        nnl kernel CONN_FILE    the Jupyter kernel (what Jupyter starts)
        nnl --spark MASTER ...  the same, every sweep's cells as Spark tasks
                                (MASTER: local[N], spark://host:port, yarn, k8s://...)
        nnl --help | --version
        nnl --backend native ...  OpenBLAS for products and Cholesky: faster on
                                some shapes, not bit-reproducible (default: java)
      Exit codes: 0 ok, 64 usage, 65 compile error, 70 runtime error.
      Set NNL_DEBUG=1 to see stack traces of internal errors.""";

  /** Where the sessions of this command line send their sweeps' cells (set by --spark); null: run them here. */
  private static org.nnl.lang.eval.SweepRunner sweepRunner;

  private Main() {}

  /** Runs the command line with every sweep's cells going to {@code runner} (spark-submit's entry uses it). */
  public static int runWith(org.nnl.lang.eval.SweepRunner runner, String[] args, InputStream in, PrintStream out,
                            PrintStream err) {
    org.nnl.lang.eval.SweepRunner before = sweepRunner;
    sweepRunner = runner;
    try {
      return run(args, in, out, err);
    } finally {
      sweepRunner = before;
    }
  }

  /** A session of this command line (with the --spark runner, if any). */
  private static Session session(PrintStream out, PrintStream err) {
    Session session = new Session(out);
    session.setErr(err);
    session.setSweepRunner(sweepRunner);
    return session;
  }

  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err);
    System.out.flush();
    if (System.out.checkError() && code == OK) {
      System.err.println("nnl: " + org.nnl.lang.eval.Interpreter.OUTPUT_LOST);
      code = RUNTIME;
    }
    System.err.flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code (System.exit is left to {@link #main}). */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      if (args.length >= 1 && args[0].equals("--backend")) {
        if (args.length < 2) return usage(err, "--backend takes one argument: java or native.");
        try {
          org.nnl.core.linalg.Linalg.useBackend(args[1]);
        } catch (IllegalArgumentException e) {
          return usage(err, e.getMessage());
        }
        args = java.util.Arrays.copyOfRange(args, 2, args.length);
      }
      if (args.length == 0) return repl(in, out, err);
      String first = args[0];
      switch (first) {
        case "--help", "-h", "help" -> {
          out.println(HELP);
          return OK;
        }
        case "--version", "-v" -> {
          out.println("nnl " + VERSION);
          return OK;
        }
        case "-e" -> {
          if (args.length != 2) return usage(err, "-e takes one argument: the code to run.");
          return snippet(args[1], out, err);
        }
        case "--spark" -> {
          if (args.length < 2) return usage(err, "--spark takes a master: local[N], spark://host:port, yarn, k8s://...");
          org.nnl.lang.eval.SweepRunner runner =
              org.nnl.repl.SparkSwitch.open(args[1], err, problem -> err.println("nnl: " + problem));
          if (runner == null) return USAGE;
          try (runner) {
            return runWith(runner, java.util.Arrays.copyOfRange(args, 2, args.length), in, out, err);
          }
        }
        case "kernel" -> {
          return kernel(List.of(args).subList(1, args.length), out, err);
        }
        case "check" -> {
          if (args.length < 2) return usage(err, "check takes one or more files.");
          return check(List.of(args).subList(1, args.length), err);
        }
        default -> {
          if (first.startsWith("-")) return usage(err, "Unknown option '" + first + "'.");
          return files(List.of(args), out, err);
        }
      }
    } catch (CancellationException e) {
      err.println("Interrupted.");
      return INTERRUPTED;
    } catch (RuntimeException | StackOverflowError e) {
      err.println("nnl: internal error (a bug in NNL): " + e);
      debugTrace(e, err);
      return RUNTIME;
    }
  }

  /** {@code nnl kernel ...}: the Jupyter kernel's classes load only here, so other commands start as before. */
  private static int kernel(List<String> args, PrintStream out, PrintStream err) {
    org.nnl.core.linalg.Linalg.warmUp();
    return org.nnl.jupyter.KernelCommand.run(args, out, err);
  }

  private static int usage(PrintStream err, String problem) {
    err.println("nnl: " + problem);
    err.println(HELP);
    return USAGE;
  }

  private static int snippet(String code, PrintStream out, PrintStream err) {
    Session session = session(out, err);
    try {
      Object v = session.eval(code, "<-e>");
      if (v != null) out.println(v instanceof String s ? s : session.format(v));
      return OK;
    } catch (NnlException e) {
      return report(e, err);
    }
  }

  private static int files(List<String> names, PrintStream out, PrintStream err) {
    // The products' kernel gets ready in the background while the scripts are read (same bits).
    org.nnl.core.linalg.Linalg.warmUp();
    for (String name : names) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        return usage(err, "Cannot read '" + name + "'" + (Files.exists(file) ? ": it is not a file." : ": no such file."));
      }
      Session session = session(out, err);
      try {
        session.evalFile(file);
      } catch (NnlException e) {
        return report(e, err);
      }
    }
    return OK;
  }

  private static int check(List<String> names, PrintStream err) {
    int code = OK;
    for (String name : names) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        return usage(err, "Cannot read '" + name + "'" + (Files.exists(file) ? ": it is not a file." : ": no such file."));
      }
      List<Diagnostic> diags = new Session().checkFile(file);
      for (Diagnostic d : diags) err.println(d.render());
      if (!diags.isEmpty()) code = 65;
    }
    return code;
  }

  private static int report(NnlException e, PrintStream err) {
    err.println(e.render());
    if (e.kind() == NnlException.Kind.INTERNAL) debugTrace(e.getCause() == null ? e : e.getCause(), err);
    return e.exitCode();
  }

  private static void debugTrace(Throwable t, PrintStream err) {
    String debug = System.getenv("NNL_DEBUG");
    if (debug == null || debug.isEmpty() || debug.equals("0")) {
      err.println("(set NNL_DEBUG=1 for a stack trace)");
      return;
    }
    err.println(t);
    StackTraceElement[] st = t.getStackTrace();
    for (int i = 0; i < Math.min(st.length, 20); i++) err.println("\tat " + st[i]);
  }

  /** The REPL (a terminal when there is one, else a plain line reader). */
  private static int repl(InputStream in, PrintStream out, PrintStream err) {
    org.nnl.core.linalg.Linalg.warmUp();
    return Repl.run(session(out, err), in, out, err);
  }
}
