package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnl.core.linalg.LinalgProductsTest.random;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The native backend (OpenBLAS) agrees with the reproducible kernel to 1e-12 relative (in the
 * max norm of the result) on every product, the Gram triangle and Cholesky; switching back
 * gives the Java kernel's bits again; an unknown name is refused; a JVM where the library
 * cannot load falls back quietly.
 */
@Isolated
class NativeBackendTest {
  @AfterEach
  void backToJava() {
    Linalg.useBackend("java");
  }

  /** max |x − y| / max |y|. */
  static double relErr(Mat x, Mat y) {
    double d = 0, s = 0;
    for (int i = 0; i < y.data.length; i++) {
      d = Math.max(d, Math.abs(x.data[i] - y.data[i]));
      s = Math.max(s, Math.abs(y.data[i]));
    }
    return d / s;
  }

  static void agree(String what, Supplier<Mat> job) {
    Linalg.useBackend("java");
    Mat ref = job.get();
    assertEquals("native", Linalg.useBackend("native"), "OpenBLAS loads on linux-x86_64");
    Mat nat = job.get();
    Linalg.useBackend("java");
    double e = relErr(nat, ref);
    assertTrue(e < 1e-12, what + ": relative difference " + e);
    assertTrue(java.util.Arrays.equals(ref.data, job.get().data), what + ": java bits again after switching back");
  }

  /**
   * Runs {@code body} with the zero-copy shim ({@link PinnedBlas}) where it was built, then on the
   * copying path ({@link #theZeroCopyShimIsBuiltWhereGccIs} checks where that is).
   */
  static void bothPaths(Runnable body) {
    try {
      if (PinnedBlas.AVAILABLE) body.run();
      PinnedBlas.use = false;
      body.run();
    } finally {
      PinnedBlas.use = PinnedBlas.AVAILABLE;
    }
  }

  /** Where gcc is installed the build compiles the shim, and it loads and binds to OpenBLAS. */
  @Test
  void theZeroCopyShimIsBuiltWhereGccIs() {
    boolean gcc = java.util.stream.Stream.of(System.getenv("PATH").split(":"))
        .anyMatch(d -> java.nio.file.Files.isExecutable(Path.of(d, "gcc")));
    assertEquals(gcc, PinnedBlas.AVAILABLE, "shim available exactly where gcc is (src/main/c/build.sh)");
  }

  @Test
  void everyProductAgreesWithTheReproducibleKernel() {
    bothPaths(this::everyProductAgrees);
  }

  private void everyProductAgrees() {
    Mat a = random(203, 517, 51), b = random(517, 61, 52), bt = random(61, 517, 53), c = random(203, 61, 54);
    agree("A·B", () -> Linalg.mult(a, b));
    agree("A·Bᵀ", () -> Linalg.multTransB(a, bt));
    agree("Aᵀ·B", () -> Linalg.multTransA(a, c));
    agree("AᵀA", () -> Linalg.gram(a));
    agree("C − 0.5·A·B", () -> {
      Mat out = c.copy();
      Linalg.multAdd(-0.5, a, b, out);
      return out;
    });
    agree("A·x", () -> new Mat(203, 1, Linalg.multVec(a, random(517, 1, 55).data)));
    // A row block, on the calling thread (OpenBLAS held to one thread) and on OpenBLAS's threads,
    // into rows 3.. of a matrix whose other rows stay as they were.
    for (boolean parallel : new boolean[] {false, true}) {
      agree("rows 17..166 of A·Bᵀ, parallel " + parallel, () -> {
        Mat out = random(160, 61, 57);
        Linalg.multTransBRows(a, 17, 150, bt, out, 3, parallel);
        return out;
      });
    }
    agree("Aᵀ·x", () -> new Mat(517, 1, Linalg.multTransVec(a, random(203, 1, 56).data)));
  }

  /** Products run on OpenBLAS by {@code job} on this thread (with the native backend selected). */
  static long nativeCalls(Runnable job) {
    Linalg.useBackend("native");
    long before = NativeBlas.calls();
    job.run();
    return NativeBlas.calls() - before;
  }

  /**
   * The routing rule: deep products (k > 128) run on OpenBLAS, shallow ones (k ≤ 128, e.g. the
   * forward pass's first layer) on the Java kernel, with its exact bits; operands big enough for
   * several MiB; the Gram triangle accumulated onto a matrix that is not zero.
   */
  @Test
  void deepProductsRunOnOpenBlasShallowOnesOnTheJavaKernel() {
    bothPaths(this::deepOnOpenBlas);
  }

  private void deepOnOpenBlas() {
    Mat a = random(300, 129, 61), bt = random(200, 129, 62);
    assertEquals(1, nativeCalls(() -> Linalg.multTransB(a, bt)), "k = 129 is deep");
    Mat s = random(1100, NativeBlas.SHALLOW, 63), st = random(1000, NativeBlas.SHALLOW, 64);
    Linalg.useBackend("java");
    Mat ref = Linalg.multTransB(s, st);
    assertEquals(0, nativeCalls(() -> assertTrue(java.util.Arrays.equals(ref.data, Linalg.multTransB(s, st).data))),
        "k = 128 is shallow: the Java kernel's bits");
    Mat big = random(800, 700, 66), bigT = random(300, 700, 67);
    agree("A·Bᵀ, larger operands", () -> Linalg.multTransB(big, bigT));
    assertEquals(1, nativeCalls(() -> Linalg.multTransB(big, bigT)));
    Mat g0 = Linalg.gram(random(50, 120, 68));
    agree("G + AᵀA", () -> {
      Mat g = g0.copy();
      Linalg.gramAdd(1, random(300, 120, 69), g);
      return g;
    });
    assertEquals(1, nativeCalls(() -> Linalg.gramAdd(1, random(300, 120, 69), g0.copy())), "dsyrk");
  }

  /**
   * Deep products of at least 2^24 multiply-adds run split over two threads (each a
   * single-threaded dgemm on its rows): A stored and transposed, fresh and accumulated, C at an
   * offset with a wider leading dimension — the same answers as the Java kernel, every entry
   * outside C's block untouched.
   */
  @Test
  void splitProductsAgree() throws Exception {
    Mat a = random(301, 200, 91), bt = random(290, 200, 92), at = random(200, 301, 93), b = random(200, 290, 94);
    long splitWork = NativeBlas.splitWork;
    NativeBlas.splitWork = 1L << 24;
    assertTrue((long) 301 * 290 * 200 >= NativeBlas.splitWork);
    java.util.concurrent.ForkJoinPool two = new java.util.concurrent.ForkJoinPool(2);
    try {
      long splits = 0;
      for (boolean stored : new boolean[] {true, false}) {
        Mat c0 = random(320, 300, 95);
        View left = stored ? View.of(a) : View.transposed(at);
        double[] ref = c0.data.clone(), nat = c0.data.clone();
        int cOff = 5 * 300 + 3;
        Linalg.useBackend("java");
        Gemm.run(Gemm.KERNEL, 1.5, left, View.transposed(bt), ref, cOff, 300, false);
        Linalg.useBackend("native");
        splits += two.submit(() -> {
          long s0 = NativeBlas.splits();
          Gemm.product(1.5, left, View.transposed(bt), nat, cOff, 300, false);
          return NativeBlas.splits() - s0;
        }).get();
        double d = 0, scale = 0;
        for (int i = 0; i < ref.length; i++) {
          int r = (i - cOff) / 300, col = (i - cOff) % 300;
          if (!(i >= cOff && r < 301 && col < 290)) assertEquals(c0.data[i], nat[i], "outside the block at " + i);
          d = Math.max(d, Math.abs(nat[i] - ref[i]));
          scale = Math.max(scale, Math.abs(ref[i]));
        }
        assertTrue(d < 1e-12 * scale, (stored ? "A stored" : "A transposed") + ": relative difference " + d / scale);
        Linalg.useBackend("java");
        Mat fresh = Linalg.multTransB(a, bt);
        Linalg.useBackend("native");
        long[] s1 = new long[1];
        Mat nf = two.submit(() -> {
          long s0 = NativeBlas.splits();
          Mat out = stored ? Linalg.multTransB(a, bt) : Linalg.multTransA(at, b);
          s1[0] = NativeBlas.splits() - s0;
          return out;
        }).get();
        splits += s1[0];
        Linalg.useBackend("java");
        Mat rf = stored ? fresh : Linalg.multTransA(at, b);
        assertTrue(relErr(nf, rf) < 1e-12, "fresh, " + (stored ? "A stored" : "A transposed"));
      }
      assertEquals(4, splits, "every product here was split");
    } finally {
      two.shutdown();
      NativeBlas.splitWork = splitWork;
    }
  }

  /**
   * Views inside larger arrays, at offsets and with leading dimensions beyond their width, A
   * stored and transposed, onto C at an offset, accumulated: OpenBLAS agrees with the Java kernel
   * on the block and leaves every entry outside it exactly as it was.
   */
  @Test
  void viewsAtOffsetsAgreeAndTouchNothingElse() {
    bothPaths(this::viewsAtOffsets);
  }

  private void viewsAtOffsets() {
    int m = 70, k = 150, n = 90;
    double[] big = random(400, 400, 71).data;
    View a = new View(big, 3 * 400 + 5, 400, 1, m, k);
    View at = new View(big, 17 * 400 + 2, 1, 400, m, k);
    View b = new View(big, 200 * 400 + 11, 1, 400, k, n);
    for (View left : new View[] {a, at}) {
      double[] c0 = random(120, 130, 72).data;
      double[] ref = c0.clone(), nat = c0.clone();
      int cOff = 7 * 130 + 9;
      Gemm.run(Gemm.KERNEL, -0.5, left, b, ref, cOff, 130, false);
      assertEquals(1, nativeCalls(() -> Gemm.product(-0.5, left, b, nat, cOff, 130, false)));
      Linalg.useBackend("java");
      double d = 0, scale = 0;
      for (int i = 0; i < c0.length; i++) {
        int r = (i - cOff) / 130, col = (i - cOff) % 130;
        boolean inside = i >= cOff && r < m && col < n;
        if (!inside) assertEquals(c0[i], nat[i], "outside the block at " + i);
        d = Math.max(d, Math.abs(nat[i] - ref[i]));
        scale = Math.max(scale, Math.abs(ref[i]));
      }
      assertTrue(d < 1e-12 * scale, "relative difference " + d / scale);
    }
    // The Gram triangle (dsyrk) of a stored and of a transposed view onto C at an offset: the
    // lower triangle agrees, nothing outside the block changes (above the diagonal the Java
    // kernel may write, dsyrk does not).
    for (View left : new View[] {a, at}) {
      double[] c0 = random(100, 110, 73).data;
      double[] ref = c0.clone(), nat = c0.clone();
      int cOff = 5 * 110 + 3;
      Gemm.run(Gemm.KERNEL, 0.25, left, left.transpose(), ref, cOff, 110, true);
      assertEquals(1, nativeCalls(() -> Gemm.product(0.25, left, left.transpose(), nat, cOff, 110, true)));
      Linalg.useBackend("java");
      double d = 0, scale = 0;
      for (int i = 0; i < c0.length; i++) {
        int r = (i - cOff) / 110, col = (i - cOff) % 110;
        boolean inside = i >= cOff && r < m && col < m;
        if (!inside || col > r) {
          assertEquals(c0[i], nat[i], "outside the lower triangle at " + i);
        } else {
          d = Math.max(d, Math.abs(nat[i] - ref[i]));
          scale = Math.max(scale, Math.abs(ref[i]));
        }
      }
      assertTrue(d < 1e-12 * scale, "dsyrk relative difference " + d / scale);
    }
  }

  /** One-row and one-column products stay on the Java kernel (a copy would cost more than the product): the same bits. */
  @Test
  void matrixVectorProductsKeepTheJavaBits() {
    Mat a = random(2000, 300, 70);
    double[] x = random(300, 1, 71).data;
    double[] ref = Linalg.multVec(a, x);
    Linalg.useBackend("native");
    assertTrue(java.util.Arrays.equals(ref, Linalg.multVec(a, x)));
  }

  @Test
  void choleskyAgreesAndRefusesTheSameMatrices() {
    Mat f = random(700, 300, 57);
    Mat g = Linalg.gram(f);
    agree("Cholesky L", () -> Cholesky.factor(g, 1e-9).lower());
    agree("solve, 2 columns", () -> Cholesky.factor(g, 1e-9).solve(random(300, 2, 58)));
    agree("solve, 1 column", () -> Cholesky.factor(g, 1e-9).solve(random(300, 1, 59)));
    agree("trace of the inverse", () -> new Mat(1, 1, new double[] {Cholesky.factor(g, 1e-9).traceInverse()}));
    agree("log det", () -> new Mat(1, 1, new double[] {Cholesky.factor(g, 0.5).logDeterminant()}));
    Mat singular = new Mat(2, 2, new double[] {1, 2, 2, 1});
    Linalg.useBackend("native");
    assertEquals(null, Cholesky.tryFactor(singular, 0));
    assertEquals(null, Cholesky.tryFactor(new Mat(2, 2, new double[] {Double.NaN, 0, 0, 1}), 0));
    assertEquals(null, Cholesky.tryFactor(new Mat(2, 2, new double[] {Double.POSITIVE_INFINITY, 0, 0, 1}), 0));
    assertTrue(Cholesky.factor(g, 0).isNative(), "the native backend factors on LAPACK");
    Linalg.useBackend("java");
    assertTrue(!Cholesky.factor(g, 0).isNative(), "the Java backend keeps its own factorization");
  }

  /**
   * The native factor is reused from the factoring thread's buffer; used after that thread
   * factored another matrix, from another thread, or after the trace (which inverts the buffer
   * in place), it is copied back in from the heap copy of L: the same answers. Only the lower
   * triangle is read (garbage above the diagonal changes nothing). n = 800.
   */
  @Test
  void theNativeFactorIsReusedOrCopiedBackIn() throws Exception {
    int n = 800;
    Mat a = CholeskyTest.spd(n, 81), b = random(n, 3, 82), other = CholeskyTest.spd(120, 83);
    Linalg.useBackend("java");
    Cholesky ref = Cholesky.factor(a, 0);
    Mat x0 = ref.solve(b);
    double t0 = ref.traceInverse();
    Linalg.useBackend("native");
    Mat messy = a.copy();
    for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) messy.data[i * n + j] = 1e6 + i - j;
    Cholesky c = Cholesky.factor(messy, 0);
    assertTrue(c.isNative());
    assertTrue(relErr(c.solve(b), x0) < 1e-12, "resident");
    Cholesky.factor(other, 0);
    assertTrue(relErr(c.solve(b), x0) < 1e-12, "after another factor on this thread");
    java.util.concurrent.FutureTask<Mat> elsewhere = new java.util.concurrent.FutureTask<>(() -> c.solve(b));
    new Thread(elsewhere).start();
    assertTrue(relErr(elsewhere.get(), x0) < 1e-12, "from another thread");
    assertTrue(Math.abs(c.traceInverse() - t0) < 1e-12 * t0, "trace");
    assertTrue(Math.abs(c.traceInverse() - t0) < 1e-12 * t0, "trace again (the buffer was inverted in place)");
    assertTrue(relErr(c.solve(b), x0) < 1e-12, "after the trace");
    assertTrue(relErr(c.lower(), ref.lower()) < 1e-12, "L, zero above the diagonal");
  }

  /** An off-heap buffer beyond what JavaCPP may allocate is refused with its size, nothing allocated. */
  @Test
  void offHeapRequestsBeyondTheLimitAreRefusedWithTheirSize() {
    org.nnl.core.InvalidRequestException e =
        assertThrows(org.nnl.core.InvalidRequestException.class, () -> NativeBlas.allocate(1L << 40));
    assertEquals("The native backend cannot allocate 8192.0 GiB of off-heap memory for OpenBLAS; "
        + "use smaller matrices or the Java backend (--backend java).", e.getMessage());
  }

  @Test
  void unknownBackendsAreRefusedWithTheKnownNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Linalg.useBackend("cuda"));
    assertEquals("Unknown backend 'cuda'. Known: java, native.", e.getMessage());
  }

  @Test
  void withoutTheNativeLibraryTheJavaKernelTakesOverAndSaysSoOnce() throws Exception {
    String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // A classpath without the bytedeco jars: OpenBLAS cannot load.
    String cp = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(
        System.getProperty("java.class.path").split(java.io.File.pathSeparator)).filter(s -> !s.contains("bytedeco")).toList());
    Process p = new ProcessBuilder(jvm, "--add-modules", "jdk.incubator.vector", "-Dnnl.backend=native", "-cp", cp,
        KernelProbe.class.getName()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out + err);
    assertEquals(Long.toString(KernelProbe.checksum()), out.lines().toList().get(1), "the Java kernel's bits");
    assertEquals(1, err.lines().filter(l -> l.contains("native backend")).count(), err);
    assertTrue(err.contains("using the reproducible Java kernel."), err);
  }
}
