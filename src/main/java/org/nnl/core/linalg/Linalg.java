package org.nnl.core.linalg;

import java.util.Arrays;

/**
 * Dense products over {@link Mat}, on a cache-blocked, register-blocked kernel, multi-threaded
 * over fixed output tiles. Invariant (see {@link Gemm}): every entry is summed in a fixed order
 * that depends only on its row of the left operand and its column of the right one, so results
 * are bit-identical for any number of threads, and a row computed alone equals that row
 * computed in a batch, on any CPU. The kernel in use is named by {@link #kernelName()}: the Vector
 * API kernel for the CPU's widest vectors (512, 256 or 128 bits, chosen at start-up) when the
 * JVM runs with {@code --add-modules jdk.incubator.vector} (as ./nnl and the tests do),
 * otherwise a scalar blocked kernel giving the same bits more slowly.
 * Methods whose name ends in {@code Add} modify their last argument {@code c}; no other
 * argument is ever modified. A result that would not fit in the heap is refused with
 * {@link org.nnl.core.InvalidRequestException} before allocating ({@link MemoryGuard}).
 */
public final class Linalg {
  private Linalg() {}

  /** The active micro-kernel, e.g. "Vector API kernel (8x24, 512-bit, fma)". */
  public static String kernelName() {
    return Gemm.KERNEL.name();
  }

  /**
   * Starts getting the products' kernel ready in the background (loading the Vector API and
   * having the JIT compile the micro-kernel; until then products use a scalar kernel giving the
   * same bits) and returns at once. Optional: a client calls it at start-up so that this
   * overlaps reading its program; otherwise it starts with the first product.
   */
  public static void warmUp() {
    Kernels.warmUpInBackground();
  }

  /**
   * Selects the backend of the products and of Cholesky: "java" (the default, reproducible) or
   * "native" (OpenBLAS; falls back to "java", saying so once on stderr, when it cannot load).
   * Returns the backend now in use.
   */
  public static String useBackend(String name) {
    return Backend.select(name);
  }

  /** "java" or "native". */
  public static String backend() {
    return Backend.name();
  }

  /** C = A·B (A is n×k, B is k×m). */
  public static Mat mult(Mat a, Mat b) {
    check(a.cols == b.rows, a, b, "A·B");
    Mat c = output(a.rows, b.cols);
    Gemm.product(1, View.of(a), View.of(b), c.data, 0, c.cols, false, true);
    return c;
  }

  /** C = A·Bᵀ (A is n×k, B is m×k): the forward pass X·Wᵀ with one point per row. */
  public static Mat multTransB(Mat a, Mat b) {
    check(a.cols == b.cols, a, b, "A·Bᵀ");
    Mat c = output(a.rows, b.rows);
    Gemm.product(1, View.of(a), View.transposed(b), c.data, 0, c.cols, false, true);
    return c;
  }

  /**
   * Rows c0..c0+rows−1 of C set to rows a0..a0+rows−1 of A·Bᵀ (the blocked forward pass of a
   * network). {@code parallel}: the product split over the threads as {@link #multTransB} (on the
   * native backend, OpenBLAS's threads); otherwise on the calling thread alone (OpenBLAS held to
   * one thread), for callers that run row blocks in parallel themselves. On the reproducible
   * kernel, bit for bit the same rows as {@link #multTransB} either way, since a row's sums depend
   * on that row alone. Modifies only those rows of {@code c}.
   */
  public static void multTransBRows(Mat a, int a0, int rows, Mat b, Mat c, int c0, boolean parallel) {
    check(a.cols == b.cols, a, b, "A·Bᵀ");
    if (c.cols != b.rows || rows < 0 || a0 < 0 || c0 < 0 || a0 + rows > a.rows || c0 + rows > c.rows) {
      throw new IllegalArgumentException("rows " + a0 + "+" + rows + " of a " + a.rows + "-row A into rows " + c0
          + "+" + rows + " of a " + c.rows + "x" + c.cols + " C for " + b.rows + " columns");
    }
    int from = c0 * c.cols;
    Arrays.fill(c.data, from, from + rows * c.cols, 0);
    Gemm.product(1, View.of(a).block(a0, 0, rows, a.cols), View.transposed(b), c.data, from, c.cols, false, true, parallel);
  }

  /** C = Aᵀ·B (A is n×k, B is n×m): gradients and normal equations. */
  public static Mat multTransA(Mat a, Mat b) {
    check(a.rows == b.rows, a, b, "Aᵀ·B");
    Mat c = output(a.cols, b.cols);
    Gemm.product(1, View.transposed(a), View.of(b), c.data, 0, c.cols, false, true);
    return c;
  }

  /** C += alpha·A·B; modifies {@code c} (n×m). */
  public static void multAdd(double alpha, Mat a, Mat b, Mat c) {
    check(a.cols == b.rows, a, b, "A·B");
    checkOut(c, a.rows, b.cols);
    Gemm.product(alpha, View.of(a), View.of(b), c.data, 0, c.cols, false);
  }

  /** C += alpha·A·Bᵀ; modifies {@code c} (n×m). */
  public static void multTransBAdd(double alpha, Mat a, Mat b, Mat c) {
    check(a.cols == b.cols, a, b, "A·Bᵀ");
    checkOut(c, a.rows, b.rows);
    Gemm.product(alpha, View.of(a), View.transposed(b), c.data, 0, c.cols, false);
  }

  /** C += alpha·Aᵀ·B; modifies {@code c} (k×m). */
  public static void multTransAAdd(double alpha, Mat a, Mat b, Mat c) {
    check(a.rows == b.rows, a, b, "Aᵀ·B");
    checkOut(c, a.cols, b.cols);
    Gemm.product(alpha, View.transposed(a), View.of(b), c.data, 0, c.cols, false);
  }

  /** G = AᵀA (k×k, exactly symmetric); computes one triangle and mirrors it. */
  public static Mat gram(Mat a) {
    Mat g = output(a.cols, a.cols);
    Gemm.product(1, View.transposed(a), View.of(a), g.data, 0, g.cols, true, true);
    mirrorLower(g);
    return g;
  }

  /**
   * G += alpha·AᵀA for symmetric G (the symmetric rank-k update of streamed normal equations);
   * computes the lower triangle, then copies it to the upper one. Modifies {@code g}.
   */
  public static void gramAdd(double alpha, Mat a, Mat g) {
    checkOut(g, a.cols, a.cols);
    Gemm.product(alpha, View.transposed(a), View.of(a), g.data, 0, g.cols, true);
    mirrorLower(g);
  }

  /**
   * G += alpha·AᵀA in the lower triangle of square {@code g} only (entries above the diagonal
   * are left unspecified until {@link #symmetrize}): for accumulating many row blocks without
   * mirroring after each. Modifies {@code g}.
   */
  public static void gramAddLower(double alpha, Mat a, Mat g) {
    checkOut(g, a.cols, a.cols);
    Gemm.product(alpha, View.transposed(a), View.of(a), g.data, 0, g.cols, true);
  }

  /** Copies the lower triangle of square {@code g} onto its upper one; modifies {@code g}. */
  public static void symmetrize(Mat g) {
    checkOut(g, g.rows, g.rows);
    mirrorLower(g);
  }

  /** y = A·x (A is n×k, x has k entries). */
  public static double[] multVec(Mat a, double[] x) {
    if (x.length != a.cols) throw mismatch("A·x", a.rows, a.cols, x.length, 1);
    double[] y = new double[a.rows];
    Gemm.product(1, View.of(a), new View(x, 0, 1, 1, x.length, 1), y, 0, 1, false, true);
    return y;
  }

  /** y = Aᵀ·x (A is n×k, x has n entries). */
  public static double[] multTransVec(Mat a, double[] x) {
    if (x.length != a.rows) throw mismatch("Aᵀ·x", a.rows, a.cols, x.length, 1);
    double[] y = new double[a.cols];
    Gemm.product(1, View.transposed(a), new View(x, 0, 1, 1, x.length, 1), y, 0, 1, false, true);
    return y;
  }

  /** A zero result matrix, refused (InvalidRequestException) before allocating if it cannot fit. */
  private static Mat output(int rows, int cols) {
    MemoryGuard.requireFits(rows, cols, "matrix product", "use fewer samples or smaller widths");
    return new Mat(rows, cols);
  }

  /** Copies the lower triangle of square {@code g} onto its upper triangle. */
  static void mirrorLower(Mat g) {
    int n = g.rows;
    for (int i = 0; i < n; i++)
      for (int j = i + 1; j < n; j++) g.data[i * n + j] = g.data[j * n + i];
  }

  private static void check(boolean ok, Mat a, Mat b, String op) {
    if (!ok) throw mismatch(op, a.rows, a.cols, b.rows, b.cols);
  }

  private static void checkOut(Mat c, int rows, int cols) {
    if (c.rows != rows || c.cols != cols) {
      throw new IllegalArgumentException("output is " + c.rows + "x" + c.cols + ", expected " + rows + "x" + cols);
    }
  }

  private static IllegalArgumentException mismatch(String op, int r1, int c1, int r2, int c2) {
    return new IllegalArgumentException(op + ": mismatched sizes " + r1 + "x" + c1 + " and " + r2 + "x" + c2);
  }
}
