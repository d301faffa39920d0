package org.nnl.core.hardness;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.Rng;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.linalg.SmallSquare;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Conv;
import org.nnl.core.net.Network;
import org.nnl.core.net.PooledNetwork;
import org.nnl.core.net.SumRelu;
import org.nnl.core.net.WeightLaw;
import org.nnl.core.predict.Predictor;

/**
 * The reduction of Section 4 for a sign-CNN h_W (n inputs, k = n/t patches of size t, filter
 * w ∈ {±1}^t; W ∈ R^{n×k} has column j equal to w on patch j). Coordinates are r = (b, p):
 * patch b < k, position p < t, index b·t + p.
 * <ul>
 * <li>Target "sumrelu" (Theorems 3.1–3.3): M is a k×k grid of diagonal blocks
 *     B^{bj} = diag(z^{bj}), z^j = (z^{1j}, …, z^{kj}) ∈ R^n drawn from the law (i.i.d. entries,
 *     or z^j uniform on r·S^{n−1} for spherecols). (MW)_{(b,p), j} = z^{bj}_p·w_p, which has
 *     the law exactly (sign flips keep a symmetric law). M is a permutation of the block
 *     diagonal of the t matrices A_p = [z^{bj}_p]_{b,j} (k×k), so s_min(M) = min_p s_min(A_p)
 *     and x' = (Mᵀ)⁻¹x is x'_{·,p} = (A_pᵀ)⁻¹ x_{·,p} for each p.</li>
 * <li>Target "conv" (Theorems 3.4–3.6, the per-patch version, for filters drawn from normal,
 *     uniform or bernoulli; spherecols is refused there): one z ∈ R^t with i.i.d. entries,
 *     M = I_k ⊗ diag(z), the natural filter z ⊙ w, each patch mapped x'^{(b)} = diag(z)⁻¹x^{(b)},
 *     s_min(M) = min_p |z_p|.</li>
 * </ul>
 * Since Wᵀx = (MW)ᵀx', h_W(x) = h_{MW}(x'). A block is numerically singular when
 * s_min ≤ {@link #SINGULAR}·s_max; it is then redrawn (i.i.d. laws: that block alone from the
 * next stream; spherecols: all of M) and {@link #draws()} counts the blocks drawn (t when none
 * was singular). Conditioning on invertibility changes MW's law by at most the probability of
 * a singular draw (0 for the continuous laws). Streams: {@code Rng.stream(seed, 13, p, a)} for
 * block p's a-th draw, {@code Rng.stream(seed, 13, a, -1 - j)} for spherecols column j.
 */
public final class Reduction {
  /** A block with s_min ≤ SINGULAR·s_max counts as singular. */
  public static final double SINGULAR = 1e-10;
  /** Draws of one block (or of all of M) before the reduction gives up. */
  static final int MAX_ATTEMPTS = 10_000;
  private static final long TAG = 13;

  private final SignCnn sign;
  private final WeightLaw law;
  private final WeightLaw drawn;
  private final boolean conv;
  private final Mat[] blocks;
  private final Mat[] inverseT;
  private final double smin;
  private final int draws;
  private final long seed;
  private final PooledNetwork net;

  private Reduction(SignCnn sign, WeightLaw law, boolean conv, long seed) {
    this.sign = sign;
    this.law = law;
    this.conv = conv;
    this.seed = seed;
    int n = sign.n(), t = sign.t(), k = sign.k();
    this.drawn = law.isXavier() ? WeightLaw.normal(1 / Math.sqrt(conv ? t : n)) : law;
    int m = conv ? 1 : k;
    // the blocks and their inverses: 2·t·m² doubles; their SVDs cost about t·m³ = n·k² flops
    MemoryGuard.requireDoubles(2.0 * t * m * m, "The " + t + " blocks of " + m + "x" + m + " of M",
        "use fewer patches (a larger patch size t, so k = n/t is smaller)");
    this.blocks = new Mat[t];
    double[] low = new double[t];
    int count = 0;
    if (drawn.family().equals("spherecols")) {
      for (int a = 0; ; a++) {
        require(a < MAX_ATTEMPTS, m);
        count += t;
        if (drawSphereBlocks(a, m, low)) break;
      }
    } else {
      for (int p = 0; p < t; p++) {
        for (int a = 0; ; a++) {
          require(a < MAX_ATTEMPTS, m);
          count++;
          Mat b = new Mat(m, m);
          drawn.fillRow(b.data, 0, m * m, Rng.stream(seed, TAG, p, a));
          low[p] = lowest(b);
          if (low[p] > 0) {
            blocks[p] = b;
            break;
          }
        }
      }
    }
    double s = Double.POSITIVE_INFINITY;
    for (double v : low) s = Math.min(s, v);
    this.smin = s;
    this.draws = count;
    this.inverseT = new Mat[t];
    for (int p = 0; p < t; p++) inverseT[p] = transpose(SmallSquare.inverse(blocks[p]));
    Architecture arch = conv ? new Conv(n, t, law, "sum") : new SumRelu(n, k, law);
    this.net = PooledNetwork.withWeights(arch, naturalFilters());
  }

  /**
   * The reduction of sign-CNN {@code h} to {@code law} ("sumrelu": h_{MW} with k hidden units;
   * "conv": the natural CNN with the same patches), M drawn from {@code seed}.
   */
  public static Reduction of(Network h, WeightLaw law, long seed, String target) {
    SignCnn s = SignCnn.of(h);
    InvalidRequestException.require(target.equals("sumrelu") || target.equals("conv"),
        "Unknown target '%s'. Known: sumrelu (Theorems 3.1–3.3), conv (Theorems 3.4–3.6).", target);
    InvalidRequestException.require(!(target.equals("conv") && law.family().equals("spherecols")),
        "Theorems 3.4–3.6 cover CNN filters drawn from normal, uniform or bernoulli, not %s; "
            + "spherecols is covered for a sumrelu target (to: \"sumrelu\").", law);
    return new Reduction(s, law, target.equals("conv"), seed);
  }

  private void require(boolean ok, int m) {
    InvalidRequestException.require(ok, "A %dx%d block of M stayed singular after %d draws from %s; use a larger k = n/t.",
        m, m, MAX_ATTEMPTS, law);
  }

  /** Spherecols (sumrelu target): z^j uniform on r·S^{n−1}; false when a block is singular. */
  private boolean drawSphereBlocks(int a, int m, double[] low) {
    int n = sign.n(), t = sign.t();
    double[] z = new double[n];
    for (int p = 0; p < t; p++) blocks[p] = new Mat(m, m);
    for (int j = 0; j < m; j++) {
      drawn.fillRow(z, 0, n, Rng.stream(seed, TAG, a, -1 - j));
      for (int b = 0; b < m; b++) for (int p = 0; p < t; p++) blocks[p].set(b, j, z[b * t + p]);
    }
    for (int p = 0; p < t; p++) {
      low[p] = lowest(blocks[p]);
      if (low[p] == 0) return false;
    }
    return true;
  }

  /** s_min of a block, or 0 when s_min ≤ SINGULAR·s_max. */
  private static double lowest(Mat b) {
    double[] s = SmallSquare.singularValues(b);
    double lo = s[s.length - 1];
    return lo > SINGULAR * s[0] ? lo : 0;
  }

  private static Mat transpose(Mat a) {
    Mat out = new Mat(a.cols, a.rows);
    for (int i = 0; i < a.rows; i++) for (int j = 0; j < a.cols; j++) out.set(j, i, a.get(i, j));
    return out;
  }

  /** The natural network's filters: (MW)ᵀ (k × n) for sumrelu, z ⊙ w (1 × t) for conv. */
  public Mat naturalFilters() {
    int t = sign.t(), k = sign.k();
    double[] w = sign.w();
    if (conv) {
      Mat f = new Mat(1, t);
      for (int p = 0; p < t; p++) f.data[p] = blocks[p].data[0] * w[p];
      return f;
    }
    Mat f = new Mat(k, sign.n());
    for (int j = 0; j < k; j++) for (int b = 0; b < k; b++) for (int p = 0; p < t; p++) f.set(j, b * t + p, blocks[p].get(b, j) * w[p]);
    return f;
  }

  /** M itself, n × n (for checks on small n). */
  public Mat matrix() {
    int n = sign.n(), t = sign.t(), k = sign.k();
    MemoryGuard.requireDoubles((double) n * n, "The " + n + "x" + n + " matrix M", "inspect a smaller reduction");
    Mat mm = new Mat(n, n);
    for (int b = 0; b < k; b++) {
      for (int p = 0; p < t; p++) {
        if (conv) mm.set(b * t + p, b * t + p, blocks[p].data[0]);
        else for (int j = 0; j < k; j++) mm.set(b * t + p, j * t + p, blocks[p].get(b, j));
      }
    }
    return mm;
  }

  /** x' = (Mᵀ)⁻¹x for every row of {@code x} (not modified). */
  public Mat map(Mat x) {
    int n = sign.n(), t = sign.t(), k = sign.k();
    InvalidRequestException.require(x.cols == n, "This reduction maps points of dimension %d; got dimension %d.", n, x.cols);
    MemoryGuard.requireDoubles((double) x.rows * n, "Mapping " + x.rows + " points", "map fewer points at a time");
    Mat out = new Mat(x.rows, n);
    double[] v = new double[k];
    for (int i = 0; i < x.rows; i++) {
      int o = i * n;
      for (int p = 0; p < t; p++) {
        if (conv) {
          double z = blocks[p].data[0];
          for (int b = 0; b < k; b++) out.data[o + b * t + p] = x.data[o + b * t + p] / z;
          continue;
        }
        for (int j = 0; j < k; j++) v[j] = x.data[o + j * t + p];
        Mat g = inverseT[p];
        for (int b = 0; b < k; b++) {
          double s = 0;
          for (int j = 0; j < k; j++) s += g.data[b * k + j] * v[j];
          out.data[o + b * t + p] = s;
        }
      }
    }
    return out;
  }

  /** S' = {((Mᵀ)⁻¹x, y)}: the points mapped, the labels kept. */
  public DataSet map(DataSet s) {
    return new DataSet(map(s.x()), s.y().copy());
  }

  /** f ∘ (Mᵀ)⁻¹: a function of x' (a model fitted on S') as a function of x. */
  public Predictor pullback(Predictor f) {
    InvalidRequestException.require(f.inputDim() == sign.n(),
        "transform composes functions of dimension %d with the map; got one of dimension %d.", sign.n(), f.inputDim());
    Reduction self = this;
    return new Predictor() {
      @Override
      public int inputDim() {
        return self.sign.n();
      }

      @Override
      public int outputDim() {
        return f.outputDim();
      }

      @Override
      public Mat predict(Mat x) {
        return f.predict(map(x));
      }

      @Override
      public String toString() {
        return f + " ∘ (Mᵀ)⁻¹";
      }
    };
  }

  /** h_{MW}, the natural-weight network. */
  public Network net() {
    return net;
  }

  /** h_W, the sign-CNN. */
  public Network sign() {
    return sign.net();
  }

  public WeightLaw law() {
    return law;
  }

  boolean isConv() {
    return conv;
  }

  long seed() {
    return seed;
  }

  /** s_min(M) = min over the t blocks of their smallest singular value. */
  public double smin() {
    return smin;
  }

  /** The number of blocks drawn (t when no block was singular). */
  public int draws() {
    return draws;
  }

  /** t, the number of blocks of M. */
  public int blocks() {
    return sign.t();
  }

  /** "sumrelu" or "conv". */
  public String target() {
    return conv ? "conv" : "sumrelu";
  }

  @Override
  public String toString() {
    return "reduction(" + sign.net().architecture() + " -> " + net.architecture() + ", s_min " + String.format("%.6g", smin)
        + ", " + draws + " blocks drawn)";
  }
}
