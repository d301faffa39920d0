package org.nnl.lang.eval;

import java.util.ArrayList;
import java.util.List;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.Spine;
import org.nnl.lang.ast.Stmt;

/** Walks parsed programs: the sub-expressions of a node, and a node found by where it starts (how a travelling cell names its sweep). */
final class Nodes {
  private Nodes() {}

  /**
   * The sub-expressions of {@code e}, left to right; of a binary chain {@code a + b + c}, its
   * operands a, b, c (the left spine flattened, so walkers recurse only as deep as brackets nest).
   */
  static List<Expr> children(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e instanceof Expr.Unary u) out.add(u.operand());
    else if (e instanceof Expr.Binary top) {
      List<Expr.Binary> spine = Spine.of(top);
      out.add(spine.get(0).left());
      for (Expr.Binary b : spine) out.add(b.right());
    } else if (e instanceof Expr.Call c) {
      out.add(c.callee());
      for (Expr.Arg a : c.args()) out.add(a.value());
    } else if (e instanceof Expr.Field f) out.add(f.target());
    else if (e instanceof Expr.ListOf l) out.addAll(l.items());
    else if (e instanceof Expr.Range r) {
      out.add(r.from());
      out.add(r.to());
    } else if (e instanceof Expr.Chain c) out.addAll(c.widths());
    else if (e instanceof Expr.RecordOf r) for (Expr.FieldInit f : r.fields()) out.add(f.value());
    else if (e instanceof Expr.Sweep s) {
      for (Expr.SweepVar v : s.vars()) out.add(v.values());
      for (Expr.FieldInit f : s.fields()) out.add(f.value());
    }
    return out;
  }

  /** The expressions a statement evaluates directly (not those of a loop body). */
  static List<Expr> expressions(Stmt s) {
    if (s instanceof Stmt.ExprStmt e) return List.of(e.expr());
    if (s instanceof Stmt.Declaration d) return List.of(d.value());
    if (s instanceof Stmt.Print p) return p.values();
    if (s instanceof Stmt.Save sv) return List.of(sv.value(), sv.file());
    if (s instanceof Stmt.Plot pl) {
      List<Expr> out = new ArrayList<>(List.of(pl.table()));
      for (Expr.Arg a : pl.options()) out.add(a.value());
      return out;
    }
    if (s instanceof Stmt.For f) return List.of(f.values());
    if (s instanceof Stmt.Seed sd) return List.of(sd.value());
    if (s instanceof Stmt.Digits dg) return List.of(dg.value());
    return List.of();
  }

  /** The statement starting at (line, col), at any depth; null if none. */
  static Stmt statement(List<Stmt> ss, int line, int col) {
    for (Stmt s : ss) {
      if (s.span().line() == line && s.span().col() == col) return s;
      if (s instanceof Stmt.For f) {
        Stmt inner = statement(f.body(), line, col);
        if (inner != null) return inner;
      }
    }
    return null;
  }

  /** The sweep with span (line, col, length), at any depth; null if none. */
  static Expr.Sweep sweep(Program p, int line, int col, int length) {
    return sweepIn(p.statements(), line, col, length);
  }

  private static Expr.Sweep sweepIn(List<Stmt> ss, int line, int col, int length) {
    for (Stmt s : ss) {
      for (Expr e : expressions(s)) {
        Expr.Sweep found = sweep(e, line, col, length);
        if (found != null) return found;
      }
      if (s instanceof Stmt.For f) {
        Expr.Sweep found = sweepIn(f.body(), line, col, length);
        if (found != null) return found;
      }
    }
    return null;
  }

  private static Expr.Sweep sweep(Expr e, int line, int col, int length) {
    if (e instanceof Expr.Sweep s && s.span().line() == line && s.span().col() == col
        && s.span().length() == length) {
      return s;
    }
    for (Expr c : children(e)) {
      Expr.Sweep found = sweep(c, line, col, length);
      if (found != null) return found;
    }
    return null;
  }
}
