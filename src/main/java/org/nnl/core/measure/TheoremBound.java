package org.nnl.core.measure;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.hermite.Bounds;
import org.nnl.core.net.Dense;

/**
 * The right side of Theorem 1.1/2.3: E_W E_x ‖Φ^i_W(x) − Φ^{i,n}_W(x)‖ ≤
 * 13·(L+1)²·ε_σ(n)^{1/2^{i−1}} for Xavier networks of depth i and wide enough layers, L the
 * Lipschitz constant of the normalized σ. The gap estimators' one call site of
 * {@link Bounds#theorem23}.
 */
public final class TheoremBound {
  private TheoremBound() {}

  /** 13·(L+1)²·ε_σ(n)^{1/2^{i−1}} for {@code arch}'s activation and depth i. */
  public static double of(Dense arch, int n) {
    InvalidRequestException.require(n >= 0, "The degree must be at least 0; got %d.", n);
    return Bounds.theorem23(arch.activation(), arch.depth(), n);
  }
}
