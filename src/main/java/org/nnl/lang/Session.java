package org.nnl.lang;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;

/**
 * One NNL session: its bindings, seed, digits and output. The facade shared by the command
 * line, the REPL and embedding. A session is confined to one thread at a time (calls are
 * synchronized); separate sessions are independent.
 *
 * <p>PLANNED API (the language issue fills in the bodies):
 * <ul>
 *   <li>{@link #eval(String, String)} parses, checks (collecting every diagnostic, running
 *       nothing if any) and evaluates; {@code print} output goes to {@link #out()}; returns the
 *       value of a trailing bare expression or null; throws {@link NnlException}.
 *   <li>{@link #check} returns diagnostics without running.
 *   <li>{@link #compile} parses and checks once; the result runs many times.
 *   <li>{@link #get}/{@link #set} read and bind values as core Java objects (Double, String,
 *       Boolean, List, Map (records), Activation, Architecture, Network, Distribution, DataSet,
 *       Learner, Model, Table, Estimate); a DoubleUnaryOperator bound with set becomes an
 *       activation.
 *   <li>{@link #isComplete} tells whether source is a complete input (REPL continuation).
 *   <li>{@link #format} renders a value as the REPL and print show it.
 * </ul>
 */
public final class Session {
  public Session() {}

  public Session(PrintStream out) {}

  public PrintStream out() { return System.out; }

  public void setOut(PrintStream out) {}

  public Object eval(String source, String sourceName) throws NnlException { return null; }

  public Object evalFile(Path file) throws NnlException { return null; }

  public List<Diagnostic> check(String source, String sourceName) { return List.of(); }

  public CompiledScript compile(String source, String sourceName) throws NnlException { return null; }

  public boolean isComplete(String source) { return true; }

  public Object get(String name) { return null; }

  public void set(String name, Object value) {}

  public Set<String> names() { return Set.of(); }

  public Map<String, Object> bindings() { return Map.of(); }

  public String format(Object value) { return String.valueOf(value); }

  public void setSeed(long seed) {}

  public long seed() { return 1; }

  public void setDigits(int digits) {}

  public void reset() {}

  public static Map<String, List<org.nnl.lang.eval.builtin.Builtin>> builtins() { return Map.of(); }

  /** A script parsed and checked once, run many times. */
  public interface CompiledScript {
    Object run(Session session, Map<String, Object> bindings) throws NnlException;
  }
}
