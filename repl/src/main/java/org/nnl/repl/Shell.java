package org.nnl.repl;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.nnl.lang.Session;
import org.nnl.lang.diag.NnlException;
import org.nnl.lang.library.Builtin;

/**
 * Runs REPL entries against a session, whatever reads them (a JLine terminal or piped input):
 * code is evaluated through a {@link Runner} (a worker thread on a terminal, so that Ctrl-C can
 * interrupt it); declarations echo {@code name: kind = summary}, bare expressions their value;
 * a failed entry prints its diagnostic and changes nothing; colon commands are handled here.
 */
final class Shell {
  /** Runs one piece of work (evaluation) and returns its result, rethrowing its failure. */
  interface Runner {
    Object run(Callable<Object> work) throws Exception;
  }

  /** Whether the REPL goes on after an entry. */
  enum Next { CONTINUE, QUIT }

  private final Session session;
  private final Help help;
  private final Transcript transcript = new Transcript();
  private final PrintStream out;
  private final Messages messages;
  private final Runner runner;
  private final String sourceName;
  private boolean timing;
  private int firstFailure;

  Shell(Session session, Map<String, List<Builtin>> builtins, PrintStream out, Messages messages,
        Runner runner, String sourceName) {
    this.session = session;
    this.help = new Help(builtins);
    this.out = out;
    this.messages = messages;
    this.runner = runner;
    this.sourceName = sourceName;
  }

  /** The exit code of the first failed entry (65 compile, 70 runtime, 64 bad command), or 0. */
  int firstFailure() {
    return firstFailure;
  }

  Transcript transcript() {
    return transcript;
  }

  Next enter(String entry) {
    return enter(entry, 1);
  }

  /**
   * Runs one entry whose first line is line {@code firstLine} of the input: the source is
   * parsed as starting at that line, so that diagnostics name lines of the whole input.
   */
  Next enter(String entry, int firstLine) {
    if (entry.isBlank()) return Next.CONTINUE;
    if (Commands.isCommand(entry)) return command(Commands.parse(entry));
    Object value = evaluate(() -> session.eval(entry, sourceName, Math.max(1, firstLine)));
    if (value != FAILED) transcript.code(entry, value != null);
    return Next.CONTINUE;
  }

  private static final Object FAILED = new Object();

  /** Evaluates, echoes new bindings and the value; returns the value, or FAILED after reporting. */
  private Object evaluate(Callable<Object> work) {
    long start = System.nanoTime();
    Object value;
    try {
      value = runner.run(work);
    } catch (NnlException e) {
      fail(e.exitCode());
      messages.diagnostics(e);
      return FAILED;
    } catch (CancellationException | InterruptedException e) {
      messages.note("Interrupted. The session keeps its state.");
      return FAILED;
    } catch (Exception e) {
      fail(70);
      messages.error("Internal error (a bug in NNL, please report it): " + e + ".");
      return FAILED;
    }
    for (String name : session.lastChanged()) out.println(Summaries.echo(session, name, session.get(name)));
    if (value != null) out.println(session.format(value));
    if (timing) messages.note(String.format("(%.3f s)", (System.nanoTime() - start) / 1e9));
    out.flush();
    return value;
  }

  private void fail(int code) {
    if (firstFailure == 0) firstFailure = code;
  }

  private Next command(Commands.Call c) {
    String arg = c.argument();
    switch (c.name()) {
      case ":help" -> out.println(arg.isEmpty() ? help.overview() : help.topic(arg));
      case ":load" -> load(arg);
      case ":save" -> save(arg);
      case ":vars" -> vars();
      case ":reset" -> {
        session.reset();
        transcript.clear();
        out.println("Session reset: no bindings, seed 1, digits 6.");
      }
      case ":seed" -> seed(arg);
      case ":time" -> {
        timing = !timing;
        out.println(timing ? "Timing on." : "Timing off.");
      }
      case ":spark" -> spark(arg);
      case ":quit" -> {
        return Next.QUIT;
      }
      default -> {
        fail(64);
        messages.error("Unknown command '" + c.name() + "'. Commands: " + String.join(", ", Commands.NAMES) + ".");
      }
    }
    out.flush();
    return Next.CONTINUE;
  }

  /** {@code :spark MASTER} sends every sweep's cells to Spark; {@code :spark off} runs them here again. */
  private void spark(String arg) {
    var current = session.sweepRunner();
    if (arg.isEmpty()) {
      out.println(current == null ? "Sweeps run here (:spark MASTER sends them to Spark)." : "Sweeps run on " + current.describe() + ".");
      return;
    }
    if (current != null) {
      session.setSweepRunner(null);
      current.close();
    }
    if (arg.equals("off")) {
      out.println("Sweeps run here.");
      return;
    }
    var runner = SparkSwitch.open(arg, System.err, problem -> {
      fail(64);
      messages.error(problem);
    });
    if (runner == null) return;
    session.setSweepRunner(runner);
    out.println("Sweeps run on " + runner.describe() + ".");
  }

  private void load(String arg) {
    Path file;
    try {
      file = arg.isEmpty() ? Path.of("") : session.resolvePath(unquote(arg));
    } catch (org.nnl.core.InvalidRequestException e) {
      fail(64);
      messages.error(e.getMessage());
      return;
    }
    if (arg.isEmpty() || !Files.isRegularFile(file)) {
      fail(64);
      messages.error(arg.isEmpty() ? "Usage: :load FILE." : "Cannot load '" + arg + "': no such file.");
      return;
    }
    if (evaluate(() -> session.evalFile(file)) != FAILED) transcript.load(file);
  }

  private void save(String arg) {
    if (arg.isEmpty()) {
      fail(64);
      messages.error("Usage: :save FILE.");
      return;
    }
    Path file = Path.of(unquote(arg));
    try {
      transcript.save(file);
      out.println("Saved " + transcript.entries().size() + " entries to " + file + ".");
    } catch (org.nnl.core.InvalidRequestException e) {
      fail(64);
      messages.error(e.getMessage());
    }
  }

  private void vars() {
    Map<String, Object> b = session.bindings();
    if (b.isEmpty()) out.println("No names are bound.");
    int w = b.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, Object> e : b.entrySet()) {
      out.println(String.format("%-" + w + "s  %-12s  %s", e.getKey(), Summaries.kindOf(e.getValue()),
          Summaries.oneLine(session, e.getValue())));
    }
  }

  /** {@code :seed N}: N written like a number of the language (7, 1e3), whole, from 0 to SeedStream.MAX_SEED. */
  private void seed(String arg) {
    long max = org.nnl.core.SeedStream.MAX_SEED;
    long seed;
    try {
      java.math.BigDecimal v = new java.math.BigDecimal(arg.trim());
      if (v.signum() < 0 || v.compareTo(java.math.BigDecimal.valueOf(max)) > 0) throw new ArithmeticException();
      seed = v.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      fail(64);
      messages.error("Usage: :seed N, with N a whole number from 0 to " + max + ", not '" + arg + "'.");
      return;
    }
    session.setSeed(seed);
    transcript.seed(seed);
    out.println("Seed " + seed + ".");
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
