package org.nnl.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.lang.ast.BinaryOp;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.ast.UnaryOp;

class SyntaxTest {
  private static List<Stmt> parse(String src) {
    Syntax.Result r = Syntax.parse(src, "t");
    assertTrue(r.ok(), () -> r.diagnostics().toString());
    return r.program().statements();
  }

  private static Expr expr(String src) {
    return ((Stmt.ExprStmt) parse(src).get(0)).expr();
  }

  private static String firstError(String src) {
    Syntax.Result r = Syntax.parse(src, "t");
    assertFalse(r.ok());
    var d = r.diagnostics().get(0);
    return d.line() + ":" + d.col() + " " + d.message();
  }

  @Test
  void precedenceFollowsMathematics() {
    Expr.Binary sum = (Expr.Binary) expr("1 + 2 * 3 ^ 2");
    assertEquals(BinaryOp.ADD, sum.op());
    Expr.Binary product = (Expr.Binary) sum.right();
    assertEquals(BinaryOp.MULTIPLY, product.op());
    assertEquals(BinaryOp.POWER, ((Expr.Binary) product.right()).op());
    Expr.Unary neg = (Expr.Unary) expr("-2 ^ 2");
    assertEquals(UnaryOp.NEGATE, neg.op());
    assertEquals(BinaryOp.POWER, ((Expr.Binary) neg.operand()).op());
    Expr.Binary right = (Expr.Binary) expr("2 ^ 3 ^ 2");
    assertInstanceOf(Expr.Binary.class, right.right());
    Expr.Binary or = (Expr.Binary) expr("not a and b or c");
    assertEquals(BinaryOp.OR, or.op());
    assertEquals(BinaryOp.AND, ((Expr.Binary) or.left()).op());
  }

  @Test
  void everyOperatorParsesToItsEnum() {
    for (BinaryOp op : BinaryOp.values()) {
      Expr.Binary b = (Expr.Binary) expr("a " + op.symbol() + " b");
      assertEquals(op, b.op(), op.symbol());
      assertEquals(new Span(1, 3, op.symbol().length()), b.opSpan(), op.symbol());
      assertEquals(op, BinaryOp.of(op.symbol()));
    }
    assertEquals(UnaryOp.NOT, ((Expr.Unary) expr("not a")).op());
    assertEquals(UnaryOp.NEGATE, ((Expr.Unary) expr("-a")).op());
  }

  @Test
  void chainsRangesCallsAndFields() {
    Expr.Chain c = (Expr.Chain) expr("2 * 16 -> 512 -> 512 -> 1");
    assertEquals(4, c.widths().size());
    assertInstanceOf(Expr.Binary.class, c.widths().get(0));
    Expr.Range r = (Expr.Range) expr("1..n + 1");
    assertInstanceOf(Expr.Binary.class, r.to());
    Expr.Call call = (Expr.Call) expr("gap(A, D, degree: 4, seed: 7)");
    assertEquals(4, call.args().size());
    assertEquals(null, call.args().get(0).name());
    assertEquals("seed", call.args().get(3).name());
    Expr.Field f = (Expr.Field) expr("gap(A).mean");
    assertEquals("mean", f.field());
  }

  @Test
  void spansPointAtTheSource() {
    Stmt.Declaration d = (Stmt.Declaration) parse("\n  let width = 3 + 4").get(0);
    assertEquals(new Span(2, 7, 5), d.nameSpan());
    assertEquals(new Span(2, 15, 5), d.value().span());
    assertEquals(new Span(2, 17, 1), ((Expr.Binary) d.value()).opSpan());
  }

  @Test
  void statementsOfTheContract() {
    List<Stmt> s = parse("""
        #!/usr/bin/env nnl
        activation relu
        activation f(x) = max(0.1 * x, x)
        activation t = truncate(relu, 4)
        architecture A = dense(32 -> 512 -> 1, act: relu)
        distribution S = sphere(32)
        learner p3 = polyreg(degree: 3, ridge: 1e-6)
        let x = 1; print x, 2
        for n in 1..3 {
          print n
        }
        seed 3
        digits 4
        save t to "t.csv"
        plot t, x: n, y: [gap, bound], log: "y", to: "gaps.png"
        import "other.nnl"
        let t = sweep n in 1..6 {
          gap: gap(A, S, degree: n), bound: bound(A, n)
        }
        x
        """);
    assertEquals(16, s.size());
    assertInstanceOf(Stmt.BindActivation.class, s.get(0));
    assertInstanceOf(Stmt.UserActivation.class, s.get(1));
    assertInstanceOf(Stmt.Plot.class, s.get(12));
    assertInstanceOf(Stmt.ExprStmt.class, s.get(15));
    Stmt.Declaration sweep = (Stmt.Declaration) s.get(14);
    assertEquals(2, ((Expr.Sweep) sweep.value()).fields().size());
  }

  @Test
  void unfinishedExpressionsContinueOnTheNextLine() {
    assertEquals(1, parse("let a = (1 +\n 2)").size());
    assertEquals(1, parse("let a = 1 +\n 2").size());
    assertEquals(1, parse("let a = f(1,\n 2,\n c: 3)").size());
    assertEquals(1, parse("let a = [1,\n 2]").size());
    assertEquals(1, parse("let r = {\n a: 1,\n b: 2\n}").size());
    assertEquals(1, parse("let r = {\n a: 1\n b: 2\n}").size());
  }

  @Test
  void incompleteInputIsRecognized() {
    for (String s : List.of("let a = (1 +", "let a = 1 +", "for i in 1..3 {", "let a = [1, 2", "print 1,",
        "let t = sweep n in 1..3 {", "activation f(x) =")) {
      assertTrue(Syntax.parse(s, "t").incomplete(), s);
    }
    for (String s : List.of("let a = 1", "print 1 2", "let a = )", "", "# only a comment", "let a = 1 @")) {
      assertFalse(Syntax.parse(s, "t").incomplete(), s);
    }
  }

  @Test
  void messagesSpeakNnl() {
    assertEquals("1:9 Unexpected '2' after the end of a statement; start a new line or use ';'.", firstError("print 1 2"));
    assertEquals("1:5 'for' is a keyword and cannot be used as a name.", firstError("let for = 1"));
    assertEquals("1:11 Unexpected character '@'.", firstError("let a = 3 @ 4"));
    assertEquals("1:7 Unterminated string; close it with '\"' on the same line.", firstError("print \"abc"));
    assertEquals("1:6 Unexpected end of line; expected '='.", firstError("let a\n"));
    assertEquals("1:13 The input ends inside the '(' opened at 1:9; close it with ')'.", firstError("let a = (1 +"));
    assertEquals("1:12 The input ends after '+'; what follows it is missing.", firstError("let a = 1 +"));
  }

  @Test
  void stringsDecodeEscapes() {
    assertEquals("a\"b\\c\nd", ((Expr.Str) expr("\"a\\\"b\\\\c\\nd\"")).value());
  }

  @Test
  void keywordsComeFromTheGrammar() {
    // language.md's reserved words: the statements' and the operators' keywords
    assertEquals(java.util.Set.of("activation", "architecture", "distribution", "learner", "let", "print", "for", "in",
        "seed", "digits", "save", "to", "plot", "import", "sweep", "true", "false", "and", "or", "not"), Syntax.keywords());
    assertTrue(Syntax.isName("alpha_2") && Syntax.isName("_x"));
    assertFalse(Syntax.isName("let") || Syntax.isName("2x") || Syntax.isName("é") || Syntax.isName("a.b") || Syntax.isName(null));
  }
}
