package org.nnl.core.learn;

import java.util.Arrays;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.DataSet;
import org.nnl.core.net.Dense;

/** Run in a JVM of its own by {@link FusedSgdTest}: prints the SGD kernel in use and a checksum of a small fused fit. */
public final class SgdProbe {
  private SgdProbe() {}

  public static void main(String[] args) {
    System.out.println(HiddenBlocks.pick().name());
    System.out.println(checksum());
  }

  /** A hash of the bits of the weights and losses of dense(6 -> 300 -> 1, relu) trained 2 epochs on 2 threads. */
  static int checksum() {
    Dense arch = new Dense(Activations.builtin("relu"), 6, 300, 1);
    DataSet d = SgdTest.data(new Dense(Activations.builtin("tanh"), 6, 8, 1), 3, 50, 4);
    SgdModel m = new Sgd(arch, 2, 0.003, 16, 5, 0, Schedule.CONSTANT, 2).fit(d);
    int h = Arrays.hashCode(m.losses());
    for (var w : m.network().weights()) h = 31 * h + Arrays.hashCode(w.data);
    return h;
  }
}
