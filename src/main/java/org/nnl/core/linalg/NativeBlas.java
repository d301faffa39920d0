package org.nnl.core.linalg;

import static org.bytedeco.openblas.global.openblas.CblasLower;
import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;
import org.nnl.core.Parallel;

/**
 * The native backend's products: OpenBLAS dgemm and dsyrk (row-major; the Cholesky factorization is
 * {@link NativeCholesky}). BLAS cannot read
 * the Java heap, so the operands are copied into off-heap buffers that each thread keeps and
 * reuses ({@link Scratch}: no allocation and no fresh pages per call, which cost more than the
 * product on skinny shapes). Copies move only what BLAS reads or writes: a fresh (all-zero)
 * output is not copied in (beta = 0), and a large output of a shallow product (small k, where
 * the copy-out rivals the arithmetic) is computed in row chunks of about {@link #CHUNK} doubles,
 * each copied out while it is still in cache. Loaded only when {@link Backend} selects it. A
 * view is passed to BLAS as stored when its column stride is 1 (leading dimension = row
 * stride), transposed when its row stride is 1.
 */
final class NativeBlas {
  /** Off-heap buffers up to this many doubles (128 MiB) are kept per thread; larger ones are freed after the call. */
  static final long KEEP = 1L << 24;
  /** Doubles of output per chunk in the chunked path (2 MiB: fits the L2 + L3 share of a core). */
  static final int CHUNK = 1 << 18;
  /** The chunked path is taken for outputs of at least this many doubles when k ≤ {@link #SHALLOW}. */
  static final long CHUNKED_OUTPUT = 1L << 20;
  /** Products with k at most this are "shallow": their output traffic is comparable to their arithmetic. */
  static final int SHALLOW = 128;
  /** Copies of more than twice this many doubles (2 MiB) are split into pieces of this size for the threads. */
  static final int COPY_PIECE = 1 << 18;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private NativeBlas() {}

  /** Loads the library and checks one 2×2 product against its exact value. */
  static void selfTest() {
    double[] a = {1, 2, 3, 4}, c = new double[4];
    gemm(1, new View(a, 0, 2, 1, 2, 2), new View(a, 0, 2, 1, 2, 2), c, 0, 2, false, true);
    if (c[0] != 7 || c[1] != 10 || c[2] != 15 || c[3] != 22) throw new IllegalStateException("OpenBLAS self-test failed");
  }

  /**
   * C += alpha·A·B as {@link Gemm#run} (lower: dsyrk when B = Aᵀ); {@code fresh}: C is known to
   * be all zero there, so it is not read. False if a view has no BLAS layout.
   */
  static boolean gemm(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower, boolean fresh) {
    int m = a.rows(), n = b.cols(), k = a.cols();
    Layout la = Layout.of(a), lb = Layout.of(b);
    // A matrix-vector product reads each entry of the matrix once: copying it off-heap would
    // cost more than the product, so it stays on the Java kernel (MatVec).
    if (la == null || lb == null || m == 1 || n == 1) return false;
    boolean syrk = lower && a.a() == b.a() && a.off() == b.off() && a.rs() == b.cs() && a.cs() == b.rs();
    Scratch s = SCRATCH.get();
    try {
      DoublePointer pa = s.put(0, a.a(), a.off(), la.span);
      if (syrk) {
        // dsyrk reads and writes the lower triangle only: row i moves its first i + 1 entries.
        DoublePointer pc = s.region(2, (long) m * m);
        if (!fresh) for (int i = 0; i < m; i++) pc.position((long) i * m).put(c, cOff + i * ldc, i + 1);
        openblas.cblas_dsyrk(CblasRowMajor, CblasLower, la.trans ? CblasTrans : CblasNoTrans, m, k, alpha, pa.position(0), la.ld,
            fresh ? 0 : 1, pc.position(0), m);
        for (int i = 0; i < m; i++) pc.position((long) i * m).get(c, cOff + i * ldc, i + 1);
        return true;
      }
      DoublePointer pb = s.put(1, b.a(), b.off(), lb.span);
      int rows = (long) m * n >= CHUNKED_OUTPUT && k <= SHALLOW ? Math.max(1, CHUNK / n) : m;
      DoublePointer pc = s.region(2, (long) Math.min(rows, m) * n);
      DoublePointer ai = new DoublePointer(pa);
      for (int i0 = 0; i0 < m; i0 += rows) {
        int r = Math.min(rows, m - i0);
        // Rows i0.. of A: down the rows of a stored A, across the columns of a transposed one.
        ai.position((long) i0 * (la.trans ? 1 : la.ld));
        copyIn(c, cOff + i0 * ldc, ldc, pc, n, r, n, fresh);
        openblas.cblas_dgemm(CblasRowMajor, la.trans ? CblasTrans : CblasNoTrans, lb.trans ? CblasTrans : CblasNoTrans,
            r, n, k, alpha, ai, la.ld, pb, lb.ld, fresh ? 0 : 1, pc, n);
        copyOut(pc, n, c, cOff + i0 * ldc, ldc, r, n);
      }
      return true;
    } finally {
      s.release();
    }
  }

  /** The r×n block of C (leading dimension ldc) into {@code p} (leading dimension ld), unless it is fresh (zero; BLAS ignores it with beta = 0). */
  private static void copyIn(double[] c, int cOff, int ldc, DoublePointer p, int ld, int r, int n, boolean fresh) {
    if (fresh) return;
    if (ld == ldc) {
      copy(c, cOff, p, (r - 1) * ldc + n, true);
    } else {
      for (int i = 0; i < r; i++) p.position((long) i * ld).put(c, cOff + i * ldc, n);
    }
  }

  /** The r×n block in {@code p} (leading dimension ld) back into C (leading dimension ldc). */
  private static void copyOut(DoublePointer p, int ld, double[] c, int cOff, int ldc, int r, int n) {
    if (ld == ldc) {
      copy(c, cOff, p, (r - 1) * ldc + n, false);
    } else {
      for (int i = 0; i < r; i++) p.position((long) i * ld).get(c, cOff + i * ldc, n);
    }
    p.position(0);
  }

  /**
   * Copies {@code len} doubles between {@code a} (from {@code off}) and the start of {@code p}:
   * into p when {@code in}, out of it otherwise; large copies in pieces on the core's threads
   * (one core does not saturate the memory bus).
   */
  static void copy(double[] a, int off, DoublePointer p, int len, boolean in) {
    if (len < 2 * COPY_PIECE) {
      if (in) p.position(0).put(a, off, len);
      else p.position(0).get(a, off, len);
      p.position(0);
      return;
    }
    Parallel.forBlocks(len, COPY_PIECE, (lo, hi) -> {
      DoublePointer q = new DoublePointer(p).position(lo);
      if (in) q.put(a, off + lo, hi - lo);
      else q.get(a, off + lo, hi - lo);
    });
  }

  /** How a view is handed to BLAS: as stored or transposed, with its leading dimension and the span it covers. */
  private record Layout(boolean trans, int ld, int span) {
    static Layout of(View v) {
      int r = v.rows(), c = v.cols();
      if (v.cs() == 1 && (r == 1 || v.rs() >= c)) return new Layout(false, Math.max(v.rs(), c), (r - 1) * v.rs() + c);
      if (v.rs() == 1 && (c == 1 || v.cs() >= r)) return new Layout(true, Math.max(v.cs(), r), (c - 1) * v.cs() + r);
      return null;
    }
  }

  /**
   * One thread's off-heap buffers (slots A, B, C), grown as needed and kept while at most
   * {@link #KEEP} doubles; a bigger one is freed when the call ends. A thread runs one BLAS call
   * at a time (nothing calls back into Java), so the buffers are never shared.
   */
  private static final class Scratch {
    private final DoublePointer[] kept = new DoublePointer[3];
    private final DoublePointer[] once = new DoublePointer[3];

    /** Buffer {@code slot} with at least {@code len} doubles, positioned at 0. */
    DoublePointer region(int slot, long len) {
      DoublePointer p = kept[slot];
      if (p != null && p.capacity() >= len) return p.position(0);
      if (len > KEEP) return once[slot] = new DoublePointer(len);
      if (p != null) p.close();
      return kept[slot] = new DoublePointer(Math.max(1, len));
    }

    /** Buffer {@code slot} holding a copy of {@code len} doubles of {@code src} from {@code off}. */
    DoublePointer put(int slot, double[] src, int off, int len) {
      DoublePointer p = region(slot, len);
      copy(src, off, p, len, true);
      return p;
    }

    /** Ends the call: frees the buffers too big to keep. */
    void release() {
      for (int i = 0; i < 3; i++) {
        if (once[i] != null) once[i].close();
        once[i] = null;
      }
    }
  }
}
