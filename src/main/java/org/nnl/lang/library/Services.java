package org.nnl.lang.library;

import java.nio.file.Path;
import java.util.List;
import org.nnl.core.Table;

/** What the interpreter needs from the built-in runtime: the catalog, value printing, save and plot. */
public interface Services extends Library {
  /** {@code value} as {@code print} and the REPL show it, with {@code digits} significant digits. */
  String format(Object value, int digits);

  /** Writes {@code value} to {@code file} (.csv or .json), atomically. */
  void save(Object value, Path file);

  /** Plots columns {@code ys} against {@code x}; {@code log} is null, "x", "y" or "xy"; .png or .svg. */
  void plot(Table table, String x, List<String> ys, String log, Path file);

  /**
   * The chart {@link #plot} would write, as the bytes of a {@code format} ("png" or "svg") file,
   * for a host that shows it inline (org.nnl.lang.eval.Display, a notebook).
   */
  default byte[] render(Table table, String x, List<String> ys, String log, String format) {
    throw new org.nnl.core.InvalidRequestException("Inline plots need the built-in runtime on the class path.");
  }

  /** The progress listener to install while an entry runs on a terminal (writing to {@code err}). */
  org.nnl.core.Progress terminalProgress(java.io.PrintStream err);
}
