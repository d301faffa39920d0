package org.nnl.lang.check;

import java.util.IdentityHashMap;
import java.util.Map;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.Stmt;

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
  public static final Resolution NONE = new Resolution();

  private final Map<Stmt.Import, Program> imports = new IdentityHashMap<>();
  private final Map<Expr.Call, ResolvedCall> calls = new IdentityHashMap<>();

  /** How the call {@code c} resolved, or null when the checker did not resolve it. */
  public ResolvedCall call(Expr.Call c) {
    return calls.get(c);
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
