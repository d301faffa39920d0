package org.nnl.core.hermite;

import java.util.TreeSet;
import org.nnl.core.act.Activation;
import org.nnl.core.act.GaussLegendre;
import org.nnl.core.act.GaussianRule;

/**
 * σ̂(ρ) = E σ(X)σ(Y), corr(X, Y) = ρ, for activations without a closed form. Mehler's series
 * Σ a_i² ρ^i when its tail ε(N)|ρ|^{N+1} is below 1e-15 for some N ≤ 1000; otherwise (kinked σ
 * near |ρ| = 1, where the series converges slowly) the two-dimensional integral in polar
 * coordinates, X = r cos t, Y = r cos(t − θ), θ = arccos ρ:
 * σ̂(ρ) = (1/2π) ∫₀^{2π} ∫₀^R σ(r cos t) σ(r cos(t − θ)) r e^{−r²/2} dr dt, split where the
 * kinks of σ meet (radially at r = k/cos t, angularly where two kink lines cross).
 */
final class Duals {
  private Duals() {}

  private static final GaussLegendre GL = new GaussLegendre(20);
  private static final int[] DEGREES = {64, 128, 256, 512, HermiteBasis.MAX_DEGREE};

  static double generic(Activation a, Expansion e, double rho) {
    double total = a.norm() / a.scale();
    total *= total;
    if (rho == 1) return total;
    for (int n : DEGREES) {
      Expansion.Snapshot s = e.upTo(n);
      int d = s.degree();
      if (s.eps()[d] * Math.pow(Math.abs(rho), d + 1) <= 1e-15 * total) return mehler(s.a(), rho);
    }
    return polar(a, e.rule, rho, total);
  }

  /** Σ_{i≤n} a_i² ρ^i by Horner's rule. */
  static double mehler(double[] a, double rho) {
    double s = 0;
    for (int i = a.length - 1; i >= 0; i--) s = s * rho + a[i] * a[i];
    return s;
  }

  static double polar(Activation a, GaussianRule rule, double rho, double total) {
    double theta = Math.acos(rho);
    double[] kinks = rule.singularities();
    double radius = rule.halfWidth();
    double inv = 1 / a.scale();
    TreeSet<Double> cuts = new TreeSet<>();
    double twoPi = 2 * Math.PI;
    for (int k = 0; k <= 16; k++) cuts.add(k * twoPi / 16);
    for (double base : new double[] {Math.PI / 2, theta + Math.PI / 2, theta / 2, theta / 2 + Math.PI / 2}) {
      for (int k = 0; k < 4; k++) {
        double t = base + k * Math.PI;
        t -= twoPi * Math.floor(t / twoPi);
        cuts.add(t);
      }
    }
    double sum = 0;
    Double prev = null;
    for (double c : cuts) {
      if (prev != null && c - prev > 1e-15) sum += angular(a, inv, theta, kinks, radius, prev, c, total, 0);
      prev = c;
    }
    return sum / twoPi;
  }

  private static double angular(Activation a, double inv, double theta, double[] kinks, double radius,
      double lo, double hi, double total, int depth) {
    double mid = 0.5 * (lo + hi);
    double hw = 0.5 * (hi - lo);
    double[] v = new double[GL.size()];
    double s = 0;
    double vmax = 0;
    for (int j = 0; j < v.length; j++) {
      v[j] = radial(a, inv, mid + hw * GL.node(j), theta, kinks, radius);
      s += GL.weight(j) * v[j];
      vmax = Math.max(vmax, Math.abs(v[j]));
    }
    double tail = GL.tail(v);
    if (depth < 24 && tail * hw > 1e-17 * total && tail > 1e-14 * vmax) {
      return angular(a, inv, theta, kinks, radius, lo, mid, total, depth + 1)
          + angular(a, inv, theta, kinks, radius, mid, hi, total, depth + 1);
    }
    return s * hw;
  }

  /** ∫₀^R σ(r cos t) σ(r cos(t − θ)) r e^{−r²/2} dr. */
  private static double radial(Activation a, double inv, double t, double theta, double[] kinks, double radius) {
    double c1 = Math.cos(t);
    double c2 = Math.cos(t - theta);
    TreeSet<Double> cuts = new TreeSet<>();
    int cells = (int) Math.ceil(radius / 0.25);
    for (int i = 0; i <= cells; i++) cuts.add(Math.min(radius, i * 0.25));
    for (double k : kinks) {
      if (c1 != 0 && k / c1 > 0 && k / c1 < radius) cuts.add(k / c1);
      if (c2 != 0 && k / c2 > 0 && k / c2 < radius) cuts.add(k / c2);
    }
    double sum = 0;
    Double prev = null;
    for (double c : cuts) {
      if (prev != null && c > prev) {
        double mid = 0.5 * (prev + c);
        double hw = 0.5 * (c - prev);
        for (int j = 0; j < GL.size(); j++) {
          double r = mid + hw * GL.node(j);
          sum += hw * GL.weight(j) * r * Math.exp(-0.5 * r * r) * a.raw(r * c1) * a.raw(r * c2);
        }
      }
      prev = c;
    }
    return sum * inv * inv;
  }
}
