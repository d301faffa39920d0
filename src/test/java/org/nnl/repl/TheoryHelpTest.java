package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.lang.Session;

/** :help limit, :help polynomial, :help plan and :help gap state their formulas and fields. */
class TheoryHelpTest {
  @Test
  void helpStatesTheFormulas() {
    String out = CommandsTest.piped(new Session(), ":help limit\n:help polynomial\n:help plan\n:help gap\n").out();
    for (String s : new String[] {"r_{j+1} = Σ_{k≤n} a_k² r_j^k / √(1 − ε_σ(n))", "c_m·√(2 − 2r_i)", "c_m = E√(χ²_m/m)",
        "degree n^{i−1}", "C(d_0 + n^{i−1}, d_0)", "(2·d̄)^{4n^{i−1}}", ".hermiteCoefficients",
        "13·(L+1)²·ε_σ(n)^(1/2^(i−1)) ≤ e", "Lemma 2.16", ".median", ".tail", "importance: false"}) {
      assertTrue(out.contains(s), s + " missing from:\n" + out);
    }
  }
}
