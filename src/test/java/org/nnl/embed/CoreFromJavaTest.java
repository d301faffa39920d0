package org.nnl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Samples;
import org.nnl.core.dist.Sphere;
import org.nnl.core.hermite.Hermite;
import org.nnl.core.learn.Metrics;
import org.nnl.core.learn.Model;
import org.nnl.core.learn.PolyReg;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Dense;
import org.nnl.core.net.Network;
import org.junit.jupiter.api.Test;
import org.nnl.lang.Session;

/**
 * The core alone, from plain Java: the experiment of the script below written against the core
 * classes gives the very same numbers (bit for bit: same seeds, same streams), and ε_relu(2)
 * matches its closed form 1/2 − 3/(2π).
 */
class CoreFromJavaTest {
  static final String SCRIPT = """
      architecture A = dense(4 -> 32 -> 1, act: relu)
      distribution S = sphere(4)
      let f = draw(A, seed: 7)
      let train = sample(S, 400, seed: 1, label: f)
      let test = sample(S, 200, seed: 2, label: f)
      let m = fit(polyreg(degree: 2, ridge: 1e-6), train)
      """;

  @Test
  void thePlainJavaExperimentGivesTheScriptsNumbers() {
    Activation relu = Activations.builtin("relu");
    Architecture a = new Dense(relu, 4, 32, 1);
    Network f = a.draw(7);
    Sphere s = new Sphere(4);
    DataSet train = Samples.sample(s, 400, 1, f, 0);
    DataSet test = Samples.sample(s, 200, 2, f, 0);
    Model m = new PolyReg(2, 1e-6).fit(train);
    double r2 = Metrics.r2(m, test);
    double eps = Hermite.eps(relu, 2);

    Session session = new Session();
    session.eval(SCRIPT, "experiment.nnl");
    assertEquals(r2, (Double) session.eval("r2(m, test)", "q"));
    assertEquals(eps, (Double) session.eval("eps(relu, 2)", "q"));
    assertEquals(0.5 - 3 / (2 * Math.PI), eps, 1e-12);
    assertTrue(r2 > 0 && r2 <= 1, "a quadratic fit explains part of a random relu network: r2 = " + r2);
    assertEquals(Metrics.mse(f, test), 0.0, "labels are the network itself");
    double[] x = {1, 0, 0, 0};
    assertEquals(f.predict(new org.nnl.core.linalg.Mat(1, 4, x)).get(0, 0),
        (Double) session.eval("f([1, 0, 0, 0])", "q"));
  }
}
