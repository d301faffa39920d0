package org.nnl.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class EstimateTest {
  @Test
  void meanAndStandardErrorOfASmallSample() {
    // 1..4: mean 2.5, sample variance 5/3, stderr sqrt(5/3/4) = 0.6454972243679028 (closed form)
    Estimate e = Estimate.of(new double[] {1, 2, 3, 4});
    assertEquals(2.5, e.mean(), 0);
    assertEquals(0.6454972243679028, e.stderr(), 1e-15);
    assertEquals(4, e.count());
  }

  @Test
  void streamsDependOnSeedAndPathOnly() {
    assertEquals(Rng.stream(7, 1, 2).nextLong(), Rng.stream(7, 1, 2).nextLong());
    assertNotEquals(Rng.stream(7, 1, 2).nextLong(), Rng.stream(7, 2, 1).nextLong());
    assertNotEquals(Rng.stream(7).nextLong(), Rng.stream(8).nextLong());
  }
}
