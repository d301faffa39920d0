package org.nnl.lang.syntax;

import static org.nnl.lang.syntax.AstBuilder.span;
import static org.nnl.lang.syntax.AstBuilder.unquote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.nnl.lang.ast.BinaryOp;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.UnaryOp;
import org.nnl.lang.syntax.NnlParser.*;

/**
 * Builds the {@link Expr} of an expression parse tree. Left-associative chains ({@code a + b + c},
 * {@code f(x)(y)}, {@code r.a.b}, {@code d0 -> d1 -> d2}) are left-nested in the parse tree, as deep
 * as they are long; {@link #build} walks their left spine with a loop, not recursion, so a sum of
 * 100000 terms builds without a deep stack. The visit methods handle the other alternatives.
 */
final class ExprBuilder extends NnlBaseVisitor<Expr> {

  /** The AST of {@code c}. */
  Expr build(ExprContext c) {
    if (left(c) == null) return c.accept(this);
    ArrayDeque<ExprContext> spine = new ArrayDeque<>();
    ExprContext cur = c;
    while (left(cur) != null) {
      spine.push(cur);
      cur = left(cur);
    }
    Expr acc = cur.accept(this);
    List<Expr> widths = null;
    while (!spine.isEmpty()) {
      ExprContext b = spine.pop();
      if (b instanceof ChainContext ch) {
        if (widths == null) {
          widths = new ArrayList<>();
          widths.add(acc);
        }
        widths.add(build(ch.expr(1)));
        // A chain continues while the node above is a chain too; the outermost closes it.
        if (spine.isEmpty() || !(spine.peek() instanceof ChainContext)) {
          acc = new Expr.Chain(List.copyOf(widths), span(ch));
          widths = null;
        }
        continue;
      }
      acc = on(b, acc);
    }
    return acc;
  }

  /** The left operand of a left-associative node, or null for every other node. */
  private static ExprContext left(ExprContext c) {
    if (c instanceof MultiplicativeContext || c instanceof AdditiveContext || c instanceof ComparisonContext
        || c instanceof AndContext || c instanceof OrContext || c instanceof RangeContext
        || c instanceof ChainContext) {
      return c.getRuleContext(ExprContext.class, 0);
    }
    if (c instanceof CallContext call) return call.expr();
    if (c instanceof FieldAccessContext f) return f.expr();
    return null;
  }

  /** The node {@code b} (left-associative, not a chain) over its already built left operand {@code l}. */
  private Expr on(ExprContext b, Expr l) {
    if (b instanceof CallContext c) return new Expr.Call(l, args(c.argument()), span(c));
    if (b instanceof FieldAccessContext f) return new Expr.Field(l, f.field.getText(), span(f.field), span(f));
    if (b instanceof RangeContext r) return new Expr.Range(l, build(r.expr(1)), span(r));
    if (b instanceof MultiplicativeContext m) return binary(m.op, l, m.expr(1), m);
    if (b instanceof AdditiveContext a) return binary(a.op, l, a.expr(1), a);
    if (b instanceof ComparisonContext c) return binary(c.op, l, c.expr(1), c);
    if (b instanceof AndContext a) return binary(a.AND().getSymbol(), l, a.expr(1), a);
    if (b instanceof OrContext o) return binary(o.OR().getSymbol(), l, o.expr(1), o);
    throw new IllegalStateException("not a left-associative node: " + b.getClass().getSimpleName());
  }

  private Expr.Binary binary(Token op, Expr l, ExprContext r, ExprContext whole) {
    return new Expr.Binary(BinaryOp.of(op.getText()), l, build(r), span(op), span(whole));
  }

  List<Expr> list(List<ExprContext> cs) {
    List<Expr> out = new ArrayList<>(cs.size());
    for (ExprContext e : cs) out.add(build(e));
    return out;
  }

  List<Expr.Arg> args(List<ArgumentContext> cs) {
    List<Expr.Arg> out = new ArrayList<>();
    for (ArgumentContext a : cs) {
      out.add(a.word() == null ? new Expr.Arg(null, null, build(a.expr()))
          : new Expr.Arg(a.word().getText(), span(a.word()), build(a.expr())));
    }
    return out;
  }

  private List<Expr.FieldInit> fields(List<FieldInitContext> cs) {
    List<Expr.FieldInit> out = new ArrayList<>();
    for (FieldInitContext f : cs) out.add(new Expr.FieldInit(f.word().getText(), span(f.word()), build(f.expr())));
    return out;
  }

  // The left-associative alternatives, when visited directly, build through the spine loop.

  @Override
  public Expr visitCall(CallContext c) {
    return build(c);
  }

  @Override
  public Expr visitFieldAccess(FieldAccessContext c) {
    return build(c);
  }

  @Override
  public Expr visitMultiplicative(MultiplicativeContext c) {
    return build(c);
  }

  @Override
  public Expr visitAdditive(AdditiveContext c) {
    return build(c);
  }

  @Override
  public Expr visitComparison(ComparisonContext c) {
    return build(c);
  }

  @Override
  public Expr visitAnd(AndContext c) {
    return build(c);
  }

  @Override
  public Expr visitOr(OrContext c) {
    return build(c);
  }

  @Override
  public Expr visitRange(RangeContext c) {
    return build(c);
  }

  @Override
  public Expr visitChain(ChainContext c) {
    return build(c);
  }

  // The other alternatives.

  /** {@code a ^ b} is right-associative: its nesting is on the right, so plain recursion. */
  @Override
  public Expr visitPower(PowerContext c) {
    Token op = ((org.antlr.v4.runtime.tree.TerminalNode) c.getChild(1)).getSymbol();
    return new Expr.Binary(BinaryOp.POWER, build(c.expr(0)), build(c.expr(1)), span(op), span(c));
  }

  @Override
  public Expr visitNegate(NegateContext c) {
    return new Expr.Unary(UnaryOp.NEGATE, build(c.expr()), span(c));
  }

  @Override
  public Expr visitNot(NotContext c) {
    return new Expr.Unary(UnaryOp.NOT, build(c.expr()), span(c));
  }

  @Override
  public Expr visitNumber(NumberContext c) {
    return new Expr.Num(Double.parseDouble(c.getText()), span(c));
  }

  @Override
  public Expr visitString(StringContext c) {
    return new Expr.Str(unquote(c.getText()), span(c));
  }

  @Override
  public Expr visitBool(BoolContext c) {
    return new Expr.Bool(c.TRUE() != null, span(c));
  }

  @Override
  public Expr visitName(NameContext c) {
    return new Expr.Name(c.getText(), span(c));
  }

  @Override
  public Expr visitParen(ParenContext c) {
    return build(c.expr());
  }

  @Override
  public Expr visitList(ListContext c) {
    return new Expr.ListOf(list(c.expr()), span(c));
  }

  @Override
  public Expr visitRecord(RecordContext c) {
    return new Expr.RecordOf(fields(c.fieldInit()), span(c));
  }

  @Override
  public Expr visitSweep(SweepContext c) {
    List<Expr.SweepVar> vars = new ArrayList<>();
    for (SweepVarContext v : c.sweepVar()) {
      vars.add(new Expr.SweepVar(v.var.getText(), span(v.var), build(v.expr())));
    }
    return new Expr.Sweep(vars, fields(c.fieldInit()), span(c));
  }
}
