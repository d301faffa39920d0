package org.nnl.lang.ast;

import java.util.List;

/** A statement of NNL; every node carries the span of its source text. */
public sealed interface Stmt {
  Span span();

  /** The declaration keywords; LET binds any value. */
  enum DeclKind {
    ACTIVATION("activation"), ARCHITECTURE("architecture"), DISTRIBUTION("distribution"),
    LEARNER("learner"), LET("let");

    public final String keyword;

    DeclKind(String keyword) {
      this.keyword = keyword;
    }
  }

  /** {@code activation relu}: binds a built-in activation under its own name. */
  record BindActivation(String name, Span nameSpan, Span span) implements Stmt {}

  /** {@code activation f(x) = body}: a user-defined activation. */
  record UserActivation(String name, Span nameSpan, String param, Span paramSpan, Expr body, Span span)
      implements Stmt {}

  /** {@code KEYWORD name = value}. */
  record Declaration(DeclKind kind, String name, Span nameSpan, Expr value, Span span) implements Stmt {}

  record Print(List<Expr> values, Span span) implements Stmt {}

  record For(String var, Span varSpan, Expr values, List<Stmt> body, Span span) implements Stmt {}

  record Seed(Expr value, Span span) implements Stmt {}

  record Digits(Expr value, Span span) implements Stmt {}

  record Save(Expr value, Expr file, Span span) implements Stmt {}

  /** {@code plot table, x: col, y: col | [cols], log: "y", to: "file.png"}. */
  record Plot(Expr table, List<Expr.Arg> options, Span span) implements Stmt {}

  record Import(String file, Span fileSpan, Span span) implements Stmt {}

  /** A bare expression; the REPL echoes its value. */
  record ExprStmt(Expr expr, Span span) implements Stmt {}
}
