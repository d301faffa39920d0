package org.nnl.lang.eval;

import java.util.List;

/**
 * Runs the cells of a sweep somewhere else (Spark executors): given a job, the results of
 * every cell, in cell order. The session's sweeps use it when one is set; without one, cells run
 * in the session itself. Implementations give progress to {@code org.nnl.core.Progress.current()}
 * of the calling thread and throw {@link java.util.concurrent.CancellationException} when that
 * thread is interrupted (cancelling their work first).
 */
public interface SweepRunner extends AutoCloseable {
  List<CellResult> run(SweepJob job);

  /** A short description for messages, e.g. {@code Spark local[2]}. */
  String describe();

  @Override
  void close();
}
