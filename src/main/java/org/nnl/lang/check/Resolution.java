package org.nnl.lang.check;

import java.util.IdentityHashMap;
import java.util.Map;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.library.Library;

/**
 * What one check decided, for the interpreter to run without deciding again: a side table keyed
 * by AST node identity (records compare by value, and equal nodes of two files must not meet).
 * Holds, per call of a name, how it resolved ({@link ResolvedCall}: the built-in overload and
 * argument binding, or a call of a value), and per {@code import} statement, the parsed program
 * the checker checked (the interpreter runs exactly that, reading nothing). Nodes the checker
 * never saw (a sweep cell's source parsed again on another machine) have no entry; their calls
 * are resolved when they run.
 */
public final class Resolution {
  /** A resolution with no entries (for programs that were not checked here). */
  public static final Resolution NONE = new Resolution(null);

  private final Library library;

  private final Map<Stmt.Import, Program> imports = new IdentityHashMap<>();
  private final Map<Expr.Call, ResolvedCall> calls = new IdentityHashMap<>();

  /** A resolution against the built-ins of {@code library}. */
  Resolution(Library library) {
    this.library = library;
  }

  /**
   * How the call {@code c} resolved, or null when the checker did not resolve it or resolved it
   * against other built-ins than {@code running}'s (a compiled script run by another session).
   */
  public ResolvedCall call(Expr.Call c, Library running) {
    return running == library ? calls.get(c) : null;
  }

  void putCall(Expr.Call c, ResolvedCall r) {
    if (this == NONE) throw new IllegalStateException("the empty resolution is read-only");
    calls.put(c, r);
  }

  /** The program checked for {@code im}, or null when the checker did not load it. */
  public Program imported(Stmt.Import im) {
    return imports.get(im);
  }

  void putImport(Stmt.Import im, Program p) {
    if (this == NONE) throw new IllegalStateException("the empty resolution is read-only");
    imports.put(im, p);
  }
}
