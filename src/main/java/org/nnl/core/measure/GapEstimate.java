package org.nnl.core.measure;

import java.util.Arrays;
import org.nnl.core.Estimate;

/**
 * The estimate of E_W E_x ‖Φ^i_W(x) − Φ^{i,n}_W(x)‖ over k networks and m points each: the
 * mean of the k per-network means with its standard error over networks; the median, 90% and
 * 99% quantiles and the largest value of the k·m point gaps (importance weights, when the
 * sampler used them, enter the quantiles as probability masses); Theorem 2.3's bound; and the
 * tail diagnostics: {@code topShare}, the share of the mean carried by the largest gaps holding
 * 1% of the probability, and {@code tail}, the smallest share of the probability whose gaps
 * carry half of the mean. The warning is set when topShare &gt; {@link #HEAVY_SHARE} (so
 * tail &lt; 1%): a small part of the probability carries most of the mean; and when a sampled gap
 * overflowed the doubles (then the mean and its error are +∞, topShare 1, tail 0). {@code sampler} is
 * {@code "importance"} or {@code "plain"}. Prints as {@code mean ± stderr}.
 */
public record GapEstimate(Estimate estimate, long points, double median, double q90, double q99, double max,
    double bound, double topShare, double tail, String sampler, String warning) {

  /** The share of the mean above which the largest 1% of the probability makes the gap heavy-tailed. */
  public static final double HEAVY_SHARE = 0.5;
  /** The probability mass of the top share. */
  static final double TOP_MASS = 0.01;

  /** Summarizes per-network means and equally weighted point gaps (sorted in place). */
  static GapEstimate of(double[] networkMeans, double[] pointGaps, double bound) {
    return of(networkMeans, pointGaps, null, bound, "plain");
  }

  /**
   * Summarizes per-network means and point gaps with importance weights (null: all 1). The
   * mean and its standard error are the networks'; the quantiles and tail shares use the
   * self-normalized weights w_p/Σw.
   */
  static GapEstimate of(double[] networkMeans, double[] pointGaps, double[] weights, double bound, String sampler) {
    int n = pointGaps.length;
    // A gap that overflowed (±∞ or NaN from ∞ − ∞ in the forward pass) is +∞: its mean is beyond doubles.
    int overflowed = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(pointGaps[i]) && (weights == null || weights[i] > 0)) {
        pointGaps[i] = Double.POSITIVE_INFINITY;
        overflowed++;
      }
    }
    boolean finite = overflowed == 0;
    for (double v : networkMeans) finite &= Double.isFinite(v);
    Estimate e = finite ? Estimate.of(networkMeans)
        : new Estimate(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, networkMeans.length);
    double[] g;
    double[] w;
    if (weights == null) {
      Arrays.sort(pointGaps);
      g = pointGaps;
      w = new double[n];
      Arrays.fill(w, 1);
    } else {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) order[i] = i;
      Arrays.sort(order, (a, b) -> Double.compare(pointGaps[a], pointGaps[b]));
      g = new double[n];
      w = new double[n];
      for (int i = 0; i < n; i++) {
        g[i] = pointGaps[order[i]];
        w[i] = weights[order[i]];
      }
    }
    double mass = 0, sum = 0;
    for (int i = 0; i < n; i++) {
      mass += w[i];
      sum += w[i] * g[i];
    }
    double[] shares = finite ? tailShares(g, w, mass, sum) : new double[] {1, 0};
    double median = weights == null ? quantile(g, 0.5) : weightedQuantile(g, w, mass, 0.5);
    double q90 = weights == null ? quantile(g, 0.9) : weightedQuantile(g, w, mass, 0.9);
    double q99 = weights == null ? quantile(g, 0.99) : weightedQuantile(g, w, mass, 0.99);
    String warning = "";
    if (!finite) {
      warning = String.format("The gap overflowed: %d of %d sampled gaps exceed the range of doubles (σ_n of large "
          + "pre-activations compounds through the layers), so the mean is reported as infinite; the median is %.4g. "
          + "Use wider layers, a lower degree or fewer layers, or read the median and quantiles.", overflowed, n, median);
    } else if (shares[0] > HEAVY_SHARE && n >= 100) {
      warning = String.format("The gap is heavy-tailed: %.2g%% of the probability carries half of the mean %.4g "
          + "(%s sampling, %d points), while the median is %.4g. The mean is carried by rare large first-layer "
          + "pre-activations and falls as the widths grow (Theorem 2.3 asks for wide enough layers); "
          + "read the median and quantiles for the typical gap.", 100 * shares[1], e.mean(), sampler, n, median);
    }
    return new GapEstimate(e, n, median, q90, q99, g[n - 1], bound, shares[0], shares[1], sampler, warning);
  }

  /**
   * {topShare, tail} over gaps sorted ascending with weights w: walking down from the largest,
   * the share of Σ w·g reached at mass {@link #TOP_MASS}·Σw, and the mass at which the share
   * reaches ½ (the last sample counted fractionally).
   */
  static double[] tailShares(double[] g, double[] w, double mass, double sum) {
    if (!(sum > 0) || !(mass > 0)) return new double[] {0, 1};
    double m = 0, c = 0, top = Double.NaN, tail = Double.NaN;
    for (int i = g.length - 1; i >= 0 && (Double.isNaN(top) || Double.isNaN(tail)); i--) {
      double dm = w[i] / mass, dc = w[i] * g[i] / sum;
      if (Double.isNaN(top) && m + dm >= TOP_MASS) top = c + (dm > 0 ? (TOP_MASS - m) / dm * dc : 0);
      if (Double.isNaN(tail) && c + dc >= 0.5) tail = m + (dc > 0 ? (0.5 - c) / dc * dm : 0);
      m += dm;
      c += dc;
    }
    return new double[] {Double.isNaN(top) ? 1 : Math.min(1, top), Double.isNaN(tail) ? 1 : Math.min(1, tail)};
  }

  /** The q-quantile of sorted values (linear interpolation between order statistics). */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    if (pos == lo) return sorted[lo];
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The smallest sorted value whose cumulative weight reaches q·Σw. */
  static double weightedQuantile(double[] sorted, double[] w, double mass, double q) {
    double c = 0;
    for (int i = 0; i < sorted.length; i++) {
      c += w[i];
      if (c >= q * mass) return sorted[i];
    }
    return sorted[sorted.length - 1];
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
