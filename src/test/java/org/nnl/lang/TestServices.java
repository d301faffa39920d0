package org.nnl.lang;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nnl.core.Progress;
import org.nnl.core.Table;
import org.nnl.lang.check.TestLibrary;
import org.nnl.lang.eval.builtin.output.ValueFormat;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Services;
import org.nnl.lang.eval.builtin.output.Saver;

/** Services for front-end tests: the small {@link TestLibrary}, plain printing, saves as the real Saver, plots recorded. */
final class TestServices implements Services {
  private final TestLibrary library = new TestLibrary();
  final List<String> plots = new ArrayList<>();
  @Override
  public List<Builtin> lookup(String name) {
    return library.lookup(name);
  }

  @Override
  public Set<String> functionNames() {
    return library.functionNames();
  }

  @Override
  public Set<String> activationNames() {
    return Set.of();
  }

  @Override
  public String format(Object value, int digits) {
    return ValueFormat.format(value, digits);
  }

  /** Saves as the real runtime does ({@link Saver}: csv/json only, atomic); tests pass a temporary folder. */
  @Override
  public void save(Object value, Path file) {
    Saver.save(value, file);
  }

  @Override
  public void plot(Table table, String x, List<String> ys, String log, Path file) {
    plots.add(x + " " + ys + " " + log + " " + file.getFileName());
  }

  @Override
  public Progress terminalProgress(PrintStream err) {
    return Progress.SILENT;
  }
}
