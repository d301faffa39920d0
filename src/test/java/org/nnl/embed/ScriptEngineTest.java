package org.nnl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleUnaryOperator;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;
import org.nnl.core.act.Activation;
import org.nnl.lang.diag.NnlException;

/** The JSR-223 engine end to end: bindings both ways, output, compiled scripts, errors, threads. */
class ScriptEngineTest {
  /** ε_relu(2) = 1/2 − 3/(2π): a_0² + a_1² + a_2² = 2(1/(2π) + 1/4 + 1/(4π)) for σ = √2·relu. */
  static final double RELU_EPS2 = 0.5 - 3 / (2 * Math.PI);

  private static ScriptEngine engine() {
    return new ScriptEngineManager().getEngineByName("nnl");
  }

  @Test
  void bindingsGoInAndResultsComeBack() throws ScriptException {
    ScriptEngine e = engine();
    e.put("n", 3);
    e.put("widths", new int[] {4, 8, 1});
    assertEquals(7.0, e.eval("let m = n * 2 + 1\nm"));
    assertEquals(7.0, e.get("m"));
    assertEquals(List.of(4.0, 8.0, 1.0), e.eval("widths"));
  }

  @Test
  void printGoesToTheContextWriter() throws ScriptException {
    ScriptEngine e = engine();
    StringWriter w = new StringWriter();
    e.getContext().setWriter(w);
    e.eval("print 1 + 1, \"two\"");
    assertEquals("2  two" + System.lineSeparator(), w.toString().replace("\n", System.lineSeparator()));
  }

  /** x ↦ x²: raw norm √3, a_0 = 1/√3, a_2 = √(2/3); ε(0) = 2/3, ε(2) = 0, σ̂(ρ) = (1 + 2ρ²)/3. */
  @Test
  void aJavaFunctionBecomesAnActivationWithHermiteAnalysis() throws ScriptException {
    ScriptEngine e = engine();
    e.put("square", (DoubleUnaryOperator) x -> x * x);
    assertEquals(2.0 / 3.0, (Double) e.eval("eps(square, 0)"), 1e-9);
    assertEquals(0.0, (Double) e.eval("eps(square, 2)"), 1e-9);
    assertEquals((1 + 2 * 0.25) / 3, (Double) e.eval("dual(square, 0.5)"), 1e-9);
    assertInstanceOf(Activation.class, ((NnlScriptEngine) e).session().get("square"));
  }

  @Test
  void compiledOnceRunWithDifferentBindings() throws ScriptException {
    ScriptEngine e = engine();
    CompiledScript c = ((Compilable) e).compile("k * k + 1");
    List<Object> results = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      e.put("k", k);
      results.add(c.eval());
    }
    assertEquals(List.of(2.0, 5.0, 10.0), results);
  }

  @Test
  void errorsAreScriptExceptionsWithTheDiagnosticAndKeepState() throws ScriptException {
    ScriptEngine e = engine();
    e.eval("let a = 5");
    e.getContext().setAttribute(ScriptEngine.FILENAME, "exp.nnl", ScriptContext.ENGINE_SCOPE);
    ScriptException x = assertThrows(ScriptException.class, () -> e.eval("let b = 1\nlet c = undefined_name + a"));
    assertEquals("exp.nnl", x.getFileName());
    assertEquals(2, x.getLineNumber());
    assertEquals(9, x.getColumnNumber());
    assertTrue(x.getMessage().contains("undefined_name"), x.getMessage());
    NnlException cause = assertInstanceOf(NnlException.class, x.getCause());
    assertEquals(NnlException.Kind.COMPILE, cause.kind());
    assertEquals(5.0, e.eval("a"), "the session keeps its state");
    assertEquals(2.0, engine().eval("1 + 1"), "other engines are untouched");
    ScriptException runtime = assertThrows(ScriptException.class, () -> e.eval("eps(relu, -1)"));
    assertEquals(NnlException.Kind.RUNTIME, ((NnlException) runtime.getCause()).kind());
  }

  @Test
  void separateEnginesOnSeveralThreadsAgree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> fs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int k = t;
        fs.add(pool.submit(() -> {
          ScriptEngine e = engine();
          e.put("k", k);
          return e.eval("let r = [k, eps(relu, 2)]\nr");
        }));
      }
      Object first = ((List<?>) fs.get(0).get()).get(1);
      for (int t = 0; t < 8; t++) {
        List<?> r = (List<?>) fs.get(t).get();
        assertEquals((double) t, r.get(0), "each engine sees its own binding");
        assertEquals(first, r.get(1), "identical results on every thread");
      }
      assertEquals(RELU_EPS2, (Double) first, 1e-9);
    } finally {
      pool.shutdown();
    }
  }
}
