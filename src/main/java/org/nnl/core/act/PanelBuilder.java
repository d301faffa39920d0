package org.nnl.core.act;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.nnl.core.InvalidRequestException;

/**
 * Collects the panels of a {@link GaussianRule}: a panel is kept when the last Legendre
 * coefficients of f's interpolant at its 20 Gauss nodes, weighted by e^{−x²/4} and the width,
 * are below the tolerance (or at rounding level); otherwise it is bisected, at most 52 times.
 * The work is bounded: after {@link #MAX_PANELS} panels the function is refused as one that
 * varies too fast to integrate to the promised accuracy (e.g. sin(1e6·x), which would need
 * about 10^7 panels).
 */
final class PanelBuilder {
  final Probe p;
  final double tol;
  final List<double[]> panels = new ArrayList<>();
  final TreeSet<Double> br = new TreeSet<>();
  /** {midpoint, width} of panels bisected 14 times or more: where f is not smooth. */
  final List<double[]> deep = new ArrayList<>();

  /** The most panels one rule may evaluate (20 points each): 2^16, about 1.3 million evaluations. */
  static final int MAX_PANELS = 1 << 16;
  private int evaluated;

  PanelBuilder(Probe p, double tol) {
    this.p = p;
    this.tol = tol;
  }

  void panel(double a, double b, int depth) {
    if (++evaluated > MAX_PANELS) {
      throw new InvalidRequestException(String.format("Activation %s cannot be integrated to the promised accuracy:"
          + " it varies faster than %d Gauss–Legendre panels of %d points can resolve (near x = %s, panels of width"
          + " %s are still too coarse). Hermite analysis integrates against N(0, 1) to near double precision;"
          + " use a function that oscillates less (sin(100·x) is within reach, sin(1000·x) is not).", p.name, MAX_PANELS, GaussianRule.POINTS, Probe.fmtX(0.5 * (a + b)),
          Probe.fmtX(b - a)));
    }
    double mid = 0.5 * (a + b);
    double hw = 0.5 * (b - a);
    double[] v = new double[GaussianRule.POINTS];
    double fmax = 0;
    for (int j = 0; j < GaussianRule.POINTS; j++) {
      v[j] = p.at(mid + hw * GaussianRule.GL.nodes[j]);
      fmax = Math.max(fmax, Math.abs(v[j]));
    }
    double c0 = 0;
    double c1 = 0;
    for (int j = 0; j < GaussianRule.POINTS; j++) {
      c0 += GaussianRule.GL.tailRows[0][j] * v[j];
      c1 += GaussianRule.GL.tailRows[1][j] * v[j];
    }
    double tail = Math.max(Math.abs(c0), Math.abs(c1));
    double xmin = a <= 0 && b >= 0 ? 0 : Math.min(Math.abs(a), Math.abs(b));
    boolean resolved = tail * (b - a) * Math.exp(-xmin * xmin / 4) <= tol || tail <= 1e-15 * fmax;
    if (!resolved && depth < 52 && hw > 1e-15 * Math.max(1, Math.abs(mid))) {
      panel(a, mid, depth + 1);
      panel(mid, b, depth + 1);
      return;
    }
    br.add(a);
    br.add(b);
    if (depth >= 14) deep.add(new double[] {mid, b - a});
    double[] row = new double[3 * GaussianRule.POINTS];
    for (int j = 0; j < GaussianRule.POINTS; j++) {
      row[j] = mid + hw * GaussianRule.GL.nodes[j];
      row[GaussianRule.POINTS + j] = hw * GaussianRule.GL.weights[j];
      row[2 * GaussianRule.POINTS + j] = v[j];
    }
    panels.add(row);
  }

  GaussianRule build(double half, double[] singular) {
    int n = panels.size() * GaussianRule.POINTS;
    double[] x = new double[n];
    double[] w = new double[n];
    double[] f = new double[n];
    int k = 0;
    for (double[] row : panels) {
      System.arraycopy(row, 0, x, k, GaussianRule.POINTS);
      System.arraycopy(row, GaussianRule.POINTS, w, k, GaussianRule.POINTS);
      System.arraycopy(row, 2 * GaussianRule.POINTS, f, k, GaussianRule.POINTS);
      k += GaussianRule.POINTS;
    }
    double[] bs = br.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(bs);
    return new GaussianRule(x, w, f, bs, half, singular);
  }
}
