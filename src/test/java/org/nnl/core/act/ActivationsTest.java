package org.nnl.core.act;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;

class ActivationsTest {

  @Test
  void namesAndDeclarationForms() {
    assertEquals(List.of("relu", "erf", "relulike", "tanh", "logistic", "softplus", "gelu", "abs", "identity"),
        Activations.names());
    for (String n : Activations.names()) assertEquals(n, Activations.builtin(n).toString());
    assertSame(Activations.builtin("relu"), Activations.builtin("relu"));
    assertEquals("leaky(0.1)", Activations.leaky(0.1).toString());
    assertEquals("leaky(2)", Activations.leaky(2).toString());
    assertEquals("raw(relu)", Activations.raw(Activations.builtin("relu")).toString());
    assertEquals(Activations.leaky(0.1), Activations.leaky(0.1));
  }

  @Test
  void unknownNamesAreRefusedWithTheNearest() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Activations.builtin("rleu"));
    assertTrue(e.getMessage().startsWith("Unknown activation 'rleu'. Did you mean 'relu'? Known: relu, erf,"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> Activations.builtin("sigmoidal_thing"));
    assertTrue(e.getMessage().startsWith("Unknown activation 'sigmoidal_thing'. Known:"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> Activations.builtin("leakyy"));
    assertTrue(e.getMessage().startsWith("Unknown activation 'leakyy'. Did you mean 'leaky(alpha)'? Known:"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> Activations.builtin("gelo"));
    assertTrue(e.getMessage().startsWith("Unknown activation 'gelo'. Did you mean 'gelu'? Known:"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> Activations.builtin("rel"));
    assertTrue(e.getMessage().startsWith("Unknown activation 'rel'. Did you mean 'relu'? Known:"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> Activations.builtin("leaky"));
    assertTrue(e.getMessage().contains("leaky(alpha)"), e.getMessage());
  }

  /** Every built-in is normalized: E σ(X)² = 1, checked by an independent Gauss–Hermite sum. */
  @Test
  void builtinsAreNormalized() {
    for (String n : Activations.names()) {
      Activation a = Activations.builtin(n);
      assertEquals(1, gaussHermiteMeanSquare(a), 2e-6, n);
    }
    assertEquals(1, gaussHermiteMeanSquare(Activations.leaky(0.3)), 2e-6);
  }

  /** E σ(X)² by an independent midpoint rule, 4000 cells on [−12, 12] (accurate to about 1e-6). */
  static double gaussHermiteMeanSquare(Activation a) {
    double s = 0;
    int m = 4000;
    double lim = 12;
    double h = 2 * lim / m;
    for (int i = 0; i < m; i++) {
      double x = -lim + (i + 0.5) * h;
      double v = a.apply(x);
      s += v * v * SpecialFunctions.normalPdf(x) * h;
    }
    return s;
  }

  @Test
  void rawKeepsTheFunctionAndItsNorm() {
    Activation relu = Activations.builtin("relu");
    Activation raw = Activations.raw(relu);
    assertEquals(Math.sqrt(0.5), raw.norm(), 1e-15);
    assertEquals(1, raw.scale());
    assertEquals(2.5, raw.apply(2.5));
    assertEquals(1, raw.lipschitz(), 1e-15);
    assertEquals(Math.sqrt(2), relu.lipschitz(), 1e-15);
    assertSame(raw, Activations.raw(raw));
    double[] v = {-1, 0.5, 3};
    raw.applyInPlace(v, 0, 3);
    assertArrayEquals(new double[] {0, 0.5, 3}, v, 1e-15);
  }

  /** Derivatives agree with central differences of apply; applyInPlace agrees with apply. */
  @Test
  void derivativesAndBulkApply() {
    for (String n : Activations.names()) checkConsistent(Activations.builtin(n));
    checkConsistent(Activations.leaky(0.2));
    checkConsistent(Activations.user("sq", x -> Math.sin(x) + x, new double[0]));
  }

  private static void checkConsistent(Activation a) {
    double[] xs = new double[101];
    for (int i = 0; i < xs.length; i++) xs[i] = -5 + 0.1 * i + 0.013;
    double[] v = xs.clone();
    a.applyInPlace(v, 0, v.length);
    for (int i = 0; i < xs.length; i++) {
      double x = xs[i];
      assertEquals(a.apply(x), v[i], 1e-14 * Math.max(1, Math.abs(v[i])), a + " at " + x);
      assertTrue(a.hasDerivative());
      double h = 1e-5;
      double fd = (a.apply(x + h) - a.apply(x - h)) / (2 * h);
      assertEquals(fd, a.derivative(x), 1e-7, a + "' at " + x);
    }
  }

  /** Lipschitz constants: sup |σ'| on a fine grid reaches them and never exceeds them. */
  @Test
  void lipschitzConstantsAreTight() {
    for (String n : Activations.names()) {
      Activation a = Activations.builtin(n);
      double best = 0;
      for (double x = -40; x <= 40; x += 1e-3) best = Math.max(best, Math.abs(a.derivative(x)));
      assertTrue(best <= a.lipschitz() * (1 + 1e-12), n);
      assertEquals(a.lipschitz(), best, 1e-6 * a.lipschitz(), n);
    }
    Activation u = Activations.user("twice", x -> Math.max(0.1 * x, 2 * x), new double[] {0});
    assertEquals(2 / u.norm(), u.lipschitz(), 1e-9);
  }

  /** erf and erfc at 241 points of [−30, 30] against mpmath (erf_values.csv, make_erf_table.py). */
  @Test
  void erfMatchesMpmath() throws Exception {
    String text = new String(getClass().getResourceAsStream("/reference/erf_values.csv").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    String[] lines = text.split("\\r?\\n");
    double worstErf = 0;
    double worstTail = 0;
    for (int i = 1; i < lines.length; i++) {
      String[] r = lines[i].split(",");
      double x = Double.parseDouble(r[0]);
      double erf = Double.parseDouble(r[1]);
      double erfc = Double.parseDouble(r[2]);
      worstErf = Math.max(worstErf, Math.abs(SpecialFunctions.erf(x) - erf));
      worstErf = Math.max(worstErf, Math.abs(SpecialFunctions.erfc(x) - erfc));
      if (x >= 3 && erfc > 0) worstTail = Math.max(worstTail, Math.abs(SpecialFunctions.erfc(x) / erfc - 1));
    }
    assertTrue(worstErf <= 3e-16, "erf/erfc absolute error " + worstErf);
    assertTrue(worstTail <= 1e-14, "erfc relative error in the tail " + worstTail);
  }

  @Test
  void erfMatchesKnownValues() {
    // erf(0.5), erf(1), erf(2), erf(3.5) and erfc(5) (Abramowitz & Stegun, Table 7.1 / mpmath)
    assertEquals(0.5204998778130465, SpecialFunctions.erf(0.5), 4e-16);
    assertEquals(0.8427007929497149, SpecialFunctions.erf(1), 4e-16);
    assertEquals(0.9953222650189527, SpecialFunctions.erf(2), 4e-16);
    assertEquals(0.9999992569016276, SpecialFunctions.erf(3.5), 4e-16);
    assertEquals(1.5374597944280349e-12, SpecialFunctions.erfc(5), 1e-27);
    assertEquals(-0.8427007929497149, SpecialFunctions.erf(-1), 4e-16);
  }
}
