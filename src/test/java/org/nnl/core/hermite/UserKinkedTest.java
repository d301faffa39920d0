package org.nnl.core.hermite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/**
 * User-defined kinked activations, max(0.1x, x) and clip to [−1, 1]: a_i to 1e-10 for i ≤ 40
 * against mpmath, whether their kinks are declared or left for the adaptive rule to find; duals
 * near |ρ| = 1 (the two-dimensional integral) against the closed form of leaky(0.1).
 */
class UserKinkedTest {
  private static final Map<String, Activation> CACHE = new HashMap<>();

  static synchronized Activation user(String name, boolean declareKinks) {
    return CACHE.computeIfAbsent(name + declareKinks, k -> switch (name) {
      case "leaky0.1" -> Activations.user("leaky0.1", x -> Math.max(0.1 * x, x), declareKinks ? new double[] {0} : new double[0]);
      case "clip" -> Activations.user("clip", x -> Math.max(-1, Math.min(1, x)), declareKinks ? new double[] {-1, 1} : new double[0]);
      default -> throw new IllegalArgumentException(name);
    });
  }

  @Test
  void coefficientsWithAndWithoutDeclaredKinks() {
    for (boolean declared : new boolean[] {true, false}) {
      for (String name : new String[] {"leaky0.1", "clip"}) {
        double worst = 0;
        Activation a = user(name, declared);
        for (String[] r : Reference.rows("hermite_coeffs.csv")) {
          if (!r[0].equals(name) || Integer.parseInt(r[1]) > 40) continue;
          worst = Math.max(worst, Math.abs(Hermite.coeff(a, Integer.parseInt(r[1])) - Double.parseDouble(r[2])));
        }
        System.out.printf("user %-9s kinks %-8s max |a_i error| (i <= 40) %.2e%n", name, declared ? "declared" : "found", worst);
        assertTrue(worst <= 1e-10, name + " error " + worst);
      }
    }
  }

  @Test
  void dualNearOneByTheTwoDimensionalIntegral() {
    Activation closed = Activations.leaky(0.1);
    Activation found = user("leaky0.1", false);
    double worst = 0;
    for (double rho : new double[] {-1, -0.9999, -0.995, 0.98, 0.995, 0.9999, 1}) {
      worst = Math.max(worst, Math.abs(Hermite.dual(found, rho) - Hermite.dual(closed, rho)));
    }
    System.out.printf("user leaky0.1 max |dual error| near |rho| = 1: %.2e%n", worst);
    assertTrue(worst <= 1e-12, "dual error " + worst);
  }
}
