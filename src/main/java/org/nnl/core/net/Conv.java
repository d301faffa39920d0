package org.nnl.core.net;

import org.nnl.core.InvalidRequestException;

/**
 * conv(d, patch: t, pool: "sum" | "max"): one shared filter w ∈ R^t (default Xavier,
 * N(0, 1/t)) over the d/t non-overlapping patches x_p, h_w(x) = clip₀¹(Σ_p relu(⟨w, x_p⟩))
 * or max_p relu(⟨w, x_p⟩). Depth 2, output dimension 1.
 */
public record Conv(int d, int patch, WeightLaw law, String pool) implements Architecture {
  public Conv {
    InvalidRequestException.require(d > 0 && patch > 0,
        "conv needs a positive input dimension and patch size; got d = %d, patch = %d.", d, patch);
    InvalidRequestException.require(d % patch == 0,
        "conv cuts the input into non-overlapping patches, so the patch size must divide d; got d = %d, patch = %d.",
        d, patch);
    pool = pool == null ? "sum" : pool;
    InvalidRequestException.require(pool.equals("sum") || pool.equals("max"),
        "Unknown pool '%s'. Known: sum, max.", pool);
    law = law == null ? WeightLaw.xavier() : law;
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
    return new PooledNetwork(this, PooledNetwork.drawFilters(law, 1, patch, seed), patch, pool.equals("max"));
  }

  @Override
  public String toString() {
    return "conv(" + d + ", patch: " + patch + (law.isXavier() ? "" : ", weights: " + law)
        + ", pool: \"" + pool + "\")";
  }
}
