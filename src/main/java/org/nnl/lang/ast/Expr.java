package org.nnl.lang.ast;

import java.util.List;

/** An expression of NNL; every node carries the span of its source text. */
public sealed interface Expr {
  Span span();

  record Num(double value, Span span) implements Expr {}

  record Str(String value, Span span) implements Expr {}

  record Bool(boolean value, Span span) implements Expr {}

  record Name(String name, Span span) implements Expr {}

  /** {@code -e} or {@code not e}. */
  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

  /** Arithmetic {@code + - * / ^}, comparisons, {@code and}, {@code or}; {@code opSpan} points at the operator. */
  record Binary(BinaryOp op, Expr left, Expr right, Span opSpan, Span span) implements Expr {}

  /** {@code callee(positional..., name: value...)}. */
  record Call(Expr callee, List<Arg> args, Span span) implements Expr {}

  /** {@code target.field}: a record field, a table column, a component of an estimate. */
  record Field(Expr target, String field, Span fieldSpan, Span span) implements Expr {}

  record ListOf(List<Expr> items, Span span) implements Expr {}

  /** The inclusive range {@code from..to} of whole numbers. */
  record Range(Expr from, Expr to, Span span) implements Expr {}

  /** The width chain {@code d0 -> d1 -> ... -> di}: the list of layer widths. */
  record Chain(List<Expr> widths, Span span) implements Expr {}

  record RecordOf(List<FieldInit> fields, Span span) implements Expr {}

  /** {@code sweep a in A, b in B { f: e, ... }}: a table over every combination. */
  record Sweep(List<SweepVar> vars, List<FieldInit> fields, Span span) implements Expr {}

  /** An argument of a call; {@code name} is null for a positional one. */
  record Arg(String name, Span nameSpan, Expr value) {}

  record FieldInit(String name, Span nameSpan, Expr value) {}

  record SweepVar(String name, Span nameSpan, Expr values) {}
}
