package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.lang.Session;

/** :help reduction and :help scatter state the construction. */
class HardnessHelpTest {
  @Test
  void helpStatesTheConstruction() {
    String out = CommandsTest.piped(new Session(), ":help reduction\n:help scatter\n:help transform\n").out();
    for (String s : new String[] {"conv(n, patch: t, weights: bernoulli(1))", "B^{ij} = diag(z^{ij})", "MW has the law exactly",
        "s_min(M)", "h_W(x) = h_{MW}(x')", "(Mᵀ)⁻¹x", "fair coins in {0, 1}", "f ∘ (Mᵀ)⁻¹"}) {
      assertTrue(out.contains(s), s + " missing from:\n" + out);
    }
  }
}
