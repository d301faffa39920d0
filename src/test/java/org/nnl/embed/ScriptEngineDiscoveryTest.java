package org.nnl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;

/** The engine is found through META-INF/services by name, extension and MIME type. */
class ScriptEngineDiscoveryTest {
  private final ScriptEngineManager manager = new ScriptEngineManager();

  @Test
  void foundByNameExtensionAndMimeType() {
    assertInstanceOf(NnlScriptEngine.class, manager.getEngineByName("nnl"));
    assertInstanceOf(NnlScriptEngine.class, manager.getEngineByExtension("nnl"));
    assertInstanceOf(NnlScriptEngine.class, manager.getEngineByMimeType("text/x-nnl"));
    assertNotSame(manager.getEngineByName("nnl"), manager.getEngineByName("nnl"), "each engine has its own session");
  }

  @Test
  void factoryDescribesTheLanguage() {
    ScriptEngineFactory f = manager.getEngineByName("nnl").getFactory();
    assertEquals("NNL", f.getParameter(ScriptEngine.LANGUAGE));
    assertEquals("nnl", f.getParameter(ScriptEngine.NAME));
    assertEquals("MULTITHREADED", f.getParameter("THREADING"));
    assertEquals("print \"hi\"", f.getOutputStatement("hi"));
    assertEquals("gap(f, g, S)", f.getMethodCallSyntax("f", "gap", "g", "S"));
    assertEquals("let a = 1\nprint a\n", f.getProgram("let a = 1", "print a"));
  }

  @Test
  void hostValuesBecomeLanguageValues() {
    assertEquals(3.0, HostValues.toNnl(3));
    assertEquals(java.util.List.of(1.0, 2.0), HostValues.toNnl(new int[] {1, 2}));
    assertEquals(java.util.List.of(java.util.List.of(0.5), "a"), HostValues.toNnl(new Object[] {new double[] {0.5}, "a"}));
    assertEquals(java.util.Map.of("n", 4.0), HostValues.toNnl(java.util.Map.of("n", 4L)));
    assertEquals(true, HostValues.isBindableName("alpha_2"));
    assertEquals(false, HostValues.isBindableName("javax.script.filename"));
  }
}
