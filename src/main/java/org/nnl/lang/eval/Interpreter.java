package org.nnl.lang.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.SeedStream;
import org.nnl.core.Table;
import org.nnl.core.act.Activations;
import org.nnl.core.io.FileAccess;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.check.Resolution;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;
import org.nnl.lang.library.CallContext;
import org.nnl.lang.library.Services;

/**
 * Runs checked programs over a session's state: global bindings, seed, digits, output.
 * Declarations are lowered onto core objects once, when they run; a user activation's formula is
 * compiled to a function once. A user error becomes a RUNTIME {@link NnlException} at the span of
 * the expression or call that failed.
 */
public final class Interpreter {
  private final Bindings globals = new Bindings();
  private final Map<String, Origin> globalOrigins = new java.util.HashMap<>();
  private SweepRunner sweepRunner;
  private final Services services;
  private final Evaluator evaluator = new Evaluator(this);
  private final Deque<Program> programs = new ArrayDeque<>();
  private final Deque<Path> dirs = new ArrayDeque<>();
  private final Deque<Span> calls = new ArrayDeque<>();
  private SeedStream stream = new SeedStream(1);
  private int digits = 6;
  private FileAccess files = FileAccess.open();
  /** What the check of the running program decided (imports' programs; calls). */
  private Resolution resolution = Resolution.NONE;
  /** Calls resolved at run time rather than by the check (see {@link #runtimeResolutions()}). */
  private long resolvedAtRun;

  /**
   * Operations per grid point of the kink search (Kinks: 25601 points) a formula may cost: the
   * search then takes at most about 1.3e9 operations, a second or two.
   */
  static final long MAX_KINK_WORK = 50_000;

  /** The message when printing fails. */
  public static final String OUTPUT_LOST =
      "Cannot write the output (standard output is closed or full, or its reader has stopped reading); stopping.";
  private PrintStream out;
  private PrintStream err;
  private Display display;

  public Interpreter(Services services, PrintStream out, PrintStream err) {
    this.services = services;
    this.out = out;
    this.err = err;
  }

  public Bindings globals() {
    return globals;
  }

  public Services services() {
    return services;
  }

  /** The session seed: where the running seed stream started. */
  public long seed() {
    return stream.origin();
  }

  /** Restarts the seed stream from {@code seed} ({@code seed N}). */
  public void setSeed(long seed) {
    this.stream = new SeedStream(seed);
  }

  /** The running seed stream (the session's, or a sweep cell's while the cell runs). */
  public SeedStream stream() {
    return stream;
  }

  /** Replaces the running seed stream (a sweep cell's; restoring after cancelled work). */
  public void setStream(SeedStream stream) {
    this.stream = java.util.Objects.requireNonNull(stream);
  }

  /** Takes the next seed of the running stream: the seed of a call without {@code seed:}. */
  public long nextSeed() {
    return stream.next();
  }

  /** Where sweeps send their cells; null: they run here. */
  public SweepRunner sweepRunner() {
    return sweepRunner;
  }

  public void setSweepRunner(SweepRunner runner) {
    this.sweepRunner = runner;
  }

  /** Runs the given cells of a travelling sweep here (the executor side of a {@link SweepRunner}); {@code where} names this place. */
  public List<CellResult> runCells(SweepJob job, List<SweepJob.Cell> cells, String where) {
    return new Cells(this, evaluator).run(job, cells, where);
  }

  public int digits() {
    return digits;
  }

  public void setDigits(int digits) {
    if (digits < 1 || digits > 17) throw new IllegalArgumentException("digits must be 1..17, not " + digits);
    this.digits = digits;
  }

  public PrintStream out() {
    return out;
  }

  public void setOut(PrintStream out) {
    this.out = out;
  }

  public PrintStream err() {
    return err;
  }

  public void setErr(PrintStream err) {
    this.err = err;
  }

  /** Where charts are shown inline, or null (then {@code plot} needs {@code to:}). */
  public Display display() {
    return display;
  }

  public void setDisplay(Display display) {
    this.display = display;
  }

  public String format(Object v) {
    return services.format(v, digits);
  }

  /**
   * Runs {@code p}, checked with the result {@code checked}; {@code dir} resolves file names.
   * Returns a trailing bare expression's value.
   */
  public Object run(Program p, Path dir, Resolution checked) {
    Resolution before = resolution;
    resolution = java.util.Objects.requireNonNull(checked);
    try {
      return run(p, dir);
    } finally {
      resolution = before;
    }
  }

  /** What the check of the running program decided. */
  Resolution resolution() {
    return resolution;
  }

  /**
   * How many calls this interpreter has resolved while running (matched arguments to a built-in's
   * parameters, or chose between a built-in and a value) because the check had not resolved them
   * or the run contradicted what the check relied on. Calls of checked programs count nothing
   * unless a loop rebinds a name the check saw with another kind, or overloads are called with
   * arguments of kinds the check does not know exactly.
   */
  public long runtimeResolutions() {
    return resolvedAtRun;
  }

  void countResolution() {
    resolvedAtRun++;
  }

  private Object run(Program p, Path dir) {
    programs.push(p);
    dirs.push(dir == null ? Path.of("") : dir);
    try {
      Object last = null;
      Env env = new Env(globals, globalOrigins);
      for (Stmt s : p.statements()) {
        last = null;
        try {
          last = exec(s, env);
        } catch (EvalError e) {
          throw runtimeError(p, e.span(), e.getMessage(), e);
        } catch (InvalidRequestException e) {
          throw runtimeError(p, s.span(), e.getMessage(), e);
        } catch (NnlException | java.util.concurrent.CancellationException e) {
          throw e;
        } catch (OutOfMemoryError e) {
          throw runtimeError(p, s.span(), "Out of memory: use smaller sizes, or give Java more memory"
              + " (NNL_JAVA_OPTS=-Xmx8g).", e);
        } catch (RuntimeException | StackOverflowError e) {
          Diagnostic d = new Diagnostic(p.sourceName(), s.span().line(), s.span().col(), s.span().length(),
              Diagnostic.Severity.ERROR, "Internal error (a bug in NNL): " + e, p.line(s.span().line()));
          throw new NnlException(NnlException.Kind.INTERNAL, List.of(d), e);
        }
      }
      return last;
    } finally {
      programs.pop();
      dirs.pop();
    }
  }

  private static NnlException runtimeError(Program p, Span span, String message, Throwable cause) {
    Diagnostic d = new Diagnostic(p.sourceName(), span.line(), span.col(), span.length(), Diagnostic.Severity.ERROR,
        message, p.line(span.line()));
    return new NnlException(NnlException.Kind.RUNTIME, List.of(d), cause);
  }

  /** Executes one statement; the value of a bare expression, else null. */
  Object exec(Stmt s, Env env) {
    Progress.checkInterrupted();
    if (s instanceof Stmt.ExprStmt e) return evaluator.eval(e.expr(), env);
    if (s instanceof Stmt.Declaration d) {
      SeedStream state = stream.copy();
      Object v = evaluator.eval(d.value(), env);
      env.bind(d.name(), v, origin(s, d.name(), v, env, state));
    } else if (s instanceof Stmt.BindActivation b) {
      try {
        Object v = Activations.builtin(b.name());
        env.bind(b.name(), v, origin(s, b.name(), v, env, stream.copy()));
      } catch (InvalidRequestException e) {
        throw new EvalError(b.nameSpan(), e.getMessage());
      }
    } else if (s instanceof Stmt.UserActivation u) {
      Formula f = new Formula(u.param(), env, this);
      var fn = f.compile(u.body());
      if (f.kinkWork > MAX_KINK_WORK) {
        throw new EvalError(u.body().span(), "This formula is too large to search for its kinks: its max, min, abs, clip"
            + " and applied activations evaluate " + f.kinkWork + " operations per point, at most " + MAX_KINK_WORK
            + " are allowed; nest fewer of them, or name parts as activations.");
      }
      try {
        Object v = Activations.user(u.name(), fn, Kinks.find(f.kinkFunctions));
        env.bind(u.name(), v, origin(s, u.name(), v, env, stream.copy()));
      } catch (InvalidRequestException e) {
        throw new EvalError(u.nameSpan(), e.getMessage());
      }
    } else if (s instanceof Stmt.Print p) {
      StringBuilder sb = new StringBuilder();
      for (var e : p.values()) {
        if (sb.length() > 0) sb.append("  ");
        Object v = evaluator.eval(e, env);
        sb.append(v instanceof String str ? str : format(v));
      }
      out.println(sb);
      // PrintStream hides write failures; a full disk, a closed stdout or a reader gone (| head -1) stops the run.
      if (out.checkError()) throw new EvalError(p.span(), OUTPUT_LOST);
    } else if (s instanceof Stmt.For f) {
      loop(f, env);
    } else if (s instanceof Stmt.Seed sd) {
      long v = Values.whole(evaluator.eval(sd.value(), env), sd.value().span(), "'seed'");
      if (v < 0 || v > SeedStream.MAX_SEED) {
        throw new EvalError(sd.value().span(), "'seed' needs a whole number from 0 to " + SeedStream.MAX_SEED + ", not " + v + ".");
      }
      setSeed(v);
    } else if (s instanceof Stmt.Digits dg) {
      long v = Values.whole(evaluator.eval(dg.value(), env), dg.value().span(), "'digits'");
      if (v < 1 || v > 17) throw new EvalError(dg.value().span(), "'digits' must be between 1 and 17, not " + v + ".");
      digits = (int) v;
    } else if (s instanceof Stmt.Save sv) {
      Object v = evaluator.eval(sv.value(), env);
      Object file = evaluator.eval(sv.file(), env);
      if (!(file instanceof String name)) throw new EvalError(sv.file().span(), "'save ... to' needs a file name.");
      Path target;
      try {
        target = resolve(name);
      } catch (InvalidRequestException e) {
        throw new EvalError(sv.file().span(), e.getMessage());
      }
      try {
        services.save(v, target);
      } catch (InvalidRequestException e) {
        throw new EvalError(sv.span(), e.getMessage());
      }
    } else if (s instanceof Stmt.Plot pl) {
      new Plotting(this, evaluator).plot(pl, env);
    } else if (s instanceof Stmt.Import im) {
      runImport(im);
    }
    return null;
  }

  /** How {@code value}, just bound to {@code name} by {@code s}, was made (see {@link Origin}). */
  private Origin origin(Stmt s, String name, Object value, Env env, SeedStream state) {
    Map<String, Object> deps = new LinkedHashMap<>();
    for (String n : FreeNames.of(s).keySet()) {
      if (!env.has(n)) continue; // a built-in, known everywhere
      Object v = env.get(n);
      Origin o = env.origin(n);
      deps.put(n, Wire.plain(v) ? v : o != null ? o : Origin.UNMOVABLE);
    }
    return new Origin(value, programs.peek(), dirs.peek(), s, name, state, deps);
  }

  /** The program running now (its source and text) and the folder its file names resolve against. */
  Program currentProgram() {
    return programs.peek();
  }

  Path currentDir() {
    return dirs.peek();
  }

  /** Makes {@code p} (resolving against {@code dir}) the running program until {@link #popSource}. */
  void pushSource(Program p, Path dir) {
    programs.push(p);
    dirs.push(dir == null ? Path.of("") : dir);
  }

  void popSource() {
    programs.pop();
    dirs.pop();
  }

  private void loop(Stmt.For f, Env env) {
    Object over = evaluator.eval(f.values(), env);
    List<Object> items;
    if (over instanceof Table t) {
      items = new ArrayList<>();
      for (int i = 0; i < t.rowCount(); i++) items.add(Values.row(t, i));
    } else {
      items = Evaluator.list(over, f.values().span());
    }
    for (Object item : items) {
      Env inner = new Env(env);
      inner.define(f.var(), item);
      for (Stmt b : f.body()) exec(b, inner);
    }
  }

  /**
   * Runs the program the checker read and checked for {@code im} (nothing is read again); it is
   * named, and its file names resolve, by the path {@code im} names from the running script.
   */
  private void runImport(Stmt.Import im) {
    Path file;
    try {
      file = resolve(im.file());
    } catch (InvalidRequestException e) {
      throw new EvalError(im.fileSpan(), e.getMessage());
    }
    Program checked = resolution.imported(im);
    if (checked == null) throw new IllegalStateException("import of " + im.file() + " was not checked");
    run(new Program(file.toString(), checked.text(), checked.statements(), checked.firstLine()),
        file.toAbsolutePath().getParent());
  }

  /** Whether {@code name} is bound in {@code env} or is a built-in activation (predefined). */
  boolean defined(Env env, String name) {
    return env.has(name) || services.activationNames().contains(name);
  }

  /** The value of {@code name}: a binding, else the built-in activation of that name. */
  Object lookup(Env env, String name) {
    if (env.has(name)) return env.get(name);
    if (services.activationNames().contains(name)) return Activations.builtin(name);
    return null;
  }

  /**
   * A file name resolved by the session's {@link FileAccess} against the folder of the running
   * script (none for the REPL and -e); refused paths are InvalidRequestException.
   */
  public Path resolve(String name) {
    Path dir = dirs.peek();
    return files.resolve(dir == null || dir.toString().isEmpty() ? null : dir, name);
  }

  public FileAccess fileAccess() {
    return files;
  }

  public void setFileAccess(FileAccess files) {
    this.files = files;
  }

  void enterCall(Span span) {
    calls.push(span);
  }

  void leaveCall() {
    calls.pop();
  }

  /** The context given to built-ins: the seed stream, digits, output, file resolution, warnings at the current call. */
  CallContext context() {
    return new CallContext() {
      public long nextSeed() {
        return stream.next();
      }

      public int digits() {
        return digits;
      }

      public PrintStream out() {
        return out;
      }

      public Path resolve(String file) {
        return Interpreter.this.resolve(file);
      }

      public void warn(String message) {
        Span at = calls.isEmpty() ? new Span(0, 0, 0) : calls.peek();
        Program p = programs.peek();
        Diagnostic d = new Diagnostic(p == null ? "nnl" : p.sourceName(), at.line(), at.col(), at.length(),
            Diagnostic.Severity.WARNING, message, p == null ? "" : p.line(at.line()));
        err.println(d.render());
      }
    };
  }
}
