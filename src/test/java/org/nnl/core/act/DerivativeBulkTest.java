package org.nnl.core.act;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bulk backward step v·σ'(z) gives exactly the bits of v·derivative(z), special values included. */
class DerivativeBulkTest {
  static final double[] Z = {-3, -1e-300, -0.0, 0.0, Double.MIN_VALUE, 1e-300, 0.5, 2, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.NaN, -Double.MIN_VALUE, Double.MAX_VALUE};

  @Test
  void bulkEqualsElementwiseForEveryBuiltinWithADerivative() {
    for (String name : new String[] {"relu", "tanh", "erf", "relulike"}) {
      Activation s = Activations.builtin(name);
      double[] v = new double[Z.length];
      for (int i = 0; i < v.length; i++) v[i] = i % 2 == 0 ? 1.5 + i : -0.25 * i;
      double[] bulk = v.clone();
      s.multiplyByDerivative(bulk, Z, 0, Z.length);
      for (int i = 0; i < Z.length; i++) {
        assertEquals(Double.doubleToRawLongBits(v[i] * s.derivative(Z[i])), Double.doubleToRawLongBits(bulk[i]),
            name + " at z = " + Z[i]);
      }
    }
  }

  @Test
  void reluIsTheStepOverItsNorm() {
    Activation relu = Activations.builtin("relu");
    double[] v = {1, 1, 1, 1};
    relu.multiplyByDerivative(v, new double[] {-1, 0, 1e-310, 7}, 0, 4);
    double up = 1 / relu.norm();  // normalized relu: sqrt(2)·max(0, x), norm = 1/sqrt(2)
    assertEquals(Math.sqrt(2), up, 1e-15);
    assertEquals(0.0, v[0]);
    assertEquals(0.0, v[1]);
    assertEquals(up, v[2]);
    assertEquals(up, v[3]);
  }
}
