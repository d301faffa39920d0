package org.nnl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, group 9: a Groovy closure bound as an activation that returns NaN or throws reaches
 * the host as a ScriptException with the real reason, at the position where the script uses it
 * (never a silent drop followed by "Unknown name"), and a stale earlier value is not used.
 */
class EmbeddingFaultsTest {
  private static final GroovyShell SHELL = new GroovyShell(EmbeddingFaultsTest.class.getClassLoader(), new Binding());

  private static Object closure(String code) {
    return SHELL.evaluate(code);
  }

  private static ScriptEngine engine() {
    ScriptEngine e = new ScriptEngineManager().getEngineByName("nnl");
    e.getContext().setAttribute(ScriptEngine.FILENAME, "host.nnl", ScriptContext.ENGINE_SCOPE);
    return e;
  }

  @Test
  void aClosureReturningNaNIsRefusedWithTheReasonAtItsUse() {
    ScriptEngine e = engine();
    e.put("bad", closure("{ double x -> x > 0.5 ? Double.NaN : x }"));
    ScriptException ex = assertThrows(ScriptException.class, () -> e.eval("let k = 2\nprint eps(bad, k)"));
    assertTrue(ex.getMessage().startsWith("The host binding 'bad' cannot be used: Activation bad returns NaN at x = "), ex.getMessage());
    assertTrue(ex.getMessage().contains("an activation must be finite everywhere"), ex.getMessage());
    assertEquals("host.nnl", ex.getFileName());
    assertEquals(2, ex.getLineNumber());
    assertEquals(11, ex.getColumnNumber());
  }

  @Test
  void aClosureThatThrowsIsRefusedNamingItsException() {
    ScriptEngine e = engine();
    e.put("boom", closure("{ double x -> throw new IllegalStateException('no activation here') }"));
    ScriptException ex = assertThrows(ScriptException.class, () -> e.eval("eps(boom, 2)"));
    assertTrue(ex.getMessage().contains("The host binding 'boom' cannot be used: The Groovy closure used as an activation threw"
        + " java.lang.IllegalStateException: no activation here at x = "), ex.getMessage());
    assertEquals(1, ex.getLineNumber());
    assertEquals(5, ex.getColumnNumber());
  }

  @Test
  void aRefusedRebindingDoesNotLeaveTheOldValueInPlace() throws ScriptException {
    ScriptEngine e = engine();
    e.put("f", closure("{ double x -> x * x }"));
    assertEquals(2.0 / 3, (Double) e.eval("eps(f, 0)"), 1e-9);
    e.put("f", closure("{ double x -> Double.NaN }"));
    ScriptException ex = assertThrows(ScriptException.class, () -> e.eval("eps(f, 0)"));
    assertTrue(ex.getMessage().contains("Activation f returns NaN at x = "), ex.getMessage());
  }

  @Test
  void aRefusedBindingTheScriptDoesNotUseIsNoError() throws ScriptException {
    ScriptEngine e = engine();
    e.put("unused", closure("{ double x -> Double.NaN }"));
    assertEquals(3.0, e.eval("1 + 2"));
  }

  @Test
  void aClosureThatThrowsAtEvaluationIsARuntimeErrorWithPosition() {
    ScriptEngine e = engine();
    // Finite on the quadrature's nodes (all inside |x| < 40), but throws beyond: evaluating at 1e3 fails.
    e.put("edge", closure("{ double x -> if (Math.abs(x) > 100) throw new ArithmeticException('too far'); Math.tanh(x) }"));
    ScriptException ex = assertThrows(ScriptException.class, () -> e.eval("let y = 1\nprint edge(1000)"));
    assertTrue(ex.getMessage().contains("threw java.lang.ArithmeticException: too far at x = "), ex.getMessage());
    assertEquals(2, ex.getLineNumber());
  }
}
