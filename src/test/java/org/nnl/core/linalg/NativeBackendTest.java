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

  @Test
  void everyProductAgreesWithTheReproducibleKernel() {
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
    agree("Aᵀ·x", () -> new Mat(517, 1, Linalg.multTransVec(a, random(203, 1, 56).data)));
  }

  @Test
  void choleskyAgreesAndRefusesTheSameMatrices() {
    Mat f = random(700, 300, 57);
    Mat g = Linalg.gram(f);
    agree("Cholesky L", () -> Cholesky.factor(g, 1e-9).lower());
    agree("solve", () -> Cholesky.factor(g, 1e-9).solve(random(300, 2, 58)));
    Mat singular = new Mat(2, 2, new double[] {1, 2, 2, 1});
    Linalg.useBackend("native");
    assertEquals(null, Cholesky.tryFactor(singular, 0));
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
