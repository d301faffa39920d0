package org.nnl.core.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;

/** Small seeded inputs and labels for the learner tests, and the reference CSV reader. */
final class TestData {
  private TestData() {}

  /** n × d standard normal points (Box–Muller from one seeded stream). */
  static Mat gaussian(int n, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Mat x = new Mat(n, d);
    for (int i = 0; i < x.data.length; i++) {
      double u = 1 - r.nextDouble();
      x.data[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
    return x;
  }

  /** n points uniform on √d·S^{d−1}. */
  static Mat sphere(int n, int d, long seed) {
    Mat x = gaussian(n, d, seed);
    for (int i = 0; i < n; i++) {
      double ss = 0;
      for (int j = 0; j < d; j++) ss += x.get(i, j) * x.get(i, j);
      double s = Math.sqrt(d / ss);
      for (int j = 0; j < d; j++) x.set(i, j, x.get(i, j) * s);
    }
    return x;
  }

  /** The data set (x, f(x)) with one label per point. */
  static DataSet label(Mat x, ToDoubleFunction<double[]> f) {
    Mat y = new Mat(x.rows, 1);
    for (int i = 0; i < x.rows; i++) y.data[i] = f.applyAsDouble(x.row(i));
    return new DataSet(x, y);
  }

  /** Rows of a reference CSV (header skipped) whose first cell equals {@code split}, as numbers. */
  static double[][] csv(String name, String split) {
    try {
      Path p = Path.of("src/test/resources/reference", name);
      List<double[]> out = new ArrayList<>();
      for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
        String[] cells = line.split(",");
        if (!cells[0].equals(split)) continue;
        double[] v = new double[cells.length - 1];
        for (int j = 1; j < cells.length; j++) v[j - 1] = Double.parseDouble(cells[j]);
        out.add(v);
      }
      return out.toArray(new double[0][]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Columns [from, to) of rows. */
  static Mat columns(double[][] rows, int from, int to) {
    Mat m = new Mat(rows.length, to - from);
    for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], from, m.data, i * m.cols, to - from);
    return m;
  }
}
