package org.nnl.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.lang.eval.CellResult;
import org.nnl.lang.eval.SweepJob;
import org.nnl.lang.eval.SweepRunner;

/**
 * Runs a sweep's cells as Spark tasks: the cells (indices only) are an RDD of
 * {@code partitions} slices (default one cell per slice), each slice runs in one fresh NNL
 * session on an executor ({@link RunCells}), and the results come back collected in slice
 * order, i.e. in sweep order. Progress counts the cells of finished tasks; an interrupt of
 * the waiting thread (Ctrl-C in the REPL) cancels the job.
 */
public final class SparkSweeps implements SweepRunner {
  /** Set to a file name to append one line per cell: where it ran. */
  public static final String PROVENANCE = "nnl.spark.provenance";
  /** Set to a number of slices per sweep (default: one per cell). */
  public static final String PARTITIONS = "nnl.spark.partitions";

  private final JavaSparkContext sc;
  private final boolean owned;
  private final AtomicLong sweeps = new AtomicLong();
  private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
  private final AtomicInteger doneCells = new AtomicInteger();
  private volatile String group = "";
  private volatile int[] sliceSizes = new int[0];
  private volatile List<String> lastProvenance = List.of();
  private volatile java.io.PrintStream lines;
  private volatile boolean running;

  private SparkSweeps(JavaSparkContext sc, boolean owned) {
    this.sc = sc;
    this.owned = owned;
    sc.sc().addSparkListener(new Counter());
  }

  /**
   * A Spark context for {@code master} (null: the one spark-submit configured) and this runner
   * over it. Spark's log is cut to errors unless a log4j2 file was chosen; on 127.0.0.1
   * masters the driver binds 127.0.0.1 only; the jar holding NNL goes to the executors.
   */
  public static SparkSweeps open(String master) {
    if (System.getProperty("log4j2.configurationFile") == null) {
      var cfg = SparkSweeps.class.getResource("log4j2-nnl.properties");
      if (cfg != null) System.setProperty("log4j2.configurationFile", cfg.toString());
    }
    SparkConf conf = new SparkConf().setAppName("nnl").set("spark.ui.enabled", "false")
        .set("spark.executor.extraJavaOptions", "--add-modules jdk.incubator.vector -Xss8m")
        .set("spark.ui.showConsoleProgress", "false");
    if (master != null) conf.setMaster(master);
    String m = conf.get("spark.master", "");
    if (m.startsWith("local") || m.contains("127.0.0.1") || m.contains("localhost")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    Path jar = Jars.nnlJar();
    if (jar != null && !m.startsWith("local[") && !m.equals("local")) conf.setIfMissing("spark.jars", jar.toString());
    return new SparkSweeps(new JavaSparkContext(conf), true);
  }

  /** A runner over a context the host owns (it stays open when the runner closes). */
  public static SparkSweeps over(JavaSparkContext sc) {
    return new SparkSweeps(sc, false);
  }

  /**
   * Off a terminal: progress as plain lines on {@code out} ({@code spark: sweep at F:L:C: 5/16 cells done}),
   * at most one a second and the last; null: none (the default).
   */
  public SparkSweeps progressLines(java.io.PrintStream out) {
    this.lines = out;
    return this;
  }

  public JavaSparkContext context() {
    return sc;
  }

  /** Whether a sweep's Spark job was submitted and is being waited for. */
  public boolean running() {
    return running;
  }

  /** The Spark job group of the latest sweep ({@code nnl-sweep-N}). */
  public String lastGroup() {
    return group;
  }

  /** How many sweeps this runner has run. */
  public int sweepsRun() {
    return (int) sweeps.get();
  }

  /** Where each cell of the last sweep ran, in sweep order. */
  public List<String> lastProvenance() {
    return lastProvenance;
  }

  @Override
  public String describe() {
    return "Spark " + sc.master();
  }

  @Override
  public List<CellResult> run(SweepJob job) {
    int n = job.cells().size();
    Progress p = Progress.current();
    p.start("sweep", n);
    try {
      if (n == 0) return List.of();
      int slices = slices(n);
      int[] sizes = new int[slices];
      for (int i = 0; i < slices; i++) sizes[i] = (int) ((long) (i + 1) * n / slices - (long) i * n / slices);
      SweepJob shipped = new SweepJob(job.source(), job.line(), job.col(), job.length(), job.vars(), job.context(),
          job.seed(), job.streamOrigin(), job.streamTaken(), List.of());
      String g = "nnl-sweep-" + sweeps.incrementAndGet();
      stages.clear();
      doneCells.set(0);
      sliceSizes = sizes;
      group = g;
      sc.setJobGroup(g, "nnl sweep at " + job.source().name() + ":" + job.line() + ":" + job.col(), true);
      JavaFutureAction<List<CellResult>> f =
          sc.parallelize(job.cells(), slices).mapPartitions(new RunCells(shipped)).collectAsync();
      String at = job.source().name() + ":" + job.line() + ":" + job.col();
      running = true;
      List<CellResult> results;
      try {
        results = await(f, g, p, at, n);
      } finally {
        running = false;
      }
      List<CellResult> sorted = new ArrayList<>(results);
      sorted.sort(Comparator.comparingInt(CellResult::index));
      record(sorted);
      return sorted;
    } finally {
      sc.clearJobGroup();
      p.finish();
    }
  }

  private int slices(int n) {
    String s = System.getProperty(PARTITIONS);
    if (s == null || s.isBlank()) return n;
    try {
      return Math.max(1, Math.min(n, Integer.parseInt(s.trim())));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("-D" + PARTITIONS + " needs a whole number, not '" + s + "'.");
    }
  }

  private List<CellResult> await(JavaFutureAction<List<CellResult>> f, String g, Progress p, String at, int n) {
    long lastLine = System.nanoTime();
    int shown = -1;
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        sc.cancelJobGroup(g);
        f.cancel(true);
        throw new CancellationException("Interrupted.");
      }
      try {
        List<CellResult> r = f.get(100, TimeUnit.MILLISECONDS);
        if (lines != null) lines.println("spark: sweep at " + at + ": " + n + "/" + n + " cells done");
        return r;
      } catch (TimeoutException e) {
        int done = doneCells.get();
        p.advance(done);
        if (lines != null && done != shown && System.nanoTime() - lastLine > 1_000_000_000L) {
          lines.println("spark: sweep at " + at + ": " + done + "/" + n + " cells done");
          shown = done;
          lastLine = System.nanoTime();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        Throwable c = e.getCause() == null ? e : e.getCause();
        String msg = String.valueOf(c.getMessage()).lines().findFirst().orElse("");
        throw new InvalidRequestException("Spark could not run the sweep (" + describe() + "): " + msg);
      }
    }
  }

  private void record(List<CellResult> results) {
    List<String> lines = new ArrayList<>();
    for (CellResult r : results) lines.add("cell " + r.index() + ": " + r.where());
    lastProvenance = List.copyOf(lines);
    String file = System.getProperty(PROVENANCE);
    if (file == null || file.isBlank()) return;
    try {
      Files.write(Path.of(file), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (owned) sc.stop();
  }

  /** Counts the cells of the finished tasks of the running sweep (for progress). */
  private final class Counter extends SparkListener {
    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
      var props = e.properties();
      if (props != null && group.equals(props.getProperty("spark.jobGroup.id"))) stages.add(e.stageInfo().stageId());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
      if (!stages.contains(e.stageId()) || !e.taskInfo().successful()) return;
      int i = e.taskInfo().index();
      int[] sizes = sliceSizes;
      if (i >= 0 && i < sizes.length) doneCells.addAndGet(sizes[i]);
    }
  }
}
