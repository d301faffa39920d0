package org.nnl.core.dist;

import java.nio.file.Path;
import org.nnl.core.linalg.Mat;

/**
 * csv("file"): the rows of a CSV file of numbers (read once, checked when declared), sampled
 * uniformly with replacement.
 */
public final class CsvRows implements Distribution {
  private final String file;
  private final Mat rows;

  private CsvRows(String file, Mat rows) {
    RowSampler.dimension("csv", rows.cols);
    this.file = file;
    this.rows = rows;
  }

  /** Reads {@code file}; bad input is refused with file:line (see {@link CsvNumbers}). */
  public static CsvRows read(String file) {
    return new CsvRows(file, CsvNumbers.read(Path.of(file)).values());
  }

  /** The number of rows in the file. */
  public int size() {
    return rows.rows;
  }

  @Override
  public int dim() {
    return rows.cols;
  }

  /** Each row is row r of the file, r uniform on [0, size). */
  @Override
  public Mat sample(int n, long seed) {
    int d = rows.cols;
    return RowSampler.sample(this, n, seed, (x, off, rng) -> {
      int r = rng.nextInt(rows.rows);
      System.arraycopy(rows.data, r * d, x, off, d);
    });
  }

  @Override
  public String toString() {
    return "csv(\"" + file + "\")";
  }
}
