package org.nnl.core.net;

import java.util.SplittableRandom;
import org.nnl.core.dist.Gaussians;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.text.Numbers;

/**
 * The law of one neuron's incoming weight vector w ∈ R^n (a row of W^j, n = d_{j−1}).
 * Xavier: w_k ~ N(0, 1/n) (the default); normal(s): N(0, s²); uniform(r): U[−r, r];
 * bernoulli(r): ±r with probability ½; spherecols(r): w uniform on r·S^{n−1}.
 * {@code toString()} reads like the language: {@code normal(0.5)}.
 */
public final class WeightLaw {
  private enum Kind { XAVIER, NORMAL, UNIFORM, BERNOULLI, SPHERECOLS }

  private static final WeightLaw XAVIER = new WeightLaw(Kind.XAVIER, Double.NaN);

  private final Kind kind;
  private final double param;

  private WeightLaw(Kind kind, double param) {
    this.kind = kind;
    this.param = param;
  }

  /** N(0, 1/d_{j−1}): the default law, keeping E‖Φ^j‖² = E‖Ψ^{j−1}‖². */
  public static WeightLaw xavier() {
    return XAVIER;
  }

  /** N(0, std²). */
  public static WeightLaw normal(double std) {
    return new WeightLaw(Kind.NORMAL, positive("normal", "std", std));
  }

  /** U[−r, r]. */
  public static WeightLaw uniform(double r) {
    return new WeightLaw(Kind.UNIFORM, positive("uniform", "r", r));
  }

  /** ±r, each with probability ½. */
  public static WeightLaw bernoulli(double r) {
    return new WeightLaw(Kind.BERNOULLI, positive("bernoulli", "r", r));
  }

  /** Each neuron's weight vector uniform on the sphere r·S^{n−1}. */
  public static WeightLaw spherecols(double r) {
    return new WeightLaw(Kind.SPHERECOLS, positive("spherecols", "r", r));
  }

  public boolean isXavier() {
    return kind == Kind.XAVIER;
  }

  /** The family as the language names it: xavier, normal, uniform, bernoulli or spherecols. */
  public String family() {
    return kind.name().toLowerCase();
  }

  /** The parameter: std for normal, r for uniform, bernoulli and spherecols; NaN for xavier. */
  public double param() {
    return param;
  }

  /** Fills {@code w[from, from + n)} with one neuron's weights drawn from {@code rng}. */
  public void fillRow(double[] w, int from, int n, SplittableRandom rng) {
    switch (kind) {
      case XAVIER -> {
        double s = 1.0 / Math.sqrt(n);
        for (int k = 0; k < n; k++) w[from + k] = s * Gaussians.next(rng);
      }
      case NORMAL -> {
        for (int k = 0; k < n; k++) w[from + k] = param * Gaussians.next(rng);
      }
      case UNIFORM -> {
        for (int k = 0; k < n; k++) w[from + k] = param * (2 * rng.nextDouble() - 1);
      }
      case BERNOULLI -> {
        for (int k = 0; k < n; k++) w[from + k] = rng.nextBoolean() ? param : -param;
      }
      case SPHERECOLS -> {
        double ss;
        do {
          ss = 0;
          for (int k = 0; k < n; k++) {
            double g = Gaussians.next(rng);
            w[from + k] = g;
            ss += g * g;
          }
        } while (ss == 0);
        double s = param / Math.sqrt(ss);
        for (int k = 0; k < n; k++) w[from + k] *= s;
      }
      default -> throw new IllegalStateException(kind.toString());
    }
  }

  private static double positive(String law, String name, double v) {
    InvalidRequestException.require(v > 0 && Double.isFinite(v),
        "%s(%s) needs a positive finite %s; got %s.", law, name, name, v);
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightLaw w && w.kind == kind && Double.compare(w.param, param) == 0;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Double.hashCode(param);
  }

  @Override
  public String toString() {
    return kind == Kind.XAVIER ? "xavier" : kind.name().toLowerCase() + "(" + Numbers.plain(param) + ")";
  }
}
