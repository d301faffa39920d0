package org.nnl.core.measure;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.act.Activations;
import org.nnl.core.net.Dense;
import org.nnl.core.net.WeightLaw;

/** plan(arch, eps: e) against the hand computation of make_theory.py (reference/theory.csv, mpmath). */
class PlanTest {
  static Dense arch(String act, int depth) {
    int[] w = new int[depth + 1];
    w[0] = 32;
    for (int j = 1; j < depth; j++) w[j] = 512;
    w[depth] = 1;
    return new Dense(w, Activations.builtin(act), WeightLaw.xavier());
  }

  static double n(Table t, int row) {
    return ((Number) t.row(row).get(1)).doubleValue();
  }

  @Test
  void degreesMatchTheHandComputation() {
    int checked = 0;
    for (String q : new String[] {"plan_bound", "plan_limit"}) {
      for (TheoryReference r : TheoryReference.of(q)) {
        Table t = Plan.plan(arch(r.activation(), r.depth()), 0.1);
        int row = q.equals("plan_bound") ? 0 : 1;
        assertEquals(q.equals("plan_bound") ? "bound" : "limit", t.row(row).get(0));
        String source = (String) t.row(row).get(7);
        if (source.startsWith("ε extrapolated")) {
          // relu's ε is computed to degree 1000 and extrapolated as a power law beyond: within 0.5% of the exact n
          // (depth 2: 1332 exactly; depth 3: 9233270 against the exact 9199522, 0.37%).
          assertEquals(r.n(), n(t, row), 0.005 * r.n(), r.toString() + " " + source);
        } else {
          assertEquals(r.n(), n(t, row), 0.0, r.toString());
          assertEquals(r.value(), (Double) t.row(row).get(2), 1e-9 * r.value(), r.toString());
        }
        double degree = Math.pow(n(t, row), r.depth() - 1);
        assertEquals(degree, (Double) t.row(row).get(4), 0.0);
        assertEquals(Plan.log10Binomial(32, degree), (Double) t.row(row).get(6), 0.0);
        checked++;
      }
    }
    assertEquals(13, checked);
  }

  @Test
  void featureCountIsTheBinomial() {
    // depth 2 relu, e = 0.1: the limit needs n = 4, so C(32 + 4, 32) = C(36, 4) = 58905 features.
    Table t = Plan.plan(arch("relu", 2), 0.1);
    assertEquals(List.of("target", "n", "value", "eps", "degree", "features", "log10_features", "source"), t.columns());
    assertEquals(58905.0, (Double) t.row(1).get(5));
    assertEquals(Math.log10(58905), (Double) t.row(1).get(6), 1e-12);
  }

  @Test
  void refusesANonPositiveAccuracy() {
    var e = assertThrows(InvalidRequestException.class, () -> Plan.plan(arch("relu", 2), 0));
    assertTrue(e.getMessage().contains("eps > 0"), e.getMessage());
  }

  @Test
  void limitRowNeedsXavierWeights() {
    Dense normal = new Dense(new int[] {8, 8, 1}, Activations.builtin("erf"), WeightLaw.normal(1));
    Table t = Plan.plan(normal, 0.1);
    assertTrue(Double.isNaN(n(t, 1)));
    assertTrue(((String) t.row(1).get(7)).contains("Xavier"));
  }
}
