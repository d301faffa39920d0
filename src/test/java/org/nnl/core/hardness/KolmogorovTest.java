package org.nnl.core.hardness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KS statistic and p-value against scipy (reference/hardness/make_reference.py). */
class KolmogorovTest {
  @Test
  void pValuesAgreeWithScipysExactDistribution() throws IOException {
    List<String[]> rows = Reference.rows("ks-pvalues.csv", true);
    assertEquals(41, rows.size());
    for (String[] r : rows) {
      int n = Integer.parseInt(r[0]);
      double d = Double.parseDouble(r[1]);
      double scipy = Double.parseDouble(r[2]);
      double got = Kolmogorov.pValue(n, d);
      String at = "n = " + n + ", d = " + d;
      if (r.length > 3 && !r[3].isEmpty()) {
        // the exact value in 40-digit arithmetic
        double exact = Double.parseDouble(r[3]);
        assertEquals(exact, got, 1e-10 * exact + 1e-15, at);
      } else if (n * d <= Kolmogorov.EXACT_LIMIT) {
        assertEquals(scipy, got, 1e-6 * scipy, at); // scipy's own error is about 1e-7 here
      } else {
        assertEquals(scipy, got, (scipy >= 1e-3 ? 1e-2 : 5e-2) * scipy, at); // the corrected limit law
      }
    }
  }

  @Test
  void statisticAndPValueOfAFixedSampleAgreeWithScipysKstest() throws IOException {
    List<String[]> xs = Reference.rows("ks-sample.csv", false);
    double[] u = new double[xs.size()];
    for (int i = 0; i < u.length; i++) u[i] = Double.parseDouble(xs.get(i)[0]);
    String[] want = Reference.rows("ks-sample-result.csv", true).get(0);
    double d = Kolmogorov.statistic(u);
    assertEquals(Double.parseDouble(want[0]), d, 1e-15);
    assertEquals(Double.parseDouble(want[2]), Kolmogorov.pValue(u.length, d), 1e-12);
    assertEquals(Double.parseDouble(want[1]), Kolmogorov.pValue(u.length, d), 1e-6);
  }

  @Test
  void extremes() {
    assertEquals(1.0, Kolmogorov.pValue(10, 0));
    assertEquals(0.0, Kolmogorov.pValue(10, 1));
    // P(D_1 ≥ d) = 2(1 − d) for d ≥ ½ (one point: D_1 = max(u, 1 − u))
    assertEquals(2 * (1 - 0.8), Kolmogorov.pValue(1, 0.8), 1e-12);
  }
}
