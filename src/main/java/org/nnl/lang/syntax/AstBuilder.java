package org.nnl.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.syntax.NnlParser.*;

/**
 * Turns an error-free ANTLR parse tree into AST records with spans: this visitor builds statements,
 * {@link ExprBuilder} the expressions inside them. Every visit returns a {@link Stmt}; a statement
 * alternative without a visit method here would be a grammar change the builder missed.
 */
final class AstBuilder extends NnlBaseVisitor<Stmt> {
  private final ExprBuilder exprs = new ExprBuilder();

  List<Stmt> statements(List<StatementContext> ctxs) {
    List<Stmt> out = new ArrayList<>(ctxs.size());
    for (StatementContext c : ctxs) out.add(c.accept(this));
    return out;
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
  public Stmt visitBindActivation(BindActivationContext c) {
    return new Stmt.BindActivation(c.name.getText(), span(c.name), span(c));
  }

  @Override
  public Stmt visitUserActivation(UserActivationContext c) {
    return new Stmt.UserActivation(c.name.getText(), span(c.name), c.param.getText(), span(c.param),
        exprs.build(c.expr()), span(c));
  }

  @Override
  public Stmt visitDeclaration(DeclarationContext c) {
    Stmt.DeclKind kind = switch (c.kind.getType()) {
      case NnlLexer.ACTIVATION -> Stmt.DeclKind.ACTIVATION;
      case NnlLexer.ARCHITECTURE -> Stmt.DeclKind.ARCHITECTURE;
      case NnlLexer.DISTRIBUTION -> Stmt.DeclKind.DISTRIBUTION;
      case NnlLexer.LEARNER -> Stmt.DeclKind.LEARNER;
      default -> Stmt.DeclKind.LET;
    };
    return new Stmt.Declaration(kind, c.name.getText(), span(c.name), exprs.build(c.expr()), span(c));
  }

  @Override
  public Stmt visitPrintStatement(PrintStatementContext c) {
    return new Stmt.Print(exprs.list(c.expr()), span(c));
  }

  @Override
  public Stmt visitForStatement(ForStatementContext c) {
    return new Stmt.For(c.var.getText(), span(c.var), exprs.build(c.expr()), statements(c.block().statement()),
        span(c));
  }

  @Override
  public Stmt visitSeedStatement(SeedStatementContext c) {
    return new Stmt.Seed(exprs.build(c.expr()), span(c));
  }

  @Override
  public Stmt visitDigitsStatement(DigitsStatementContext c) {
    return new Stmt.Digits(exprs.build(c.expr()), span(c));
  }

  @Override
  public Stmt visitSaveStatement(SaveStatementContext c) {
    return new Stmt.Save(exprs.build(c.expr(0)), exprs.build(c.expr(1)), span(c));
  }

  @Override
  public Stmt visitPlotStatement(PlotStatementContext c) {
    return new Stmt.Plot(exprs.build(c.expr()), exprs.args(c.argument()), span(c));
  }

  @Override
  public Stmt visitImportStatement(ImportStatementContext c) {
    return new Stmt.Import(unquote(c.STRING().getText()), span(c.STRING().getSymbol()), span(c));
  }

  @Override
  public Stmt visitExprStatement(ExprStatementContext c) {
    return new Stmt.ExprStmt(exprs.build(c.expr()), span(c));
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
