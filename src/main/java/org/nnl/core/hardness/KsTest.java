package org.nnl.core.hardness;

import org.nnl.core.net.WeightLaw;

/**
 * A Kolmogorov–Smirnov goodness-of-fit result: the statistic D, its p-value, the number of
 * uniforms tested, the law and what was tested. A sample the law cannot produce (an entry
 * other than ±r for bernoulli(r), outside [−r, r]
 * for uniform(r), a column off the sphere) has D = 1 and p = 0.
 */
public record KsTest(double statistic, double p, long n, String law, String tested) {
  static KsTest impossible(long n, WeightLaw law, String why) {
    return new KsTest(1, 0, n, law.toString(), why);
  }

  @Override
  public String toString() {
    return String.format("KS D = %.4g, p = %.4g (%d values, %s against %s)", statistic, p, n, tested, law);
  }
}
