package org.nnl.core.net;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.Gaussian;
import org.nnl.core.linalg.Mat;

class PooledNetworkTest {
  @Test
  void sumreluIsTheClippedSumOfRelus() {
    PooledNetwork net = new SumRelu(6, 4, WeightLaw.normal(0.3)).draw(2);
    Mat w = net.weights();
    Mat x = new Gaussian(6).sample(50, 3);
    Mat y = net.predict(x);
    for (int p = 0; p < x.rows; p++) {
      double s = 0;
      for (int k = 0; k < 4; k++) {
        double z = 0;
        for (int j = 0; j < 6; j++) z += w.get(k, j) * x.get(p, j);
        s += Math.max(0, z);
      }
      assertEquals(Math.min(1, s), y.get(p, 0), 1e-14);
    }
  }

  @Test
  void convPoolsOneSharedFilterOverPatches() {
    for (String pool : new String[] {"sum", "max"}) {
      PooledNetwork net = new Conv(6, 2, null, pool).draw(5);
      Mat w = net.weights();
      assertEquals(1, w.rows);
      Mat x = new Gaussian(6).sample(50, 4);
      Mat y = net.predict(x);
      for (int p = 0; p < x.rows; p++) {
        double s = 0, m = 0;
        for (int q = 0; q < 3; q++) {
          double z = Math.max(0, w.get(0, 0) * x.get(p, 2 * q) + w.get(0, 1) * x.get(p, 2 * q + 1));
          s += z;
          m = Math.max(m, z);
        }
        assertEquals(pool.equals("sum") ? Math.min(1, s) : m, y.get(p, 0), 1e-14);
      }
    }
  }

  @Test
  void refusesPatchesThatDoNotDivide() {
    var e = assertThrows(InvalidRequestException.class, () -> new Conv(7, 2, null, "sum"));
    assertTrue(e.getMessage().contains("d = 7, patch = 2"));
    assertThrows(InvalidRequestException.class, () -> new Conv(6, 2, null, "mean"));
  }
}
