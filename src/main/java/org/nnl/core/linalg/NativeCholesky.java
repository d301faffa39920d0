package org.nnl.core.linalg;

import static org.bytedeco.openblas.global.openblas.CblasLower;
import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasNonUnit;
import static org.bytedeco.openblas.global.openblas.CblasLeft;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import java.lang.ref.WeakReference;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The Cholesky factorization of the native backend: LAPACK dpotrf, then dpotrs-style triangular
 * solves (dtrsv/dtrsm) and dtrtri for tr(A⁻¹), all on one off-heap copy of the matrix.
 * Layout: the n×n row-major buffer read column-major is Aᵀ, so its upper triangle (column-major)
 * is A's lower triangle (row-major); dpotrf('U', column-major) computes U with UᵀU = A, and U read
 * row-major is L = Uᵀ (A = L·Lᵀ) — no transposition anywhere (LAPACKE's row-major entry points
 * would transpose the whole matrix twice). The factor stays in the calling thread's buffer
 * ({@link Resident}) for the solves and the trace that follow on that thread; L is also copied
 * out once (lower triangle, row by row) as the heap {@link #lower} that {@link Cholesky} keeps,
 * so a factor used from another thread, or after the thread factored another matrix, is copied
 * back in from there.
 */
final class NativeCholesky {
  /** The factor L (n×n row-major, zeros above the diagonal). */
  final double[] lower;
  final int n;

  private NativeCholesky(double[] lower, int n) {
    this.lower = lower;
    this.n = n;
  }

  /**
   * Factors A + ridge·I (the lower triangle of the n×n row-major {@code a} is read); null when
   * it is not numerically positive definite (dpotrf stops at a pivot ≤ 0; a NaN or infinite
   * pivot is refused here).
   */
  static NativeCholesky factor(double[] a, int n, double ridge) {
    Resident r = Resident.HERE.get();
    DoublePointer p = r.take((long) n * n);
    try {
      NativeBlas.copy(a, 0, p, n * n, true);
      if (ridge != 0) for (int i = 0; i < n; i++) p.put((long) i * n + i, a[i * n + i] + ridge);
      if (n > 0 && openblas.LAPACKE_dpotrf(LAPACK_COL_MAJOR, (byte) 'U', n, p, n) != 0) return null;
      for (int i = 0; i < n; i++) {
        double d = p.get((long) i * n + i);
        if (!(d > 0) || !Double.isFinite(d)) return null;
      }
      double[] l = new double[n * n];
      // Row i of L is its first i + 1 entries; the rest of the row (A's upper part) stays zero.
      for (int i = 0; i < n; i++) p.position((long) i * n).get(l, i * n, i + 1);
      p.position(0);
      NativeCholesky c = new NativeCholesky(l, n);
      r.own(c);
      return c;
    } finally {
      r.release();
    }
  }

  /** X ← (L·Lᵀ)⁻¹X in place, X n×m row-major: L·Y = X, then Lᵀ·X = Y (dtrsv for one column, else dtrsm). */
  void solve(double[] x, int m) {
    Resident r = Resident.HERE.get();
    DoublePointer p = r.factorOf(this);
    try {
      DoublePointer b = r.rightSide((long) n * m);
      NativeBlas.copy(x, 0, b, n * m, true);
      if (m == 1) {
        openblas.cblas_dtrsv(CblasRowMajor, CblasLower, CblasNoTrans, CblasNonUnit, n, p, n, b, 1);
        openblas.cblas_dtrsv(CblasRowMajor, CblasLower, CblasTrans, CblasNonUnit, n, p, n, b, 1);
      } else {
        openblas.cblas_dtrsm(CblasRowMajor, CblasLeft, CblasLower, CblasNoTrans, CblasNonUnit, n, m, 1, p, n, b, m);
        openblas.cblas_dtrsm(CblasRowMajor, CblasLeft, CblasLower, CblasTrans, CblasNonUnit, n, m, 1, p, n, b, m);
      }
      NativeBlas.copy(x, 0, b, n * m, false);
    } finally {
      r.release();
    }
  }

  /**
   * tr((L·Lᵀ)⁻¹) = ‖L⁻¹‖_F² = Σ_i Σ_{j≤i} (L⁻¹)_ij²: dtrtri in place on the resident factor (which
   * is then gone from the buffer), each row's squares by ddot, rows summed in order.
   */
  double traceInverse() {
    Resident r = Resident.HERE.get();
    DoublePointer p = r.factorOf(this);
    try {
      r.disown();
      if (n > 0 && openblas.LAPACKE_dtrtri(LAPACK_COL_MAJOR, (byte) 'U', (byte) 'N', n, p, n) != 0) {
        throw new IllegalStateException("dtrtri: singular factor");
      }
      double s = 0;
      DoublePointer row = new DoublePointer(p);
      for (int i = 0; i < n; i++) {
        row.position((long) i * n);
        s += openblas.cblas_ddot(i + 1, row, 1, row, 1);
      }
      return s;
    } finally {
      r.release();
    }
  }

  /**
   * One thread's off-heap buffers: the factor (with the Cholesky it belongs to, weakly) and a
   * right side. Kept while at most {@link NativeBlas#KEEP} doubles, like NativeBlas's scratch;
   * larger ones are freed when the call ends (and the factor is then copied in for every call).
   * Only its own thread writes a buffer, one call at a time.
   */
  private static final class Resident {
    static final ThreadLocal<Resident> HERE = ThreadLocal.withInitial(Resident::new);

    private DoublePointer factor;
    private DoublePointer rhs;
    private DoublePointer onceFactor;
    private DoublePointer onceRhs;
    private WeakReference<NativeCholesky> owner = new WeakReference<>(null);

    /** A buffer of at least {@code len} doubles for a new factor (the previous one is dropped). */
    DoublePointer take(long len) {
      owner = new WeakReference<>(null);
      if (factor != null && factor.capacity() >= len) return factor.position(0);
      if (len > NativeBlas.KEEP) return onceFactor = NativeBlas.allocate(len);
      if (factor != null) factor.close();
      factor = null;
      return factor = NativeBlas.allocate(len);
    }

    /** Records that the kept factor buffer holds {@code c}'s factor (not when it was a one-off buffer). */
    void own(NativeCholesky c) {
      if (onceFactor == null) owner = new WeakReference<>(c);
    }

    void disown() {
      owner = new WeakReference<>(null);
    }

    /** The buffer holding {@code c}'s factor: the resident one, or L copied in from the heap. */
    DoublePointer factorOf(NativeCholesky c) {
      if (owner.get() == c && factor != null) return factor.position(0);
      DoublePointer p = take((long) c.n * c.n);
      NativeBlas.copy(c.lower, 0, p, c.n * c.n, true);
      own(c);
      return p;
    }

    DoublePointer rightSide(long len) {
      if (rhs != null && rhs.capacity() >= len) return rhs.position(0);
      if (len > NativeBlas.KEEP) return onceRhs = NativeBlas.allocate(len);
      if (rhs != null) rhs.close();
      rhs = null;
      return rhs = NativeBlas.allocate(len);
    }

    /** Ends a call: frees the one-off buffers. */
    void release() {
      if (onceFactor != null) {
        onceFactor.close();
        onceFactor = null;
        owner = new WeakReference<>(null);
      }
      if (onceRhs != null) {
        onceRhs.close();
        onceRhs = null;
      }
    }
  }
}
