package org.nnl.core.linalg;

import org.nnl.core.InvalidRequestException;

/**
 * A dense row-major matrix of doubles: entry (i, j) is {@code data[i * cols + j]}.
 * Sample matrices hold one point per row. This is the core's only matrix type; EJML types
 * stay inside this package.
 */
public final class Mat {
  public final int rows;
  public final int cols;
  public final double[] data;

  /** A zero matrix; refuses sizes that cannot be held in one Java array. */
  public Mat(int rows, int cols) {
    this(rows, cols, new double[checkedSize(rows, cols)]);
  }

  /** Wraps {@code data} (not copied); its length must be rows·cols. */
  public Mat(int rows, int cols, double[] data) {
    if (data.length != (long) rows * cols) {
      throw new IllegalArgumentException("data length " + data.length + " != " + rows + "x" + cols);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /** rows·cols, refused with the sizes if it exceeds a Java array. */
  public static int checkedSize(long rows, long cols) {
    InvalidRequestException.require(rows >= 0 && cols >= 0, "A matrix cannot have negative size %dx%d.", rows, cols);
    long n = rows * cols;
    InvalidRequestException.require(n <= Integer.MAX_VALUE - 8,
        "A %dx%d matrix (%d entries, %.1f GiB) is too large; use fewer samples or smaller widths.",
        rows, cols, n, n * 8.0 / (1L << 30));
    return (int) n;
  }

  public static Mat of(double[][] rowsData) {
    int r = rowsData.length;
    int c = r == 0 ? 0 : rowsData[0].length;
    Mat m = new Mat(r, c);
    for (int i = 0; i < r; i++) {
      if (rowsData[i].length != c) throw new IllegalArgumentException("ragged rows");
      System.arraycopy(rowsData[i], 0, m.data, i * c, c);
    }
    return m;
  }

  public double get(int i, int j) {
    return data[i * cols + j];
  }

  public void set(int i, int j, double v) {
    data[i * cols + j] = v;
  }

  /** A copy of row {@code i}. */
  public double[] row(int i) {
    double[] r = new double[cols];
    System.arraycopy(data, i * cols, r, 0, cols);
    return r;
  }

  public Mat copy() {
    return new Mat(rows, cols, data.clone());
  }

  public double[][] toArray() {
    double[][] a = new double[rows][];
    for (int i = 0; i < rows; i++) a[i] = row(i);
    return a;
  }

  @Override
  public String toString() {
    return "Mat(" + rows + "x" + cols + ")";
  }
}
