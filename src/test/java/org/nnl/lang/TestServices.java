package org.nnl.lang;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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

/** Services for front-end tests: the small {@link TestLibrary}, plain printing, saves and plots recorded. */
final class TestServices implements Services {
  private final TestLibrary library = new TestLibrary();
  final List<String> plots = new ArrayList<>();
  /** Whether save may write files (fuzzing must not). */
  boolean writes = true;

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

  @Override
  public void save(Object value, Path file) {
    if (!writes) throw new org.nnl.core.InvalidRequestException("Saving is off in this test.");
    try {
      Files.writeString(file, format(value, 6));
    } catch (IOException e) {
      throw new org.nnl.core.InvalidRequestException("Cannot write " + file + ".");
    }
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
