package org.nnl.core;

/**
 * A Monte Carlo estimate: its mean, its standard error and the number of independent
 * samples behind it. Prints as {@code mean ± stderr}.
 */
public record Estimate(double mean, double stderr, long count) {

  /**
   * The estimate of the mean of {@code xs}: stderr = sample std / √n. From one sample no
   * standard error can be estimated: it is NaN (printed as "one draw: no standard error").
   */
  public static Estimate of(double[] xs) {
    int n = xs.length;
    InvalidRequestException.require(n > 0, "An estimate needs at least one sample.");
    double mean = 0;
    for (double x : xs) mean += x;
    mean /= n;
    double ss = 0;
    for (double x : xs) ss += (x - mean) * (x - mean);
    double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN;
    return new Estimate(mean, se, n);
  }

  @Override
  public String toString() {
    return mean + " ± " + stderr;
  }
}
