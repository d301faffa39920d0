package org.nnl.lang.eval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.SeedStream;
import org.nnl.core.Table;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;
import org.nnl.lang.syntax.Syntax;
import org.nnl.lang.library.Kinds;

/**
 * Sweeps: every combination of the variables (the first varies slowest) is a cell. The sweep
 * takes one seed t of the running stream first; cell k (0-based) evaluates its fields with the
 * stream {@code SeedStream.cell(t, k)}, so a cell's values depend only on (t, k). The cells run here, or, when the session has
 * a {@link SweepRunner}, travel as a {@link SweepJob} and run elsewhere; the table, the output
 * and the errors are the same either way: a failing cell's message ends with the cell's
 * variables, and the error is raised at the same place with the same text.
 */
final class Cells {
  private final Interpreter interp;
  private final Evaluator evaluator;

  Cells(Interpreter interp, Evaluator evaluator) {
    this.interp = interp;
    this.evaluator = evaluator;
  }

  Table sweep(Expr.Sweep s, Env env) {
    List<String> columns = new ArrayList<>();
    for (Expr.SweepVar v : s.vars()) columns.add(v.name());
    for (Expr.FieldInit f : s.fields()) columns.add(f.name());
    Table table = new Table(columns);
    long seed = interp.nextSeed();
    SeedStream domainState = interp.stream().copy();
    List<int[]> combos = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    // Domains up to the first that mentions an earlier variable are evaluated once, up front; the rest per prefix.
    List<List<Object>> fixed = new ArrayList<>();
    java.util.Set<String> earlier = new java.util.HashSet<>();
    Env header = new Env(env);
    for (Expr.SweepVar v : s.vars()) {
      if (Mentions.any(v.values(), earlier)) break;
      earlier.add(v.name());
      fixed.add(Evaluator.list(evaluator.eval(v.values(), header), v.values().span()));
    }
    Evaluator.requireCells(s, fixed, columns.size());
    combos(s, 0, new Env(env), fixed, new int[s.vars().size()], new ArrayList<>(), combos, values);
    Progress p = Progress.current();
    SweepRunner runner = interp.sweepRunner();
    if (runner != null) {
      List<CellResult> results = runner.run(job(s, env, combos, values, seed, domainState));
      for (CellResult r : results) {
        interp.out().print(r.out());
        interp.err().print(r.err());
        if (r.failure() != null) raise(r.failure(), s, values.get(r.index()));
        List<Object> row = new ArrayList<>(values.get(r.index()));
        for (Object w : r.values()) row.add(Wire.decode(w));
        table.addRow(row);
      }
      return table;
    }
    p.start("sweep", combos.size());
    try {
      for (int k = 0; k < combos.size(); k++) {
        Progress.checkInterrupted();
        Env inner = new Env(env);
        for (int j = 0; j < s.vars().size(); j++) inner.define(s.vars().get(j).name(), values.get(k).get(j));
        List<Object> row = new ArrayList<>(values.get(k));
        try {
          row.addAll(fields(s, inner, seed, k));
        } catch (EvalError e) {
          throw new EvalError(e.span(), e.getMessage() + note(s, values.get(k)));
        } catch (InvalidRequestException e) {
          throw new InvalidRequestException(e.getMessage() + note(s, values.get(k)));
        }
        table.addRow(row);
        p.advance(k + 1);
      }
    } finally {
      p.finish();
    }
    return table;
  }

  /** Enumerates the cells in sweep order: the index of each variable's value in its domain, and the values. */
  private void combos(Expr.Sweep s, int j, Env env, List<List<Object>> fixed, int[] idx, List<Object> prefix,
                      List<int[]> out, List<List<Object>> values) {
    if (j == s.vars().size()) {
      out.add(idx.clone());
      values.add(List.copyOf(prefix));
      return;
    }
    Expr.SweepVar v = s.vars().get(j);
    List<Object> domain = j < fixed.size() ? fixed.get(j) : Evaluator.list(evaluator.eval(v.values(), env), v.values().span());
    for (int i = 0; i < domain.size(); i++) {
      Env inner = new Env(env);
      inner.define(v.name(), domain.get(i));
      idx[j] = i;
      prefix.add(domain.get(i));
      combos(s, j + 1, inner, fixed, idx, prefix, out, values);
      prefix.remove(prefix.size() - 1);
    }
  }

  /** The fields of cell k, with the cell's seed stream; the session's stream is left as it was. */
  private List<Object> fields(Expr.Sweep s, Env inner, long seed, int k) {
    SeedStream outer = interp.stream();
    interp.setStream(SeedStream.cell(seed, k));
    try {
      List<Object> out = new ArrayList<>();
      for (Expr.FieldInit f : s.fields()) out.add(evaluator.eval(f.value(), inner));
      return out;
    } finally {
      interp.setStream(outer);
    }
  }

  /** What a failing cell's message ends with: {@code  Sweep cell: n = 3, w = 512.} */
  private String note(Expr.Sweep s, List<Object> values) {
    StringBuilder sb = new StringBuilder(" Sweep cell: ");
    for (int j = 0; j < values.size(); j++) {
      if (j > 0) sb.append(", ");
      Object v = values.get(j);
      sb.append(s.vars().get(j).name()).append(" = ").append(v instanceof String str ? str : interp.format(v));
    }
    return sb.append('.').toString();
  }

  // ---- the driver side of travelling cells

  private SweepJob job(Expr.Sweep s, Env env, List<int[]> combos, List<List<Object>> values, long seed,
                       SeedStream domainState) {
    Map<Program, SweepJob.Source> sources = new IdentityHashMap<>();
    Map<Origin, SweepJob.Recipe> recipes = new IdentityHashMap<>();
    Map<String, Object> context = new LinkedHashMap<>();
    Map<String, Span> free = FreeNames.ofSweep(s);
    for (Map.Entry<String, Span> e : free.entrySet()) {
      String n = e.getKey();
      if (!env.has(n) || context.containsKey(n)) continue;
      Object v = env.get(n);
      if (Wire.plain(v)) {
        context.put(n, Wire.encode(v));
      } else {
        Origin o = env.origin(n);
        if (o == null) throw unmovable(e.getValue(), n, n, v);
        context.put(n, recipe(o, sources, recipes, e.getValue(), n));
      }
    }
    List<SweepJob.Cell> cells = new ArrayList<>();
    for (int k = 0; k < combos.size(); k++) {
      List<Long> idx = new ArrayList<>();
      List<Object> vs = new ArrayList<>();
      for (int j = 0; j < combos.get(k).length; j++) {
        idx.add((long) combos.get(k)[j]);
        Object v = values.get(k).get(j);
        vs.add(Wire.plain(v) ? Wire.encode(v) : null);
      }
      cells.add(new SweepJob.Cell(k, vs, idx));
    }
    List<String> vars = new ArrayList<>();
    for (Expr.SweepVar v : s.vars()) vars.add(v.name());
    Span sp = s.span();
    return new SweepJob(source(interp.currentProgram(), interp.currentDir(), sources), sp.line(), sp.col(),
        sp.length(), vars, context, seed, domainState.origin(), domainState.taken(), cells);
  }

  private SweepJob.Recipe recipe(Origin o, Map<Program, SweepJob.Source> sources,
                                 Map<Origin, SweepJob.Recipe> memo, Span at, String name) {
    SweepJob.Recipe done = memo.get(o);
    if (done != null) return done;
    Map<String, Object> deps = new LinkedHashMap<>();
    for (Map.Entry<String, Object> d : o.deps().entrySet()) {
      Object v = d.getValue();
      if (v == Origin.UNMOVABLE) throw unmovable(at, name, d.getKey(), null);
      deps.put(d.getKey(), v instanceof Origin od ? recipe(od, sources, memo, at, name) : Wire.encode(v));
    }
    Span sp = o.stmt().span();
    SweepJob.Recipe r = new SweepJob.Recipe(source(o.program(), o.dir(), sources), sp.line(), sp.col(), o.name(),
        o.stream().origin(), o.stream().taken(), deps);
    memo.put(o, r);
    return r;
  }

  private static SweepJob.Source source(Program p, Path dir, Map<Program, SweepJob.Source> memo) {
    return memo.computeIfAbsent(p, q -> new SweepJob.Source(q.sourceName(), q.text(), dir == null ? "" : dir.toString(),
        q.firstLine()));
  }

  private static EvalError unmovable(Span at, String name, String culprit, Object v) {
    String what = culprit.equals(name) ? "'" + name + "'" : "'" + name + "' (through '" + culprit + "')";
    return new EvalError(at, "The sweep's cells cannot travel to other machines: " + what
        + " is a value set from the host program, not made by a statement of the script. Bind it with a statement,"
        + " or run without Spark.");
  }

  /** Raises a travelled cell's failure as the local run raises it. */
  private void raise(CellResult.Failure f, Expr.Sweep s, List<Object> values) {
    switch (f.kind()) {
      case "EVAL" -> throw new EvalError(new Span(f.line(), f.col(), f.length()), f.message() + note(s, values));
      case "REQUEST" -> throw new InvalidRequestException(f.message() + note(s, values));
      case "MEMORY" -> throw new OutOfMemoryError(f.message());
      case "DIAGNOSTIC" -> throw new NnlException(NnlException.Kind.RUNTIME, List.of(new Diagnostic(f.source(),
          f.line(), f.col(), f.length(), Diagnostic.Severity.ERROR, f.message(), f.sourceLine())), null);
      default -> throw new RemoteBug(f.message());
    }
  }

  /** A bug met by a cell elsewhere; prints as the original exception did. */
  static final class RemoteBug extends RuntimeException {
    RemoteBug(String original) {
      super(original, null, false, false);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  // ---- the executor side

  /** Runs {@code cells} of {@code job} in this interpreter (a fresh session on an executor). */
  List<CellResult> run(SweepJob job, List<SweepJob.Cell> cells, String where) {
    Map<String, Program> parsed = new HashMap<>();
    Program program = parse(job.source(), parsed);
    Expr.Sweep s = Nodes.sweep(program, job.line(), job.col(), job.length());
    if (s == null) throw new IllegalStateException("no sweep at " + job.line() + ":" + job.col() + " of " + job.source().name());
    List<CellResult> out = new ArrayList<>();
    Env context = null;
    CellResult.Failure contextFailure = null;
    try {
      context = context(job, parsed);
    } catch (Remade e) {
      contextFailure = e.failure;
    }
    for (SweepJob.Cell c : cells) {
      Progress.checkInterrupted();
      if (contextFailure != null) {
        out.add(new CellResult(c.index(), List.of(), "", "", contextFailure, where));
        continue;
      }
      out.add(cell(job, program, s, context, c, where));
    }
    return out;
  }

  private CellResult cell(SweepJob job, Program program, Expr.Sweep s, Env context, SweepJob.Cell c, String where) {
    PrintStream oldOut = interp.out();
    PrintStream oldErr = interp.err();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    interp.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    interp.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    interp.pushSource(program, Path.of(job.source().dir()));
    SeedStream saved = interp.stream();
    List<Object> values = new ArrayList<>();
    CellResult.Failure failure = null;
    try {
      // variables that are not plain: their domain evaluated here, from where the driver evaluated it
      interp.setStream(SeedStream.at(job.streamOrigin(), job.streamTaken()));
      Env inner = new Env(context);
      for (int j = 0; j < s.vars().size(); j++) {
        Expr.SweepVar v = s.vars().get(j);
        Object x = c.values().get(j);
        if (x == null) {
          List<Object> domain = Evaluator.list(evaluator.eval(v.values(), inner), v.values().span());
          x = domain.get((int) (long) c.indices().get(j));
        } else {
          x = Wire.decode(x);
        }
        inner = new Env(inner);
        inner.define(v.name(), x);
      }
      List<Object> fs = fields(s, inner, job.seed(), c.index());
      for (int i = 0; i < fs.size(); i++) {
        Object v = fs.get(i);
        if (!Wire.plain(v)) {
          Expr.FieldInit f = s.fields().get(i);
          throw new EvalError(f.value().span(), "The field '" + f.name() + "' is " + Kinds.describe(v)
              + ", which cannot come back from another machine; there a sweep's fields must be numbers, strings,"
              + " booleans, estimates, lists, records or tables.");
        }
        values.add(Wire.encode(v));
      }
    } catch (EvalError e) {
      failure = new CellResult.Failure("EVAL", e.getMessage(), null, e.span().line(), e.span().col(), e.span().length(), null);
    } catch (InvalidRequestException e) {
      failure = new CellResult.Failure("REQUEST", e.getMessage(), null, 0, 0, 0, null);
    } catch (NnlException e) {
      failure = failure(e.diagnostics().get(0));
    } catch (OutOfMemoryError e) {
      failure = new CellResult.Failure("MEMORY", String.valueOf(e.getMessage()), null, 0, 0, 0, null);
    } catch (RuntimeException | StackOverflowError e) {
      failure = new CellResult.Failure("INTERNAL", e.toString(), null, 0, 0, 0, null);
    } finally {
      interp.setStream(saved);
      interp.popSource();
      interp.out().flush();
      interp.err().flush();
      interp.setOut(oldOut);
      interp.setErr(oldErr);
    }
    return new CellResult(c.index(), values, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        failure, where);
  }

  private static CellResult.Failure failure(Diagnostic d) {
    return new CellResult.Failure("DIAGNOSTIC", d.message(), d.source(), d.line(), d.col(), d.length(), d.sourceLine());
  }

  private static Program parse(SweepJob.Source src, Map<String, Program> parsed) {
    return parsed.computeIfAbsent(src.firstLine() + "\u0000" + src.name() + "\u0000" + src.text(), key -> {
      Syntax.Result r = Syntax.parse(src.text(), src.name(), src.firstLine());
      if (!r.ok()) throw new IllegalStateException("a travelling source does not parse: " + src.name());
      return r.program();
    });
  }

  /** The bindings the sweep reads: plain values as they came, declared objects remade from their recipes. */
  private Env context(SweepJob job, Map<String, Program> parsed) {
    Env root = new Env(interp.globals(), new HashMap<>());
    Env context = new Env(root);
    Map<SweepJob.Recipe, Object> made = new IdentityHashMap<>();
    for (Map.Entry<String, Object> e : job.context().entrySet()) {
      context.define(e.getKey(), materialize(e.getValue(), root, parsed, made));
    }
    return context;
  }

  private Object materialize(Object w, Env root, Map<String, Program> parsed, Map<SweepJob.Recipe, Object> made) {
    if (!(w instanceof SweepJob.Recipe r)) return Wire.decode(w);
    if (made.containsKey(r)) return made.get(r);
    Env env = new Env(root);
    for (Map.Entry<String, Object> d : r.deps().entrySet()) env.define(d.getKey(), materialize(d.getValue(), root, parsed, made));
    Program p = parse(r.source(), parsed);
    Stmt st = Nodes.statement(p.statements(), r.line(), r.col());
    if (st == null) throw new IllegalStateException("no statement at " + r.line() + ":" + r.col() + " of " + r.source().name());
    SeedStream saved = interp.stream();
    interp.setStream(SeedStream.at(r.streamOrigin(), r.streamTaken()));
    interp.pushSource(p, Path.of(r.source().dir()));
    try {
      interp.exec(st, env);
    } catch (EvalError e) {
      throw new Remade(failure(new Diagnostic(p.sourceName(), e.span().line(), e.span().col(), e.span().length(),
          Diagnostic.Severity.ERROR, e.getMessage(), p.line(e.span().line()))));
    } catch (InvalidRequestException e) {
      throw new Remade(failure(new Diagnostic(p.sourceName(), st.span().line(), st.span().col(), st.span().length(),
          Diagnostic.Severity.ERROR, e.getMessage(), p.line(st.span().line()))));
    } finally {
      interp.popSource();
      interp.setStream(saved);
    }
    Object v = env.get(r.name());
    made.put(r, v);
    return v;
  }

  /** A declared object could not be remade here (e.g. a file it reads is missing on this machine). */
  private static final class Remade extends RuntimeException {
    final CellResult.Failure failure;

    Remade(CellResult.Failure failure) {
      super(failure.message(), null, false, false);
      this.failure = failure;
    }
  }
}
