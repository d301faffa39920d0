package org.nnl.core.hardness;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Conv;
import org.nnl.core.net.Network;
import org.nnl.core.net.PooledNetwork;
import org.nnl.core.net.WeightLaw;

/**
 * A sign-CNN h_w^n(x) = clip₀¹(Σ_{i=1}^{k} relu(⟨w, x^{(i)}⟩)): k = n/t non-overlapping patches
 * x^{(i)} of size t and one filter w ∈ {±1}^t — a network drawn from
 * {@code conv(n, patch: t, weights: bernoulli(1))}. {@code w} is a copy; not modified.
 */
record SignCnn(Network net, int n, int t, double[] w) {
  int k() {
    return n / t;
  }

  /** The sign-CNN behind {@code h}, or a refusal saying what a sign-CNN is. */
  static SignCnn of(Network h) {
    Architecture a = h.architecture();
    String what = "reduction needs a sign-CNN: a network drawn from conv(n, patch: t, weights: bernoulli(1))";
    if (!(a instanceof Conv c) || !(h instanceof PooledNetwork p)) {
      throw new InvalidRequestException(what + "; got a network of " + a + ".");
    }
    InvalidRequestException.require(c.pool().equals("sum"),
        "%s, pooled by clip₀¹(sum); got pool: \"%s\".", what, c.pool());
    InvalidRequestException.require(c.law().equals(WeightLaw.bernoulli(1)),
        "%s, whose filter is in {±1}^t; got weights: %s.", what, c.law());
    double[] w = p.weights().data;
    for (double v : w) {
      if (Math.abs(v) != 1) throw new IllegalStateException("a bernoulli(1) filter holds " + v);
    }
    return new SignCnn(h, c.d(), c.patch(), w);
  }
}
