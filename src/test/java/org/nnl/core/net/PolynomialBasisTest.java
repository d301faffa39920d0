package org.nnl.core.net;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;

/** p_W as the language sees it: evaluation against the shadow network, the Hermite tensor basis, refusals. */
class PolynomialBasisTest {
  static final Object[][] CASES = {{"relu", new int[] {3, 6, 6, 2}, 2}, {"tanh", new int[] {2, 5, 5, 1}, 3},
      {"erf", new int[] {4, 8, 3}, 5}, {"gelu", new int[] {2, 4, 4, 4, 1}, 2}};

  /** h_k(x) = He_k(x)/√k!, He_{k+1} = x He_k − k He_{k−1} (computed here, not by the core). */
  static double h(int k, double x) {
    double a = 1, b = x;
    if (k == 0) return 1;
    for (int j = 1; j < k; j++) {
      double c = x * b - j * a;
      a = b;
      b = c;
    }
    double f = 1;
    for (int j = 2; j <= k; j++) f *= j;
    return b / Math.sqrt(f);
  }

  @Test
  void evaluatesLikeTheShadowToTwelveDigits() {
    for (Object[] c : CASES) {
      Dense arch = new Dense((int[]) c[1], Activations.builtin((String) c[0]), WeightLaw.xavier());
      int n = (Integer) c[2];
      DenseNetwork net = arch.draw(11);
      ShadowPolynomial p = ShadowPolynomial.of(net, n);
      Mat x = new Sphere(arch.inputDim()).sample(100, 4);
      Mat a = p.predict(x), b = net.shadow(n).predict(x);
      double scale = 0;
      for (double v : b.data) scale = Math.max(scale, Math.abs(v));
      for (int i = 0; i < a.data.length; i++) {
        assertEquals(b.data[i], a.data[i], 1e-12 * scale, arch + " n=" + n + " entry " + i);
      }
      assertEquals(arch.inputDim(), p.inputDim());
      assertEquals(arch.outputDim(), p.outputDim());
      assertEquals(Math.pow(n, arch.depth() - 1), p.degree());
      assertEquals(ShadowPolynomial.monomialCount(arch.inputDim(), p.degree()), p.monomialCount());
    }
  }

  @Test
  void hermiteCoefficientsRebuildThePolynomial() {
    for (Object[] c : CASES) {
      Dense arch = new Dense((int[]) c[1], Activations.builtin((String) c[0]), WeightLaw.xavier());
      int n = (Integer) c[2];
      ShadowPolynomial p = ShadowPolynomial.of(arch.draw(3), n);
      double[][] b = p.hermiteArray();
      Mat x = new Sphere(arch.inputDim()).sample(20, 9);
      Mat direct = p.predict(x);
      for (int r = 0; r < x.rows; r++) {
        for (int k = 0; k < p.outputDim(); k++) {
          double s = 0;
          for (int m = 0; m < p.monomialCount(); m++) {
            int[] e = p.exponents(m);
            double term = b[k][m];
            for (int j = 0; j < e.length; j++) term *= h(e[j], x.get(r, j));
            s += term;
          }
          double want = direct.get(r, k);
          assertEquals(want, s, 1e-11 * Math.max(1, Math.abs(want)), arch + " point " + r);
        }
      }
      Table t = p.hermiteCoefficients();
      assertEquals(java.util.List.of("output", "term", "degree", "coeff"), t.columns());
    }
  }

  /** One variable, p(x) = σ_2(x) (weights 1): in the Hermite basis b_k = a_k/√(1 − ε) exactly. */
  @Test
  void oneVariableHermiteCoefficientsAreTheTruncation() {
    Dense arch = new Dense(Activations.builtin("relu"), 1, 1, 1);
    DenseNetwork net = new DenseNetwork(arch, java.util.List.of(new Mat(1, 1, new double[] {1}), new Mat(1, 1, new double[] {1})));
    ShadowPolynomial p = ShadowPolynomial.of(net, 2);
    // relu normalized: a_0 = 1/√π, a_1 = 1/√2, a_2 = 1/√(2π), 1 − ε(2) = 1/π + 1/2 + 1/(2π).
    double s = Math.sqrt(1 / Math.PI + 0.5 + 1 / (2 * Math.PI));
    double[] want = {1 / Math.sqrt(Math.PI) / s, 1 / Math.sqrt(2) / s, 1 / Math.sqrt(2 * Math.PI) / s};
    double[][] b = p.hermiteArray();
    for (int m = 0; m < 3; m++) assertEquals(want[p.exponents(m)[0]], b[0][m], 1e-14);
  }

  @Test
  void refusesWithCountAndBytesBeforeAllocating() {
    Dense big = new Dense(Activations.builtin("relu"), 32, 512, 512, 1);
    var e = assertThrows(InvalidRequestException.class, () -> ShadowPolynomial.of(big.draw(1), 8));
    // C(32 + 64, 32) = 29701747773016666409906415 (python math.comb(96, 32)); bytes = 8·count·(2·512 + 2) = 2.438e29.
    assertTrue(e.getMessage().contains("has 2.970e+25 monomials") && e.getMessage().contains("2.44e+29 bytes"), e.getMessage());
    assertEquals(2.9701747773016666e25, ShadowPolynomial.monomialCount(32, 64), 1e-12 * 2.97e25);
  }
}
