package org.nnl.core.measure;

import java.util.List;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.Table;
import org.nnl.core.dist.Distribution;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.DenseNetwork;
import org.nnl.core.net.Network;

/**
 * moments(net, D, samples: m): for every layer j = 0..i the mean normalized second moment
 * E_x ‖Ψ^j(x)‖² = E_x Σ_k Ψ^j_k(x)²/d_j (layer 0 is the input, layer i the output Φ^i), as an
 * {@link Estimate} over the m points x = D.sample(m, seed). For Xavier networks and normalized
 * activations it stays near 1 in every layer.
 */
public final class Moments {
  private Moments() {}

  /** Points pushed through the network at a time (bounds the memory of the stored layers). */
  static final int CHUNK = 4096;

  /** The table (layer, width, moment). */
  public static Table moments(Network net, Distribution dist, int m, long seed) {
    InvalidRequestException.require(net instanceof DenseNetwork,
        "moments needs a dense network; got %s.", net);
    DenseNetwork dense = (DenseNetwork) net;
    Checks.sameInput(net, dist);
    InvalidRequestException.require(m > 0, "moments needs at least one sample; got %d.", m);
    MemoryGuard.requireDoubles((long) m * (dense.depth() + 1 + dist.dim()), "moments over " + m + " samples", "use fewer samples");
    int layers = dense.depth() + 1;
    double[][] values = new double[layers][m];
    Mat x = dist.sample(m, seed);
    Progress progress = Progress.current();
    progress.start("moments", m);
    try {
      for (int from = 0; from < m; from += CHUNK) {
        Progress.checkInterrupted();
        int to = Math.min(m, from + CHUNK);
        Mat chunk = new Mat(to - from, x.cols);
        System.arraycopy(x.data, from * x.cols, chunk.data, 0, chunk.data.length);
        List<Mat> psi = dense.layers(chunk);
        for (int j = 0; j < layers; j++) {
          Mat l = psi.get(j);
          for (int p = 0; p < l.rows; p++) {
            double ss = 0;
            for (int k = p * l.cols; k < (p + 1) * l.cols; k++) ss += l.data[k] * l.data[k];
            values[j][from + p] = ss / l.cols;
          }
        }
        progress.advance(to);
      }
    } finally {
      progress.finish();
    }
    Table t = new Table("layer", "width", "moment");
    for (int j = 0; j < layers; j++) t.addRow((long) j, (long) dense.architecture().width(j), Estimate.of(values[j]));
    return t;
  }
}
