package org.nnl.core.hermite;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activation;

/** The papers' bounds on truncation errors, as functions of the activation and the degree. */
public final class Bounds {
  private Bounds() {}

  /** Lemma 2.15: ε_σ(n) ≤ L²/(n + 1), L the Lipschitz constant of σ. */
  public static double lemma215(Activation a, int n) {
    Hermite.checkDegree(n);
    double l = a.lipschitz();
    return l * l / (n + 1);
  }

  /** Lemma 2.7: E (σ(X) − σ_n(X))² ≤ 2ε_σ(n), so ‖σ − σ_n‖ ≤ √(2ε_σ(n)). */
  public static double lemma27(Activation a, int n) {
    return Math.sqrt(2 * Hermite.eps(a, n));
  }

  /** Lemma 2.16: ε_σ(n) ≤ 2^{−n} for the erf activation. */
  public static double lemma216(int n) {
    Hermite.checkDegree(n);
    return Math.pow(2, -n);
  }

  /** Theorem 2.3 (and 1.1): 13(L + 1)² ε_σ(n)^{1/2^{i−1}} for a network of depth i ≥ 1. */
  public static double theorem23(Activation a, int depth, int n) {
    InvalidRequestException.require(depth >= 1 && depth <= 64,
        "Theorem 2.3 needs a depth from 1 to 64, not %d.", depth);
    double l = a.lipschitz();
    return 13 * (l + 1) * (l + 1) * Math.pow(Hermite.eps(a, n), Math.pow(2, -(depth - 1)));
  }
}
