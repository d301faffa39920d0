package org.nnl.lang.eval.builtin;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nnl.core.Progress;
import org.nnl.core.Table;
import org.nnl.core.act.Activations;
import org.nnl.lang.eval.builtin.output.Plotter;
import org.nnl.lang.eval.builtin.output.Saver;
import org.nnl.lang.eval.builtin.output.TerminalProgress;
import org.nnl.lang.eval.builtin.output.ValueFormat;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Services;

/**
 * The language's runtime services, which {@link org.nnl.lang.Session} uses unless given others:
 * the built-in {@link Catalog}, value printing, save, plot and the terminal progress bar.
 */
public final class RuntimeServices implements Services {
  private final Catalog catalog = Catalog.standard();

  @Override
  public List<Builtin> lookup(String name) {
    return catalog.lookup(name);
  }

  @Override
  public Set<String> functionNames() {
    return catalog.names();
  }

  @Override
  public Set<String> activationNames() {
    return new TreeSet<>(Activations.names());
  }

  @Override
  public String format(Object value, int digits) {
    return ValueFormat.format(value, digits);
  }

  @Override
  public void save(Object value, Path file) {
    Saver.save(value, file);
  }

  @Override
  public void plot(Table table, String x, List<String> ys, String log, Path file) {
    Plotter.plot(table, x, ys, log, file);
  }

  @Override
  public byte[] render(Table table, String x, List<String> ys, String log, String format) {
    return Plotter.render(table, x, ys, log, format);
  }

  @Override
  public Progress terminalProgress(PrintStream err) {
    return TerminalProgress.forConsole(err);
  }
}
