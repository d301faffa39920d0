package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nnl.lang.diag.NnlException;

/**
 * Fields of core objects: distributions, models and activations are read through their interface,
 * whether or not a Java record implements them (Sphere, PolyModel, SgdModel and raw(σ) are records);
 * result records (an estimate) show their components.
 */
class CoreFieldsTest {
  private final Session s = new Session(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

  private String error(String src) {
    NnlException e = assertThrows(NnlException.class, () -> s.eval(src, "t"));
    return e.diagnostics().get(0).message();
  }

  @Test
  void distributionsModelsAndActivationsShowTheirInterface() {
    s.eval("distribution S = sphere(3)", "t");
    assertEquals(3.0, s.eval("S.dim", "t"));
    assertEquals("A distribution has no field 'nosuch'.", error("S.nosuch"));
    s.eval("architecture A = dense(3 -> 8 -> 1, act: relu)", "t");
    s.eval("let d = sample(S, 40, seed: 1, label: draw(A, seed: 2))", "t");
    s.eval("let m = fit(polyreg(degree: 1), d)", "t");
    // p = C(3 + 1, 1) = 4 features; ridge, the Hermite basis and C are not values NNL holds.
    assertEquals(4.0, s.eval("m.featureCount", "t"));
    assertEquals("A model has no field 'basis'.", error("m.basis"));
    assertEquals("A model has no field 'coefficients'.", error("m.coefficients"));
    assertEquals("An activation has no field 'inner'.", error("raw(relu).inner"));
  }

  @Test
  void resultRecordsShowTheirComponents() {
    s.eval("distribution S = sphere(3)", "t");
    s.eval("architecture A = dense(3 -> 8 -> 1, act: relu)", "t");
    s.eval("let g = gap(A, S, degree: 1, networks: 2, samples: 10, seed: 3)", "t");
    // k·m point gaps: 2 networks × 10 points.
    assertEquals(20.0, s.eval("g.points", "t"));
  }
}
