package org.nnl.lang;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.io.FileAccess;
import org.nnl.core.io.TextFiles;
import org.nnl.core.SeedStream;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.Span;
import org.nnl.lang.check.Checker;
import org.nnl.lang.check.ImportCache;
import org.nnl.lang.check.Resolution;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;
import org.nnl.lang.diag.SourceDiagnostics;
import org.nnl.lang.eval.Interpreter;
import org.nnl.lang.eval.builtin.RuntimeServices;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Kinds;
import org.nnl.lang.library.Services;
import org.nnl.lang.syntax.Syntax;

/**
 * One NNL session: its bindings, seed, digits and output. The facade shared by the command
 * line, the REPL and embedding. Every entry is parsed, then checked (collecting every
 * diagnostic and running nothing if there is one), then run. Calls are synchronized: a session
 * is used by one thread at a time; separate sessions are independent.
 *
 * <p>Errors: {@link NnlException} of kind COMPILE (nothing ran), RUNTIME (at the span of the
 * failing call) or INTERNAL (a bug in NNL). A {@link CancellationException} (the running thread
 * was interrupted, e.g. Ctrl-C in the REPL) propagates unwrapped, and the bindings are restored
 * to their state before the entry.
 */
public final class Session {
  /** The language's own built-ins, printing, save and plot (stateless, shared by every session). */
  private static final Services STANDARD = new RuntimeServices();

  private final Services services;
  private final Interpreter interp;
  /** Imported files, read and parsed once, re-read when they change (checks, runs and the REPL's redraws share them). */
  private final ImportCache imports = new ImportCache();

  public Session() {
    this(System.out);
  }

  public Session(PrintStream out) {
    this(STANDARD, out, System.err);
  }

  /** A session over other built-in services (tests, embedding with a custom catalog). */
  public Session(Services services, PrintStream out, PrintStream err) {
    this.services = services;
    this.interp = new Interpreter(services, out, err);
  }

  public synchronized PrintStream out() {
    return interp.out();
  }

  public synchronized void setOut(PrintStream out) {
    interp.setOut(out);
  }

  /** Where warnings go (default System.err). */
  public synchronized PrintStream err() {
    return interp.err();
  }

  public synchronized void setErr(PrintStream err) {
    interp.setErr(err);
  }

  /**
   * Shows charts inline through {@code display} (a notebook), or not (null, the default): with a
   * display, {@code plot} without {@code to:} is allowed and draws there; with {@code to:} it also
   * writes the file.
   */
  public synchronized void setDisplay(org.nnl.lang.eval.Display display) {
    interp.setDisplay(display);
  }

  /** Parses, checks and runs {@code source}; returns the value of a trailing bare expression, or null. */
  public synchronized Object eval(String source, String sourceName) throws NnlException {
    return eval(source, sourceName, 1);
  }

  /**
   * Like {@link #eval(String, String)} for a piece of a larger input whose first line is line
   * {@code firstLine} of it (a REPL entry): diagnostics name lines of the whole input.
   */
  public synchronized Object eval(String source, String sourceName, int firstLine) throws NnlException {
    return run(compileChecked(source, sourceName, null, null, false, firstLine), null);
  }

  /** Runs a script file; imports and file names resolve against its directory. */
  public synchronized Object evalFile(Path file) throws NnlException {
    String text = read(file);
    Path dir = file.toAbsolutePath().getParent();
    return run(compileChecked(text, file.toString(), file, dir, false), dir);
  }

  /** Every diagnostic of the script {@code file} (its text, syntax and checks), running nothing. */
  public synchronized List<Diagnostic> checkFile(Path file) {
    String text;
    try {
      text = read(file);
    } catch (NnlException e) {
      return e.diagnostics();
    }
    return check(text, file.toString(), file);
  }

  /**
   * How file names in this session's scripts resolve: {@link FileAccess#open()} (the default, as
   * on the command line), {@link FileAccess#confinedTo} a base folder (which is then also the
   * folder of entries without a file, like the REPL's working folder), or {@link FileAccess#none()}.
   * A refused path is a diagnostic at the file name.
   */
  public synchronized void setFileAccess(FileAccess files) {
    interp.setFileAccess(java.util.Objects.requireNonNull(files));
  }

  public synchronized FileAccess fileAccess() {
    return interp.fileAccess();
  }

  /** {@code name} resolved by the file rule as an entry without a file names it (the REPL's :load). */
  public synchronized Path resolvePath(String name) {
    return interp.fileAccess().resolve(null, name);
  }

  /** Every diagnostic of {@code source} (syntax and checks), running nothing. */
  public synchronized List<Diagnostic> check(String source, String sourceName) {
    return check(source, sourceName, null);
  }

  /** Like {@link #check(String, String)} for a file (imports resolve against its directory). */
  public synchronized List<Diagnostic> check(String source, String sourceName, Path file) {
    Syntax.Result r = Syntax.parse(source, sourceName);
    if (!r.ok()) return r.diagnostics();
    Path dir = file == null ? null : file.toAbsolutePath().getParent();
    return checker(false).check(r.program(), file, dir);
  }

  /**
   * The diagnostics of an entry as it is typed (the REPL's highlighter, on every redraw): none
   * while it is incomplete, else its syntax errors or, when it parses, the checker's. Parses
   * once; imported files come from the session's cache (read only when they changed).
   */
  public synchronized List<Diagnostic> checkEntry(String source, String sourceName) {
    Syntax.Result r = Syntax.parse(source, sourceName);
    if (r.incomplete()) return List.of();
    if (!r.ok()) return r.diagnostics();
    return checker(false).check(r.program(), null, null);
  }

  /**
   * Parses and checks once; the result runs many times. Names unknown now are free: each run
   * requires them to be bound (in the session or in the run's bindings). Imported files are read
   * now, with the check: every run runs them as they were checked.
   */
  public synchronized CompiledScript compile(String source, String sourceName) throws NnlException {
    Syntax.Result r = Syntax.parse(source, sourceName);
    if (!r.ok()) throw new NnlException(NnlException.Kind.COMPILE, r.diagnostics(), null);
    Checker checker = checker(true);
    List<Diagnostic> diags = checker.check(r.program(), null, null);
    if (!diags.isEmpty()) throw new NnlException(NnlException.Kind.COMPILE, diags, null);
    Checked checked = new Checked(r.program(), checker.resolution());
    Map<String, Span> free = Map.copyOf(checker.freeNames());
    return (session, bindings) -> session.runCompiled(checked, free, bindings);
  }

  private synchronized Object runCompiled(Checked checked, Map<String, Span> free, Map<String, Object> bindings) {
    Program program = checked.program();
    if (bindings != null) bindings.forEach(this::set);
    List<Diagnostic> missing = new java.util.ArrayList<>();
    free.forEach((name, span) -> {
      if (!interp.globals().containsKey(name)) {
        missing.add(new Diagnostic(program.sourceName(), span.line(), span.col(), span.length(),
            Diagnostic.Severity.ERROR, "Unknown name '" + name + "'.", program.line(span.line())));
      }
    });
    if (!missing.isEmpty()) throw new NnlException(NnlException.Kind.COMPILE, missing, null);
    return run(checked, null);
  }

  /** Whether {@code source} is a complete entry: false when it ends inside brackets, braces or after an operator. */
  public synchronized boolean isComplete(String source) {
    return !Syntax.parse(source, "<input>").incomplete();
  }

  public synchronized Object get(String name) {
    return interp.globals().get(name);
  }

  /**
   * Binds {@code name} to a value: Double, String, Boolean, List, Map or a core object; other
   * numbers become Double, double[]/int[] lists, and a DoubleUnaryOperator an activation.
   */
  public synchronized void set(String name, Object value) {
    interp.globals().put(JavaValues.checkName(name), JavaValues.fromJava(name, value));
  }

  /** Forgets the binding of {@code name}, if any. */
  public synchronized void remove(String name) {
    interp.globals().remove(name);
  }

  public synchronized Set<String> names() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(interp.globals().keySet()));
  }

  public synchronized Map<String, Object> bindings() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(interp.globals()));
  }

  /** {@code value} as print and the REPL show it. */
  public synchronized String format(Object value) {
    return interp.format(value);
  }

  public synchronized void setSeed(long seed) {
    if (seed < 0 || seed > SeedStream.MAX_SEED) {
      throw new IllegalArgumentException("seed must be from 0 to " + SeedStream.MAX_SEED + ", not " + seed);
    }
    interp.setSeed(seed);
  }

  public synchronized long seed() {
    return interp.seed();
  }

  public synchronized void setDigits(int digits) {
    interp.setDigits(digits);
  }

  public synchronized int digits() {
    return interp.digits();
  }

  /**
   * Sends every sweep's cells to {@code runner} (e.g. Spark executors); null: cells run in this
   * session (the default). Results, output and errors are the same either way.
   */
  public synchronized void setSweepRunner(org.nnl.lang.eval.SweepRunner runner) {
    interp.setSweepRunner(runner);
  }

  public synchronized org.nnl.lang.eval.SweepRunner sweepRunner() {
    return interp.sweepRunner();
  }

  /** Runs cells of a sweep that travelled here from another session (the executor side of a sweep runner). */
  public synchronized List<org.nnl.lang.eval.CellResult> runSweepCells(org.nnl.lang.eval.SweepJob job,
      List<org.nnl.lang.eval.SweepJob.Cell> cells, String where) {
    return interp.runCells(job, cells, where);
  }

  /** Forgets every binding and restores seed 1 and digits 6. */
  public synchronized void reset() {
    interp.globals().clear();
    interp.setSeed(1);
    interp.setDigits(6);
  }

  /** This session's built-in functions: name to its overloads, sorted by name. */
  public Map<String, List<Builtin>> builtins() {
    Map<String, List<Builtin>> out = new TreeMap<>();
    for (String n : services.functionNames()) out.put(n, services.lookup(n));
    return out;
  }

  /** A script parsed and checked once, run many times. */
  public interface CompiledScript {
    Object run(Session session, Map<String, Object> bindings) throws NnlException;
  }

  private Checker checker(boolean allowFree) {
    return new Checker(services, kinds(), allowFree).inlinePlots(interp.display() != null)
        .files(interp.fileAccess()).imports(imports);
  }

  /** The kinds of the bindings: a view computed on lookup, so checking an entry costs no copy of the session. */
  private Map<String, Kind> kinds() {
    Map<String, Object> g = interp.globals();
    return new java.util.AbstractMap<>() {
      @Override
      public Kind get(Object name) {
        return g.containsKey(name) ? Kinds.of(g.get(name)) : null;
      }

      @Override
      public boolean containsKey(Object name) {
        return g.containsKey(name);
      }

      @Override
      public Set<Map.Entry<String, Kind>> entrySet() {
        return new java.util.AbstractSet<>() {
          @Override
          public java.util.Iterator<Map.Entry<String, Kind>> iterator() {
            var it = g.entrySet().iterator();
            return new java.util.Iterator<>() {
              public boolean hasNext() {
                return it.hasNext();
              }

              public Map.Entry<String, Kind> next() {
                var e = it.next();
                return Map.entry(e.getKey(), Kinds.of(e.getValue()));
              }
            };
          }

          @Override
          public int size() {
            return g.size();
          }
        };
      }
    };
  }

  /** The names the last entry bound to new values, in the order it bound them (the REPL echoes these). */
  public synchronized List<String> lastChanged() {
    return interp.globals().changed();
  }

  /** A program and what its check decided (the interpreter runs it by that). */
  private record Checked(Program program, Resolution resolution) {}

  private Checked compileChecked(String text, String name, Path file, Path dir, boolean allowFree) {
    return compileChecked(text, name, file, dir, allowFree, 1);
  }

  private Checked compileChecked(String text, String name, Path file, Path dir, boolean allowFree, int firstLine) {
    Syntax.Result r = Syntax.parse(text, name, firstLine);
    if (!r.ok()) throw new NnlException(NnlException.Kind.COMPILE, r.diagnostics(), null);
    Checker checker = checker(allowFree);
    List<Diagnostic> diags = checker.check(r.program(), file, dir);
    if (!diags.isEmpty()) throw new NnlException(NnlException.Kind.COMPILE, diags, null);
    return new Checked(r.program(), checker.resolution());
  }

  private Object run(Checked checked, Path dir) {
    SeedStream streamBefore = interp.stream().copy();
    int digitsBefore = interp.digits();
    Progress previous = System.console() != null ? Progress.install(services.terminalProgress(interp.err())) : null;
    interp.globals().begin();
    try {
      return interp.run(checked.program(), dir, checked.resolution());
    } catch (CancellationException e) {
      Thread.interrupted();
      interp.globals().rollback();
      interp.setStream(streamBefore);
      interp.setDigits(digitsBefore);
      throw e;
    } finally {
      interp.globals().end();
      if (previous != null) Progress.install(previous);
    }
  }

  /** The text of a script file: UTF-8 (a BOM dropped), a regular file of bounded size; else a diagnostic. */
  private static String read(Path file) {
    try {
      return TextFiles.read(file, file.toString(), TextFiles.MAX_SCRIPT_BYTES);
    } catch (TextFiles.BadText e) {
      throw new NnlException(NnlException.Kind.COMPILE, List.of(SourceDiagnostics.badText(file.toString(), e)), e);
    } catch (InvalidRequestException e) {
      Diagnostic d = new Diagnostic(file.toString(), 1, 1, 0, Diagnostic.Severity.ERROR, e.getMessage(), "");
      throw new NnlException(NnlException.Kind.RUNTIME, List.of(d), e);
    }
  }

}
