package org.nnl.core.net;

import static org.junit.jupiter.api.Assertions.*;
import static org.nnl.core.Pools.inPool;

import org.junit.jupiter.api.Test;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;

/**
 * The blocked forward pass of {@link DenseNetwork#predict} against the layer-by-layer pass
 * ({@link DenseNetwork#layers}, whose values DenseTest checks point by point): the same bits for
 * any block size and thread count, since a row's values depend on that row alone.
 */
class BlockedForwardTest {
  /** Odd widths, depths 2 to 4, relu, erf, and a shadow network's σ_n. */
  static final DenseNetwork[] NETS = {
    new Dense(TestActivations.RELU, 9, 37, 1).draw(11),
    new Dense(Activations.builtin("erf"), 8, 70, 5, 2).draw(12),
    new Dense(Activations.builtin("tanh"), 5, 13, 50, 11, 3).draw(13).shadow(3),
  };

  static Mat layerByLayer(DenseNetwork net, Mat x) {
    var layers = net.layers(x);
    return layers.get(layers.size() - 1);
  }

  @Test
  void blocksOfAnySizeOnAnyThreadCountGiveTheLayerByLayerBits() throws Exception {
    for (DenseNetwork net : NETS) {
      Mat x = new Sphere(net.inputDim()).sample(1001, 5);
      Mat want = layerByLayer(net, x);
      for (int rows : new int[] {1, 7, 128, 1000, 1001}) {
        for (int threads : new int[] {1, 2, 4}) {
          Mat got = inPool(threads, () -> net.blocked(x, rows));
          assertArrayEquals(want.data, got.data, net + ", blocks of " + rows + " rows, " + threads + " threads");
        }
      }
    }
  }

  @Test
  void predictTakesTheBlockedPassForManyPointsWithTheSameBits() throws Exception {
    DenseNetwork net = NETS[1];
    Mat x = new Sphere(net.inputDim()).sample(3000, 6);
    Mat want = layerByLayer(net, x);
    for (int threads : new int[] {1, 2, 4}) {
      assertTrue(net.blockRows(x.rows, threads) > 0, "3000 points on " + threads + " threads");
      assertArrayEquals(want.data, inPool(threads, () -> net.predict(x)).data, threads + " threads");
    }
  }

  @Test
  void blockSizeFollowsTheWidestHiddenLayerAndTheThreads() {
    DenseNetwork wide = new Dense(TestActivations.RELU, 32, 1024, 1024, 1).draw(1);
    // 2^20 values per block of the 1024-wide layers: 1024 rows, 8 blocks, a multiple of 2 and 4.
    assertEquals(1024, wide.blockRows(8192, 2));
    assertEquals(1024, wide.blockRows(8192, 4));
    // Three threads: 8 blocks rounded up to 9, so ⌈8192 / 9⌉ = 911 rows.
    assertEquals(911, wide.blockRows(8192, 3));
    // Fewer than 128 rows per thread, or a single layer: the layer-by-layer pass.
    assertEquals(0, wide.blockRows(255, 2));
    assertEquals(128, wide.blockRows(256, 2));
    assertEquals(0, new Dense(TestActivations.RELU, 32, 1).draw(1).blockRows(100000, 2));
  }
}
