package org.nnl.core.act;

import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.text.Numbers;

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
  static final GaussLegendre GL = new GaussLegendre(POINTS);

  private final double[] x;
  private final double[] w;
  private final double[] f;
  private final double[] breaks;
  private final double halfWidth;
  private final double[] singular;

  GaussianRule(double[] x, double[] w, double[] f, double[] breaks, double halfWidth, double[] singular) {
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
    PanelBuilder b = new PanelBuilder(p, scale * 1e-17);
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
        p.name, Numbers.format(t, 6), Numbers.format(v, 6)));
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

}
