package org.nnl.spark;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.nnl.lang.Session;
import org.nnl.lang.eval.CellResult;
import org.nnl.lang.eval.SweepJob;

/** The executor side: one slice of cells in one fresh NNL session, plain results back with where they ran. */
final class RunCells implements FlatMapFunction<Iterator<SweepJob.Cell>, CellResult> {
  private static final long serialVersionUID = 1L;
  private final SweepJob job;

  RunCells(SweepJob job) {
    this.job = job;
  }

  @Override
  public Iterator<CellResult> call(Iterator<SweepJob.Cell> it) {
    List<SweepJob.Cell> cells = new ArrayList<>();
    it.forEachRemaining(cells::add);
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    Session session = new Session(nowhere);
    session.setErr(nowhere);
    return session.runSweepCells(job, cells, where()).iterator();
  }

  /** {@code executor 1, pid 4242 on 127.0.0.1, attempt 0}. */
  private static String where() {
    SparkEnv env = SparkEnv.get();
    TaskContext t = TaskContext.get();
    String host = env == null ? "?" : env.blockManager().blockManagerId().host();
    return "executor " + (env == null ? "?" : env.executorId()) + ", pid " + ProcessHandle.current().pid() + " on "
        + host + ", attempt " + (t == null ? 0 : t.attemptNumber());
  }
}
