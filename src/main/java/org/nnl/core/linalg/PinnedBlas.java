package org.nnl.core.linalg;

import java.io.File;
import java.util.Map;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * The native backend's zero-copy path: OpenBLAS dgemm and dsyrk run on the Java heap arrays
 * themselves, pinned for the length of the call (JNI GetPrimitiveArrayCritical, in the small shim
 * src/main/c/pinned_blas.c that the build compiles with gcc when one is installed), so no operand
 * is copied to off-heap memory and a view is handed over with its offset and leading dimension.
 * Why a shim of our own: JavaCPP's array overloads copy every array in and back out
 * (Get/ReleaseDoubleArrayElements) and cannot start at an offset. While a call runs, the JVM
 * postpones garbage collection (the GC locker): a thread that needs one meanwhile waits for the
 * product to end. {@link #AVAILABLE} is false, and {@link NativeBlas} copies as before, when the
 * shim was not built, cannot load, or {@code -Dnnl.nativePinned=false}.
 */
final class PinnedBlas {
  /** The shim is loaded and bound to the OpenBLAS library that {@link openblas} uses. */
  static final boolean AVAILABLE = load();
  /** Whether {@link NativeBlas} uses the shim (when available); tests switch it off to check the copying path. */
  static volatile boolean use = AVAILABLE;

  private PinnedBlas() {}

  private static boolean load() {
    if (!Boolean.parseBoolean(System.getProperty("nnl.nativePinned", "true"))) return false;
    try {
      Loader.load(openblas.class);
      String lib = null;
      for (Map.Entry<String, String> e : Loader.getLoadedLibraries().entrySet()) {
        if (e.getKey().startsWith("openblas@")) lib = e.getValue();
      }
      if (lib == null || PinnedBlas.class.getResource(Loader.getPlatform() + "/libnnlpinned.so") == null) return false;
      File shim = Loader.cacheResource(PinnedBlas.class, Loader.getPlatform() + "/libnnlpinned.so");
      System.load(shim.getAbsolutePath());
      return bind(lib);
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  /** Looks up cblas_dgemm and cblas_dsyrk in the loaded library at {@code path}. */
  private static native boolean bind(String path);

  /** C[cOff..] = alpha·op(A)·op(B) + beta·C, row-major (op = transpose when ta / tb); false (nothing done) if an array could not be pinned. */
  static native boolean dgemm(boolean ta, boolean tb, int m, int n, int k, double alpha, double[] a, int aOff, int lda,
      double[] b, int bOff, int ldb, double beta, double[] c, int cOff, int ldc);

  /** The address of {@code a}'s first element at the moment of the call (0 if it could not be pinned); tests check {@link CacheLineOffset} with it. */
  static native long address(double[] a);

  /** The lower triangle of C[cOff..] = alpha·op(A)·op(A)ᵀ + beta·C, op(A) n×k, row-major; false as {@link #dgemm}. */
  static native boolean dsyrk(boolean ta, int n, int k, double alpha, double[] a, int aOff, int lda, double beta, double[] c,
      int cOff, int ldc);
}
