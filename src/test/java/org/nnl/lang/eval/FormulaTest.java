package org.nnl.lang.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.syntax.Syntax;

/** User activations: compiled values agree with the formula; kinks are the exact non-smooth points. */
class FormulaTest {
  private final Map<String, Object> globals = new LinkedHashMap<>(Map.of("k", 0.25));

  private Formula formula;

  private DoubleUnaryOperator compile(String body) {
    Stmt.UserActivation u = (Stmt.UserActivation) Syntax.parse("activation f(x) = " + body, "t").program()
        .statements().get(0);
    formula = new Formula("x", new Env(globals), null);
    Expr e = u.body();
    return formula.compile(e);
  }

  @Test
  void valuesMatchTheFormula() {
    DoubleUnaryOperator f = compile("max(k * x, x) + x ^ 2 - exp(-x) / 2");
    for (double x : new double[] {-3, -0.5, 0, 0.7, 2}) {
      assertEquals(Math.max(0.25 * x, x) + x * x - Math.exp(-x) / 2, f.applyAsDouble(x), 1e-15);
    }
    assertEquals(Math.tanh(0.3) * Math.sqrt(2), compile("tanh(x) * sqrt(2)").applyAsDouble(0.3), 1e-15);
    assertEquals(Math.pow(1.5, 2.5), compile("x ^ 2.5").applyAsDouble(1.5), 1e-15);
  }

  @Test
  void kinksOfMaxMinAbsClip() {
    compile("max(0.1 * x, x)");
    assertArrayEquals(new double[] {0}, Kinks.find(formula.kinkFunctions), 1e-15);
    compile("abs(x - 1) + min(x, 2 * x + 3)");
    assertArrayEquals(new double[] {-3, 1}, Kinks.find(formula.kinkFunctions), 1e-13);
    compile("clip(x, -1, 0.5)");
    assertArrayEquals(new double[] {-1, 0.5}, Kinks.find(formula.kinkFunctions), 1e-13);
    // Roots of x^2 - 2 are irrational: found to machine precision by bisection.
    compile("max(x ^ 2, 2)");
    assertArrayEquals(new double[] {-Math.sqrt(2), Math.sqrt(2)}, Kinks.find(formula.kinkFunctions), 1e-14);
  }

  @Test
  void smoothFormulasAndDegenerateMaxHaveNoKinks() {
    compile("tanh(x) + x ^ 3");
    assertArrayEquals(new double[0], Kinks.find(formula.kinkFunctions));
    compile("max(x, x)");
    assertArrayEquals(new double[0], Kinks.find(formula.kinkFunctions));
  }
}
