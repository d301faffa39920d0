package org.nnl.core.net;

import org.nnl.core.InvalidRequestException;

/**
 * sumrelu(d, hidden: k): h_W(x) = clip₀¹(Σ_{k} relu(⟨w_k, x⟩)) with k rows w_k ∈ R^d drawn
 * from the weight law (default Xavier, N(0, 1/d)). Depth 2, output dimension 1.
 */
public record SumRelu(int d, int hidden, WeightLaw law) implements Architecture {
  public SumRelu {
    InvalidRequestException.require(d > 0 && hidden > 0,
        "sumrelu needs a positive input dimension and hidden width; got d = %d, hidden = %d.", d, hidden);
    law = law == null ? WeightLaw.xavier() : law;
    org.nnl.core.linalg.MemoryGuard.requireDoubles((long) d * hidden, "The weights of sumrelu(" + d + ", hidden: " + hidden + ")",
        "use a smaller hidden width");
  }

  @Override
  public int inputDim() {
    return d;
  }

  @Override
  public int outputDim() {
    return 1;
  }

  @Override
  public int depth() {
    return 2;
  }

  @Override
  public PooledNetwork draw(long seed) {
    return new PooledNetwork(this, PooledNetwork.drawFilters(law, hidden, d, seed), d, false);
  }

  @Override
  public String toString() {
    return "sumrelu(" + d + ", hidden: " + hidden + (law.isXavier() ? "" : ", weights: " + law) + ")";
  }
}
