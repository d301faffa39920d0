package org.nnl.core.net;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.Table;
import org.nnl.core.hermite.Hermite;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.predict.Predictor;

/**
 * The shadow network Φ^{i,n}_W as an explicit polynomial p_W(x) in the d_0 inputs, of degree
 * n^{i−1}: Φ^1 = W^1 x is linear, Ψ^j = σ_n(Φ^j) with σ_n(z) = Σ_{p≤n} c_p z^p composed by
 * Horner's rule, Φ^{j+1} = W^{j+1} Ψ^j; c_p from {@link Hermite#monomials}.
 * Its coefficient sum Σ|coefficients| is set against Lemma 2.5's bound (2d̄)^{4n^{i−1}}, d̄ the
 * largest width. Sizes whose monomial count exceeds {@link #MAX_MONOMIALS}, or whose coefficients
 * would not fit in memory, are refused before anything is allocated, with the count and the bytes.
 * It is a {@link Predictor}: p_W(x) evaluates like the shadow network.
 */
public final class ShadowPolynomial implements Predictor {
  /** The largest number of monomials C(d_0 + n^{i−1}, d_0) accepted. */
  public static final long MAX_MONOMIALS = 1 << 18;

  private final DenseNetwork net;
  private final int n;
  private final Monomials mono;
  private final double[][] coeffs;

  private ShadowPolynomial(DenseNetwork net, int n, Monomials mono, double[][] coeffs) {
    this.net = net;
    this.n = n;
    this.mono = mono;
    this.coeffs = coeffs;
  }

  /** p_W for the degree-n shadow of {@code net} (an original network, or a shadow of degree n). */
  public static ShadowPolynomial of(Network network, int n) {
    InvalidRequestException.require(network instanceof DenseNetwork,
        "The shadow's polynomial needs a dense network; got %s.", network);
    DenseNetwork net = (DenseNetwork) network;
    InvalidRequestException.require(n >= 0, "The degree must be at least 0; got %d.", n);
    InvalidRequestException.require(net.shadowDegree() < 0 || net.shadowDegree() == n,
        "%s is a shadow of degree %d, not %d.", net, net.shadowDegree(), n);
    Dense arch = net.architecture();
    double degree = Math.pow(n, arch.depth() - 1);
    String way = "use a smaller input dimension, a lower degree or fewer layers";
    InvalidRequestException.require(degree <= 4096,
        "The polynomial of %s at degree %d has degree %.0f; %s.", arch, n, degree, way);
    double count = Monomials.count(arch.inputDim(), (int) degree);
    // Peak storage: the polynomials of two consecutive layers, the widest hidden layer's count each.
    double doubles = count * (2.0 * arch.maxWidth() + 2);
    InvalidRequestException.require(count <= MAX_MONOMIALS,
        "The polynomial in %d variables of degree %.0f has %.4g monomials (C(d_0 + n^(i-1), d_0)), more than the %d "
            + "NNL expands; its coefficients would need %.3g bytes; %s.",
        arch.inputDim(), degree, count, MAX_MONOMIALS, 8 * doubles, way);
    MemoryGuard.requireDoubles(doubles, "The polynomial's " + (long) count + " monomials per neuron", way);
    Monomials mono = new Monomials(arch.inputDim(), (int) degree, MAX_MONOMIALS, way);
    double work = 0;
    for (int j = 1; j < arch.depth(); j++) {
      work += (double) arch.width(j) * n * Monomials.count(arch.inputDim(), (int) Math.pow(n, j))
          * Monomials.count(arch.inputDim(), (int) Math.pow(n, j - 1));
      work += (double) arch.width(j + 1) * arch.width(j) * Monomials.count(arch.inputDim(), (int) Math.pow(n, j));
    }
    InvalidRequestException.require(work <= 2e10,
        "Expanding the polynomial of %s at degree %d takes about %.1e operations; %s.", arch, n, work, way);
    double[] c = Hermite.monomials(arch.activation(), n);
    double[][] psi = linear(mono, net.weights().get(0), identity(mono));
    Progress progress = Progress.current();
    progress.start("polynomial", arch.depth() - 1L);
    try {
      for (int j = 1; j < arch.depth(); j++) {
        Progress.checkInterrupted();
        for (int k = 0; k < psi.length; k++) psi[k] = compose(mono, c, psi[k]);
        psi = linear(mono, net.weights().get(j), psi);
        progress.advance(j);
      }
    } finally {
      progress.finish();
    }
    return new ShadowPolynomial(net, n, mono, psi);
  }

  /** The rows of W applied to the polynomials {@code in}: out_r = Σ_l W_rl·in_l. */
  private static double[][] linear(Monomials mono, Mat w, double[][] in) {
    double[][] out = new double[w.rows][mono.size()];
    for (int r = 0; r < w.rows; r++)
      for (int l = 0; l < w.cols; l++) {
        double v = w.get(r, l);
        double[] p = in[l];
        for (int m = 0; m < p.length; m++) out[r][m] += v * p[m];
      }
    return out;
  }

  private static double[][] identity(Monomials mono) {
    double[][] x = new double[mono.d][mono.size()];
    for (int j = 0; j < mono.d; j++) x[j][mono.variable(j)] = 1;
    return x;
  }

  /** σ_n(q) = (…(c_n q + c_{n−1}) q + …) q + c_0. */
  private static double[] compose(Monomials mono, double[] c, double[] q) {
    int one = mono.index(0);
    double[] r = new double[mono.size()];
    r[one] = c[c.length - 1];
    for (int p = c.length - 2; p >= 0; p--) {
      r = mono.multiply(r, q);
      r[one] += c[p];
    }
    return r;
  }

  /** C(d + D, d), the number of monomials of total degree ≤ D in d variables (a double: it may be huge or infinite). */
  public static double monomialCount(int d, double maxDegree) {
    double c = 1;
    for (int k = 1; k <= d; k++) c = c * (maxDegree + k) / k;
    return Math.rint(c);
  }

  /** d_0, the number of variables. */
  public int variables() {
    return mono.d;
  }

  @Override
  public int inputDim() {
    return mono.d;
  }

  @Override
  public int outputDim() {
    return coeffs.length;
  }

  @Override
  public Mat predict(Mat x) {
    return evaluate(x);
  }

  /** n, the shadow's degree. */
  public int shadowDegree() {
    return n;
  }

  /** n^{i−1}. */
  public int degree() {
    return mono.maxDegree;
  }

  public int monomialCount() {
    return mono.size();
  }

  /** The coefficient of monomial {@code m} in output {@code k}. */
  public double coefficient(int k, int m) {
    return coeffs[k][m];
  }

  /** The exponents of monomial {@code m}. */
  public int[] exponents(int m) {
    return mono.exponents(m);
  }

  /** Σ over outputs and monomials of |coefficient|. */
  public double coefficientSum() {
    double s = 0;
    for (double[] p : coeffs) for (double v : p) s += Math.abs(v);
    return s;
  }

  /** log₁₀ of Lemma 2.5's bound (2d̄)^{4n^{i−1}}. */
  public double log10Bound() {
    return 4.0 * mono.maxDegree * Math.log10(2.0 * net.architecture().maxWidth());
  }

  /** (2d̄)^{4n^{i−1}} (infinite when it exceeds a double; compare {@link #log10Bound}). */
  public double bound() {
    return Math.pow(10, log10Bound());
  }

  /** p_W at every row of {@code x}. */
  public Mat evaluate(Mat x) {
    InvalidRequestException.require(x.cols == mono.d,
        "The polynomial takes %d variables; got points of dimension %d.", mono.d, x.cols);
    Mat out = new Mat(x.rows, coeffs.length);
    int[][] exps = new int[mono.size()][];
    for (int m = 0; m < exps.length; m++) exps[m] = mono.exponents(m);
    double[][] pow = new double[mono.d][mono.maxDegree + 1];
    for (int p = 0; p < x.rows; p++) {
      for (int j = 0; j < mono.d; j++) {
        pow[j][0] = 1;
        for (int e = 1; e <= mono.maxDegree; e++) pow[j][e] = pow[j][e - 1] * x.get(p, j);
      }
      for (int m = 0; m < exps.length; m++) {
        double v = 1;
        for (int j = 0; j < mono.d; j++) v *= pow[j][exps[m][j]];
        for (int k = 0; k < coeffs.length; k++) out.data[p * coeffs.length + k] += coeffs[k][m] * v;
      }
    }
    return out;
  }

  /**
   * The largest |p_W(x) − Φ^{i,n}_W(x)| / (1 + |Φ^{i,n}_W(x)|) over the rows of {@code x}: the
   * check that the expansion and the shadow network agree pointwise.
   */
  public double maxDeviation(Mat x) {
    Mat p = evaluate(x);
    Mat s = net.shadowDegree() == n ? net.predict(x) : net.shadow(n).predict(x);
    double worst = 0;
    for (int i = 0; i < p.data.length; i++) {
      worst = Math.max(worst, Math.abs(p.data[i] - s.data[i]) / (1 + Math.abs(s.data[i])));
    }
    return worst;
  }

  /** log₁₀ Σ|coefficients|, to set beside {@link #log10Bound}. */
  public double log10CoefficientSum() {
    return Math.log10(coefficientSum());
  }

  /** The non-zero monomial coefficients of every output: a table (output, monomial, degree, coeff), outputs from 1. */
  public Table coefficients() {
    Table t = new Table("output", "monomial", "degree", "coeff");
    for (int k = 0; k < coeffs.length; k++) {
      for (int m = 0; m < mono.size(); m++) {
        if (coeffs[k][m] != 0) t.addRow((long) k + 1, mono.name(m), (long) mono.degrees[m], coeffs[k][m]);
      }
    }
    return t;
  }

  /**
   * The coefficients b_α in the Hermite tensor basis h_α(x) = Π_j h_{α_j}(x_j), p_W = Σ_α b_α h_α,
   * h_k = He_k/√k!: a table (output, term, degree, coeff) of the non-zero ones, the term named
   * like {@code h2(x1)*h1(x3)}. From x^k = Σ_{m ≤ k/2} k!/(2^m m! (k−2m)!)·√((k−2m)!)·h_{k−2m}(x),
   * one variable at a time.
   */
  public Table hermiteCoefficients() {
    double[][] b = HermiteTensor.fromMonomials(mono, coeffs);
    Table t = new Table("output", "term", "degree", "coeff");
    for (int k = 0; k < b.length; k++) {
      for (int m = 0; m < mono.size(); m++) {
        if (b[k][m] != 0) t.addRow((long) k + 1, HermiteTensor.name(mono, m), (long) mono.degrees[m], b[k][m]);
      }
    }
    return t;
  }

  /** The Hermite tensor coefficients b[output][monomial index of α] (see {@link #hermiteCoefficients}). */
  public double[][] hermiteArray() {
    return HermiteTensor.fromMonomials(mono, coeffs);
  }

  /** The non-zero coefficients of output {@code k} as a table (monomial, degree, coeff). */
  public Table table(int k) {
    Table t = new Table("monomial", "degree", "coeff");
    for (int m = 0; m < mono.size(); m++) {
      if (coeffs[k][m] != 0) t.addRow(mono.name(m), (long) mono.degrees[m], coeffs[k][m]);
    }
    return t;
  }

  @Override
  public String toString() {
    return "polynomial(" + net + ", degree: " + n + "): " + mono.size() + " monomials of degree ≤ " + mono.maxDegree;
  }
}
