package org.nnl.core.measure;

import java.util.Arrays;
import org.nnl.core.Estimate;

/**
 * The estimate of E_W E_x ‖Φ^i_W(x) − Φ^{i,n}_W(x)‖ over k networks and m points each: the
 * mean of the k per-network means with its standard error over networks, the median, 90%
 * and 99% quantiles and largest value of the k·m point gaps, Theorem 2.3's bound, and a
 * warning when the mean is dominated by a few samples (the largest 1% of the point gaps make
 * up more than half of their sum). Prints as {@code mean ± stderr}.
 */
public record GapEstimate(Estimate estimate, long points, double median, double q90, double q99, double max,
    double bound, double topShare, String warning) {

  /** The share of the sum above which the largest 1% of samples make the mean heavy-tailed. */
  public static final double HEAVY_SHARE = 0.5;

  /** Summarizes per-network means and all point gaps (sorted in place). */
  static GapEstimate of(double[] networkMeans, double[] pointGaps, double bound) {
    Estimate e = Estimate.of(networkMeans);
    Arrays.sort(pointGaps);
    int n = pointGaps.length;
    int top = Math.max(1, (int) Math.ceil(n / 100.0));
    double sum = 0, topSum = 0;
    for (int i = 0; i < n; i++) {
      sum += pointGaps[i];
      if (i >= n - top) topSum += pointGaps[i];
    }
    double share = sum > 0 ? topSum / sum : 0;
    double median = quantile(pointGaps, 0.5);
    String warning = "";
    if (share > HEAVY_SHARE && n >= 100) {
      warning = String.format("The gap is heavy-tailed: the largest %d of %d samples make up %.0f%% of the mean %.4g, "
          + "while the median is %.4g. The mean is not stable at these widths; use wider layers or a lower degree, "
          + "or read the median and quantiles.", top, n, 100 * share, e.mean(), median);
    }
    return new GapEstimate(e, n, median, quantile(pointGaps, 0.9), quantile(pointGaps, 0.99), pointGaps[n - 1],
        bound, share, warning);
  }

  /** The q-quantile of sorted values (linear interpolation between order statistics). */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  public double mean() {
    return estimate.mean();
  }

  public double stderr() {
    return estimate.stderr();
  }

  /** k, the number of networks behind the mean and its standard error (points() = k·m). */
  public long count() {
    return estimate.count();
  }

  public boolean heavyTailed() {
    return !warning.isEmpty();
  }

  @Override
  public String toString() {
    return estimate.toString();
  }
}
