package org.nnl.core.hardness;

import java.util.Arrays;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;

/**
 * The identities of a reduction checked on a data set S: {@code labels} = max_x |h_W(x) − h_{MW}(x')|
 * (h takes values in [0, 1]); {@code relative} = max_x |h_W(x) − h_{MW}(x')| / Σ_{j,r} |(MW)_{rj}·x'_r|,
 * the difference relative to the scale of the natural network's dot products, which bounds
 * their rounding error (≈ 1e-16 times it) and grows with ‖x'‖ when M is ill-conditioned;
 * the norms ‖x'‖ (the language's normalized norm, ‖x‖² = Σ x_i²/n) — their largest value and
 * median — against the bound ‖x'‖ ≤ ‖x‖/s_min(M) ({@code bound} = max_x ‖x‖/s_min), and
 * whether every point is within it ({@code within}, with a relative slack of 1e-12).
 */
public record Audit(double labels, double relative, double norm, double median, double bound, boolean within, long points) {
  public static Audit of(Reduction red, DataSet s) {
    Mat x = s.x();
    Mat xp = red.map(x);
    Mat h = red.sign().predict(x);
    Mat hp = red.net().predict(xp);
    int n = x.cols;
    double labels = 0, relative = 0, bound = 0;
    Mat f = red.naturalFilters();
    int patch = f.cols;
    boolean within = true;
    double[] norms = new double[x.rows];
    for (int i = 0; i < x.rows; i++) {
      double diff = Math.abs(h.data[i] - hp.data[i]);
      labels = Math.max(labels, diff);
      double scale = 0;
      for (int o = 0; o < n; o += patch) {
        for (int j = 0; j < f.rows; j++) for (int q = 0; q < patch; q++) scale += Math.abs(f.data[j * patch + q] * xp.data[i * n + o + q]);
      }
      relative = Math.max(relative, diff == 0 ? 0 : diff / scale);
      double a = 0, b = 0;
      for (int j = 0; j < n; j++) {
        a += x.data[i * n + j] * x.data[i * n + j];
        b += xp.data[i * n + j] * xp.data[i * n + j];
      }
      double nx = Math.sqrt(a / n), nxp = Math.sqrt(b / n);
      norms[i] = nxp;
      bound = Math.max(bound, nx / red.smin());
      within &= nxp <= nx / red.smin() * (1 + 1e-12);
    }
    Arrays.sort(norms);
    int m = norms.length;
    double median = m == 0 ? Double.NaN : m % 2 == 1 ? norms[m / 2] : 0.5 * (norms[m / 2 - 1] + norms[m / 2]);
    return new Audit(labels, relative, m == 0 ? Double.NaN : norms[m - 1], median, bound, within, m);
  }

  @Override
  public String toString() {
    return String.format("audit(%d points: labels differ by at most %.3g (%.3g relative); ‖x'‖ max %.4g, median %.4g; bound ‖x‖/s_min %.4g; within: %b)",
        points, labels, relative, norm, median, bound, within);
  }
}
