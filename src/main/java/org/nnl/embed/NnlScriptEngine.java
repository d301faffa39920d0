package org.nnl.embed;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.nnl.lang.Session;
import org.nnl.lang.diag.NnlException;

/**
 * NNL as a JSR-223 engine. The engine owns one {@link Session}. Before each evaluation the
 * context's bindings (global, then engine scope, so engine scope wins) are converted by
 * {@link HostValues} and bound in the session — values NNL cannot represent are left out;
 * {@code print} output goes to the context's writer and warnings to its error writer; afterwards every name the script bound
 * or changed is put back into the engine scope as a core object. Failures are
 * {@link ScriptException}s carrying the diagnostic. Evaluations on one engine are serialized.
 */
public final class NnlScriptEngine extends AbstractScriptEngine implements Compilable {
  private final ScriptEngineFactory factory;
  private final Session session = new Session();
  /** Host value → its NNL conversion, per name, so that an unchanged host value is not re-bound. */
  private final Map<String, Object[]> pushed = new HashMap<>();

  NnlScriptEngine(ScriptEngineFactory factory) {
    this.factory = factory;
  }

  /** The session behind this engine, for hosts that want the Java API too. */
  public Session session() {
    return session;
  }

  @Override
  public Object eval(String script, ScriptContext context) throws ScriptException {
    String name = sourceName(context);
    return run(context, name, () -> session.eval(script, name));
  }

  @Override
  public Object eval(Reader reader, ScriptContext context) throws ScriptException {
    return eval(read(reader), context);
  }

  @Override
  public CompiledScript compile(String script) throws ScriptException {
    String name = sourceName(context);
    try {
      synchronized (this) {
        return new NnlCompiledScript(this, session.compile(script, name));
      }
    } catch (NnlException e) {
      throw ScriptErrors.of(e);
    }
  }

  @Override
  public CompiledScript compile(Reader reader) throws ScriptException {
    return compile(read(reader));
  }

  /** Binds the context, runs {@code work} with output to the context's writer, reads the bindings back. */
  synchronized Object run(ScriptContext context, String name, Callable<Object> work) throws ScriptException {
    PrintStream previous = session.out();
    PrintStream previousErr = session.err();
    PrintStream out = new PrintStream(new WriterOutputStream(context.getWriter()), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new WriterOutputStream(context.getErrorWriter()), true, StandardCharsets.UTF_8);
    session.setOut(out);
    session.setErr(err);
    Map<String, String> refused = Map.of();
    try {
      refused = bindInto(context);
      return work.call();
    } catch (NnlException e) {
      throw ScriptErrors.of(e, refused);
    } catch (RuntimeException e) {
      throw ScriptErrors.of(e, name);
    } catch (StackOverflowError e) {
      ScriptException se = new ScriptException("The script nests too deeply for the thread's stack.", name, -1, -1);
      se.initCause(e);
      throw se;
    } catch (Exception e) {
      throw new ScriptException(e);
    } finally {
      out.flush();
      err.flush();
      session.setOut(previous);
      session.setErr(previousErr);
      readBack(context.getBindings(ScriptContext.ENGINE_SCOPE));
    }
  }

  /** The context's bindings as NNL values (global scope first, engine scope overriding). */
  private static Map<String, Object> hostBindings(ScriptContext context) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (int scope : new int[] {ScriptContext.GLOBAL_SCOPE, ScriptContext.ENGINE_SCOPE}) {
      Bindings b = context.getBindings(scope);
      if (b == null) continue;
      for (Map.Entry<String, Object> e : b.entrySet()) {
        if (HostValues.isBindableName(e.getKey()) && e.getValue() != null) all.put(e.getKey(), e.getValue());
      }
    }
    return all;
  }

  /**
   * Binds the host's values; returns the names refused, each with the reason (e.g. a closure that
   * returns NaN or throws). A refused name is unbound in the session, so a script that uses it
   * fails at that use with the reason ({@link ScriptErrors#of(NnlException, Map)}), never with an
   * earlier value.
   */
  private Map<String, String> bindInto(ScriptContext context) {
    Map<String, String> refused = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : hostBindings(context).entrySet()) {
      Object[] last = pushed.get(e.getKey());
      if (last != null && last[0] == e.getValue() && session.get(e.getKey()) == last[1]) continue;
      try {
        Object value = HostValues.toNnl(e.getValue());
        session.set(e.getKey(), value);
        pushed.put(e.getKey(), new Object[] {e.getValue(), session.get(e.getKey())});
      } catch (RuntimeException | StackOverflowError failure) {
        pushed.remove(e.getKey());
        session.remove(e.getKey());
        String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        refused.put(e.getKey(), "The host binding '" + e.getKey() + "' cannot be used: " + why);
      }
    }
    return refused;
  }

  private void readBack(Bindings engineScope) {
    for (Map.Entry<String, Object> e : session.bindings().entrySet()) {
      Object[] last = pushed.get(e.getKey());
      if (last != null && last[1] == e.getValue()) continue;
      engineScope.put(e.getKey(), e.getValue());
      pushed.put(e.getKey(), new Object[] {e.getValue(), e.getValue()});
    }
  }

  private static String sourceName(ScriptContext context) {
    Object f = context.getAttribute(ScriptEngine.FILENAME);
    return f == null ? "<script>" : f.toString();
  }

  private static String read(Reader reader) throws ScriptException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) sb.append(buf, 0, n);
    } catch (IOException e) {
      throw new ScriptException(e);
    }
    return sb.toString();
  }

  @Override
  public Bindings createBindings() {
    return new SimpleBindings();
  }

  @Override
  public ScriptEngineFactory getFactory() {
    return factory;
  }
}
