package org.nnl.core.linalg;

import static org.bytedeco.openblas.global.openblas.CblasLower;
import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;
import org.bytedeco.openblas.presets.openblas_nolapack;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;

/**
 * The native backend's products: OpenBLAS dgemm and dsyrk (row-major; the Cholesky factorization is
 * {@link NativeCholesky}). Where the zero-copy shim {@link PinnedBlas} is available, BLAS works on
 * the Java arrays in place; otherwise the operands are copied into
 * off-heap buffers that each thread keeps and reuses ({@link Scratch}: no allocation and no fresh
 * pages per call); a fresh (all-zero) output is not copied in (beta = 0 there; the zero-copy path
 * passes beta = 1, as the array is zero already). Routing rule (peak
 * speed, like numpy's own shape dispatch): a product runs here only when it is deep,
 * k > {@link #SHALLOW}, and has more than one row and column; shallow products and
 * matrix–vector products return false and run on the reproducible Java kernel, which is faster
 * there than OpenBLAS plus the copies (their output traffic rivals their arithmetic). Loaded only
 * when {@link Backend} selects it. A view is passed to BLAS as stored when its column stride is 1
 * (leading dimension = row stride), transposed when its row stride is 1.
 */
final class NativeBlas {
  /** Off-heap buffers up to this many doubles (128 MiB) are kept per thread; larger ones are freed after the call. */
  static final long KEEP = 1L << 24;
  /** Products with k at most this are "shallow" and stay on the Java kernel. */
  static final int SHALLOW = 128;
  /**
   * Deep products of at least this many multiply-adds are split over NNL's threads ({@link #split}).
   * Off by default (-Dnnl.nativeSplitWork=N turns it on): in the idle bench/gemm.sh run of 2 December
   * 05:24 the split made the deep rows slower than OpenBLAS's own threads (mult 1000^3 0.69x numpy
   * against 0.78x without it).
   */
  static volatile long splitWork = Long.getLong("nnl.nativeSplitWork", Long.MAX_VALUE);
  /** ... into blocks of at least this many rows. */
  static final int SPLIT_ROWS = 64;
  /** Products run on OpenBLAS and split products so far, called from this thread (for tests of the routing). */
  private static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[2]);

  /** Products this thread has run on OpenBLAS so far. */
  static long calls() {
    return COUNTS.get()[0];
  }

  /** Products this thread has split over NNL's threads so far. */
  static long splits() {
    return COUNTS.get()[1];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private NativeBlas() {}

  /** Loads the library and checks one 2×2 product against its exact value. */
  static void selfTest() {
    DoublePointer p = new DoublePointer(1, 2, 3, 4), q = new DoublePointer(4);
    try {
      openblas.cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, 2, 2, 2, 1, p, 2, p, 2, 0, q, 2);
      if (q.get(0) != 7 || q.get(1) != 10 || q.get(2) != 15 || q.get(3) != 22) throw new IllegalStateException("OpenBLAS self-test failed");
    } finally {
      p.close();
      q.close();
    }
  }

  /**
   * C += alpha·A·B as {@link Gemm#run} (lower: dsyrk when B = Aᵀ); {@code fresh}: C is known to
   * be all zero there, so it is not read. False (nothing done) if the product is shallow, a
   * matrix–vector product, or a view has no BLAS layout.
   */
  static boolean gemm(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower, boolean fresh) {
    int m = a.rows(), n = b.cols(), k = a.cols();
    Layout la = Layout.of(a), lb = Layout.of(b);
    if (la == null || lb == null || m == 1 || n == 1 || k <= SHALLOW) return false;
    COUNTS.get()[0]++;
    boolean syrk = lower && a.a() == b.a() && a.off() == b.off() && a.rs() == b.cs() && a.cs() == b.rs();
    int pieces = !syrk && (long) m * n * k >= splitWork ? Math.min(Parallel.parallelism(), m / SPLIT_ROWS) : 1;
    // Zero-copy: BLAS reads and writes the heap arrays in place, each view at its offset (if the
    // JVM cannot pin an array, nothing was done and the copying path below runs). beta = 1 even
    // when C is fresh: the array is already zero, and beta = 0 would make OpenBLAS zero C once
    // more in a pass of its own (its beta pass runs whenever beta != 1) before accumulating into it.
    if (PinnedBlas.use && pieces < 2 && (syrk
        ? PinnedBlas.dsyrk(la.trans, m, k, alpha, a.a(), a.off(), la.ld, 1, c, cOff, ldc)
        : PinnedBlas.dgemm(la.trans, lb.trans, m, n, k, alpha, a.a(), a.off(), la.ld, b.a(), b.off(), lb.ld,
            1, c, cOff, ldc))) {
      return true;
    }
    Scratch own = SCRATCH.get();
    // A thread joining a split product may run another task meanwhile: if that task's product
    // lands here while this thread's buffers are in use, it gets buffers of its own.
    Scratch s = own.busy ? new Scratch() : own;
    s.busy = true;
    try {
      // A split product copies a stored A's rows piece by piece (split), a transposed A whole.
      DoublePointer pa = pieces >= 2 && !la.trans ? null : s.put(0, a.a(), a.off(), la.span);
      if (syrk) {
        // dsyrk reads and writes the lower triangle only: row i moves its first i + 1 entries.
        DoublePointer pc = s.region(2, (long) m * m);
        if (!fresh) for (int i = 0; i < m; i++) pc.position((long) i * m).put(c, cOff + i * ldc, i + 1);
        openblas.cblas_dsyrk(CblasRowMajor, CblasLower, la.trans ? CblasTrans : CblasNoTrans, m, k, alpha, pa.position(0), la.ld,
            fresh ? 0 : 1, pc.position(0), m);
        for (int i = 0; i < m; i++) pc.position((long) i * m).get(c, cOff + i * ldc, i + 1);
        pc.position(0);
        return true;
      }
      DoublePointer pb = s.put(1, b.a(), b.off(), lb.span);
      if (pieces >= 2) {
        split(pieces, alpha, a, la, pa, lb, pb, k, n, c, cOff, ldc, fresh);
        return true;
      }
      DoublePointer pc = s.region(2, (long) m * n);
      copyIn(c, cOff, ldc, pc, n, m, n, fresh);
      openblas.cblas_dgemm(CblasRowMajor, la.trans ? CblasTrans : CblasNoTrans, lb.trans ? CblasTrans : CblasNoTrans,
          m, n, k, alpha, pa, la.ld, pb, lb.ld, fresh ? 0 : 1, pc, n);
      copyOut(pc, n, c, cOff, ldc, m, n);
      return true;
    } finally {
      if (s == own) {
        for (int slot = 0; slot < 3; slot++) s.release(slot);
        s.busy = false;
      } else {
        s.close();
      }
    }
  }

  /**
   * {@link #gemm} with OpenBLAS held to one thread meanwhile ({@link #singleThreaded}): for
   * callers that run many products in parallel themselves.
   */
  static boolean gemmSerial(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower, boolean fresh) {
    singleThreaded(true);
    try {
      return gemm(alpha, a, b, c, cOff, ldc, lower, fresh);
    } finally {
      singleThreaded(false);
    }
  }

  /**
   * A deep product on NNL's threads instead of OpenBLAS's: C's rows in {@code pieces} equal
   * blocks, one per thread, each a single-threaded dgemm of its rows against the shared copy of
   * B, with its own copies of its rows of A in (a stored A; a transposed one is copied whole
   * beforehand, {@code pa}) and of C in and out. The threads do not wait for each other, so one's
   * copies (bound by memory bandwidth) overlap the other's arithmetic (bound by the FMA units):
   * measured faster than one dgemm on OpenBLAS's two threads after and before whole copies.
   * OpenBLAS runs single-threaded while any split product is under way ({@link #singleThreaded}).
   */
  private static void split(int pieces, double alpha, View a, Layout la, DoublePointer pa, Layout lb, DoublePointer pb,
      int k, int n, double[] c, int cOff, int ldc, boolean fresh) {
    int m = a.rows();
    COUNTS.get()[1]++;
    singleThreaded(true);
    try {
      Parallel.forEach(pieces, q -> {
        int i0 = (int) ((long) m * q / pieces), r = (int) ((long) m * (q + 1) / pieces) - i0;
        Scratch t = SCRATCH.get();
        try {
          DoublePointer ai = la.trans ? new DoublePointer(pa).position(i0)
              : t.put(3, a.a(), a.off() + i0 * a.rs(), (r - 1) * la.ld + k);
          DoublePointer pc = t.region(4, (long) r * n);
          copyIn(c, cOff + i0 * ldc, ldc, pc, n, r, n, fresh);
          openblas.cblas_dgemm(CblasRowMajor, la.trans ? CblasTrans : CblasNoTrans, lb.trans ? CblasTrans : CblasNoTrans,
              r, n, k, alpha, ai, la.ld, new DoublePointer(pb), lb.ld, fresh ? 0 : 1, pc, n);
          copyOut(pc, n, c, cOff + i0 * ldc, ldc, r, n);
        } finally {
          t.release(3);
          t.release(4);
        }
      });
    } finally {
      singleThreaded(false);
    }
  }

  private static final Object THREADS = new Object();
  private static int splitsUnderWay;

  /**
   * Entering (true) or leaving a split product or a serial one ({@link #gemmSerial}): OpenBLAS is
   * set to one thread while at least one is under way, back to its own count after the last
   * (openblas_set_num_threads with a count below 1 restores the size of its thread pool: its
   * default, or OPENBLAS_NUM_THREADS). The count is global in OpenBLAS: a LAPACK call from another
   * thread meanwhile runs single-threaded — slower, equally right.
   */
  private static void singleThreaded(boolean enter) {
    synchronized (THREADS) {
      if (enter && splitsUnderWay++ == 0) {
        openblas_nolapack.blas_set_num_threads(1);
      } else if (!enter && --splitsUnderWay == 0) {
        openblas_nolapack.blas_set_num_threads(0);
      }
    }
  }

  /** The r×n block of C (leading dimension ldc) into {@code p} (leading dimension ld), unless it is fresh (zero; BLAS ignores it with beta = 0). */
  private static void copyIn(double[] c, int cOff, int ldc, DoublePointer p, int ld, int r, int n, boolean fresh) {
    if (fresh) return;
    if (ld == ldc) {
      copy(c, cOff, p, (r - 1) * ldc + n, true);
    } else {
      for (int i = 0; i < r; i++) p.position((long) i * ld).put(c, cOff + i * ldc, n);
      p.position(0);
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
   * into p when {@code in}, out of it otherwise, on the calling thread. (Copies are bound by
   * memory bandwidth: a second thread barely speeds them up, and handing pieces to the
   * fork-join pool measured slower around OpenBLAS calls, whose worker threads keep spinning
   * for a while after each call.)
   */
  static void copy(double[] a, int off, DoublePointer p, int len, boolean in) {
    if (in) p.position(0).put(a, off, len);
    else p.position(0).get(a, off, len);
    p.position(0);
  }

  /**
   * A new off-heap buffer of {@code len} doubles; refused with {@link InvalidRequestException}
   * (the size and a way out) when JavaCPP's off-heap limit or the machine cannot give it — the
   * check runs before anything is allocated.
   */
  static DoublePointer allocate(long len) {
    try {
      return new DoublePointer(Math.max(1, len));
    } catch (OutOfMemoryError e) {
      throw new InvalidRequestException("The native backend cannot allocate " + MemoryGuard.gib(8.0 * len)
          + " of off-heap memory for OpenBLAS; use smaller matrices or the Java backend (--backend java).");
    }
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
   * One thread's off-heap buffers (slots: A, B, C of a product, then a piece's A and C), grown as needed and kept while at most
   * {@link #KEEP} doubles; a bigger one is freed when the call ends. Only its thread writes them,
   * one product at a time (nothing calls back into Java); during a split product the other
   * threads read the caller's A (transposed) and B slots, which stay until the split has joined;
   * pieces use slots of their own.
   */
  private static final class Scratch {
    private final DoublePointer[] kept = new DoublePointer[5];
    private final DoublePointer[] once = new DoublePointer[5];
    /** A product is using slots 0–2 (A, B, C); a split's pieces use slots 3–4 (their rows of A and C). */
    boolean busy;

    /** Buffer {@code slot} with at least {@code len} doubles, positioned at 0. */
    DoublePointer region(int slot, long len) {
      DoublePointer p = kept[slot];
      if (p != null && p.capacity() >= len) return p.position(0);
      if (len > KEEP) return once[slot] = allocate(len);
      if (p != null) p.close();
      kept[slot] = null;
      return kept[slot] = allocate(len);
    }

    /** Buffer {@code slot} holding a copy of {@code len} doubles of {@code src} from {@code off}. */
    DoublePointer put(int slot, double[] src, int off, int len) {
      DoublePointer p = region(slot, len);
      copy(src, off, p, len, true);
      return p;
    }

    /** Frees every buffer (of a one-off Scratch). */
    void close() {
      for (int i = 0; i < kept.length; i++) {
        release(i);
        if (kept[i] != null) kept[i].close();
        kept[i] = null;
      }
    }

    /** Ends the use of {@code slot}: frees its buffer if too big to keep. */
    void release(int slot) {
      if (once[slot] != null) once[slot].close();
      once[slot] = null;
    }
  }
}
