package org.nnl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import org.junit.jupiter.api.Test;

/**
 * Real Groovy code (GroovyShell) against the built classes. The expected numbers are closed
 * forms: for f(x) = x², ε(0) = 2/3 and ε(n) = 0 for n ≥ 2, σ̂(ρ) = (1 + 2ρ²)/3; for relu,
 * ε(2) = 1/2 − 3/(2π).
 */
class GroovyEmbeddingTest {
  /** One shell for the class: Groovy's first compilation is the slow part. */
  private static final GroovyShell SHELL = new GroovyShell(GroovyEmbeddingTest.class.getClassLoader(), new Binding());

  private static Object groovy(String code) {
    return SHELL.evaluate(code);
  }

  @Test
  void aClosureBoundThroughTheSessionIsAnActivation() {
    assertEquals(true, groovy("""
        import org.nnl.lang.Session
        def s = new Session()
        s['sq'] = { x -> x * x }
        assert s['sq'] instanceof org.nnl.core.act.Activation
        assert Math.abs(s.eval('eps(sq, 0)') - 2 / 3) < 1e-9
        assert Math.abs(s.eval('dual(sq, 0.5)') - 0.5) < 1e-9
        true
        """));
  }

  @Test
  void aClosureBoundThroughTheScriptEngineIsAnActivation() {
    assertEquals(0.5 - 3 / (2 * Math.PI), (Double) groovy("""
        import javax.script.ScriptEngineManager
        def engine = new ScriptEngineManager().getEngineByName('nnl')
        engine.put('myrelu', { double x -> Math.max(0d, x) })
        engine.eval('eps(myrelu, 2)')
        """), 1e-6);
  }

  @Test
  void aGroovyScriptDrivesASweepAndReadsItsTable() {
    assertEquals(true, groovy("""
        import org.nnl.lang.Session
        def s = new Session()
        s['sq'] = { x -> x * x }
        def t = s.eval('sweep n in 0..3, rho in [0, 0.5] { e: eps(sq, n), d: dual(sq, rho) }')
        assert t.size() == 8
        assert t[0].keySet() as List == ['n', 'rho', 'e', 'd']
        def rows = t as List
        assert rows.findAll { it.n >= 2 }.every { Math.abs(it.e) < 1e-9 }
        assert rows.findAll { it.n < 2 }.every { Math.abs(it.e - 2 / 3) < 1e-9 }
        assert t.collect { Math.round(it.d * 1e9) / 1e9 }.unique() == [1 / 3, 0.5].collect { Math.round(it * 1e9) / 1e9 }
        assert t['n'].unique() == [0d, 1d, 2d, 3d]
        def r = s.eval('{n: 4, gap: 0.25}')
        assert r instanceof Map && r.gap == 0.25 && r.n == 4
        true
        """));
  }
}
