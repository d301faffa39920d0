package org.nnl.core.act;

import static org.nnl.core.act.SpecialFunctions.ONE_OVER_SQRT_PI;

/**
 * The raw functions f of the built-in activations with their derivatives f', Lipschitz
 * constants sup|f'|, kinks, and E f(X)² and the dual kernel E f(X)f(Y) where closed forms exist.
 */
enum BuiltinFunction {
  /** max(0, x); E f² = 1/2; E f(X)f(Y) = (√(1−ρ²) + (π − arccos ρ)ρ)/(2π) (arc-cosine kernel). */
  RELU("relu", 1, 0.5) {
    double f(double x) { return x > 0 ? x : 0; }
    double df(double x) { return x > 0 ? 1 : 0; }
    double rawDual(double r) { return arcCosine(r); }
  },
  /** √(π/2) erf(x/√2) = ∫₀ˣ e^{−t²/2} dt; E f² = π/6; E f(X)f(Y) = arcsin(ρ/2). */
  ERF("erf", 1, Math.PI / 6) {
    double f(double x) { return SQRT_HALF_PI * SpecialFunctions.erf(x * SpecialFunctions.SQRT_HALF); }
    double df(double x) { return Math.exp(-0.5 * x * x); }
    double rawDual(double r) { return Math.asin(r / 2); }
  },
  /** ∫₀ˣ (erf(t) + 1) dt = x + x erf(x) + (e^{−x²} − 1)/√π. */
  RELULIKE("relulike", 2, Double.NaN) {
    double f(double x) {
      return x * SpecialFunctions.erfc(-x) + (Math.exp(-x * x) - 1) * ONE_OVER_SQRT_PI;
    }
    double df(double x) { return SpecialFunctions.erfc(-x); }
  },
  TANH("tanh", 1, Double.NaN) {
    double f(double x) { return Math.tanh(x); }
    double df(double x) { double t = Math.tanh(x); return 1 - t * t; }
  },
  /** 1/(1 + e^{−x}). */
  LOGISTIC("logistic", 0.25, Double.NaN) {
    double f(double x) { return logistic(x); }
    double df(double x) { double s = logistic(x); return s * (1 - s); }
  },
  /** log(1 + eˣ). */
  SOFTPLUS("softplus", 1, Double.NaN) {
    double f(double x) { return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)); }
    double df(double x) { return logistic(x); }
  },
  /** x·Φ(x); f' = Φ(x) + xφ(x), largest at x = √2. */
  GELU("gelu", SpecialFunctions.normalCdf(Math.sqrt(2)) + Math.sqrt(2) * SpecialFunctions.normalPdf(Math.sqrt(2)), Double.NaN) {
    double f(double x) { return x * SpecialFunctions.normalCdf(x); }
    double df(double x) { return SpecialFunctions.normalCdf(x) + x * SpecialFunctions.normalPdf(x); }
  },
  /** |x|; E f² = 1; E f(X)f(Y) = (2/π)(√(1−ρ²) + ρ arcsin ρ). */
  ABS("abs", 1, 1) {
    double f(double x) { return Math.abs(x); }
    double df(double x) { return x > 0 ? 1 : -1; }
    double rawDual(double r) { return 2 / Math.PI * (sqrt1m(r) + r * Math.asin(r)); }
  },
  /** x; E f(X)f(Y) = ρ. */
  IDENTITY("identity", 1, 1) {
    double f(double x) { return x; }
    double df(double x) { return 1; }
    double rawDual(double r) { return r; }
  };

  static final double SQRT_HALF_PI = Math.sqrt(Math.PI / 2);

  final String label;
  final double rawLipschitz;
  /** E f(X)² in closed form, NaN when it is computed by quadrature. */
  final double meanSquare;

  BuiltinFunction(String label, double rawLipschitz, double meanSquare) {
    this.label = label;
    this.rawLipschitz = rawLipschitz;
    this.meanSquare = meanSquare;
  }

  abstract double f(double x);

  abstract double df(double x);

  /** E f(X)f(Y), corr = ρ, in closed form; NaN when none is known. */
  double rawDual(double r) {
    return Double.NaN;
  }

  double[] kinks() {
    return this == RELU || this == ABS ? new double[] {0} : new double[0];
  }

  static double logistic(double x) {
    if (x >= 0) return 1 / (1 + Math.exp(-x));
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /** √(1 − ρ²) without cancellation near |ρ| = 1. */
  static double sqrt1m(double r) {
    return Math.sqrt(Math.max(0, (1 - r) * (1 + r)));
  }

  /** E relu(X) relu(Y) = (√(1−ρ²) + (π − arccos ρ) ρ)/(2π). */
  static double arcCosine(double r) {
    return (sqrt1m(r) + (Math.PI - Math.acos(r)) * r) / (2 * Math.PI);
  }
}
