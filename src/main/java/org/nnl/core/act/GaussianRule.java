package org.nnl.core.act;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.nnl.core.InvalidRequestException;

/**
 * A quadrature rule for E g(X), X ~ N(0, 1), fitted to one function f: ∫ g(x) φ(x) dx ≈
 * Σ_j w_j g(x_j) φ(x_j). The line [−L, L] (L chosen so that |f(x)| e^{−x²/4} is negligible
 * beyond it) is cut at f's kinks and into panels of width ≤ 1/4, each carrying a 20-point
 * Gauss–Legendre rule; a panel whose Legendre tail shows that f is not resolved there (an
 * unknown kink or jump) is bisected, down to widths of about 1e-15. Values f(x_j) are kept.
 * Refuses f that returns NaN or ±∞, or that is not square-integrable under N(0, 1).
 */
public final class GaussianRule {
  static final int POINTS = 20;
  static final double PANEL = 0.25;
  static final double MAX_HALF_WIDTH = 40;
  private static final GaussLegendre GL = new GaussLegendre(POINTS);

  private final double[] x;
  private final double[] w;
  private final double[] f;
  private final double[] breaks;
  private final double halfWidth;
  private final double[] singular;

  private GaussianRule(double[] x, double[] w, double[] f, double[] breaks, double halfWidth, double[] singular) {
    this.singular = singular;
    this.x = x;
    this.w = w;
    this.f = f;
    this.breaks = breaks;
    this.halfWidth = halfWidth;
  }

  /** Builds the rule for {@code f} (named {@code name} in messages), split at {@code kinks}. */
  public static GaussianRule of(String name, DoubleUnaryOperator f, double[] kinks) {
    Probe p = new Probe(name, f);
    double scale = 0;
    for (double t = -8; t <= 8; t += 0.25) scale = Math.max(scale, Math.abs(p.at(t)) * Math.exp(-t * t / 4));
    if (scale == 0) scale = Double.MIN_NORMAL;
    double half = domain(p, scale);
    TreeSet<Double> cuts = new TreeSet<>();
    for (double k : kinks) if (Double.isFinite(k) && Math.abs(k) < half) cuts.add(k);
    int cells = (int) Math.round(half / PANEL);
    for (int i = -cells; i <= cells; i++) {
      double g = i * PANEL;
      Double lo = cuts.floor(g);
      Double hi = cuts.ceiling(g);
      boolean near = (lo != null && g - lo < 0.02) || (hi != null && hi - g < 0.02);
      if (!near || Math.abs(i) == cells) cuts.add(g);
    }
    Builder b = new Builder(p, scale * 1e-17);
    Double prev = null;
    for (double c : cuts) {
      if (prev != null) b.panel(prev, c, 0);
      prev = c;
    }
    TreeSet<Double> sing = new TreeSet<>();
    for (double k : kinks) if (Double.isFinite(k) && Math.abs(k) < half) sing.add(k);
    b.deep.sort((u, v) -> Double.compare(u[1], v[1]));
    for (double[] d : b.deep) {
      Double lo = sing.floor(d[0]);
      Double hi = sing.ceiling(d[0]);
      if ((lo == null || d[0] - lo > 1e-4) && (hi == null || hi - d[0] > 1e-4)) sing.add(d[0]);
    }
    return b.build(half, sing.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The rule of a's raw function: cached by built-in and user activations, built otherwise. */
  public static GaussianRule forActivation(Activation a) {
    if (a instanceof RuleHolder h) return h.rule();
    return of(a.name(), a::raw, a.kinks());
  }

  private static double domain(Probe p, double scale) {
    for (int half = 12; half <= MAX_HALF_WIDTH; half++) {
      boolean small = true;
      for (double t : new double[] {half, half + 1, half + 2, half + 4, half + 8}) {
        double v = Math.max(p.tail(t), p.tail(-t)) * Math.exp(-t * t / 4);
        if (!(v <= 1e-19 * scale)) small = false;
      }
      if (small) return half;
    }
    double t = MAX_HALF_WIDTH;
    double v = Math.max(Math.abs(p.tail(t)), Math.abs(p.tail(-t)));
    throw new InvalidRequestException(String.format(
        "Activation %s is not square-integrable under N(0,1), or grows too fast to expand: "
            + "|f(x)|·e^{−x²/4} does not become negligible (|f(±%s)| = %s). "
            + "Use a function that grows more slowly than e^{x²/4}.",
        p.name, fmt(t), fmt(v)));
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return String.format("%.6g", v);
  }

  public int size() {
    return x.length;
  }

  /** Nodes x_j (a copy). */
  public double[] nodes() {
    return x.clone();
  }

  /** Weights w_j of ∫ g(x) dx ≈ Σ w_j g(x_j) (without φ; a copy). */
  public double[] weights() {
    return w.clone();
  }

  /** f(x_j) (a copy). */
  public double[] values() {
    return f.clone();
  }

  /** Panel boundaries, sorted (a copy). */
  public double[] breaks() {
    return breaks.clone();
  }

  /** The declared kinks inside [−L, L] and the points where refinement found non-smooth behaviour. */
  public double[] singularities() {
    return singular.clone();
  }

  /** L: the rule covers [−L, L]. */
  public double halfWidth() {
    return halfWidth;
  }

  /** E f(X)² = Σ w_j f_j² φ(x_j). */
  public double meanSquare() {
    double s = 0;
    for (int j = 0; j < x.length; j++) s += w[j] * f[j] * f[j] * SpecialFunctions.normalPdf(x[j]);
    return s;
  }

  /** Evaluates f, refusing NaN and ±∞ with the x where it happened. */
  static final class Probe {
    final String name;
    final DoubleUnaryOperator f;

    Probe(String name, DoubleUnaryOperator f) {
      this.name = name;
      this.f = f;
    }

    double at(double t) {
      double v = f.applyAsDouble(t);
      if (!Double.isFinite(v)) {
        throw new InvalidRequestException(String.format(
            "Activation %s returns %s at x = %s; an activation must be finite everywhere.",
            name, Double.isNaN(v) ? "NaN" : v > 0 ? "infinity" : "-infinity", fmtX(t)));
      }
      return v;
    }

    /** |f(t)| far out, where ±∞ means "grows too fast", not a bad value. */
    double tail(double t) {
      double v = f.applyAsDouble(t);
      if (Double.isNaN(v)) at(t);
      return Math.abs(v);
    }

    static String fmtX(double t) {
      return String.format("%.6g", t).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
    }
  }

  private static final class Builder {
    final Probe p;
    final double tol;
    final List<double[]> panels = new ArrayList<>();
    final TreeSet<Double> br = new TreeSet<>();
    /** {midpoint, width} of panels bisected 14 times or more: where f is not smooth. */
    final List<double[]> deep = new ArrayList<>();

    Builder(Probe p, double tol) {
      this.p = p;
      this.tol = tol;
    }

    void panel(double a, double b, int depth) {
      double mid = 0.5 * (a + b);
      double hw = 0.5 * (b - a);
      double[] v = new double[POINTS];
      double fmax = 0;
      for (int j = 0; j < POINTS; j++) {
        v[j] = p.at(mid + hw * GL.nodes[j]);
        fmax = Math.max(fmax, Math.abs(v[j]));
      }
      double c0 = 0;
      double c1 = 0;
      for (int j = 0; j < POINTS; j++) {
        c0 += GL.tailRows[0][j] * v[j];
        c1 += GL.tailRows[1][j] * v[j];
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
      double[] row = new double[3 * POINTS];
      for (int j = 0; j < POINTS; j++) {
        row[j] = mid + hw * GL.nodes[j];
        row[POINTS + j] = hw * GL.weights[j];
        row[2 * POINTS + j] = v[j];
      }
      panels.add(row);
    }

    GaussianRule build(double half, double[] singular) {
      int n = panels.size() * POINTS;
      double[] x = new double[n];
      double[] w = new double[n];
      double[] f = new double[n];
      int k = 0;
      for (double[] row : panels) {
        System.arraycopy(row, 0, x, k, POINTS);
        System.arraycopy(row, POINTS, w, k, POINTS);
        System.arraycopy(row, 2 * POINTS, f, k, POINTS);
        k += POINTS;
      }
      double[] bs = br.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(bs);
      return new GaussianRule(x, w, f, bs, half, singular);
    }
  }
}
