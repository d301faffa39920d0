package org.nnl.core.linalg;

import java.util.Locale;

/**
 * Which implementation runs the dense products and the Cholesky factorization: {@code java}
 * (the default: the reproducible kernel, identical bits on any CPU and thread count) or
 * {@code native} (OpenBLAS through org.bytedeco:openblas: peak speed over reproducibility, its
 * bits change with the thread count). The native backend dispatches by shape, as numpy's own
 * BLAS does: deep products (k > 128, more than one row and column) run on OpenBLAS dgemm/dsyrk
 * ({@link NativeBlas}, on OpenBLAS's own threads); shallow products (k ≤ 128) and matrix–vector products stay on the Java
 * kernel, which is faster there than OpenBLAS plus the copies to off-heap memory; the Cholesky
 * factorization, its solves and tr(A⁻¹) run on LAPACK ({@link NativeCholesky}). Chosen by {@link Linalg#useBackend}, the {@code --backend}
 * option of ./nnl, the environment variable {@code NNL_BACKEND} or the system property
 * {@code nnl.backend}. When the native library cannot be loaded the Java kernel is used, and
 * this is said once on stderr.
 */
final class Backend {
  private static volatile boolean nativeOn;
  private static boolean warned;

  static {
    String p = System.getProperty("nnl.backend");
    String choice = p != null ? p : System.getenv("NNL_BACKEND");
    if (choice != null && !choice.isBlank()) {
      try {
        select(choice);
      } catch (IllegalArgumentException e) {
        System.err.println("nnl: " + e.getMessage() + " Using the Java kernel.");
      }
    }
  }

  private Backend() {}

  static boolean isNative() {
    return nativeOn;
  }

  /** Selects {@code java} or {@code native}; returns the backend now in use. */
  static synchronized String select(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    switch (n) {
      case "java" -> nativeOn = false;
      case "native", "openblas" -> {
        String problem = NativeProbe.problem();
        nativeOn = problem == null;
        if (problem != null && !warned) {
          warned = true;
          System.err.println("nnl: the native backend (OpenBLAS) is not available here (" + problem
              + "); using the reproducible Java kernel.");
        }
      }
      default -> throw new IllegalArgumentException("Unknown backend '" + name + "'. Known: java, native.");
    }
    return name();
  }

  static String name() {
    return nativeOn ? "native" : "java";
  }

  /** Loads OpenBLAS once; null when it works, else why not. Touches the native classes only when asked. */
  private static final class NativeProbe {
    private static final String PROBLEM = load();

    static String problem() {
      return PROBLEM;
    }

    private static String load() {
      try {
        NativeBlas.selfTest();
        return null;
      } catch (LinkageError | RuntimeException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
      }
    }
  }
}
