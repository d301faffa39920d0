package org.nnl.bench;

import java.lang.management.ManagementFactory;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Sphere;
import org.nnl.core.learn.Schedule;
import org.nnl.core.learn.Sgd;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * The SGD part of {@link EndToEnd} alone, for short A/B windows (bench/sgd.sh runs it next to
 * numpy's SGD epoch): one epoch of dense(20 -> 1024 -> 1, act: relu) (or of the widths given)
 * over 20000 sphere points, batch 64, rate 0.002, on each team size given, interleaved
 * (1, 2, 1, 2, ...), best of REPS after one warm-up each. Prints {@code key value} lines:
 * samples per wall second and CPU seconds of the process per epoch (and, per run, the JIT's
 * compilation time meanwhile: a run that overlaps compilations is still warming up).
 * Usage: SgdBench [REPS] [THREADS,...] [WIDTHS]   e.g. SgdBench 5 1,2 20,1024,1024,1
 */
public final class SgdBench {
  private SgdBench() {}

  public static void main(String[] args) {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String[] teams = (args.length > 1 ? args[1] : "1," + Runtime.getRuntime().availableProcessors()).split(",");
    String[] ws = (args.length > 2 ? args[2] : "20,1024,1").split(",");
    int[] widths = new int[ws.length];
    for (int i = 0; i < ws.length; i++) widths[i] = Integer.parseInt(ws[i].trim());
    DenseNetwork f = new Dense(Activations.builtin("relu"), 20, 256, 256, 1).draw(7);
    var x = new Sphere(20).sample(20000, 1);
    DataSet train = new DataSet(x, f.predict(x));
    Dense student = new Dense(Activations.builtin("relu"), widths);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var jit = ManagementFactory.getCompilationMXBean();
    double[] bestRate = new double[teams.length], bestCpu = new double[teams.length];
    java.util.Arrays.fill(bestCpu, Double.POSITIVE_INFINITY);
    for (int r = 0; r <= reps; r++) {
      for (int i = 0; i < teams.length; i++) {
        int t = Integer.parseInt(teams[i].trim());
        long c0 = os.getProcessCpuTime(), j0 = jit.getTotalCompilationTime(), t0 = System.nanoTime();
        new Sgd(student, 1, 0.002, 64, 3, 0, Schedule.CONSTANT, t).fit(train);
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - c0) / 1e9;
        if (r > 0) {
          bestRate[i] = Math.max(bestRate[i], train.size() / secs);
          bestCpu[i] = Math.min(bestCpu[i], cpu);
        }
        System.out.printf("sgd_run %d threads %d %.0f samples/s cpu %.4f s jit %d ms%n", r, t, train.size() / secs, cpu,
            jit.getTotalCompilationTime() - j0);
      }
    }
    for (int i = 0; i < teams.length; i++) {
      System.out.printf("sgd_samples_per_second_t%s %.0f%n", teams[i].trim(), bestRate[i]);
      System.out.printf("sgd_cpu_seconds_t%s %.4f%n", teams[i].trim(), bestCpu[i]);
    }
  }
}
