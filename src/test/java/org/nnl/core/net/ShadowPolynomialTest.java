package org.nnl.core.net;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Gaussian;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;

class ShadowPolynomialTest {
  /**
   * dense(1 -> 1 -> 1, relu) with weights a, b: p(x) = b·σ_2(a·x). With the normalized relu
   * σ = √2·max(0, x): a_0 = 1/√π, a_1 = 1/√2, a_2 = 1/√(2π), h_2 = (x² − 1)/√2, and
   * ε_relu(2) = 1 − (1/π + 1/2 + 1/(2π)) (closed forms), so σ_2(z) = (a_0 − a_2/√2 + a_1 z
   * + a_2 z²/√2)/√(1 − ε).
   */
  @Test
  void depthTwoExpansionMatchesTheClosedForm() {
    double a = 0.7, b = -1.3;
    Dense arch = new Dense(Activations.builtin("relu"), 1, 1, 1);
    DenseNetwork net = new DenseNetwork(arch, List.of(new Mat(1, 1, new double[] {a}), new Mat(1, 1, new double[] {b})));
    ShadowPolynomial p = ShadowPolynomial.of(net, 2);
    double a0 = 1 / Math.sqrt(Math.PI), a1 = 1 / Math.sqrt(2), a2 = 1 / Math.sqrt(2 * Math.PI);
    double s = Math.sqrt(1 / Math.PI + 0.5 + 1 / (2 * Math.PI));
    double[] expected = {b * (a0 - a2 / Math.sqrt(2)) / s, b * a1 * a / s, b * a2 / Math.sqrt(2) * a * a / s};
    assertEquals(3, p.monomialCount());
    for (int m = 0; m < 3; m++) {
      int deg = p.exponents(m)[0];
      assertEquals(expected[deg], p.coefficient(0, m), 1e-12, "x^" + deg);
    }
  }

  @Test
  void polynomialAgreesWithTheShadowNetworkPointwise() {
    Object[][] cases = {{"relu", new int[] {3, 6, 6, 1}, 2}, {"erf", new int[] {2, 5, 5, 2}, 3}, {"tanh", new int[] {2, 4, 4, 4, 1}, 2}};
    for (Object[] c : cases) {
      Dense arch = new Dense((int[]) c[1], Activations.builtin((String) c[0]), WeightLaw.xavier());
      int n = (Integer) c[2];
      ShadowPolynomial p = ShadowPolynomial.of(arch.draw(5), n);
      assertEquals((int) Math.pow(n, arch.depth() - 1), p.degree());
      Mat x = new Sphere(arch.inputDim()).sample(200, 1);
      double dev = p.maxDeviation(x);
      double log10Sum = Math.log10(p.coefficientSum());
      System.out.printf("p_W of %s, n=%d: %d monomials of degree %d, max deviation %.2e, log10 coefficient sum %.2f < log10 bound %.1f%n",
          arch, n, p.monomialCount(), p.degree(), dev, log10Sum, p.log10Bound());
      assertTrue(dev < 1e-10, arch + ": " + dev);
      assertTrue(log10Sum < p.log10Bound());
      assertTrue(p.maxDeviation(new Gaussian(arch.inputDim()).sample(50, 2)) < 1e-9);
    }
  }

  @Test
  void refusesSizesThatDoNotFit() {
    Dense big = new Dense(Activations.builtin("relu"), 40, 40, 40, 1);
    var e = assertThrows(InvalidRequestException.class, () -> ShadowPolynomial.of(big.draw(1), 4));
    assertTrue(e.getMessage().contains("40 variables of degree 16") && e.getMessage().contains("smaller input dimension"),
        e.getMessage());
  }
}
