package org.nnl.embed;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.nnl.lang.Session;

/**
 * An NNL script parsed and checked once by {@link NnlScriptEngine#compile}; each
 * {@link #eval(ScriptContext)} runs it in the engine's session with the context's bindings
 * (bound in the session before the run, so names free at compile time are found there).
 */
final class NnlCompiledScript extends CompiledScript {
  private final NnlScriptEngine engine;
  private final Session.CompiledScript compiled;

  NnlCompiledScript(NnlScriptEngine engine, Session.CompiledScript compiled) {
    this.engine = engine;
    this.compiled = compiled;
  }

  @Override
  public Object eval(ScriptContext context) throws ScriptException {
    Object f = context.getAttribute(ScriptEngine.FILENAME);
    return engine.run(context, f == null ? "<script>" : f.toString(),
        () -> compiled.run(engine.session(), java.util.Map.of()));
  }

  @Override
  public ScriptEngine getEngine() {
    return engine;
  }
}
