package org.nnl.lang.check;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.io.FileAccess;
import org.nnl.core.io.TextFiles;
import org.nnl.core.text.Suggest;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.SourceDiagnostics;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Kinds;
import org.nnl.lang.library.Library;
import org.nnl.lang.syntax.Syntax;

/**
 * Checks a program before anything runs: every name is defined before use, declarations get
 * values of their kind, calls have known functions, allowed argument names, every required
 * argument and fitting kinds; imports exist and do not form cycles. Every problem becomes a
 * diagnostic; the checker never stops at the first.
 */
public final class Checker {
  private final Library library;
  private final Scope globals;
  private final boolean allowFree;
  private final Map<String, Span> free = new LinkedHashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Deque<Path> importing = new ArrayDeque<>();
  private final Set<Path> imported = new HashSet<>();
  /** The parse of each file imported in this check: a file imported twice is read once. */
  private final Map<Path, Syntax.Result> loaded = new HashMap<>();
  private final Resolution resolution;
  private ImportCache imports = new ImportCache();
  private Program program;
  private Path baseDir;
  private FileAccess files = FileAccess.open();
  private boolean inlinePlots;

  /**
   * @param globals   names already bound in the session and their kinds
   * @param allowFree whether unknown names are free (bound later, as in compile-then-run)
   *                  rather than errors
   */
  public Checker(Library library, Map<String, Kind> globals, boolean allowFree) {
    this.library = library;
    this.resolution = new Resolution(library);
    // The library's activations, then the session's bindings seen through (a long session costs no copy).
    Scope activations = new Scope(null);
    for (String a : library.activationNames()) activations.define(a, Kind.ACTIVATION);
    this.globals = new Scope(activations, globals);
    this.allowFree = allowFree;
  }

  /** Imports resolve and are read through {@code files} (default: open). */
  public Checker files(FileAccess files) {
    this.files = files;
    return this;
  }

  /** Imported files are read through {@code cache} (a session's, kept between checks); returns this checker. */
  public Checker imports(ImportCache cache) {
    this.imports = java.util.Objects.requireNonNull(cache);
    return this;
  }

  /** Whether {@code plot} may leave out {@code to:} (the host shows charts inline); returns this checker. */
  public Checker inlinePlots(boolean allowed) {
    this.inlinePlots = allowed;
    return this;
  }

  boolean inlinePlots() {
    return inlinePlots;
  }

  /** Checks {@code p}; {@code file} is its path (or null), {@code baseDir} resolves imports. */
  public List<Diagnostic> check(Program p, Path file, Path baseDir) {
    if (file != null) importing.push(file.toAbsolutePath().normalize());
    checkProgram(p, baseDir);
    return List.copyOf(diagnostics);
  }

  /** What this check decided, for the interpreter (meaningful when it found no problem). */
  public Resolution resolution() {
    return resolution;
  }

  /** Free names (when allowed) and where each is first used. */
  public Map<String, Span> freeNames() {
    return free;
  }

  private void checkProgram(Program p, Path dir) {
    Program savedProgram = program;
    Path savedDir = baseDir;
    program = p;
    baseDir = dir;
    for (Stmt s : p.statements()) stmt(s, globals);
    program = savedProgram;
    baseDir = savedDir;
  }

  void error(Span span, String message) {
    diagnostics.add(new Diagnostic(program.sourceName(), span.line(), span.col(), span.length(),
        Diagnostic.Severity.ERROR, message, program.line(span.line())));
  }

  private void stmt(Stmt s, Scope scope) {
    if (s instanceof Stmt.BindActivation b) {
      if (!library.activationNames().contains(b.name())) {
        error(b.nameSpan(), "Unknown activation '" + b.name() + "'."
            + hint(b.name(), library.activationNames(), "Known: "));
      }
      scope.bind(b.name(), Kind.ACTIVATION);
    } else if (s instanceof Stmt.UserActivation u) {
      new FormulaChecker(this, scope, u.param()).check(u.body());
      scope.bind(u.name(), Kind.ACTIVATION);
    } else if (s instanceof Stmt.Declaration d) {
      declaration(d, scope);
    } else if (s instanceof Stmt.Print p) {
      p.values().forEach(e -> expr(e, scope));
    } else if (s instanceof Stmt.For f) {
      Kind k = expr(f.values(), scope);
      expect(f.values(), k, "'for' needs a list, a range or a table to go over", Kind.LIST, Kind.TABLE);
      Scope inner = new Scope(scope);
      Kind item = k == Kind.TABLE ? Kind.RECORD
          : f.values() instanceof Expr.Range || f.values() instanceof Expr.Chain ? Kind.NUMBER : Kind.ANY;
      inner.define(f.var(), item);
      for (Stmt b : f.body()) stmt(b, inner);
    } else if (s instanceof Stmt.Seed sd) {
      expect(sd.value(), expr(sd.value(), scope), "'seed' needs a number", Kind.NUMBER);
    } else if (s instanceof Stmt.Digits dg) {
      expect(dg.value(), expr(dg.value(), scope), "'digits' needs a number", Kind.NUMBER);
    } else if (s instanceof Stmt.Save sv) {
      expr(sv.value(), scope);
      expect(sv.file(), expr(sv.file(), scope), "'save ... to' needs a file name", Kind.STRING);
    } else if (s instanceof Stmt.Plot pl) {
      new PlotChecker(this).check(pl, expr(pl.table(), scope), e -> expr(e, scope));
    } else if (s instanceof Stmt.Import im) {
      checkImport(im);
    } else if (s instanceof Stmt.ExprStmt e) {
      expr(e.expr(), scope);
    }
  }

  private void declaration(Stmt.Declaration d, Scope scope) {
    Kind k = expr(d.value(), scope);
    Kind want = switch (d.kind()) {
      case ACTIVATION -> Kind.ACTIVATION;
      case ARCHITECTURE -> Kind.ARCHITECTURE;
      case DISTRIBUTION -> Kind.DISTRIBUTION;
      case LEARNER -> Kind.LEARNER;
      case LET -> Kind.ANY;
    };
    if (k == Kind.NONE) {
      error(d.value().span(), "This expression has no value to bind.");
    } else if (!Kinds.fits(want, k)) {
      error(d.value().span(), "'" + d.kind().keyword + " " + d.name() + "' needs " + Kinds.article(want)
          + ", not " + Kinds.article(k) + ".");
    }
    scope.bind(d.name(), d.kind() == Stmt.DeclKind.LET || k != Kind.ANY ? k : want);
  }

  private void checkImport(Stmt.Import im) {
    Path file;
    try {
      file = files.resolve(baseDir, im.file()).toAbsolutePath().normalize();
    } catch (InvalidRequestException e) {
      error(im.fileSpan(), e.getMessage());
      return;
    }
    if (importing.contains(file)) {
      List<String> cycle = new ArrayList<>();
      for (var it = importing.descendingIterator(); it.hasNext(); ) cycle.add(it.next().getFileName().toString());
      cycle.add(file.getFileName().toString());
      error(im.fileSpan(), "Import cycle: " + String.join(" -> ", cycle) + ".");
      return;
    }
    if (!imported.add(file) && !importing.isEmpty()) {
      Syntax.Result done = loaded.get(file);
      if (done != null && done.ok()) resolution.putImport(im, done.program());
      return;
    }
    Syntax.Result r = loaded.get(file);
    if (r == null) {
      try {
        r = imports.load(file, im.file());
      } catch (TextFiles.BadText e) {
        diagnostics.add(SourceDiagnostics.badText(file.toString(), e));
        return;
      } catch (InvalidRequestException e) {
        error(im.fileSpan(), e.getMessage());
        return;
      }
      loaded.put(file, r);
    }
    if (!r.ok()) {
      diagnostics.addAll(r.diagnostics());
      return;
    }
    resolution.putImport(im, r.program());
    importing.push(file);
    checkProgram(r.program(), file.getParent());
    importing.pop();
  }

  /** Reports when {@code k} is none of {@code wanted}; {@code what} starts the message. */
  void expect(Expr e, Kind k, String what, Kind... wanted) {
    for (Kind w : wanted) if (Kinds.fits(w, k)) return;
    error(e.span(), what + ", not " + Kinds.article(k) + ".");
  }

  static String hint(String name, Set<String> known, String listPrefix) {
    String s = Suggest.didYouMean(name, known);
    if (!s.isEmpty()) return s;
    if (known.isEmpty() || known.size() > 12) return "";
    return " " + listPrefix + String.join(", ", new TreeSet<>(known)) + ".";
  }

  /** The kind of {@code e}, reporting every problem inside it. */
  Kind expr(Expr e, Scope scope) {
    return new ExprChecker(this, library, scope).kind(e);
  }

  /** Records a use of an unknown name: a free name when allowed, else an error with a suggestion. */
  Kind unknown(Expr.Name n, Scope scope, String what, Set<String> candidates) {
    if (allowFree) {
      free.putIfAbsent(n.name(), n.span());
      return Kind.ANY;
    }
    error(n.span(), "Unknown " + what + " '" + n.name() + "'." + Suggest.didYouMean(n.name(), candidates));
    return Kind.ANY;
  }
}
