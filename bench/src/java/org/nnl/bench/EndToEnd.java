package org.nnl.bench;

import org.nnl.core.act.Activations;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Sphere;
import org.nnl.core.learn.Metrics;
import org.nnl.core.learn.PolyModel;
import org.nnl.core.learn.PolyReg;
import org.nnl.core.learn.Schedule;
import org.nnl.core.learn.Sgd;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * End-to-end benchmark of issue 4 (run by bench/endtoend.sh next to bench/numpy_polyreg.py):
 * (1) draw dense(20 -> 256 -> 256 -> 1, act: relu), sample 20000 training and 5000 test points
 * on sphere(20), fit polyreg(degree: 3), evaluate the test MSE: wall time, best of 3 after one
 * warm-up; (2) one SGD epoch of dense(20 -> 1024 -> 1, act: relu) over the 20000 training points,
 * batch 64: samples per second, best of 3 after 2 s of warm-up epochs. Prints {@code key value} lines.
 */
public final class EndToEnd {
  private EndToEnd() {}

  public static void main(String[] args) {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    System.out.println("kernel " + Linalg.kernelName().replace(' ', '_'));
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r <= reps; r++) {
      long t0 = System.nanoTime();
      DenseNetwork f = new Dense(Activations.builtin("relu"), 20, 256, 256, 1).draw(7);
      Sphere s = new Sphere(20);
      Mat xTrain = s.sample(20000, 1);
      Mat xTest = s.sample(5000, 2);
      DataSet train = new DataSet(xTrain, f.predict(xTrain));
      DataSet test = new DataSet(xTest, f.predict(xTest));
      PolyModel m = new PolyReg(3).fit(train);
      double mse = Metrics.mse(m, test);
      double secs = (System.nanoTime() - t0) / 1e9;
      if (r > 0) best = Math.min(best, secs);
      System.out.printf("polyreg_run %d %.3f s test_mse %.6g r2 %.4f effdim %.1f%n", r, secs, mse, Metrics.r2(m, test), m.effectiveDimension());
    }
    System.out.printf("polyreg_seconds %.3f%n", best);

    DenseNetwork f = new Dense(Activations.builtin("relu"), 20, 256, 256, 1).draw(7);
    Mat x = new Sphere(20).sample(20000, 1);
    DataSet train = new DataSet(x, f.predict(x));
    Dense student = new Dense(Activations.builtin("relu"), 20, 1024, 1);
    double bestRate = 0;
    // Warm-up: epochs for at least 2 s (JMH's 2 × 1 s), until the JIT has compiled the fused
    // path; one epoch (about 1 s, mostly interpreted) left compilation running into the timed
    // epochs, which are short (about 0.1 s each).
    for (long w0 = System.nanoTime(); System.nanoTime() - w0 < 2_000_000_000L; ) {
      sgdEpoch(student, train);
    }
    for (int r = 1; r <= reps; r++) {
      double rate = sgdEpoch(student, train);
      bestRate = Math.max(bestRate, rate);
      System.out.printf("sgd_run %d %.0f samples/s%n", r, rate);
    }
    System.out.printf("sgd_samples_per_second %.0f%n", bestRate);
  }

  /** One SGD epoch of {@code student} over {@code train} on every processor; samples per second. */
  private static double sgdEpoch(Dense student, DataSet train) {
    long t0 = System.nanoTime();
    new Sgd(student, 1, 0.002, 64, 3, 0, Schedule.CONSTANT, Runtime.getRuntime().availableProcessors()).fit(train);
    return train.size() / ((System.nanoTime() - t0) / 1e9);
  }
}
