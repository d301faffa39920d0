package org.nnl.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.syntax.NnlParser.*;

/** Turns an error-free ANTLR parse tree into AST records with spans. */
final class AstBuilder extends NnlBaseVisitor<Object> {

  List<Stmt> statements(List<StatementContext> ctxs) {
    List<Stmt> out = new ArrayList<>(ctxs.size());
    for (StatementContext c : ctxs) out.add(stmt(c));
    return out;
  }

  Stmt stmt(StatementContext c) {
    return (Stmt) visit(c);
  }

  /**
   * The AST of {@code c}. Left-associative chains ({@code a + b + c}, {@code f(x)(y)}, {@code r.a.b},
   * {@code d0 -> d1 -> d2}) are left-nested in the parse tree, as deep as they are long; their left
   * spine is walked with a loop, not recursion, so a sum of 100000 terms builds without a deep stack.
   */
  Expr expr(ExprContext c) {
    if (left(c) == null) return (Expr) visit(c);
    java.util.ArrayDeque<ExprContext> spine = new java.util.ArrayDeque<>();
    ExprContext cur = c;
    while (left(cur) != null) {
      spine.push(cur);
      cur = left(cur);
    }
    Expr acc = (Expr) visit(cur);
    List<Expr> widths = null;
    while (!spine.isEmpty()) {
      ExprContext b = spine.pop();
      if (b instanceof ChainContext ch) {
        if (widths == null) {
          widths = new ArrayList<>();
          widths.add(acc);
        }
        widths.add(expr(ch.expr(1)));
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

  /** The node {@code b} over its already built left operand {@code l}. */
  private Expr on(ExprContext b, Expr l) {
    if (b instanceof CallContext c) return new Expr.Call(l, args(c.argument()), span(c));
    if (b instanceof FieldAccessContext f) return new Expr.Field(l, f.field.getText(), span(f.field), span(f));
    if (b instanceof RangeContext r) return new Expr.Range(l, expr(r.expr(1)), span(r));
    Token opToken = ((org.antlr.v4.runtime.tree.TerminalNode) b.getChild(1)).getSymbol();
    return new Expr.Binary(opToken.getText(), l, expr(b.getRuleContext(ExprContext.class, 1)), span(opToken), span(b));
  }

  static Span span(Token t) {
    return new Span(t.getLine(), t.getCharPositionInLine() + 1, Math.max(1, t.getText().length()));
  }

  /** The span of a rule: from its first token to its last when on one line, else its first token. */
  static Span span(ParserRuleContext c) {
    Token a = c.getStart();
    Token b = c.getStop();
    if (b == null || b.getType() == Token.EOF || b.getLine() != a.getLine() || b.getStopIndex() < a.getStartIndex()) {
      return span(a);
    }
    return new Span(a.getLine(), a.getCharPositionInLine() + 1, b.getStopIndex() - a.getStartIndex() + 1);
  }

  @Override
  public Object visitBindActivation(BindActivationContext c) {
    return new Stmt.BindActivation(c.name.getText(), span(c.name), span(c));
  }

  @Override
  public Object visitUserActivation(UserActivationContext c) {
    return new Stmt.UserActivation(c.name.getText(), span(c.name), c.param.getText(), span(c.param), expr(c.expr()),
        span(c));
  }

  @Override
  public Object visitDeclaration(DeclarationContext c) {
    Stmt.DeclKind kind = switch (c.kind.getType()) {
      case NnlLexer.ACTIVATION -> Stmt.DeclKind.ACTIVATION;
      case NnlLexer.ARCHITECTURE -> Stmt.DeclKind.ARCHITECTURE;
      case NnlLexer.DISTRIBUTION -> Stmt.DeclKind.DISTRIBUTION;
      case NnlLexer.LEARNER -> Stmt.DeclKind.LEARNER;
      default -> Stmt.DeclKind.LET;
    };
    return new Stmt.Declaration(kind, c.name.getText(), span(c.name), expr(c.expr()), span(c));
  }

  @Override
  public Object visitPrintStatement(PrintStatementContext c) {
    return new Stmt.Print(exprs(c.expr()), span(c));
  }

  @Override
  public Object visitForStatement(ForStatementContext c) {
    return new Stmt.For(c.var.getText(), span(c.var), expr(c.expr()), statements(c.block().statement()), span(c));
  }

  @Override
  public Object visitSeedStatement(SeedStatementContext c) {
    return new Stmt.Seed(expr(c.expr()), span(c));
  }

  @Override
  public Object visitDigitsStatement(DigitsStatementContext c) {
    return new Stmt.Digits(expr(c.expr()), span(c));
  }

  @Override
  public Object visitSaveStatement(SaveStatementContext c) {
    return new Stmt.Save(expr(c.expr(0)), expr(c.expr(1)), span(c));
  }

  @Override
  public Object visitPlotStatement(PlotStatementContext c) {
    return new Stmt.Plot(expr(c.expr()), args(c.argument()), span(c));
  }

  @Override
  public Object visitImportStatement(ImportStatementContext c) {
    return new Stmt.Import(unquote(c.STRING().getText()), span(c.STRING().getSymbol()), span(c));
  }

  @Override
  public Object visitExprStatement(ExprStatementContext c) {
    return new Stmt.ExprStmt(expr(c.expr()), span(c));
  }

  @Override
  public Object visitCall(CallContext c) {
    return expr(c);
  }


  @Override
  public Object visitFieldAccess(FieldAccessContext c) {
    return expr(c);
  }


  @Override
  public Object visitPower(PowerContext c) {
    return binary("^", c.expr(0), c.expr(1), c.getChild(1), c);
  }

  @Override
  public Object visitNegate(NegateContext c) {
    return new Expr.Unary("-", expr(c.expr()), span(c));
  }

  @Override
  public Object visitMultiplicative(MultiplicativeContext c) {
    return expr(c);
  }


  @Override
  public Object visitAdditive(AdditiveContext c) {
    return expr(c);
  }


  @Override
  public Object visitComparison(ComparisonContext c) {
    return expr(c);
  }


  @Override
  public Object visitAnd(AndContext c) {
    return expr(c);
  }


  @Override
  public Object visitOr(OrContext c) {
    return expr(c);
  }


  @Override
  public Object visitNot(NotContext c) {
    return new Expr.Unary("not", expr(c.expr()), span(c));
  }

  @Override
  public Object visitRange(RangeContext c) {
    return expr(c);
  }


  @Override
  public Object visitChain(ChainContext c) {
    return expr(c);
  }


  @Override
  public Object visitNumber(NumberContext c) {
    return new Expr.Num(Double.parseDouble(c.getText()), span(c));
  }

  @Override
  public Object visitString(StringContext c) {
    return new Expr.Str(unquote(c.getText()), span(c));
  }

  @Override
  public Object visitBool(BoolContext c) {
    return new Expr.Bool(c.TRUE() != null, span(c));
  }

  @Override
  public Object visitName(NameContext c) {
    return new Expr.Name(c.getText(), span(c));
  }

  @Override
  public Object visitParen(ParenContext c) {
    return expr(c.expr());
  }

  @Override
  public Object visitList(ListContext c) {
    return new Expr.ListOf(exprs(c.expr()), span(c));
  }

  @Override
  public Object visitRecord(RecordContext c) {
    return new Expr.RecordOf(fields(c.fieldInit()), span(c));
  }

  @Override
  public Object visitSweep(SweepContext c) {
    List<Expr.SweepVar> vars = new ArrayList<>();
    for (SweepVarContext v : c.sweepVar()) {
      vars.add(new Expr.SweepVar(v.var.getText(), span(v.var), expr(v.expr())));
    }
    return new Expr.Sweep(vars, fields(c.fieldInit()), span(c));
  }

  private List<Expr.FieldInit> fields(List<FieldInitContext> cs) {
    List<Expr.FieldInit> out = new ArrayList<>();
    for (FieldInitContext f : cs) out.add(new Expr.FieldInit(f.word().getText(), span(f.word()), expr(f.expr())));
    return out;
  }

  private List<Expr.Arg> args(List<ArgumentContext> cs) {
    List<Expr.Arg> out = new ArrayList<>();
    for (ArgumentContext a : cs) {
      out.add(a.word() == null ? new Expr.Arg(null, null, expr(a.expr()))
          : new Expr.Arg(a.word().getText(), span(a.word()), expr(a.expr())));
    }
    return out;
  }

  private List<Expr> exprs(List<ExprContext> cs) {
    List<Expr> out = new ArrayList<>(cs.size());
    for (ExprContext e : cs) out.add(expr(e));
    return out;
  }

  private Expr binary(String op, ExprContext l, ExprContext r, org.antlr.v4.runtime.tree.ParseTree opNode,
                      ParserRuleContext whole) {
    Token opToken = ((org.antlr.v4.runtime.tree.TerminalNode) opNode).getSymbol();
    return new Expr.Binary(op, expr(l), expr(r), span(opToken), span(whole));
  }

  /** The text between the quotes, with {@code \"}, {@code \\}, {@code \n}, {@code \t} decoded. */
  static String unquote(String quoted) {
    String s = quoted.substring(1, quoted.length() - 1);
    if (s.indexOf('\\') < 0) return s;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> n;
        });
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
